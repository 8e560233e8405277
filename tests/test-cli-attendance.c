/* test-cli-attendance.c — `skup register`, `skup attendance`, `skup check-in`
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in test-cli.c: the command line runs in-process through skup_cli_run_captured(), on a
 * register in a folder of its own. Every refusal is checked to have written nothing.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-store.h"
#include "skup-test-engines.h"

typedef struct
{
  char    *dir;
  char    *db;
  char    *event;     /* ids, as typed */
  char    *ana;
  char    *marko;
  char    *walk;      /* a person not registered */
  GString *out;
  GString *err;
} Fixture;

static char *
add_person (SkupStore  *store,
            const char *given,
            const char *family)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  g_assert_true (skup_store_save (store, person, &error));
  g_assert_no_error (error);
  return g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (person));
}

/* A two-day workshop for two, the second day today (check-in's default session). */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) before = g_date_time_add_days (now, -1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday = g_date_time_format (before, "%Y-%m-%d");

  f->dir = g_dir_make_tmp ("skup-cli-attendance-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "skup.db", NULL);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);

  store = skup_store_open (f->db, &error);
  g_assert_no_error (error);
  skup_record_set_string (event, "title", "Harm reduction");
  skup_record_set_string (event, "kind", "training");
  skup_record_set_string (event, "start-date", yesterday);
  skup_record_set_string (event, "end-date", today);
  skup_record_set_int (event, "capacity", 2);
  g_assert_true (skup_store_save (store, event, &error));
  f->event = g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (event));
  f->ana = add_person (store, "Ana", "Petrović");
  f->marko = add_person (store, "Марко", "Марковић");
  f->walk = add_person (store, "Stefan", "Pejić");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->event);
  g_free (f->ana);
  g_free (f->marko);
  g_free (f->walk);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

/* Runs `skup --database DB ARGS…` (NULL-terminated) in-process. */
static int
run (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, f->db);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

static gint64
count (Fixture    *f,
       const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->db, &error);
  g_autoptr(GPtrArray) counts = skup_store_count_rows (store, &error);
  g_autofree char *prefix = g_strdup_printf ("%s=", table);

  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    if (g_str_has_prefix (counts->pdata[i], prefix))
      return g_ascii_strtoll ((char *) counts->pdata[i] + strlen (prefix), NULL, 10);
  g_assert_not_reached ();
}

static void
assert_failed (Fixture    *f,
               int         status,
               const char *message)
{
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (f->err->str, message));
}

/* Two seats: the third goes on the waitlist; a second registration and anything unknown are
 * refused with nothing written. */
static void
test_register (Fixture       *f,
               gconstpointer  data)
{
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->ana, "--role",
                        "trainer", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Registered Ana Petrović"));
  g_assert_nonnull (strstr (f->out->str, "Trainer"));
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->marko, "--status",
                        "confirmed", NULL), ==, 0);
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->walk, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "waitlist"));
  g_assert_cmpint (count (f, "registrations"), ==, 3);

  assert_failed (f, run (f, "register", "--event", f->event, "--person", f->ana, NULL),
                 "registered for the event already");
  assert_failed (f, run (f, "register", "--event", "999", "--person", f->ana, NULL),
                 "no event with the id 999");
  assert_failed (f, run (f, "register", "--event", f->event, "--person", "999", NULL),
                 "no person with the id 999");
  assert_failed (f, run (f, "register", "--event", f->event, "--person", f->ana, "--role",
                         "chef", NULL), "“chef” is not a role");
  g_assert_cmpint (count (f, "registrations"), ==, 3);
  g_assert_cmpint (run (f, "register", "--event", f->event, NULL), ==, 2);
}

/* A status that takes a seat in a full event is refused, and the registration too. */
static void
test_register_full (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->ana, NULL), ==, 0);
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->marko, NULL), ==, 0);
  assert_failed (f, run (f, "register", "--event", f->event, "--person", f->walk, "--status",
                         "confirmed", NULL), "full");
  g_assert_cmpint (count (f, "registrations"), ==, 2);
}

