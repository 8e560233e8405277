/* test-people-import.c — the people importer: mapping, per-row errors, one transaction
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"

#include "skup-people-import.h"
#include "skup-people-import-private.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-record.h"
#include "skup-test-engines.h"

typedef struct
{
  SkupTestEngine  engine;   /* first: the engines' fixture sets it up */
  SkupStore      *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (f->engine.location);
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

static SkupCsvTable *
table_from (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  SkupCsvTable *table = skup_csv_read_bytes (bytes, &error);

  g_assert_no_error (error);
  return table;
}

static guint
count_people (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  guint n = skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, &error);

  g_assert_no_error (error);
  return n;
}

static guint
count_with_email (Fixture    *f,
                  const char *email)
{
  g_autoptr(GListModel) people = skup_store_list (f->store, SKUP_TYPE_PERSON, NULL, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SkupRecord) person = g_list_model_get_item (people, i);

      n += g_strcmp0 (skup_record_get_string (person, "email"), email) == 0;
    }
  return n;
}

static void
test_guess_mapping (void)
{
  static const char *latin[] = { "Ime", "PREZIME", "E-mail", "Grad", "Nešto", "Pol", NULL };
  static const char *cyrillic[] = { "Име", "Презиме", "Телефон", "Број лиценце", NULL };
  static const char *english[] = { "Full name", "email", "licence-number", "notes", NULL };
  static const char *want_latin[] = { "given-name", "family-name", "email", "city", "",
                                      "gender", NULL };
  static const char *want_cyrillic[] = { "given-name", "family-name", "phone",
                                         "licence-number", NULL };
  static const char *want_english[] = { SKUP_IMPORT_FULL_NAME, "email", "licence-number",
                                        "notes", NULL };
  g_auto(GStrv) a = skup_people_import_guess_mapping (latin);
  g_auto(GStrv) b = skup_people_import_guess_mapping (cyrillic);
  g_auto(GStrv) c = skup_people_import_guess_mapping (english);

  g_assert_cmpstrv (a, want_latin);
  g_assert_cmpstrv (b, want_cyrillic);
  g_assert_cmpstrv (c, want_english);
}

static const char sample[] =
  "Ime;Prezime;E-mail;Grad\n"
  "Ana;Ilić;ana@example.org;Novi Sad\n"
  ";Petrović;;Niš\n"
  "Marko;Marković;not-an-email;\n"
  "Ђорђе;Јовановић;;Чачак\n";

static void
import_sample (Fixture                *f,
               gboolean                dry_run,
               SkupPeopleImportReport *report)
{
  g_autoptr(SkupCsvTable) table = table_from (sample);
  g_auto(GStrv) mapping = skup_people_import_guess_mapping (skup_csv_table_get_row (table, 0,
                                                                                    NULL, NULL));
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_people_import_run (f->store, table, (const char * const *) mapping,
                                         dry_run, report, &error));
  g_assert_no_error (error);
}

static void
assert_sample_report (SkupPeopleImportReport *report)
{
  g_assert_cmpuint (report->created, ==, 2);
  g_assert_cmpuint (report->skipped, ==, 2);
  g_assert_cmpuint (report->problems->len, ==, 2);
  /* each skipped row by its line, with the form's reason */
  g_assert_true (g_str_has_prefix (report->problems->pdata[0], "Line 3: "));
  g_assert_true (g_str_has_prefix (report->problems->pdata[1], "Line 4: "));
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  SkupPeopleImportReport report;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) ana = NULL;
  g_autoptr(GListModel) found = NULL;
  SkupQuery query = { .search = "ilic" };

  import_sample (f, FALSE, &report);
  assert_sample_report (&report);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 2);
  found = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  ana = g_list_model_get_item (found, 0);
  g_assert_cmpstr (skup_record_get_string (ana, "given-name"), ==, "Ana");
  g_assert_cmpstr (skup_record_get_string (ana, "email"), ==, "ana@example.org");
  g_assert_cmpstr (skup_record_get_string (ana, "city"), ==, "Novi Sad");
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  SkupPeopleImportReport report;

  import_sample (f, TRUE, &report);
  /* the same report as the real import, and nothing written */
  assert_sample_report (&report);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 0);
}

