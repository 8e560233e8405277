/* test-cli-sheet.c — `skup sheet`: a session's signed sheet from the command line
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in test-cli-logo.c: the command line runs in-process through skup_cli_run_captured(), on
 * a fresh register of each engine; the "scans" are drawn by the test, a real PDF and a PNG.
 */

#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "skup-event.h"
#include "skup-session.h"
#include "skup-store-private.h"
#include "skup-test-engines.h"

#define TITLE "Women, Violence, and the Use of Drugs"

typedef struct
{
  SkupTestEngine  engine;   /* first: the engines' fixture sets it up */
  char           *dir;      /* the files the user works with */
  char           *event;    /* the event's id, as typed */
  gint64          sessions[3];
  char           *pdf;      /* a scan as a PDF */
  char           *png;      /* a scan as an image */
  GString        *out;
  GString        *err;
} Fixture;

/* A sign-in sheet with two signatures, as a scanner's PDF would carry it. */
static char *
write_scan_pdf (const char *dir)
{
  char *path = g_build_filename (dir, "Lista prisustva, dan 2.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 1);
  for (int row = 0; row < 3; row++)
    cairo_rectangle (cr, 40, 80 + row * 30, 515, 30);
  cairo_move_to (cr, 400, 100);
  cairo_curve_to (cr, 420, 80, 440, 120, 470, 95);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static char *
write_scan_png (const char *dir)
{
  char *path = g_build_filename (dir, "sken.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 170);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.3);
  cairo_move_to (cr, 70, 40);
  cairo_line_to (cr, 110, 30);
  cairo_stroke (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static SkupStore *
open_store (const char *location)
{
  g_autoptr(GError) error = NULL;
  SkupStore *store = skup_store_open (location, &error);

  g_assert_no_error (error);
  return store;
}

/* The event's sessions in programme order: a second session on the first day comes second,
 * though it was added last. */
static void
add_event (Fixture *f)
{
  g_autoptr(SkupStore) store = open_store (f->engine.location);
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());
  g_autoptr(SkupRecord) afternoon = SKUP_RECORD (skup_session_new ());
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sessions = NULL;
  SkupQuery query = { .filter_field = "event-id" };

  skup_record_set_string (event, "title", TITLE);
  skup_record_set_string (event, "kind", "workshop");
  skup_record_set_string (event, "start-date", "2023-05-19");
  skup_record_set_string (event, "end-date", "2023-05-20");
  g_assert_true (skup_store_save (store, event, &error));
  g_assert_no_error (error);
  f->event = g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (event));

  skup_record_set_int (afternoon, "event-id", skup_record_get_id (event));
  skup_record_set_string (afternoon, "date", "2023-05-19");
  skup_record_set_string (afternoon, "start-time", "14:00");
  g_assert_true (skup_store_save (store, afternoon, &error));
  g_assert_no_error (error);

  query.filter_value = skup_record_get_id (event);
  sessions = skup_store_list (store, SKUP_TYPE_SESSION, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);

      f->sessions[i] = skup_record_get_id (session);
    }
  g_assert_cmpint (f->sessions[1], ==, skup_record_get_id (afternoon));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (f->engine.location);
  f->dir = g_dir_make_tmp ("skup-cli-sheet-XXXXXX", &error);
  g_assert_no_error (error);
  f->pdf = write_scan_pdf (f->dir);
  f->png = write_scan_png (f->dir);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);
  add_event (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->event);
  g_free (f->pdf);
  g_free (f->png);
  g_string_free (f->out, TRUE);
  g_string_free (f->err, TRUE);
}

/* Runs `skup --database LOCATION ARGS…` (NULL-terminated) in-process. */
static int
run_on (Fixture    *f,
        const char *location,
        const char *first,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "skup");
  g_ptr_array_add (args, (char *) "--database");
  g_ptr_array_add (args, (char *) location);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_string_truncate (f->out, 0);
  g_string_truncate (f->err, 0);
  return skup_cli_run_captured (args->len - 1, (char **) args->pdata, f->out, f->err);
}

#define run_sheet(f, ...) run_on (f, (f)->engine.location, "sheet", "--event", (f)->event, \
                                  __VA_ARGS__, NULL)

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

/* What the register keeps for a session, read as the window reads it. */
static GBytes *
stored_sheet (const char *location,
              gint64      session_id)
{
  g_autoptr(SkupStore) store = open_store (location);
  g_autoptr(GError) error = NULL;
  GBytes *sheet = skup_store_dup_sheet (store, session_id, &error);

  g_assert_no_error (error);
  return sheet;
}

static void
assert_bytes (GBytes     *bytes,
              const char *data,
              gsize       len)
{
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), data, len);
}

/* Attach, write out to a file and to standard output, remove: each said on stdout, the
 * session the one in the programme's place asked for. */
