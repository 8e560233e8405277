/* test-store-evaluations.c — schema 7: test scores and anonymous satisfaction forms
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-error.h"
#include "skup-event.h"
#include "skup-registration.h"
#include "skup-store-private.h"
#include "store-fixture.h"

#define PREFIX "/skup/store/evaluations"

static gint64
add_participant (Fixture    *f,
                 SkupRecord *event,
                 const char *given,
                 const char *family)
{
  g_autoptr(SkupRecord) person = add_person (f, given, family);

  return add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
}

static void
add_score (Fixture    *f,
           gint64      registration_id,
           const char *pre,
           const char *post)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO evaluation_scores (registration_id, "
                                          "pre_score, post_score) VALUES (%" G_GINT64_FORMAT
                                          ", %s, %s)", registration_id, pre, post);

  sql_exec (db_of (f), sql);
}

static void
add_form (Fixture *f,
          gint64   event_id)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO satisfaction_forms (event_id, q_overall, "
                                          "q_content, q_trainers, q_organisation, q_usefulness, "
                                          "comment) VALUES (%" G_GINT64_FORMAT ", 5, 4, NULL, "
                                          "3, 2, 'Više prakse')", event_id);

  sql_exec (db_of (f), sql);
}

/* The statement fails with a constraint error and changes nothing. */
static void
assert_refused (Fixture    *f,
                const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_db_exec (db_of (f), sql, &error));
  g_assert_nonnull (error);
}

/* A new event's test gives 100 points and has no pass mark (NULL in the register, 0 in the
 * record); a pass mark above the most points is refused at its field. */
static void
test_event_test_fields (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  g_autoptr(SkupRecord) loaded = NULL;
  gint64 id = skup_record_get_id (event);

  g_assert_cmpint (sql_int (db_of (f), "SELECT test_max_score FROM events WHERE id = ?1", id),
                   ==, 100);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM events WHERE id = ?1 AND "
                                       "test_pass_mark IS NULL", id), ==, 1);
  skup_record_set_int (event, "test-max-score", 20);
  skup_record_set_int (event, "test-pass-mark", 21);
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "test-pass-mark");
  g_clear_error (&error);
  skup_record_set_int (event, "test-max-score", 0);
  skup_record_set_int (event, "test-pass-mark", 0);
  g_assert_false (skup_store_save (f->store, event, &error));
  assert_field_error (error, SKUP_ERROR_INVALID, "test-max-score");
  g_clear_error (&error);
  skup_record_set_int (event, "test-max-score", 20);
  skup_record_set_int (event, "test-pass-mark", 14);
  save_ok (f, event);
  loaded = load_ok (f, SKUP_TYPE_EVENT, id);
  g_assert_cmpint (skup_record_get_int (loaded, "test-max-score"), ==, 20);
  g_assert_cmpint (skup_record_get_int (loaded, "test-pass-mark"), ==, 14);
  skup_record_set_int (loaded, "test-pass-mark", 0);
  save_ok (f, loaded);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM events WHERE id = ?1 AND "
                                       "test_pass_mark IS NULL", id), ==, 1);
}

/* The register's own checks: no negative score, answers 1 to 5 or none, a score only for a
 * registration and a form only for an event, one score row per registration. */