static gint64
save_person (Fixture    *f,
             const char *given,
             const char *family,
             const char *email,
             const char *city)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(GError) error = NULL;

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_string (person, "email", email);
  skup_record_set_string (person, "city", city);
  g_assert_true (skup_store_save (f->store, person, &error));
  g_assert_no_error (error);
  return skup_record_get_id (person);
}

/* Imports @text with the guessed mapping and @options; asserts the register did not fail. */
static void
import_text (Fixture                       *f,
             const char                    *text,
             const SkupPeopleImportOptions *options,
             SkupPeopleImportReport        *report)
{
  g_autoptr(SkupCsvTable) table = table_from (text);
  g_auto(GStrv) mapping = skup_people_import_guess_mapping (skup_csv_table_get_row (table, 0,
                                                                                    NULL, NULL));
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_people_import_run_with_options (f->store, table,
                                                      (const char * const *) mapping, options,
                                                      report, &error));
  g_assert_no_error (error);
}

static SkupRecord *
load_person (Fixture *f,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  SkupRecord *person = skup_store_load (f->store, SKUP_TYPE_PERSON, id, &error);

  g_assert_no_error (error);
  return person;
}

/* A row in Cyrillic is the person the register holds in Latin script: matched, not made. */
static void
test_duplicate_across_scripts (Fixture       *f,
                               gconstpointer  data)
{
  SkupPeopleImportOptions options = { 0, };
  SkupPeopleImportReport report;
  gint64 id = save_person (f, "Đorđe", "Milošević", NULL, "Niš");
  SkupImportMatch *match;

  import_text (f, "Име,Презиме,Град\nЂорђе,Милошевић,Ниш\n", &options, &report);
  g_assert_cmpuint (report.created, ==, 0);
  g_assert_cmpuint (report.matched, ==, 1);
  g_assert_cmpuint (report.matches->len, ==, 1);
  match = report.matches->pdata[0];
  g_assert_cmpint (match->person_id, ==, id);
  g_assert_cmpuint (match->line, ==, 2);
  g_assert_cmpuint (match->earlier_line, ==, 0);
  g_assert_cmpstr (match->name, ==, "Đorđe Milošević");
  g_assert_cmpint (match->action, ==, SKUP_IMPORT_DUPLICATE_USE);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 1);
}

/* The same person twice in one file is one person, and the second row says which line. */
static void
test_duplicate_within_file (Fixture       *f,
                            gconstpointer  data)
{
  SkupPeopleImportOptions options = { 0, };
  SkupPeopleImportReport report;
  SkupImportMatch *match;

  import_text (f, "Ime,Prezime,E-mail\nAna,Ilić,ana@example.org\nAna,Ilić,ANA@example.org\n"
               "Ana,Ilić,druga.ana@example.org\n", &options, &report);
  /* the third row is another Ana Ilić: her email differs */
  g_assert_cmpuint (report.created, ==, 2);
  g_assert_cmpuint (report.matched, ==, 1);
  g_assert_cmpuint (report.matches->len, ==, 1);
  match = report.matches->pdata[0];
  g_assert_cmpuint (match->line, ==, 3);
  g_assert_cmpuint (match->earlier_line, ==, 2);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 2);
}

/* Update fills in what the register lacks and keeps what it has; create makes a second. */
static void
test_duplicate_update_and_create (Fixture       *f,
                                  gconstpointer  data)
{
  SkupPeopleImportOptions options = { .duplicates = SKUP_IMPORT_DUPLICATE_UPDATE };
  SkupPeopleImportReport report;
  gint64 id = save_person (f, "Ana", "Ilić", "ana@example.org", "Novi Sad");
  g_autoptr(SkupRecord) ana = NULL;
  static const char file[] = "Ime,Prezime,E-mail,Grad,Telefon\n"
                             "Ana,Ilić,ana@example.org,Beograd,011 123\n";

  import_text (f, file, &options, &report);
  g_assert_cmpuint (report.updated, ==, 1);
  g_assert_cmpuint (report.created, ==, 0);
  skup_people_import_report_clear (&report);
  ana = load_person (f, id);
  g_assert_cmpstr (skup_record_get_string (ana, "phone"), ==, "011 123");
  g_assert_cmpstr (skup_record_get_string (ana, "city"), ==, "Novi Sad");

  options.duplicates = SKUP_IMPORT_DUPLICATE_CREATE;
  import_text (f, file, &options, &report);
  g_assert_cmpuint (report.created, ==, 1);
  g_assert_cmpuint (report.matches->len, ==, 1);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_with_email (f, "ana@example.org"), ==, 2);
}

