/* test-paste-list.c — a pasted list of names read, matched against the register, registered
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "registration/skup-paste-list.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-registration.h"
#include "store-fixture.h"

#define PREFIX "/skup/registration/paste-list"

static SkupPasteLine *
line_at (GPtrArray *lines,
         guint      i)
{
  g_assert_cmpuint (i, <, lines->len);
  return g_ptr_array_index (lines, i);
}

static void
assert_line (SkupPasteLine *line,
             const char    *given,
             const char    *family,
             const char    *email,
             const char    *organisation)
{
  g_assert_cmpstr (line->given_name, ==, given);
  g_assert_cmpstr (line->family_name, ==, family);
  g_assert_cmpstr (line->email, ==, email);
  g_assert_cmpstr (line->organisation, ==, organisation);
}

static void
assert_error (SkupPasteLine *line,
              const char    *part)
{
  g_assert_cmpint (line->verdict, ==, SKUP_PASTE_ERROR);
  g_assert_nonnull (line->error);
  if (strstr (line->error, part) == NULL)
    g_error ("line %u: “%s” does not say “%s”", line->line, line->error, part);
}

/* Reading, without the register ***********************************************************/

static void
test_parse_fields (void)
{
  g_autoptr(GPtrArray) lines = skup_paste_list_parse (
    "Ana Marija Petrović, ana@duga.rs, Duga\n"
    "\n"
    "Marko Marković\r\n"
    "Irena Molnar\tirena@regeneration.rs\tRe Generation\n"
    "Stefan Pejić, Re Generation\n"
    "Милош Јовановић; milos@uzzpro.gov.rs; Ministry of Health\n"
    "Thomas Clausen, , University of Oslo, Norway\n");

  g_assert_cmpuint (lines->len, ==, 6);
  /* First words given, the last one family: "Family, Given" is not guessed. */
  assert_line (line_at (lines, 0), "Ana Marija", "Petrović", "ana@duga.rs", "Duga");
  g_assert_cmpuint (line_at (lines, 0)->line, ==, 1);
  g_assert_cmpstr (line_at (lines, 0)->text, ==, "Ana Marija Petrović, ana@duga.rs, Duga");
  /* Blank lines are left out, and the line numbers stay those of the text. */
  assert_line (line_at (lines, 1), "Marko", "Marković", NULL, NULL);
  g_assert_cmpuint (line_at (lines, 1)->line, ==, 3);
  assert_line (line_at (lines, 2), "Irena", "Molnar", "irena@regeneration.rs", "Re Generation");
  /* A second field that is no email is the organisation. */
  assert_line (line_at (lines, 3), "Stefan", "Pejić", NULL, "Re Generation");
  assert_line (line_at (lines, 4), "Милош", "Јовановић", "milos@uzzpro.gov.rs",
               "Ministry of Health");
  /* An empty email, and an organisation with a comma in its name. */
  assert_line (line_at (lines, 5), "Thomas", "Clausen", NULL, "University of Oslo, Norway");
  for (guint i = 0; i < lines->len; i++)
    {
      g_assert_cmpint (line_at (lines, i)->verdict, ==, SKUP_PASTE_NEW);
      g_assert_null (line_at (lines, i)->error);
    }
  g_assert_cmpuint (skup_paste_list_count_people (lines), ==, 6);
}