static void
test_checks (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  gint64 reg = add_participant (f, event, "Ana", "Kovač");
  gint64 event_id = skup_record_get_id (event);
  g_autofree char *form_0 = g_strdup_printf ("INSERT INTO satisfaction_forms (event_id, "
                                             "q_overall) VALUES (%" G_GINT64_FORMAT ", 0)",
                                             event_id);
  g_autofree char *form_6 = g_strdup_printf ("INSERT INTO satisfaction_forms (event_id, "
                                             "q_usefulness) VALUES (%" G_GINT64_FORMAT ", 6)",
                                             event_id);
  g_autofree char *score_neg = g_strdup_printf ("INSERT INTO evaluation_scores "
                                                "(registration_id, post_score) VALUES (%"
                                                G_GINT64_FORMAT ", -1)", reg);

  assert_refused (f, score_neg);
  assert_refused (f, "INSERT INTO evaluation_scores (registration_id, pre_score) "
                     "VALUES (999999, 1)");
  assert_refused (f, form_0);
  assert_refused (f, form_6);
  assert_refused (f, "INSERT INTO satisfaction_forms (event_id) VALUES (999999)");
  add_score (f, reg, "12.5", "NULL");
  {
    g_autofree char *again = g_strdup_printf ("INSERT INTO evaluation_scores (registration_id, "
                                              "pre_score) VALUES (%" G_GINT64_FORMAT ", 1)",
                                              reg);
    assert_refused (f, again);
  }
  add_form (f, event_id);
  g_assert_cmpint (count_rows (f, "evaluation_scores"), ==, 1);
  g_assert_cmpint (count_rows (f, "satisfaction_forms"), ==, 1);
}

/* A form holds its event, its answers and the comment: nothing that names or dates whoever
 * filled it in. */
static void
test_forms_anonymous (Fixture       *f,
                      gconstpointer  data)
{
  const char *sql = fixture_engine (f) == SKUP_DB_POSTGRES
    ? "SELECT string_agg (column_name, ',' ORDER BY ordinal_position) FROM "
      "information_schema.columns WHERE table_name = 'satisfaction_forms' AND "
      "table_schema = current_schema ()"
    : "SELECT group_concat (name, ',') FROM pragma_table_info ('satisfaction_forms')";
  g_autofree char *columns = sql_text (db_of (f), sql, 0);

  g_assert_cmpstr (columns, ==, "id,event_id,q_overall,q_content,q_trainers,q_organisation,"
                                "q_usefulness,comment");
}

/* Deleting an event says it removes its scores and forms, and does; deleting a person or a
 * registration takes that registration's scores and leaves the others'. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  g_autoptr(SkupRecord) other = add_event (f, "Trening", "2026-06-01", "2026-06-01");
  gint64 ana = add_participant (f, event, "Ana", "Kovač");
  gint64 boris = add_participant (f, event, "Boris", "Lazić");
  gint64 vera = add_participant (f, other, "Vera", "Ilić");
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(SkupRecord) registration = NULL;
  gboolean said_scores = FALSE, said_forms = FALSE;

  add_score (f, ana, "10", "18");
  add_score (f, boris, "NULL", "15");
  add_score (f, vera, "3", "4");
  add_form (f, skup_record_get_id (event));
  add_form (f, skup_record_get_id (event));
  add_form (f, skup_record_get_id (other));

  /* A registration's own scores go with it. */
  registration = load_ok (f, SKUP_TYPE_REGISTRATION, vera);
  plan = plan_ok (f, registration);
  delete_ok (f, registration, plan);
  g_clear_pointer (&plan, g_ptr_array_unref);
  g_assert_cmpint (count_rows (f, "evaluation_scores"), ==, 2);

  plan = plan_ok (f, event);
  for (guint i = 0; i < plan->len; i++)
    {
      SkupConsequence *c = g_ptr_array_index (plan, i);

      if (g_str_equal (c->table, "evaluation_scores"))
        said_scores = c->count == 2 && c->removed;
      if (g_str_equal (c->table, "satisfaction_forms"))
        said_forms = c->count == 2 && c->removed;
    }
  g_assert_true (said_scores);
  g_assert_true (said_forms);
  delete_ok (f, event, plan);
  g_assert_cmpint (count_rows (f, "evaluation_scores"), ==, 0);
  g_assert_cmpint (count_rows (f, "satisfaction_forms"), ==, 1);
}

/* Deleting a person takes their scores. */
static void
test_delete_person (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  g_autoptr(SkupRecord) person = add_person (f, "Ana", "Kovač");
  gint64 reg = add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  gint64 kept = add_participant (f, event, "Boris", "Lazić");
  g_autoptr(GPtrArray) plan = NULL;

  add_score (f, reg, "10", "18");
  add_score (f, kept, "11", "12");
  plan = plan_ok (f, person);
  delete_ok (f, person, plan);
  g_assert_cmpint (count_rows (f, "evaluation_scores"), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM evaluation_scores WHERE "
                                       "registration_id = ?1", kept), ==, 1);
}