/* A later row that fills in someone the same file added: the search finds what it added. */
static void
test_update_within_file (Fixture       *f,
                         gconstpointer  data)
{
  SkupPeopleImportOptions options = { .duplicates = SKUP_IMPORT_DUPLICATE_UPDATE };
  SkupPeopleImportReport report;
  SkupQuery query = { .search = "kragujevac" };
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;

  import_text (f, "Ime,Prezime,Grad\nAna,Ilić,\nAna,Ilić,Kragujevac\n", &options, &report);
  g_assert_cmpuint (report.created, ==, 1);
  g_assert_cmpuint (report.updated, ==, 1);
  skup_people_import_report_clear (&report);
  found = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
}

/* A per-row choice overrides the default for that row only. */
static void
test_duplicate_row_choice (Fixture       *f,
                           gconstpointer  data)
{
  SkupImportDuplicate choices[] = { SKUP_IMPORT_DUPLICATE_DEFAULT, SKUP_IMPORT_DUPLICATE_DEFAULT,
                                    SKUP_IMPORT_DUPLICATE_CREATE };
  SkupPeopleImportOptions options = { .row_choices = choices,
                                      .n_row_choices = G_N_ELEMENTS (choices) };
  SkupPeopleImportReport report;

  save_person (f, "Ana", "Ilić", "ana@example.org", NULL);
  save_person (f, "Ivan", "Ivić", "ivan@example.org", NULL);
  import_text (f, "Ime,Prezime,E-mail\nAna,Ilić,ana@example.org\nIvan,Ivić,ivan@example.org\n",
               &options, &report);
  g_assert_cmpuint (report.matched, ==, 1);
  g_assert_cmpuint (report.created, ==, 1);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_with_email (f, "ana@example.org"), ==, 1);
  g_assert_cmpuint (count_with_email (f, "ivan@example.org"), ==, 2);
}

/* The same file imported again adds nobody. */
static void
test_import_twice (Fixture       *f,
                   gconstpointer  data)
{
  SkupPeopleImportOptions options = { 0, };
  SkupPeopleImportReport report;

  import_text (f, sample, &options, &report);
  g_assert_cmpuint (report.created, ==, 2);
  skup_people_import_report_clear (&report);
  import_text (f, sample, &options, &report);
  g_assert_cmpuint (report.created, ==, 0);
  g_assert_cmpuint (report.matched, ==, 2);
  g_assert_cmpuint (report.skipped, ==, 2);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 2);
}

static gint64
person_organisation (Fixture    *f,
                     const char *email)
{
  g_autoptr(GListModel) people = skup_store_list (f->store, SKUP_TYPE_PERSON, NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SkupRecord) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (skup_record_get_string (person, "email"), email) == 0)
        return skup_record_get_int (person, "organisation-id");
    }
  g_assert_not_reached ();
}

/* An organisation's name links to the one the register has, written in either script or
 * case; a name it lacks is made once, however many rows name it. */
static void
test_organisations (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkupRecord) red_cross = SKUP_RECORD (skup_organisation_new ());
  SkupPeopleImportOptions options = { 0, };
  SkupPeopleImportReport report;
  g_autoptr(GError) error = NULL;

  skup_record_set_string (red_cross, "name", "Crveni krst Srbije");
  g_assert_true (skup_store_save (f->store, red_cross, &error));
  g_assert_no_error (error);
  import_text (f, "Ime,Prezime,E-mail,Organizacija\n"
               "Ana,Ilić,a@example.org,ЦРВЕНИ КРСТ СРБИЈЕ\n"
               "Ivan,Ivić,i@example.org,Udruženje Sunce\n"
               "Maja,Marić,m@example.org,udruzenje sunce\n", &options, &report);
  g_assert_cmpuint (report.created, ==, 3);
  g_assert_cmpuint (report.organisations_created, ==, 1);
  skup_people_import_report_clear (&report);
  g_assert_cmpint (person_organisation (f, "a@example.org"), ==,
                   skup_record_get_id (red_cross));
  g_assert_cmpint (person_organisation (f, "i@example.org"), >, 0);
  g_assert_cmpint (person_organisation (f, "i@example.org"), !=,
                   skup_record_get_id (red_cross));
  g_assert_cmpint (person_organisation (f, "m@example.org"), ==,
                   person_organisation (f, "i@example.org"));
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, NULL, NULL), ==, 2);
}

