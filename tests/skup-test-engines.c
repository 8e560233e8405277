/* skup-test-engines.c — every core test on both engines: a fresh register per test
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "skup-test-engines.h"

const char *
skup_test_engine_name (SkupDbEngine engine)
{
  return engine == SKUP_DB_POSTGRES ? "postgresql" : "sqlite";
}

void
skup_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        skup_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

/* Runs fixed SQL as the cluster's superuser; FALSE (with the test failed) if it could not. */
static gboolean
admin_exec (const char *sql)
{
  const char *base = g_getenv ("SKUP_TEST_PG");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupDb) db = NULL;

  if (base == NULL || *base == '\0')
    {
      g_test_message ("SKUP_TEST_PG is not set: run build-aux/test, which starts a throw-away "
                      "PostgreSQL for the tests (or build-aux/pg-cluster start DIR).");
      g_test_fail ();
      return FALSE;
    }
  db = skup_db_open (base, &error);
  if (db == NULL || !skup_db_exec (db, sql, &error))
    {
      g_test_message ("The test cluster at %s: %s: %s", base, sql, error->message);
      g_test_fail ();
      return FALSE;
    }
  return TRUE;
}

/* $SKUP_TEST_PG with its user replaced by @user (if given) and the search path set. */
static char *
location_for (const char *user,
              const char *schema)
{
  const char *base = g_getenv ("SKUP_TEST_PG");
  g_autoptr(GString) location = g_string_new (base);
  const char *found;

  if (user != NULL && (found = strstr (location->str, "user=")) != NULL)
    {
      gsize start = (gsize) (found - location->str) + 5;
      gsize end = start + strcspn (location->str + start, "&");

      g_string_erase (location, (gssize) start, (gssize) (end - start));
      g_string_insert (location, (gssize) start, user);
    }
  else if (user != NULL)
    g_string_append_printf (location, "%suser=%s", strchr (base, '?') ? "&" : "?", user);
  g_string_append_printf (location, "%soptions=-csearch_path%%3D%s",
                          strchr (location->str, '?') ? "&" : "?", schema);
  return g_string_free (g_steal_pointer (&location), FALSE);
}

static void
setup_postgres (SkupTestEngine *e)
{
  g_autofree char *create = NULL;

  e->schema = g_strdup_printf ("t_%08x%08x", g_random_int (), g_random_int ());
  create = g_strdup_printf ("CREATE SCHEMA %s", e->schema);
  if (!admin_exec (create))
    {
      g_clear_pointer (&e->schema, g_free);
      return;
    }
  e->location = location_for (NULL, e->schema);
}

void
skup_test_engine_setup (SkupTestEngine *e,
                        SkupDbEngine    engine)
{
  g_autoptr(GError) error = NULL;

  memset (e, 0, sizeof *e);
  e->engine = engine;
  if (engine == SKUP_DB_POSTGRES)
    {
      setup_postgres (e);
      return;
    }
  e->dir = g_dir_make_tmp ("skup-test-XXXXXX", &error);
  g_assert_no_error (error);
  e->location = g_build_filename (e->dir, "skup.db", NULL);
}

void
skup_test_engine_teardown (SkupTestEngine *e)
{
  if (e->schema != NULL)
    {
      g_autofree char *drop = g_strdup_printf ("DROP SCHEMA %s CASCADE", e->schema);
      admin_exec (drop);
    }
  if (e->dir != NULL)
    skup_test_remove_tree (e->dir);
  g_clear_pointer (&e->schema, g_free);
  g_clear_pointer (&e->dir, g_free);
  g_clear_pointer (&e->location, g_free);
}

char *
skup_test_engine_second_location (SkupTestEngine *e)
{
  return g_strdup (e->location);
}

char *
skup_test_engine_location_as (SkupTestEngine *e,
                              const char     *user,
                              const char     *schema)
{
  g_return_val_if_fail (e->engine == SKUP_DB_POSTGRES, NULL);
  return location_for (user, schema ? schema : e->schema);
}

/* ---- Registering a test once per engine ------------------------------------------------- */