static void
test_parse_errors (void)
{
  g_autoptr(GPtrArray) lines = skup_paste_list_parse (
    ", nobody@example.org, Duga\n"
    "Ana\n"
    "Ana Petrović, ana.duga.rs, Duga\n"
    "Ana Petrović, ana@@duga.rs\n"
    "Marko Marković, marko@prevent.rs\n"
    "Marko Markovic, MARKO@prevent.rs\n"
    "Јелена Јовановић\n"
    "Jelena Jovanović, Duga\n"
    "Jelena Jovanović, jelena@a.rs\n"
    "Petar Petrović, petar@a.rs\n"
    "Petar Petrović, petar@b.rs\n");

  g_assert_cmpuint (lines->len, ==, 11);
  assert_error (line_at (lines, 0), "name");
  assert_error (line_at (lines, 1), "family name");
  assert_error (line_at (lines, 2), "“ana.duga.rs” is not an email address");
  assert_error (line_at (lines, 3), "ana@@duga.rs");
  g_assert_cmpint (line_at (lines, 4)->verdict, ==, SKUP_PASTE_NEW);
  /* The same email in another case, the same name in the other script: repeats. */
  assert_error (line_at (lines, 5), "line 5");
  g_assert_cmpint (line_at (lines, 6)->verdict, ==, SKUP_PASTE_NEW);
  assert_error (line_at (lines, 7), "line 7");
  /* A name with an email beside the same name without one: the same person … */
  assert_error (line_at (lines, 8), "line 7");
  /* … but two emails are two people, namesakes. */
  g_assert_cmpint (line_at (lines, 9)->verdict, ==, SKUP_PASTE_NEW);
  g_assert_cmpint (line_at (lines, 10)->verdict, ==, SKUP_PASTE_NEW);
  g_assert_cmpuint (skup_paste_list_count_people (lines), ==, 4);
  g_assert_cmpuint (skup_paste_list_count_new (lines), ==, 4);
}

static void
test_parse_nothing (void)
{
  g_autoptr(GPtrArray) empty = skup_paste_list_parse ("");
  g_autoptr(GPtrArray) blank = skup_paste_list_parse (" \n\t\n\r\n");
  g_autoptr(GPtrArray) null = skup_paste_list_parse (NULL);
  /* Broken UTF-8 from a legacy file is read, not dropped. */
  g_autoptr(GPtrArray) broken = skup_paste_list_parse ("Ana Petrovi\xc4 \xff\n");

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
  g_assert_cmpuint (null->len, ==, 0);
  g_assert_cmpuint (broken->len, ==, 1);
  g_assert_true (g_utf8_validate (line_at (broken, 0)->text, -1, NULL));
}

/* Against the register, on both engines ***************************************************/

static gint64
add_person_with (Fixture    *f,
                 const char *given,
                 const char *family,
                 const char *email,
                 gint64      organisation_id)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_string (person, "email", email);
  skup_record_set_int (person, "organisation-id", organisation_id);
  save_ok (f, person);
  return skup_record_get_id (person);
}

static GPtrArray *
read_ok (Fixture    *f,
         const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = skup_paste_list_parse (text);

  g_assert_true (skup_paste_list_match (f->store, lines, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&lines);
}

static void
test_match (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkupRecord) duga = add_organisation (f, "Duga");
  gint64 ana = add_person_with (f, "Ana", "Petrović", "ana@duga.rs", skup_record_get_id (duga));
  gint64 marko = add_person_with (f, "Marko", "Marković", NULL, 0);
  g_autoptr(GPtrArray) lines = read_ok (f,
    "A. Petrović, ANA@duga.rs\n"
    "Марко Марковић, marko@prevent.rs\n"
    "Jelena Jovanović, jelena@duga.rs, Duga\n"
    "Stefan Pejić, stefan@regeneration.rs, Re Generation\n"
    "Ana, ana@duga.rs\n");
  SkupPasteLine *line;

  /* The email decides, whatever the name and its case. */
  line = line_at (lines, 0);
  g_assert_cmpint (line->verdict, ==, SKUP_PASTE_MATCH);
  g_assert_cmpint (line->person_id, ==, ana);
  g_assert_cmpstr (line->person_name, ==, "Ana Petrović");
  g_assert_nonnull (strstr (line->reason, "email"));
  /* The same name in the other script is likely the same person, though the email is new. */
  line = line_at (lines, 1);
  g_assert_cmpint (line->verdict, ==, SKUP_PASTE_LIKELY);
  g_assert_cmpint (line->person_id, ==, marko);
  g_assert_cmpstr (line->person_name, ==, "Marko Marković");
  g_assert_nonnull (line->reason);
  /* Nobody like her: new, in an organisation the register knows. */
  line = line_at (lines, 2);
  g_assert_cmpint (line->verdict, ==, SKUP_PASTE_NEW);
  g_assert_cmpint (line->person_id, ==, 0);
  g_assert_false (line->new_organisation);
  /* … and one with an organisation registering would add. */
  g_assert_cmpint (line_at (lines, 3)->verdict, ==, SKUP_PASTE_NEW);
  g_assert_true (line_at (lines, 3)->new_organisation);
  /* An error stays an error; nothing is looked up for it. */
  assert_error (line_at (lines, 4), "family name");
  g_assert_cmpint (line_at (lines, 4)->person_id, ==, 0);

  g_assert_cmpuint (skup_paste_list_count_people (lines), ==, 4);
  g_assert_cmpuint (skup_paste_list_count_new (lines), ==, 2);
  line_at (lines, 1)->create_new = TRUE;
  g_assert_cmpuint (skup_paste_list_count_new (lines), ==, 3);
  /* Matching wrote nothing. */
  g_assert_cmpint (count_rows (f, "people"), ==, 2);
  g_assert_cmpint (count_rows (f, "organisations"), ==, 1);
}