static void
test_attach_output_remove (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) pdf = read_file (f->pdf);
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_autofree char *copy_path = g_build_filename (f->dir, "izvoz.pdf", NULL);
  g_autofree char *never = g_build_filename (f->dir, "never.pdf", NULL);
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GBytes) copy = NULL;

  g_assert_cmpint (run_sheet (f, "--session", "2", f->pdf), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, "Attached the signed sheet of session 2 of “" TITLE
                                         "” (PDF, "));
  g_assert_nonnull (strstr (f->out->str, digest));
  stored = stored_sheet (f->engine.location, f->sessions[1]);
  assert_bytes (stored, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));
  g_clear_pointer (&stored, g_bytes_unref);
  g_assert_null (stored_sheet (f->engine.location, f->sessions[0]));

  g_assert_cmpint (run_sheet (f, "--session", "2", "--output", copy_path), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_nonnull (strstr (f->out->str, copy_path));
  copy = read_file (copy_path);
  g_assert_true (g_bytes_equal (copy, pdf));

  /* "-" is standard output, the bytes alone, for a pipe. */
  g_assert_cmpint (run_sheet (f, "--session", "2", "--output", "-"), ==, 0);
  assert_bytes (pdf, f->out->str, f->out->len);

  g_assert_cmpint (run_sheet (f, "--session", "2", "--remove"), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Removed the signed sheet of session 2"));
  g_assert_null (stored_sheet (f->engine.location, f->sessions[1]));
  g_assert_cmpint (run_sheet (f, "--session", "2", "--remove"), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "nothing was removed"));

  /* Nothing to write out is a failure, and leaves no empty file behind. */
  g_assert_cmpint (run_sheet (f, "--session", "2", "--output", never), ==, 1);
  g_assert_cmpstr (f->out->str, ==, "");
  g_assert_nonnull (strstr (f->err->str, "no signed sheet for session 2"));
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
}

/* A second file takes the place of the first. */
static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GBytes) png = read_file (f->png);
  g_autoptr(GBytes) stored = NULL;

  g_assert_cmpint (run_sheet (f, "--session", "3", f->pdf), ==, 0);
  g_assert_cmpint (run_sheet (f, "--session", "3", f->png), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "(PNG, "));
  stored = stored_sheet (f->engine.location, f->sessions[2]);
  assert_bytes (stored, g_bytes_get_data (png, NULL), g_bytes_get_size (png));
}

/* Changes the stored bytes behind the store's back, as a damaged disk or a forger would. */
static void
tamper (Fixture *f,
        gint64   session_id)
{
  g_autoptr(SkupStore) store = open_store (f->engine.location);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  if (f->engine.engine == SKUP_DB_POSTGRES)
    sql = g_strdup_printf ("UPDATE session_sheets SET data = '\\x255044462d312e340a'::bytea "
                           "WHERE session_id = %" G_GINT64_FORMAT, session_id);
  else
    sql = g_strdup_printf ("UPDATE session_sheets SET data = X'255044462D312E340A' "
                           "WHERE session_id = %" G_GINT64_FORMAT, session_id);
  g_assert_true (skup_db_exec (_skup_store_get_db (store), sql, &error));
  g_assert_no_error (error);
}

/* Failures of the work are status 1 with the reason on stderr, and change nothing. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes.pdf", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "prazno.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autofree char *out = g_build_filename (f->dir, "out.pdf", NULL);
  g_autoptr(GBytes) pdf = read_file (f->pdf);
  g_autoptr(GBytes) kept = NULL;

  g_assert_true (g_file_set_contents (notes, "Spisak učesnika, Niš\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_cmpint (run_sheet (f, "--session", "1", f->pdf), ==, 0);

  g_assert_cmpint (run_sheet (f, "--session", "1", notes), ==, 1);
  g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
  g_assert_nonnull (strstr (f->err->str, "PDF, PNG, JPEG or TIFF"));
  g_assert_cmpstr (f->out->str, ==, "");
  g_assert_cmpint (run_sheet (f, "--session", "1", empty), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "empty"));
  g_assert_cmpint (run_sheet (f, "--session", "1", missing), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "missing.pdf"));

  g_assert_cmpint (run_sheet (f, "--session", "4", f->pdf), ==, 1);
  g_assert_cmpstr (f->err->str, ==, "skup: There is no session 4: the event has 3 sessions.\n");
  g_assert_cmpint (run_on (f, f->engine.location, "sheet", "--event", "999", "--session", "1",
                           f->pdf, NULL), ==, 1);
  g_assert_cmpstr (f->err->str, ==, "skup: There is no event with the id 999.\n");

  kept = stored_sheet (f->engine.location, f->sessions[0]);
  assert_bytes (kept, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf));

  /* A sheet whose bytes no longer match their digest is never written out as the original. */
  tamper (f, f->sessions[0]);
  g_assert_cmpint (run_sheet (f, "--session", "1", "--output", out), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "damaged"));
  g_assert_cmpstr (f->out->str, ==, "");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* Typing mistakes are status 2, name what was wrong, and print nothing on stdout. */
