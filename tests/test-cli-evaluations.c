/* test-cli-evaluations.c — `skup evaluations export|import`
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
#include "skup-store-evaluations.h"

typedef struct
{
  char    *dir;
  char    *db;
  gint64   event_id;
  char    *event;   /* the id, as typed */
  GString *out;
  GString *err;
} Fixture;

static void
add_participant (SkupStore  *store,
                 gint64      event_id,
                 const char *given,
                 const char *family)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  g_assert_true (skup_store_save (store, person, &error));
  g_assert_true (skup_store_register (store, event_id, skup_record_get_id (person),
                                      "participant", NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A workshop whose test gives 20 points, for Ana Kovač and Марко Марковић. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());

  f->dir = g_dir_make_tmp ("skup-cli-evaluations-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "skup.db", NULL);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);
  store = skup_store_open (f->db, &error);
  g_assert_no_error (error);
  skup_record_set_string (event, "title", "Harm reduction");
  skup_record_set_string (event, "kind", "training");
  skup_record_set_string (event, "start-date", "2026-05-20");
  skup_record_set_string (event, "end-date", "2026-05-20");
  skup_record_set_int (event, "test-max-score", 20);
  skup_record_set_int (event, "test-pass-mark", 12);
  g_assert_true (skup_store_save (store, event, &error));
  g_assert_no_error (error);
  f->event_id = skup_record_get_id (event);
  f->event = g_strdup_printf ("%" G_GINT64_FORMAT, f->event_id);
  add_participant (store, f->event_id, "Ana", "Kovač");
  add_participant (store, f->event_id, "Марко", "Марковић");
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->event);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

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
  g_ptr_array_add (args, (char *) "evaluations");
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

/* The scores as "pre/post" a participant, "-" for one not entered, joined by "|". */
static char *
scores_of (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->db, &error);
  g_autoptr(GPtrArray) scores = skup_store_list_scores (store, f->event_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < scores->len; i++)
    {
      SkupScoreEntry *e = g_ptr_array_index (scores, i);

      if (i > 0)
        g_string_append_c (text, '|');
      if (e->has_pre)
        g_string_append_printf (text, "%g/", e->pre);
      else
        g_string_append (text, "-/");
      if (e->has_post)
        g_string_append_printf (text, "%g", e->post);
      else
        g_string_append (text, "-");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_scores (Fixture    *f,
               const char *expected)
{
  g_autofree char *scores = scores_of (f);

  g_assert_cmpstr (scores, ==, expected);
}

/* Import, then export: a Cyrillic name found from Latin, a decimal comma, the Excel file. */
static void
test_import_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *in = write_file (f, "in.csv", "Ime i prezime;Ulazni test;Izlazni test\n"
                                                 "Ana Kovač;8;15,5\n"
                                                 "Marko Marković;4;11\n");
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run (f, "import", "--event", f->event, "--what", "scores", in, "--dry-run",
                        NULL), ==, 0);
  g_assert_cmpstr (f->out->str, ==, "Dry run: nothing was written.\nRows read: 2\n"
                                    "Rows that would be saved: 2\n");
  assert_scores (f, "-/-|-/-");
  g_assert_cmpint (run (f, "import", "--event", f->event, "--what", "scores", in, NULL), ==, 0);
  g_assert_cmpstr (f->out->str, ==, "Rows read: 2\nRows saved: 2\n");
  assert_scores (f, "8/15.5|4/11");
  g_assert_cmpint (run (f, "export", "--event", f->event, "--what", "scores", "--excel",
                        "--output", out, NULL), ==, 0);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "\xEF\xBB\xBFName;Email;Pre-test;Post-test;Passed\r\n"
                             "Ana Kovač;;8;15,5;yes\r\n"
                             "Марко Марковић;;4;11;no\r\n");
}

/* A file with a bad row stores nothing, names the line and exits 1. */
static void
test_refused_rows (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *in = write_file (f, "in.csv", "Name,Post-test\n"
                                                 "Ana Kovač,15\n"
                                                 "Marko Marković,25\n");
  g_autofree char *forms = write_file (f, "forms.csv", "Overall,Comment\n5,ok\n7,no\n");

  g_assert_cmpint (run (f, "import", "--event", f->event, "--what", "scores", in, NULL), ==, 1);
  g_assert_cmpstr (f->out->str, ==, "Rows read: 2\n"
                                    "Nothing was saved: every row must be right first.\n"
                                    "  Line 3: 25 is above the test’s 20 points\n");
  assert_scores (f, "-/-|-/-");
  g_assert_cmpint (run (f, "import", "--event", f->event, "--what", "forms", forms, NULL), ==,
                   1);
  g_assert_nonnull (strstr (f->out->str, "Line 3: “7” is not an answer from 1 to 5"));
  g_assert_cmpint (run (f, "import", "--event", "999", "--what", "forms", forms, NULL), ==, 1);
  g_assert_cmpstr (f->err->str, ==, "skup: There is no event with the id 999.\n");
}

/* Each usage mistake is named and exits 2, before anything is read or written. */
static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  struct { const char *args[8]; const char *message; } cases[] = {
    { { NULL }, "say “export” or “import”" },
    { { "export", "--what", "scores", "-o", out, NULL }, "give the event: “--event ID”" },
    { { "export", "--event", f->event, "-o", out, NULL }, "say what: “--what scores”" },
    { { "export", "--event", f->event, "--what", "people", "-o", out, NULL },
      "“--what” takes scores or forms, not “people”" },
    { { "export", "--event", f->event, "--what", "forms", NULL }, "“--output FILE.csv”" },
    { { "export", "--event", f->event, "--what", "forms", "-o", out, "--dry-run" },
      "“--dry-run” is for an import" },
    { { "import", "--event", f->event, "--what", "forms", "--excel", "x.csv", NULL },
      "“--excel” and “--output” are for an export" },
    { { "import", "--event", f->event, "--what", "forms", NULL },
      "give the CSV file to import" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i].args;

      g_assert_cmpint (run (f, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], NULL), ==, 2);
      g_assert_nonnull (strstr (f->err->str, cases[i].message));
      g_assert_nonnull (strstr (f->err->str, "skup evaluations --help"));
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run (f, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "evaluations import --event ID --what scores|forms "
                                         "FILE [--dry-run]"));
  g_assert_nonnull (strstr (f->out->str, "--excel"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/skup/cli/evaluations/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("import-export", test_import_export);
  ADD ("refused-rows", test_refused_rows);
  ADD ("usage", test_usage);
#undef ADD
  return g_test_run ();
}