static gint64
registration_of (Fixture *f,
                 gint64   event_id,
                 gint64   person_id)
{
  SkupDb *db = db_of (f);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM registrations WHERE "
                                          "event_id = %" G_GINT64_FORMAT " AND person_id = ?1",
                                          event_id);

  return sql_int (db, sql, person_id);
}

static void
test_register (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Women, Violence, and the Use of Drugs",
                                           "2023-05-17", "2023-05-17");
  gint64 event_id = skup_record_get_id (event);
  gint64 ana = add_person_with (f, "Ana", "Petrović", "ana@duga.rs", 0);
  gint64 marko = add_person_with (f, "Marko", "Marković", NULL, 0);
  g_autoptr(GPtrArray) lines = read_ok (f,
    "Ana Petrović, ana@duga.rs\n"
    "Marko Marković, marko@prevent.rs\n"
    "Jelena Jovanović, jelena@duga.rs, Duga\n"
    "Stefan Pejić, stefan@regeneration\n");
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  SkupDb *db = db_of (f);
  guint created = 0;
  gint64 jelena;

  g_assert_cmpint (line_at (lines, 1)->verdict, ==, SKUP_PASTE_LIKELY);
  g_assert_true (skup_paste_list_register (f->store, event_id, lines, "participant", &created,
                                           &summary, &error));
  g_assert_no_error (error);

  /* Ana matched, Marko is likely Marko, Jelena is new; Stefan's bad email is skipped. */
  g_assert_cmpuint (created, ==, 1);
  g_assert_cmpuint (summary.registered, ==, 3);
  g_assert_cmpuint (summary.waitlisted, ==, 0);
  g_assert_cmpuint (summary.already, ==, 0);
  g_assert_cmpuint (summary.ids->len, ==, 3);
  g_assert_cmpint (count_rows (f, "people"), ==, 3);
  g_assert_cmpint (registration_of (f, event_id, ana), ==, 1);
  g_assert_cmpint (registration_of (f, event_id, marko), ==, 1);
  jelena = sql_int (db, "SELECT id FROM people WHERE email = 'jelena@duga.rs'", 0);
  g_assert_cmpint (jelena, >, 0);
  g_assert_cmpint (registration_of (f, event_id, jelena), ==, 1);
  /* Her organisation was not in the register: it is now, and hers. */
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM organisations WHERE name = 'Duga'", 0),
                   ==, 1);
  g_assert_cmpint (sql_int (db, "SELECT o.id FROM organisations o JOIN people p ON "
                                "p.organisation_id = o.id WHERE p.id = ?1", jelena), >, 0);
  skup_register_summary_clear (&summary);

  /* Again: everyone is registered already, and nobody is made twice. */
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = read_ok (f, "Jelena Jovanović, jelena@duga.rs, Duga\nAna Petrović\n");
  g_assert_cmpint (line_at (lines, 0)->verdict, ==, SKUP_PASTE_MATCH);
  g_assert_true (skup_paste_list_register (f->store, event_id, lines, "participant", &created,
                                           &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 0);
  g_assert_cmpuint (summary.already, ==, 2);
  g_assert_cmpint (count_rows (f, "people"), ==, 3);
  skup_register_summary_clear (&summary);
}