static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  struct { const char *args[7]; const char *named; } cases[] = {
    { { "--session", "1", "a.pdf", NULL }, "--event" },
    { { "--event", "-3", "--session", "1", "a.pdf", NULL }, "--event" },
    { { "--event", "ten", "--session", "1", "a.pdf", NULL }, "ten" },
    { { "--event", "1", "a.pdf", NULL }, "--session" },
    { { "--event", "1", "--session", "0", "a.pdf", NULL }, "--session" },
    { { "--event", "1", "--session", "1", NULL }, "--remove" },
    { { "--event", "1", "--session", "1", "a.pdf", "--remove", NULL }, "--output" },
    { { "--event", "1", "--session", "1", "--remove", "--output", "x.pdf" }, "--remove" },
    { { "--event", "1", "--session", "1", "a.pdf", "b.pdf", NULL }, "b.pdf" },
    { { "--event", "1", "--session", "1", "--colour", NULL }, "--colour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char **a = cases[i].args;

      g_test_message ("case %u", i);
      g_assert_cmpint (run_on (f, f->engine.location, "sheet", a[0], a[1], a[2], a[3], a[4],
                               a[5], a[6], NULL), ==, 2);
      g_assert_true (g_str_has_prefix (f->err->str, "skup: "));
      g_assert_nonnull (strstr (f->err->str, cases[i].named));
      g_assert_nonnull (strstr (f->err->str, "skup sheet --help"));
      g_assert_cmpstr (f->out->str, ==, "");
    }
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_assert_cmpint (run_on (f, f->engine.location, "sheet", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "--event ID"));
  g_assert_nonnull (strstr (f->out->str, "--session N"));
  g_assert_nonnull (strstr (f->out->str, "--remove"));
  g_assert_nonnull (strstr (f->out->str, "--output FILE"));
  g_assert_cmpstr (f->err->str, ==, "");

  g_assert_cmpint (run_on (f, f->engine.location, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "\n  sheet "));
}

/* `skup copy` to the other engine and back: the sheets come along, whole, and are written
 * out from the copy byte for byte. */
static void
test_copy_keeps_sheets (Fixture       *f,
                        gconstpointer  data)
{
  SkupDbEngine other = f->engine.engine == SKUP_DB_SQLITE ? SKUP_DB_POSTGRES : SKUP_DB_SQLITE;
  SkupTestEngine there = { 0 }, back = { 0 };
  g_autoptr(GBytes) pdf = read_file (f->pdf);
  g_autoptr(GBytes) png = read_file (f->png);

  skup_test_engine_setup (&there, other);
  skup_test_engine_setup (&back, f->engine.engine);
  g_assert_nonnull (there.location);
  g_assert_nonnull (back.location);

  g_assert_cmpint (run_sheet (f, "--session", "1", f->pdf), ==, 0);
  g_assert_cmpint (run_sheet (f, "--session", "3", f->png), ==, 0);
  g_assert_cmpint (run_on (f, f->engine.location, "copy", "--to", there.location, NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");
  g_assert_cmpint (run_on (f, back.location, "copy", "--from", there.location, NULL), ==, 0);
  g_assert_cmpstr (f->err->str, ==, "");

  for (guint i = 0; i < 2; i++)
    {
      const char *location = i == 0 ? there.location : back.location;

      int status = run_on (f, location, "sheet", "--event", f->event, "--session", "1",
                           "--output", "-", NULL);

      g_assert_cmpstr (f->err->str, ==, "");
      g_assert_cmpint (status, ==, 0);
      assert_bytes (pdf, f->out->str, f->out->len);
      g_assert_cmpint (run_on (f, location, "sheet", "--event", f->event, "--session", "3",
                               "--output", "-", NULL), ==, 0);
      assert_bytes (png, f->out->str, f->out->len);
      g_assert_cmpint (run_on (f, location, "sheet", "--event", f->event, "--session", "2",
                               "--output", "-", NULL), ==, 1);
    }

  skup_test_engine_teardown (&back);
  skup_test_engine_teardown (&there);
}

#define ADD(name, func) \
  skup_test_engine_add ("/skup/cli-sheet", name, sizeof (Fixture), NULL, \
                        (GTestFixtureFunc) fixture_setup, (GTestFixtureFunc) func, \
                        (GTestFixtureFunc) fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Nothing here may reach the developer's own register. */
  g_unsetenv ("SKUP_DATABASE");

  ADD ("attach-output-remove", test_attach_output_remove);
  ADD ("replace", test_replace);
  ADD ("refusals", test_refusals);
  ADD ("usage-errors", test_usage_errors);
  ADD ("help", test_help);
  ADD ("copy-keeps-sheets", test_copy_keeps_sheets);

  return g_test_run ();
}