typedef struct {
  SkupDbEngine     engine;
  gconstpointer    data;
  GTestFixtureFunc setup;
  GTestFixtureFunc test;
  GTestFixtureFunc teardown;
} Case;

static void
case_setup (gpointer      fixture,
            gconstpointer data)
{
  const Case *c = data;

  skup_test_engine_setup (fixture, c->engine);
  if (((SkupTestEngine *) fixture)->location != NULL && c->setup != NULL)
    c->setup (fixture, c->data);
}

static void
case_test (gpointer      fixture,
           gconstpointer data)
{
  const Case *c = data;

  /* Without its engine the test has failed already, and says why. */
  if (((SkupTestEngine *) fixture)->location != NULL)
    c->test (fixture, c->data);
}

static void
case_teardown (gpointer      fixture,
               gconstpointer data)
{
  const Case *c = data;

  if (((SkupTestEngine *) fixture)->location != NULL && c->teardown != NULL)
    c->teardown (fixture, c->data);
  skup_test_engine_teardown (fixture);
}

void
skup_test_engine_add_only (SkupDbEngine      engine,
                           const char       *prefix,
                           const char       *name,
                           gsize             size,
                           gconstpointer     data,
                           GTestFixtureFunc  setup,
                           GTestFixtureFunc  test,
                           GTestFixtureFunc  teardown)
{
  /* Lives as long as the test program: GLib keeps the pointer until the run ends. */
  static GPtrArray *cases;
  Case *c = g_new0 (Case, 1);
  g_autofree char *path = g_strdup_printf ("%s/%s/%s", prefix, skup_test_engine_name (engine),
                                           name);

  g_assert_cmpuint (size, >=, sizeof (SkupTestEngine));
  *c = (Case) { engine, data, setup, test, teardown };
  if (cases == NULL)
    cases = g_ptr_array_new ();
  g_ptr_array_add (cases, c);
  g_test_add_vtable (path, size, c, case_setup, case_test, case_teardown);
}

void
skup_test_engine_add (const char       *prefix,
                      const char       *name,
                      gsize             size,
                      gconstpointer     data,
                      GTestFixtureFunc  setup,
                      GTestFixtureFunc  test,
                      GTestFixtureFunc  teardown)
{
  skup_test_engine_add_only (SKUP_DB_SQLITE, prefix, name, size, data, setup, test, teardown);
  skup_test_engine_add_only (SKUP_DB_POSTGRES, prefix, name, size, data, setup, test, teardown);
}

/* ---- Damage --------------------------------------------------------------------------- */

/**
 * skup_test_damage_pages:
 *
 * Overwrites @n leaf pages of @table in the SQLite file at @path with noise, as a failing
 * disk would: its rows can no longer be read, the rest of the file can.
 */
void
skup_test_damage_pages (const char *path,
                        const char *table,
                        guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pages = NULL;
  g_autofree char *contents = NULL;
  gsize size = 0;

  {
    g_autoptr(SkupDb) db = skup_db_open (path, &error);
    g_autoptr(SkupStmt) stmt = NULL;

    g_assert_no_error (error);
    stmt = skup_db_prepare (db, "SELECT pageno FROM dbstat WHERE name = ?1 "
                                "AND pagetype = 'leaf' ORDER BY pageno LIMIT ?2", &error);
    g_assert_no_error (error);
    skup_stmt_bind_text (stmt, 1, table);
    skup_stmt_bind_int (stmt, 2, n);
    pages = skup_stmt_collect_ids (stmt, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (pages->len, ==, n);

  g_assert_true (g_file_get_contents (path, &contents, &size, &error));
  for (guint i = 0; i < pages->len; i++)
    {
      gsize start = (gsize) (g_array_index (pages, gint64, i) - 1) * 4096;

      g_assert_cmpuint (start + 4096, <=, size);
      for (gsize b = 0; b < 4096; b++)
        contents[start + b] = (char) (0x5A ^ (b * 31));
    }
  g_assert_true (g_file_set_contents (path, contents, (gssize) size, &error));
}