static void
test_register_create_new (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Training on Quality Assurance", "2023-06-01",
                                           "2023-06-03");
  gint64 namesake = add_person_with (f, "Marko", "Marković", "marko@duga.rs", 0);
  g_autoptr(GPtrArray) lines = read_ok (f, "Marko Marković, marko@prevent.rs, Prevent\n");
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  SkupDb *db = db_of (f);
  guint created = 0;
  g_autofree char *role = NULL;
  gint64 marko;

  /* The user says the namesake is someone else. */
  g_assert_cmpint (line_at (lines, 0)->verdict, ==, SKUP_PASTE_LIKELY);
  line_at (lines, 0)->create_new = TRUE;
  g_assert_true (skup_paste_list_register (f->store, skup_record_get_id (event), lines, "trainer",
                                           &created, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 1);
  marko = sql_int (db, "SELECT id FROM people WHERE email = 'marko@prevent.rs'", 0);
  g_assert_cmpint (marko, !=, namesake);
  g_assert_cmpint (registration_of (f, skup_record_get_id (event), namesake), ==, 0);
  role = sql_text (db, "SELECT role FROM registrations WHERE person_id = ?1", marko);
  g_assert_cmpstr (role, ==, "trainer");
  skup_register_summary_clear (&summary);
}

static void
test_register_full (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkupRecord) event = new_event ("Consultations with civil society", "2019-02-25",
                                           "2019-02-25");
  g_autoptr(GPtrArray) lines = NULL;
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  guint created = 0;

  skup_record_set_int (event, "capacity", 2);
  save_ok (f, event);
  lines = read_ok (f, "Ana Petrović\nMarko Marković\nJelena Jovanović\n");
  g_assert_true (skup_paste_list_register (f->store, skup_record_get_id (event), lines,
                                           "participant", &created, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 3);
  g_assert_cmpuint (summary.registered, ==, 2);
  g_assert_cmpuint (summary.waitlisted, ==, 1);
  skup_register_summary_clear (&summary);
}

/* One transaction: when registering fails, the people made for it are not kept either. */
static void
test_register_all_or_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = read_ok (f, "Ana Petrović, ana@duga.rs, Duga\nMarko Marković\n");
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  guint created = 7;

  g_assert_false (skup_paste_list_register (f->store, 4242, lines, "participant", &created,
                                            &summary, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (created, ==, 7);
  g_assert_cmpint (count_rows (f, "people"), ==, 0);
  g_assert_cmpint (count_rows (f, "organisations"), ==, 0);
  g_assert_cmpint (count_rows (f, "registrations"), ==, 0);
  g_assert_null (summary.ids);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func (PREFIX "/parse-fields", test_parse_fields);
  g_test_add_func (PREFIX "/parse-errors", test_parse_errors);
  g_test_add_func (PREFIX "/parse-nothing", test_parse_nothing);
  fixture_add (PREFIX, "match", test_match);
  fixture_add (PREFIX, "register", test_register);
  fixture_add (PREFIX, "register-create-new", test_register_create_new);
  fixture_add (PREFIX, "register-full", test_register_full);
  fixture_add (PREFIX, "register-all-or-nothing", test_register_all_or_nothing);

  return g_test_run ();
}
