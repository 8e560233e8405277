/* test-store-logos.c — organisations' logos, on SQLite and on PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The logos are made here, by the tests: Skup ships none.
 */

#include <string.h>

#include <glib/gstdio.h>

#include "skup-error.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-store-private.h"
#include "store-fixture.h"

#define PREFIX "/skup/store-logos"

/* ---- Test logos --------------------------------------------------------------------------- */

/* The start of a PNG file, and bytes an image has and text has not: NUL, 0xff, CR LF. */
static GBytes *
make_png (guint8 seed)
{
  static const guint8 head[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                                 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
  GByteArray *bytes = g_byte_array_new ();

  g_byte_array_append (bytes, head, sizeof head);
  for (guint i = 0; i < 300; i++)
    {
      guint8 b = (guint8) (i * 7 + seed);
      g_byte_array_append (bytes, &b, 1);
    }
  return g_byte_array_free_to_bytes (bytes);
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static const char svg_logo[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<!-- Drawn for the test: a green disc -->\n"
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"96\" height=\"96\">"
  "<circle cx=\"48\" cy=\"48\" r=\"44\" fill=\"#268c59\"/></svg>\n";

/* ---- Helpers ------------------------------------------------------------------------------ */

static gint64
org_id (SkupRecord *organisation)
{
  return skup_record_get_id (organisation);
}

static void
set_logo_ok (Fixture *f,
             gint64   organisation_id,
             GBytes  *logo)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_logo (f->store, organisation_id, logo, &error));
  g_assert_no_error (error);
}

static GBytes *
dup_logo_ok (SkupStore *store,
             gint64     organisation_id)
{
  g_autoptr(GError) error = NULL;
  GBytes *logo = skup_store_dup_logo (store, organisation_id, &error);

  g_assert_no_error (error);
  return logo;
}

static void
assert_logo (SkupStore *store,
             gint64     organisation_id,
             GBytes    *expected)
{
  g_autoptr(GBytes) logo = dup_logo_ok (store, organisation_id);

  if (expected == NULL)
    {
      g_assert_null (logo);
      return;
    }
  g_assert_nonnull (logo);
  g_assert_cmpmem (g_bytes_get_data (logo, NULL), g_bytes_get_size (logo),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static char *
stored_mime_type (SkupStore *store,
                  gint64     organisation_id)
{
  return sql_text (_skup_store_get_db (store), "SELECT mime_type FROM organisation_logos "
                                               "WHERE organisation_id = ?1", organisation_id);
}

static void
assert_refused (Fixture    *f,
                gint64      organisation_id,
                GBytes     *logo,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_store_set_logo (f->store, organisation_id, logo, &error));
  g_assert_error (error, SKUP_ERROR, code);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

typedef struct {
  guint  n;
  char  *kind;
  gint64 id;
} Heard;

static void
on_changed (SkupStore  *store,
            const char *kind,
            gint64      id,
            Heard      *heard)
{
  heard->n++;
  g_free (heard->kind);
  heard->kind = g_strdup (kind);
  heard->id = id;
}

/* ---- Set, read, replace, remove ----------------------------------------------------------- */

static void
test_set_get_replace_remove (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) dpnsee = add_organisation (f, "DPNSEE");
  g_autoptr(SkupRecord) izlazak = add_organisation (f, "Izlazak");
  g_autoptr(GBytes) png = make_png (1);
  g_autoptr(GBytes) svg = bytes_of (svg_logo);
  g_autofree char *png_type = NULL, *svg_type = NULL;
  Heard heard = { 0 };

  /* None yet is no error. */
  assert_logo (f->store, org_id (dpnsee), NULL);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &heard);
  set_logo_ok (f, org_id (dpnsee), png);
  assert_logo (f->store, org_id (dpnsee), png);
  assert_logo (f->store, org_id (izlazak), NULL);
  png_type = stored_mime_type (f->store, org_id (dpnsee));
  g_assert_cmpstr (png_type, ==, "image/png");
  /* Windows showing organisations refresh. */
  g_assert_cmpuint (heard.n, ==, 1);
  g_assert_cmpstr (heard.kind, ==, "organisation");
  g_assert_cmpint (heard.id, ==, org_id (dpnsee));

  /* Another logo takes the place of the first: still one row. */
  set_logo_ok (f, org_id (dpnsee), svg);
  assert_logo (f->store, org_id (dpnsee), svg);
  svg_type = stored_mime_type (f->store, org_id (dpnsee));
  g_assert_cmpstr (svg_type, ==, "image/svg+xml");
  g_assert_cmpint (count_rows (f, "organisation_logos"), ==, 1);
  g_assert_cmpuint (heard.n, ==, 2);

  /* The logo is the organisation's own: its record did not change (an open form with edits
   * is not made stale by a logo). */
  {
    g_autoptr(SkupRecord) loaded = load_ok (f, SKUP_TYPE_ORGANISATION, org_id (dpnsee));
    g_assert_cmpstr (skup_record_get_updated_at (loaded), ==,
                     skup_record_get_updated_at (dpnsee));
  }

  set_logo_ok (f, org_id (dpnsee), NULL);
  assert_logo (f->store, org_id (dpnsee), NULL);
  g_assert_cmpint (count_rows (f, "organisation_logos"), ==, 0);
  g_assert_cmpuint (heard.n, ==, 3);
  /* Removing what is not there changes nothing, and nobody is told. */
  set_logo_ok (f, org_id (dpnsee), NULL);
  g_assert_cmpuint (heard.n, ==, 3);

  g_signal_handlers_disconnect_by_data (f->store, &heard);
  g_free (heard.kind);
}

/* ---- What is refused ---------------------------------------------------------------------- */

static void
test_refuses_junk (Fixture       *f,
                   gconstpointer  data)
{
  static const char *junk[] = {
    "Spisak učesnika, Niš\n",
    "GIF89a\x01\x00\x01\x00",
    "<html><body><svg></svg></body></html>",
    "<svgx xmlns=\"http://www.w3.org/2000/svg\"/>",
    "<!-- a comment that never ends <svg>",
    "   ",
  };
  g_autoptr(SkupRecord) office = add_organisation (f, "Kancelarija za borbu protiv droga");
  g_autoptr(GBytes) kept = make_png (2);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

  set_logo_ok (f, org_id (office), kept);
  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    {
      g_autoptr(GBytes) bytes = bytes_of (junk[i]);

      g_test_message ("junk %u", i);
      assert_refused (f, org_id (office), bytes, SKUP_ERROR_INVALID, "PNG, JPEG or SVG");
    }
  assert_refused (f, org_id (office), empty, SKUP_ERROR_INVALID, "PNG, JPEG or SVG");
  /* What was there stays. */
  assert_logo (f->store, org_id (office), kept);
}

/* An image file's name says nothing: its content does. */
static void
test_sniffs_content (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *text; gsize len; const char *type; } good[] = {
    { "\xff\xd8\xff\xe0\0\x10JFIF\0", 12, "image/jpeg" },
    { "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", 0, "image/svg+xml" },
    /* A UTF-8 byte order mark and white space before it. */
    { "\xef\xbb\xbf\n  <svg>\n</svg>", 0, "image/svg+xml" },
    /* Illustrator's doctype with an internal subset holding '>'. */
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
      "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n"
      "  <!ENTITY ns_flows \"http://ns.adobe.com/Flows/1.0/\">\n]>\n"
      "<!-- Generator: Adobe Illustrator -->\n<svg version=\"1.1\"></svg>", 0,
      "image/svg+xml" },
  };
  g_autoptr(SkupRecord) unodc = add_organisation (f, "UNODC");

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gsize len = good[i].len ? good[i].len : strlen (good[i].text);
      g_autoptr(GBytes) bytes = g_bytes_new (good[i].text, len);
      g_autofree char *type = NULL;

      g_test_message ("image %u", i);
      set_logo_ok (f, org_id (unodc), bytes);
      assert_logo (f->store, org_id (unodc), bytes);
      type = stored_mime_type (f->store, org_id (unodc));
      g_assert_cmpstr (type, ==, good[i].type);
    }
}