/* Merging two people registered for the same event keeps the kept registration's scores, or
 * takes the other's when it has none. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  g_autoptr(SkupRecord) keep = add_person (f, "Ana", "Kovač");
  g_autoptr(SkupRecord) drop = add_person (f, "Ana", "Kovac");
  gint64 kept = add_registration (f, skup_record_get_id (event), skup_record_get_id (keep));
  gint64 dropped = add_registration (f, skup_record_get_id (event), skup_record_get_id (drop));

  add_score (f, dropped, "7", "19");
  g_assert_true (skup_store_merge_people (f->store, skup_record_get_id (keep),
                                          skup_record_get_id (drop), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "evaluation_scores"), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT post_score FROM evaluation_scores WHERE "
                                       "registration_id = ?1", kept), ==, 19);
}

/* A copy of the register holds the same scores and forms. */
static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  gint64 ana = add_participant (f, event, "Ana", "Kovač");
  SkupTestEngine there = { 0 };
  g_autoptr(SkupStore) copy = NULL;
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *comment = NULL;
  gboolean scores = FALSE, forms = FALSE;

  add_score (f, ana, "10.5", "NULL");
  add_form (f, skup_record_get_id (event));
  skup_test_engine_setup (&there, fixture_engine (f));
  g_assert_nonnull (there.location);
  copy = skup_store_open (there.location, &error);
  g_assert_no_error (error);
  g_assert_true (skup_store_copy (f->store, copy, counts, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    {
      scores |= g_str_equal (g_ptr_array_index (counts, i), "evaluation_scores=1");
      forms |= g_str_equal (g_ptr_array_index (counts, i), "satisfaction_forms=1");
    }
  g_assert_true (scores);
  g_assert_true (forms);
  g_assert_cmpint (sql_int (_skup_store_get_db (copy), "SELECT count(*) FROM evaluation_scores "
                            "WHERE registration_id = ?1 AND pre_score = 10.5 AND post_score IS "
                            "NULL", ana), ==, 1);
  comment = sql_text (_skup_store_get_db (copy), "SELECT comment FROM satisfaction_forms WHERE "
                      "q_overall = 5 AND q_trainers IS NULL AND q_usefulness = 2", 0);
  g_assert_cmpstr (comment, ==, "Više prakse");
  g_clear_object (&copy);
  skup_test_engine_teardown (&there);
}

/* A register of schema 6 opens as schema 7: its events get a test of 100 points with no pass
 * mark, and the new tables take scores and forms. */
static void
test_migrate_v6 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = add_event (f, "Radionica", "2026-05-20", "2026-05-21");
  gint64 reg = add_participant (f, event, "Ana", "Kovač");
  gint64 id = skup_record_get_id (event);

  fixture_make_v6 (f);
  g_clear_object (&f->store);
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM events WHERE id = ?1 AND "
                                       "test_max_score = 100 AND test_pass_mark IS NULL", id),
                   ==, 1);
  add_score (f, reg, "1", "2");
  add_form (f, id);
  g_assert_cmpint (count_rows (f, "evaluation_scores"), ==, 1);
  g_assert_cmpint (count_rows (f, "satisfaction_forms"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "event-test-fields", test_event_test_fields);
  fixture_add (PREFIX, "checks", test_checks);
  fixture_add (PREFIX, "forms-anonymous", test_forms_anonymous);
  fixture_add (PREFIX, "delete", test_delete);
  fixture_add (PREFIX, "delete-person", test_delete_person);
  fixture_add (PREFIX, "merge", test_merge);
  fixture_add (PREFIX, "copy", test_copy);
  fixture_add (PREFIX, "migrate-v6", test_migrate_v6);
  return g_test_run ();
}