/* Marks per person and session; the grid as a table, CSV and JSON. */
static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->ana, NULL), ==, 0);
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->marko, NULL), ==, 0);
  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--session", "1", "--person",
                        f->ana, "--status", "late", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Ana Petrović: Late"));
  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--person", f->marko, "--status",
                        "present", NULL), ==, 0);
  g_assert_cmpint (count (f, "attendance"), ==, 2);

  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Ana Petrović,participant,late,,1,0.50\r\n"));
  g_assert_nonnull (strstr (f->out->str, "Марко Марковић,participant,,present,1,0.50\r\n"));
  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "\"marks\": [\"late\", null]"));
  g_assert_nonnull (strstr (f->out->str, "\"attended\": 1, \"registered\": 2"));
  g_assert_cmpint (run (f, "attendance", "--event", f->event, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Марко Марковић"));
  g_assert_nonnull (strstr (f->out->str, "1/2 (50 %)"));

  assert_failed (f, run (f, "attendance", "--event", f->event, "--person", f->ana, "--status",
                         "asleep", NULL), "“asleep” is not an attendance status");
  assert_failed (f, run (f, "attendance", "--event", f->event, "--session", "7", "--person",
                         f->ana, "--status", "absent", NULL), "no session 7");
  assert_failed (f, run (f, "attendance", "--event", f->event, "--person", f->walk, "--status",
                         "absent", NULL), "not registered");
  assert_failed (f, run (f, "attendance", "--event", "999", NULL), "no event with the id 999");
  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--format", "xml", NULL), ==, 2);
  g_assert_cmpint (count (f, "attendance"), ==, 2);

  /* none clears a mark. */
  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--session", "1", "--person",
                        f->ana, "--status", "none", NULL), ==, 0);
  g_assert_cmpint (count (f, "attendance"), ==, 1);
}

/* Today's session by default; a second check-in says so and changes nothing. */
static void
test_check_in (Fixture       *f,
               gconstpointer  data)
{
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->ana, NULL), ==, 0);
  g_assert_cmpint (run (f, "register", "--event", f->event, "--person", f->marko, NULL), ==, 0);
  g_assert_cmpint (run (f, "check-in", "--event", f->event, "marko", "mar", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Марко Марковић is checked in"));
  g_assert_nonnull (strstr (f->out->str, "1 of 2 here"));
  g_assert_cmpint (run (f, "attendance", "--event", f->event, "--format", "csv", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Марко Марковић,participant,,present,"));

  g_assert_cmpint (run (f, "check-in", "--event", f->event, "Марковић", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "already"));
  g_assert_nonnull (strstr (f->out->str, "Nothing changed"));
  g_assert_cmpint (count (f, "attendance"), ==, 1);

  assert_failed (f, run (f, "check-in", "--event", f->event, "Jelena", NULL), "Nobody");
  assert_failed (f, run (f, "check-in", "--event", f->event, "--session", "3", "ana", NULL),
                 "no session 3");
  g_assert_cmpint (run (f, "check-in", "--event", f->event, "--session", "1", "ana", NULL), ==, 0);
  g_assert_cmpint (count (f, "attendance"), ==, 2);
  g_assert_cmpint (run (f, "check-in", "--event", f->event, NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/skup/cli/register", Fixture, NULL, fixture_setup, test_register,
              fixture_teardown);
  g_test_add ("/skup/cli/register-full", Fixture, NULL, fixture_setup, test_register_full,
              fixture_teardown);
  g_test_add ("/skup/cli/attendance", Fixture, NULL, fixture_setup, test_attendance,
              fixture_teardown);
  g_test_add ("/skup/cli/check-in", Fixture, NULL, fixture_setup, test_check_in,
              fixture_teardown);

  return g_test_run ();
}