/* The limit is the window's: a file of exactly that size is taken, one byte more is not. */
static void
test_refuses_oversized (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) unhcr = add_organisation (f, "UNHCR");
  g_autoptr(GBytes) png = make_png (3);
  guint8 *big = g_malloc0 (SKUP_LOGO_MAX_SIZE + 1);
  g_autoptr(GBytes) at_limit = NULL;
  g_autoptr(GBytes) over = NULL;

  memcpy (big, g_bytes_get_data (png, NULL), 16);
  at_limit = g_bytes_new (big, SKUP_LOGO_MAX_SIZE);
  over = g_bytes_new_take (big, SKUP_LOGO_MAX_SIZE + 1);

  assert_refused (f, org_id (unhcr), over, SKUP_ERROR_INVALID, "larger than 2.0");
  assert_logo (f->store, org_id (unhcr), NULL);
  set_logo_ok (f, org_id (unhcr), at_limit);
  assert_logo (f->store, org_id (unhcr), at_limit);
}

/* A logo belongs to an organisation that exists. */
static void
test_unknown_organisation (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) png = make_png (4);

  assert_refused (f, 4242, png, SKUP_ERROR_NOT_FOUND, "4242");
  assert_refused (f, 4242, NULL, SKUP_ERROR_NOT_FOUND, "4242");
  g_assert_cmpint (count_rows (f, "organisation_logos"), ==, 0);
}

