/* test-copy.c — moving a register between engines, and the command line on both engines
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "skup-db.h"
#include "skup-test-engines.h"

static const char *kinds[] = { "events", "people", "trainers", "organisations", "venues",
                               "projects" };

/* Runs `skup --database LOCATION ARGS…` in-process; @out gets standard output. */
static int
run_on (const char *location,
        GString    *out,
        GString    *err,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, (char *) location);
  va_start (ap, err);
  for (const char *a = va_arg (ap, const char *); a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_string_truncate (out, 0);
  g_string_truncate (err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, out, err);
}

static char *
list_json (const char *location,
           const char *kind)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  g_assert_cmpint (run_on (location, out, err, "list", kind, "--format", "json", NULL), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  return g_strdup (out->str);
}

static void
assert_same_register (const char *a,
                      const char *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *left = list_json (a, kinds[i]);
      g_autofree char *right = list_json (b, kinds[i]);

      g_test_message ("%s: %zu bytes", kinds[i], strlen (left));
      g_assert_cmpuint (strlen (left), >, 2);
      g_assert_cmpstr (left, ==, right);
    }
}

/* The sample register, SQLite → PostgreSQL → SQLite: every list reads the same, to the byte. */
static void
test_copy_round_trip (void)
{
  SkupTestEngine file = { 0 }, server = { 0 }, back = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  skup_test_engine_setup (&file, SKUP_DB_SQLITE);
  skup_test_engine_setup (&server, SKUP_DB_POSTGRES);
  skup_test_engine_setup (&back, SKUP_DB_SQLITE);
  if (server.location == NULL)
    goto out;

  g_assert_cmpint (run_on (file.location, out, err, "demo", NULL), ==, 0);
  g_assert_cmpint (run_on (file.location, out, err, "copy", "--to", server.location, NULL), ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  /* Counted on both sides. */
  g_assert_nonnull (strstr (out->str, "Copied from"));
  g_assert_nonnull (strstr (out->str, "Now in"));
  g_assert_nonnull (strstr (out->str, "people"));
  assert_same_register (file.location, server.location);

  g_assert_cmpint (run_on (back.location, out, err, "copy", "--from", server.location, NULL), ==, 0);
  assert_same_register (file.location, back.location);

out:
  skup_test_engine_teardown (&back);
  skup_test_engine_teardown (&server);
  skup_test_engine_teardown (&file);
}

/* A register is never mixed into another: copying into one with anything in it changes
 * nothing and says why. */
static void
test_copy_refuses_non_empty (void)
{
  SkupTestEngine file = { 0 }, server = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  skup_test_engine_setup (&file, SKUP_DB_SQLITE);
  skup_test_engine_setup (&server, SKUP_DB_POSTGRES);
  if (server.location == NULL)
    goto out;

  g_assert_cmpint (run_on (file.location, out, err, "demo", NULL), ==, 0);
  g_assert_cmpint (run_on (file.location, out, err, "copy", "--to", server.location, NULL), ==, 0);
  before = list_json (server.location, "people");
  g_assert_cmpint (run_on (file.location, out, err, "copy", "--to", server.location, NULL), ==, 1);
  g_assert_nonnull (strstr (err->str, "not empty"));
  after = list_json (server.location, "people");
  g_assert_cmpstr (before, ==, after);

  /* Onto itself, and with neither or both directions, is a usage mistake. */
  g_assert_cmpint (run_on (file.location, out, err, "copy", "--to", file.location, NULL), ==, 2);
  g_assert_cmpint (run_on (file.location, out, err, "copy", NULL), ==, 2);

out:
  skup_test_engine_teardown (&server);
  skup_test_engine_teardown (&file);
}

/* Two organisers start Skup at the same moment on a register nobody has opened yet: both
 * get it, one creates it and the other waits for that. Real processes, as in an office. */
static void
assert_open_together (SkupDbEngine engine)
{
  const char *binary = g_getenv ("SKUP_BINARY");

  g_assert_nonnull (binary);
  for (guint trial = 0; trial < 8; trial++)
    {
      SkupTestEngine e = { 0 };
      GPid pids[2];

      skup_test_engine_setup (&e, engine);
      if (e.location == NULL)
        return;
      for (guint p = 0; p < 2; p++)
        {
          const char *argv[] = { binary, "--database", e.location, "list", "people", NULL };
          g_autoptr(GError) error = NULL;

          g_spawn_async (NULL, (char **) argv, NULL,
                         G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                         &pids[p], &error);
          g_assert_no_error (error);
        }
      for (guint p = 0; p < 2; p++)
        {
          int status = 0;

          g_assert_cmpint (waitpid (pids[p], &status, 0), ==, pids[p]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          g_spawn_close_pid (pids[p]);
        }
      skup_test_engine_teardown (&e);
    }
}

static void
test_open_together_sqlite (void)
{
  assert_open_together (SKUP_DB_SQLITE);
}

static void
test_open_together_postgres (void)
{
  assert_open_together (SKUP_DB_POSTGRES);
}

/* A damaged file is an error, never a list of ids with nothing in them, and nothing more is
 * written into it. */
static void
test_damaged_file_is_an_error (void)
{
  SkupTestEngine file = { 0 };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  skup_test_engine_setup (&file, SKUP_DB_SQLITE);
  g_assert_cmpint (run_on (file.location, out, err, "demo", NULL), ==, 0);
  skup_test_damage_pages (file.location, "people", 3);

  g_assert_cmpint (run_on (file.location, out, err, "list", "people", NULL), ==, 1);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_nonnull (strstr (err->str, "damaged"));
  g_assert_cmpint (run_on (file.location, out, err, "list", "people", "--format", "json", NULL),
                   ==, 1);
  g_assert_cmpstr (out->str, ==, "");

  skup_test_engine_teardown (&file);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/copy/round-trip", test_copy_round_trip);
  g_test_add_func ("/skup/copy/refuses-non-empty", test_copy_refuses_non_empty);
  g_test_add_func ("/skup/cli/sqlite/open-together", test_open_together_sqlite);
  g_test_add_func ("/skup/cli/postgresql/open-together", test_open_together_postgres);
  g_test_add_func ("/skup/cli/sqlite/damaged-file", test_damaged_file_is_an_error);

  return g_test_run ();
}
