/* test-cli-logo.c — `skup logo`: an organisation's logo from the command line
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in test-cli.c: the command line runs in-process through skup_cli_run_captured(), on a
 * register in a folder of its own; the logos are drawn by the test (Skup ships none).
 */

#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "skup-organisation.h"
#include "skup-store.h"
#include "skup-test-engines.h"

typedef struct
{
  char    *dir;
  char    *db;
  char    *id;     /* the organisation's id, as typed */
  char    *png;    /* a logo file */
  GString *out;
  GString *err;
} Fixture;

/* A green disc with a white bar, as an office's logo might be. */
static char *
write_logo_png (const char *dir)
{
  char *path = g_build_filename (dir, "izlazak.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.15, 0.55, 0.35);
  cairo_arc (cr, 32, 32, 30, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 12, 26, 40, 12);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) izlazak = SKUP_RECORD (skup_organisation_new ());

  f->dir = g_dir_make_tmp ("skup-cli-logo-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "skup.db", NULL);
  f->png = write_logo_png (f->dir);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);

  store = skup_store_open (f->db, &error);
  g_assert_no_error (error);
  skup_record_set_string (izlazak, "name", "Udruženje „Izlazak“");
  g_assert_true (skup_store_save (store, izlazak, &error));
  g_assert_no_error (error);
  f->id = g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (izlazak));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->id);
  g_free (f->png);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

/* Runs `skup --database DB logo ARGS…` (NULL-terminated) in-process. */
static int
run_logo (Fixture    *f,
          const char *first,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, f->db);
  g_ptr_array_add (args, (char *) "logo");
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* What the register keeps for the fixture's organisation, read as the window reads it. */
static GBytes *
stored_logo (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->db, &error);
  GBytes *logo = NULL;

  g_assert_no_error (error);
  logo = skup_store_dup_logo (store, g_ascii_strtoll (f->id, NULL, 10), &error);
  g_assert_no_error (error);
  return logo;
}

static void
assert_bytes (GBytes     *bytes,
              const char *data,
              gsize       len)
{
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), data, len);
}

/* Set, write out to a file and to standard output, remove: each said on stdout. */
static void
test_set_output_remove (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GBytes) png = read_file (f->png);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.png", NULL);
  g_autofree char *never = g_build_filename (f->dir, "never.png", NULL);
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GBytes) copy = NULL;

  g_assert_cmpint (run_logo (f, "--organisation", f->id, f->png, NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, "Saved the logo of “Udruženje „Izlazak“”"));
  stored = stored_logo (f);
  assert_bytes (stored, g_bytes_get_data (png, NULL), g_bytes_get_size (png));

  g_assert_cmpint (run_logo (f, "--organisation", f->id, "--output", copy_path, NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, copy_path));
  copy = read_file (copy_path);
  g_assert_true (g_bytes_equal (copy, png));

  /* "-" is standard output, the bytes alone (NULs and all), for a pipe. */
  g_assert_cmpint (run_logo (f, "--organisation", f->id, "--output", "-", NULL), ==, 0);
  assert_bytes (png, f->out->str, f->out->len);

  g_assert_cmpint (run_logo (f, "--organisation", f->id, "--remove", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Removed the logo"));
  g_clear_pointer (&stored, g_bytes_unref);
  stored = stored_logo (f);
  g_assert_null (stored);
  g_assert_cmpint (run_logo (f, "--organisation", f->id, "--remove", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "had no logo"));

  /* Nothing to write out is a failure, and leaves no empty file behind. */
  g_assert_cmpint (run_logo (f, "--organisation", f->id, "--output", never, NULL), ==, 1);
  g_assert_cmpstr (f->out->str, ==, "");
  g_assert_nonnull (strstr (f->err->str, "has no logo"));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
}

/* Failures of the work are status 1 with the reason on stderr, and change nothing. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes.png", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.png", NULL);
  g_autoptr(GBytes) png = read_file (f->png);
  g_autoptr(GBytes) kept = NULL;

  g_assert_true (g_file_set_contents (notes, "Spisak učesnika, Niš\n", -1, NULL));
  g_assert_cmpint (run_logo (f, "--organisation", f->id, f->png, NULL), ==, 0);

  g_assert_cmpint (run_logo (f, "--organisation", f->id, notes, NULL), ==, 1);
  g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
  g_assert_nonnull (strstr (f->err->str, "not a PNG, JPEG or SVG image"));
  g_assert_cmpstr (f->out->str, ==, "");

  g_assert_cmpint (run_logo (f, "--organisation", f->id, missing, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "missing.png"));

  g_assert_cmpint (run_logo (f, "--organisation", "999", f->png, NULL), ==, 1);
  g_assert_cmpstr (f->err->str, ==, "skup: There is no organisation with the id 999.\n");
  g_assert_cmpint (run_logo (f, "--organisation", "999", "--output", "-", NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "999"));
  g_assert_cmpstr (f->out->str, ==, "");

  kept = stored_logo (f);
  assert_bytes (kept, g_bytes_get_data (png, NULL), g_bytes_get_size (png));
}

/* Typing mistakes are status 2, name what was wrong, and print nothing on stdout. */
static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  struct { const char *args[5]; const char *named; } cases[] = {
    { { "logo.png", NULL }, "--organisation" },
    { { "--organisation", "-3", "logo.png", NULL }, "--organisation" },
    { { "--organisation", "ten", "logo.png", NULL }, "ten" },
    { { "--organisation", "1", NULL }, "--remove" },
    { { "--organisation", "1", "logo.png", "--remove", NULL }, "--output" },
    { { "--organisation", "1", "--remove", "--output", "x.png" }, "--remove" },
    { { "--organisation", "1", "a.png", "b.png", NULL }, "b.png" },
    { { "--organisation", "1", "--colour", NULL }, "--colour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char **a = cases[i].args;

      g_test_message ("case %u", i);
      g_assert_cmpint (run_logo (f, a[0], a[1], a[2], a[3], a[4], NULL), ==, 2);
      g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
      g_assert_nonnull (strstr (f->err->str, cases[i].named));
      g_assert_nonnull (strstr (f->err->str, "skup logo --help"));
      g_assert_cmpstr (f->out->str, ==, "");
    }
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  const char *args[] = { "skup", "--help", NULL };

  g_assert_cmpint (run_logo (f, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--organisation ID"));
  g_assert_nonnull (strstr (f->out->str, "--remove"));
  g_assert_nonnull (strstr (f->out->str, "--output FILE"));
  g_assert_cmpstr (f->err->str, ==, "");

  g_string_truncate (f->out, 0);
  g_assert_cmpint (skup_cli_run_captured (2, (char **) args, f->out, f->err), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "\n  logo "));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Nothing here may reach the developer's own register. */
  g_unsetenv ("SKUP_DATABASE");

  ADD ("/skup/cli/logo/set-output-remove", test_set_output_remove);
  ADD ("/skup/cli/logo/refusals", test_refusals);
  ADD ("/skup/cli/logo/usage-errors", test_usage_errors);
  ADD ("/skup/cli/logo/help", test_help);

  return g_test_run ();
}