static gint64
save_event (Fixture *f,
            gint64   capacity)
{
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());
  g_autoptr(GError) error = NULL;

  skup_record_set_string (event, "title", "Obuka");
  skup_record_set_string (event, "kind", "training");
  skup_record_set_string (event, "status", "planned");
  skup_record_set_string (event, "start-date", "2026-03-02");
  skup_record_set_string (event, "end-date", "2026-03-02");
  skup_record_set_int (event, "capacity", capacity);
  g_assert_true (skup_store_save (f->store, event, &error));
  g_assert_no_error (error);
  return skup_record_get_id (event);
}

/* With an event, everyone created or matched is registered once, seats first, then the
 * waitlist; someone registered before stays as they were. */
static void
test_event (Fixture       *f,
            gconstpointer  data)
{
  gint64 event_id = save_event (f, 2);
  gint64 ana = save_person (f, "Ana", "Ilić", "ana@example.org", NULL);
  SkupPeopleImportOptions options = { .event_id = event_id };
  SkupPeopleImportReport report;
  SkupEventSeats seats;
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_register (f->store, event_id, ana, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  import_text (f, "Ime,Prezime,E-mail\nAna,Ilić,ana@example.org\nIvan,Ivić,i@example.org\n"
               "Ivan,Ivić,i@example.org\nMaja,Marić,m@example.org\n", &options, &report);
  g_assert_cmpuint (report.created, ==, 2);
  g_assert_cmpuint (report.matched, ==, 2);
  g_assert_cmpuint (report.already_registered, ==, 1);
  g_assert_cmpuint (report.registered, ==, 1);
  g_assert_cmpuint (report.waitlisted, ==, 1);
  skup_people_import_report_clear (&report);
  g_assert_true (skup_store_count_seats (f->store, event_id, &seats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seats.taken, ==, 2);
  g_assert_cmpuint (seats.waitlisted, ==, 1);
}

/* A dry run with an event registers nobody either. */
static void
test_event_dry_run (Fixture       *f,
                    gconstpointer  data)
{
  gint64 event_id = save_event (f, 0);
  SkupPeopleImportOptions options = { .dry_run = TRUE, .event_id = event_id };
  SkupPeopleImportReport report;
  SkupEventSeats seats;

  import_text (f, "Ime,Prezime\nAna,Ilić\n", &options, &report);
  g_assert_cmpuint (report.registered, ==, 1);
  skup_people_import_report_clear (&report);
  g_assert_true (skup_store_count_seats (f->store, event_id, &seats, NULL));
  g_assert_cmpuint (seats.taken, ==, 0);
  g_assert_cmpuint (count_people (f), ==, 0);
}

/* A failure at row 900 of 1,000 leaves nothing of the 899 before it. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Ime,Prezime\n");
  g_autoptr(SkupCsvTable) table = NULL;
  static const char *mapping[] = { "given-name", "family-name", NULL };
  SkupPeopleImportReport report;
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= 1000; i++)
    g_string_append_printf (text, "Osoba%u,Prezime%u\n", i, i);
  table = table_from (text->str);
  _skup_people_import_fail_at_row (900);
  g_assert_false (skup_people_import_run (f->store, table, mapping, FALSE, &report, &error));
  _skup_people_import_fail_at_row (0);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 0);

  /* and the register still takes the same import whole */
  g_assert_true (skup_people_import_run (f->store, table, mapping, FALSE, &report, NULL));
  g_assert_cmpuint (report.created, ==, 1000);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 1000);
}

/* The mapping chosen for a file is offered for the next file with the same headers, however
 * they are cased; other headers get the guess. */