/* ---- Deleting ----------------------------------------------------------------------------- */

/* A logo goes with its organisation, and is nothing the user must agree to lose: it blocks
 * nothing and is not listed among what depends on the organisation. */
static void
test_cascade_on_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(SkupRecord) prevent = add_organisation (f, "Prevent");
  g_autoptr(SkupRecord) duga = add_organisation (f, "Duga");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  g_autoptr(GBytes) png = make_png (5);
  g_autoptr(GBytes) other = make_png (6);
  g_autoptr(GPtrArray) plan = NULL;

  set_logo_ok (f, org_id (prevent), png);
  set_logo_ok (f, org_id (duga), other);

  plan = plan_ok (f, prevent);
  g_assert_cmpuint (plan->len, ==, 0);
  delete_ok (f, prevent, NULL);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM organisation_logos "
                                       "WHERE organisation_id = ?1", org_id (prevent)), ==, 0);
  assert_logo (f->store, org_id (prevent), NULL);

  /* With people in it, the plan names the people only. */
  skup_record_set_int (person, "organisation-id", org_id (duga));
  save_ok (f, person);
  g_clear_pointer (&plan, g_ptr_array_unref);
  plan = plan_ok (f, duga);
  g_assert_cmpuint (plan->len, ==, 1);
  g_assert_cmpstr (((SkupConsequence *) g_ptr_array_index (plan, 0))->table, ==, "people");
  delete_ok (f, duga, plan);
  g_assert_cmpint (count_rows (f, "organisation_logos"), ==, 0);
}

/* ---- Copying to the other engine ---------------------------------------------------------- */

static SkupStore *
open_engine_ok (SkupTestEngine *e)
{
  g_autoptr(GError) error = NULL;
  SkupStore *store = NULL;

  g_assert_nonnull (e->location);
  store = skup_store_open (e->location, &error);
  g_assert_no_error (error);
  return store;
}