static void
test_remembered_mapping (Fixture       *f,
                         gconstpointer  data)
{
  static const char *headers[] = { "Ime", "Mejl", "Beleška", NULL };
  static const char *same[] = { "IME", "mejl", "Beleska", NULL };
  static const char *other[] = { "Ime", "Mejl", NULL };
  static const char *chosen[] = { "given-name", "email", "notes", NULL };
  static const char *guessed[] = { "given-name", "", NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) before = skup_people_import_recall_mapping (f->store, headers);
  g_auto(GStrv) after = NULL;
  g_auto(GStrv) unrelated = NULL;

  g_assert_cmpstr (before[1], ==, "");
  g_assert_true (skup_people_import_remember_mapping (f->store, headers, chosen, &error));
  g_assert_no_error (error);
  after = skup_people_import_recall_mapping (f->store, same);
  g_assert_cmpstrv (after, chosen);
  unrelated = skup_people_import_recall_mapping (f->store, other);
  g_assert_cmpstrv (unrelated, guessed);
}

static int
run_cli (Fixture    *f,
         GString    *out,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GString) err = g_string_new (NULL);
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, f->engine.location);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_string_truncate (out, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, out, err);
}

/* skup import people: the report printed, --map over the guess, --dry-run, and a failing
 * status when every row was refused. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-import-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  g_file_set_contents (path, "Ime,Prezime,Mejl\nAna,Ilić,ana@example.org\n,Bez,\n", -1,
                       &error);
  g_file_set_contents (bad, "Ime,Prezime\n,Bez\n", -1, &error);
  g_assert_no_error (error);

  g_assert_cmpint (run_cli (f, out, "import", "people", path, "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out->str, "Created: 1"));
  g_assert_nonnull (strstr (out->str, "Line 3: "));
  g_assert_cmpuint (count_people (f), ==, 0);

  g_assert_cmpint (run_cli (f, out, "import", "people", path, "--map", "Mejl=email", NULL),
                   ==, 0);
  g_assert_cmpuint (count_people (f), ==, 1);
  /* the mapping given is remembered: the email is read without --map the next time */
  g_assert_cmpint (run_cli (f, out, "import", "people", path, "--duplicates", "create", NULL),
                   ==, 0);
  g_assert_cmpuint (count_people (f), ==, 2);
  g_assert_cmpuint (count_with_email (f, "ana@example.org"), ==, 2);
  /* by default a row that is someone already there adds nobody */
  g_assert_cmpint (run_cli (f, out, "import", "people", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out->str, "Matched: 1"));
  g_assert_cmpuint (count_people (f), ==, 2);
  g_assert_cmpint (run_cli (f, out, "import", "people", path, "--duplicates", "merge", NULL),
                   ==, 2);
  g_assert_cmpint (run_cli (f, out, "import", "people", bad, NULL), ==, 1);
  g_assert_cmpint (run_cli (f, out, "import", "people", path, "--map", "Nope=email", NULL),
                   ==, 2);
  g_assert_cmpint (run_cli (f, out, "import", "events", path, NULL), ==, 2);
  g_assert_cmpuint (count_people (f), ==, 2);
  g_unlink (path);
  g_unlink (bad);
  g_rmdir (dir);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every person, field by field as text (the organisation by its name: ids change), sorted. */