static void
copy_ok (SkupStore *from,
         SkupStore *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  gboolean found = FALSE;

  g_assert_true (skup_store_copy (from, to, counts, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    found |= g_str_equal (g_ptr_array_index (counts, i), "organisation_logos=2");
  g_assert_true (found);
}

static void
assert_logos_copied (SkupStore *store,
                     gint64     png_id,
                     GBytes    *png,
                     gint64     svg_id,
                     GBytes    *svg)
{
  g_autofree char *png_type = stored_mime_type (store, png_id);
  g_autofree char *svg_type = stored_mime_type (store, svg_id);

  assert_logo (store, png_id, png);
  assert_logo (store, svg_id, svg);
  g_assert_cmpstr (png_type, ==, "image/png");
  g_assert_cmpstr (svg_type, ==, "image/svg+xml");
}

/* SQLite → PostgreSQL → SQLite, or PostgreSQL → SQLite → PostgreSQL: the bytes, NULs and
 * all, and their type arrive as they were, and the copy's organisations delete as well. */
static void
test_survives_copy (Fixture       *f,
                    gconstpointer  data)
{
  SkupDbEngine other = fixture_engine (f) == SKUP_DB_SQLITE ? SKUP_DB_POSTGRES : SKUP_DB_SQLITE;
  SkupTestEngine there = { 0 }, back = { 0 };
  g_autoptr(SkupRecord) office = add_organisation (f, "Kancelarija za borbu protiv droga");
  g_autoptr(SkupRecord) izlazak = add_organisation (f, "Izlazak");
  g_autoptr(SkupRecord) kokoro = add_organisation (f, "Kokoro");
  g_autoptr(GBytes) png = make_png (7);
  g_autoptr(GBytes) svg = bytes_of (svg_logo);
  g_autoptr(SkupStore) copy = NULL;
  g_autoptr(SkupStore) returned = NULL;

  set_logo_ok (f, org_id (office), png);
  set_logo_ok (f, org_id (kokoro), svg);
  skup_test_engine_setup (&there, other);
  skup_test_engine_setup (&back, fixture_engine (f));
  copy = open_engine_ok (&there);
  returned = open_engine_ok (&back);

  copy_ok (f->store, copy);
  assert_logos_copied (copy, org_id (office), png, org_id (kokoro), svg);
  assert_logo (copy, org_id (izlazak), NULL);
  copy_ok (copy, returned);
  assert_logos_copied (returned, org_id (office), png, org_id (kokoro), svg);

  /* The copied table keeps its rule: deleting the organisation takes the logo. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkupRecord) copied = skup_store_load (copy, SKUP_TYPE_ORGANISATION,
                                                    org_id (office), &error);

    g_assert_no_error (error);
    g_assert_true (skup_store_delete (copy, copied, NULL, &error));
    g_assert_no_error (error);
    assert_logo (copy, org_id (office), NULL);
  }

  g_clear_object (&returned);
  g_clear_object (&copy);
  skup_test_engine_teardown (&back);
  skup_test_engine_teardown (&there);
}

/* ---- Upgrading ---------------------------------------------------------------------------- */

/* The register as schema 3 left it: no logo table. */
static void
make_v3 (Fixture *f)
{
  fixture_make_v4 (f);
  if (fixture_engine (f) == SKUP_DB_POSTGRES)
    sql_exec (db_of (f), "DROP TABLE organisation_logos;"
                         "UPDATE skup_schema SET version = 3;");
  else
    sql_exec (db_of (f), "DROP TABLE organisation_logos;"
                         "PRAGMA user_version = 3;");
}

static guint
count_v3_backups (Fixture *f)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (fixture_engine (f) != SKUP_DB_SQLITE)
    return 0;
  dir = g_dir_open (f->engine.dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".v3-") != NULL && g_str_has_suffix (name, ".bak"))
      n++;
  return n;
}

/* A register of schema 3 opens as schema 4 (and on) with everything it held, and takes logos. */
static void
test_migrate_v3 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) duga = add_organisation (f, "Duga");
  g_autoptr(SkupRecord) person = add_person (f, "Stefan", "Pejić");
  g_autoptr(SkupRecord) loaded = NULL;
  g_autoptr(GBytes) png = make_png (8);
  g_autoptr(GBytes) office_logo = make_png (9);

  skup_store_set_setting_data (f->store, SKUP_SETTING_LOGO, office_logo, &error);
  g_assert_no_error (error);
  make_v3 (f);
  g_clear_object (&f->store);
  g_assert_cmpuint (count_v3_backups (f), ==, 0);

  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);
  g_assert_cmpint (skup_db_get_schema_version (db_of (f), NULL), ==, SKUP_DB_SCHEMA_VERSION);

  loaded = load_ok (f, SKUP_TYPE_ORGANISATION, org_id (duga));
  g_assert_cmpstr (skup_record_get_string (loaded, "name"), ==, "Duga");
  g_clear_object (&loaded);
  loaded = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (person));
  g_assert_cmpstr (skup_record_get_string (loaded, "family-name"), ==, "Pejić");
  {
    g_autoptr(GBytes) kept = skup_store_dup_setting_data (f->store, SKUP_SETTING_LOGO);
    g_assert_true (g_bytes_equal (kept, office_logo));
  }
  /* An SQLite file is copied aside before its upgrade, as for every migration. */
  if (fixture_engine (f) == SKUP_DB_SQLITE)
    g_assert_cmpuint (count_v3_backups (f), ==, 1);

  assert_logo (f->store, org_id (duga), NULL);
  set_logo_ok (f, org_id (duga), png);
  assert_logo (f->store, org_id (duga), png);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "set-get-replace-remove", test_set_get_replace_remove);
  fixture_add (PREFIX, "refuses-junk", test_refuses_junk);
  fixture_add (PREFIX, "sniffs-content", test_sniffs_content);
  fixture_add (PREFIX, "refuses-oversized", test_refuses_oversized);
  fixture_add (PREFIX, "unknown-organisation", test_unknown_organisation);
  fixture_add (PREFIX, "cascade-on-delete", test_cascade_on_delete);
  fixture_add (PREFIX, "survives-copy", test_survives_copy);
  fixture_add (PREFIX, "migrate-v3", test_migrate_v3);

  return g_test_run ();
}