static char *
snapshot_people (Fixture *f)
{
  g_autoptr(GListModel) people = skup_store_list (f->store, SKUP_TYPE_PERSON, NULL, NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(SkupRecord) person = g_list_model_get_item (people, i);
      SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (person);
      GString *line = g_string_new (NULL);

      for (guint k = 0; k < klass->n_fields; k++)
        {
          g_autofree char *text = NULL;

          if (g_str_equal (klass->fields[k].name, "organisation-id")
              || g_str_has_prefix (klass->fields[k].name, "events-"))
            continue;
          text = skup_record_dup_text (person, klass->fields[k].name);
          g_string_append_printf (line, "%s=%s|", klass->fields[k].name, text);
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (all, "%s\n", (char *) lines->pdata[i]);
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
delete_all (Fixture *f,
            GType    type)
{
  g_autoptr(GListModel) records = skup_store_list (f->store, type, NULL, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);

      g_assert_true (skup_store_delete (f->store, record, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
add_full_person (Fixture    *f,
                 const char *given,
                 const char *organisation,
                 gboolean    trainer)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());
  g_autoptr(GError) error = NULL;
  static const char *texts[][2] = {
    { "family-name", "Милошевић" }, { "other-script-name", "Milošević" },
    { "honorific", "dr" }, { "gender", "female" }, { "position", "Savetnica, \"prva\"" },
    { "licence-number", "L-12" }, { "phone", "+381 11 123" }, { "city", "Niš" },
    { "country", "Serbia" }, { "expertise", "prevencija; rad sa mladima" },
    { "bio", "Dva reda,\nsa zarezom." }, { "consent-date", "2026-01-15" },
    { "notes", "Đ đ Ž ž" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    skup_record_set_string (person, texts[i][0], texts[i][1]);
  skup_record_set_string (person, "given-name", given);
  skup_record_set_bool (person, "is-trainer", trainer);
  skup_record_set_bool (person, "photo-consent", !trainer);
  if (organisation != NULL)
    {
      g_autoptr(SkupRecord) org = SKUP_RECORD (skup_organisation_new ());

      skup_record_set_string (org, "name", organisation);
      g_assert_true (skup_store_save (f->store, org, &error));
      g_assert_no_error (error);
      skup_record_set_int (person, "organisation-id", skup_record_get_id (org));
    }
  g_assert_true (skup_store_save (f->store, person, &error));
  g_assert_no_error (error);
}

/* skup list people --format csv, imported into an empty register, gives the same people. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-import-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "people.csv", NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  add_full_person (f, "Јелена", "Udruženje \"Sunce\", Niš", TRUE);
  add_full_person (f, "Ana", NULL, FALSE);
  before = snapshot_people (f);
  g_assert_cmpint (run_cli (f, out, "list", "people", "--format", "csv", NULL), ==, 0);
  g_assert_true (g_file_set_contents (path, out->str, -1, &error));
  delete_all (f, SKUP_TYPE_PERSON);
  delete_all (f, SKUP_TYPE_ORGANISATION);
  g_assert_cmpuint (count_people (f), ==, 0);

  g_assert_cmpint (run_cli (f, out, "import", "people", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out->str, "Created: 2"));
  after = snapshot_people (f);
  g_assert_cmpstr (after, ==, before);
  g_unlink (path);
  g_rmdir (dir);
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The import on a worker: its own connection writes, the caller's register sees it. */
static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkupCsvTable) table = table_from (sample);
  g_auto(GStrv) mapping = skup_people_import_guess_mapping (skup_csv_table_get_row (table, 0,
                                                                                    NULL, NULL));
  SkupPeopleImportOptions options = { 0, };
  g_autoptr(GAsyncResult) result = NULL;
  SkupPeopleImportReport report;
  g_autoptr(GError) error = NULL;

  skup_people_import_run_async (f->store, table, (const char * const *) mapping, &options, NULL,
                                on_import_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (skup_people_import_run_finish (f->store, result, &report, &error));
  g_assert_no_error (error);
  assert_sample_report (&report);
  skup_people_import_report_clear (&report);
  g_assert_cmpuint (count_people (f), ==, 2);
}

#define ADD(name, func) \
  skup_test_engine_add ("/skup/people-import", name, sizeof (Fixture), NULL, \
                        (GTestFixtureFunc) fixture_setup, (GTestFixtureFunc) func, \
                        (GTestFixtureFunc) fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/people-import/guess-mapping", test_guess_mapping);
  ADD ("import", test_import);
  ADD ("dry-run", test_dry_run);
  ADD ("cli", test_cli);
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("remembered-mapping", test_remembered_mapping);
  ADD ("duplicate-across-scripts", test_duplicate_across_scripts);
  ADD ("duplicate-within-file", test_duplicate_within_file);
  ADD ("duplicate-update-and-create", test_duplicate_update_and_create);
  ADD ("duplicate-row-choice", test_duplicate_row_choice);
  ADD ("update-within-file", test_update_within_file);
  ADD ("import-twice", test_import_twice);
  ADD ("organisations", test_organisations);
  ADD ("event", test_event);
  ADD ("event-dry-run", test_event_dry_run);
  ADD ("round-trip", test_round_trip);
  ADD ("async", test_async);

  return g_test_run ();
}
