/* test-store-sheets.c — sessions' signed sign-in sheets, on SQLite and on PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "scans" are made here: the first bytes of each kind of file, then bytes a text file has
 * not (NUL, 0xff, CR LF), so a blob cut at a NUL or read as text would show.
 */

#include <string.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-session.h"
#include "skup-sign-in-sheet.h"
#include "skup-store-private.h"
#include "store-fixture.h"

#define PREFIX "/skup/store-sheets"

/* ---- Test files --------------------------------------------------------------------------- */

static GBytes *
make_file (const char *head,
           gsize       head_len,
           guint8      seed,
           guint       body_len)
{
  GByteArray *bytes = g_byte_array_new ();

  g_byte_array_append (bytes, (const guint8 *) head, head_len);
  for (guint i = 0; i < body_len; i++)
    {
      guint8 b = (guint8) (i * 7 + seed);
      g_byte_array_append (bytes, &b, 1);
    }
  return g_byte_array_free_to_bytes (bytes);
}

#define MAKE(head, seed) make_file (head, sizeof head - 1, seed, 1000)

static GBytes *
make_pdf (guint8 seed)
{
  return MAKE ("%PDF-1.7\r\n%\xe2\xe3\xcf\xd3\r\n", seed);
}

static GBytes *
make_png (guint8 seed)
{
  return MAKE ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", seed);
}

static GBytes *
make_jpeg (guint8 seed)
{
  return MAKE ("\xff\xd8\xff\xe0\0\x10JFIF\0", seed);
}

/* ---- Helpers ------------------------------------------------------------------------------ */

/* An event from 2023-05-19 to @end: one session a day. */
static gint64
add_workshop (Fixture    *f,
              const char *end)
{
  g_autoptr(SkupRecord) event = add_event (f, "Women, Violence, and the Use of Drugs",
                                           "2023-05-19", end);

  return skup_record_get_id (event);
}

static void
attach_ok (SkupStore  *store,
           gint64      session_id,
           const char *file_name,
           GBytes     *data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_attach_sheet (store, session_id, file_name, data, &error));
  g_assert_no_error (error);
}

static SkupSheetInfo *
info_ok (SkupStore *store,
         gint64     session_id)
{
  g_autoptr(GError) error = NULL;
  SkupSheetInfo *info = skup_store_dup_sheet_info (store, session_id, &error);

  g_assert_no_error (error);
  return info;
}

static void
assert_sheet (SkupStore *store,
              gint64     session_id,
              GBytes    *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) sheet = skup_store_dup_sheet (store, session_id, &error);

  g_assert_no_error (error);
  if (expected == NULL)
    {
      g_assert_null (sheet);
      return;
    }
  g_assert_nonnull (sheet);
  g_assert_cmpmem (g_bytes_get_data (sheet, NULL), g_bytes_get_size (sheet),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
assert_info (SkupStore  *store,
             gint64      session_id,
             const char *file_name,
             const char *mime_type,
             GBytes     *data)
{
  g_autoptr(SkupSheetInfo) info = info_ok (store, session_id);
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);

  g_assert_nonnull (info);
  g_assert_cmpint (info->session_id, ==, session_id);
  g_assert_cmpstr (info->file_name, ==, file_name);
  g_assert_cmpstr (info->mime_type, ==, mime_type);
  g_assert_cmpstr (info->sha256, ==, digest);
  g_assert_cmpint (info->size, ==, (gint64) g_bytes_get_size (data));
}

static gboolean
session_has_sheet (Fixture *f,
                   gint64   session_id)
{
  g_autoptr(SkupRecord) session = load_ok (f, SKUP_TYPE_SESSION, session_id);

  return skup_record_get_bool (session, "has-sheet");
}

static void
assert_refused (Fixture    *f,
                gint64      session_id,
                GBytes     *data,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_store_attach_sheet (f->store, session_id, "lista.pdf", data, &error));
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

/* ---- Attach, read, replace, remove -------------------------------------------------------- */

/* A PDF and a PNG come back byte for byte, with their digest, size, time and who. */
static void
test_attach_and_read (Fixture       *f,
                      gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-21");
  gint64 first = session_on (f, event_id, "2023-05-19");
  gint64 second = session_on (f, event_id, "2023-05-20");
  gint64 third = session_on (f, event_id, "2023-05-21");
  g_autoptr(GBytes) pdf = make_pdf (1);
  g_autoptr(GBytes) png = make_png (2);
  g_autoptr(SkupSheetInfo) info = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) attached = NULL;
  g_autofree char *user = skup_store_dup_user_name (f->store);
  Heard heard = { 0 };

  /* None yet is no error. */
  g_assert_null (info_ok (f->store, first));
  assert_sheet (f->store, first, NULL);
  g_assert_false (session_has_sheet (f, first));

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &heard);
  attach_ok (f->store, first, "Lista prisustva, Novi Sad.pdf", pdf);
  /* The windows showing the session refresh. */
  g_assert_cmpuint (heard.n, ==, 1);
  g_assert_cmpstr (heard.kind, ==, "session");
  g_assert_cmpint (heard.id, ==, first);
  /* Only the file's name is kept, not the folder it was scanned to. */
  attach_ok (f->store, second, "/home/ana/Skenirano/dan 2.png", png);

  assert_sheet (f->store, first, pdf);
  assert_sheet (f->store, second, png);
  assert_info (f->store, first, "Lista prisustva, Novi Sad.pdf", "application/pdf", pdf);
  assert_info (f->store, second, "dan 2.png", "image/png", png);

  info = info_ok (f->store, first);
  attached = g_date_time_new_from_iso8601 (info->attached_at, NULL);
  g_assert_nonnull (attached);
  g_assert_cmpint (ABS (g_date_time_difference (now, attached)), <, 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpstr (info->attached_by, ==, user);

  g_assert_true (session_has_sheet (f, first));
  g_assert_true (session_has_sheet (f, second));
  g_assert_false (session_has_sheet (f, third));

  g_signal_handlers_disconnect_by_data (f->store, &heard);
  g_free (heard.kind);
}

/* A second file takes the place of the first: still one row, all of it new. */
static void
test_replace (Fixture       *f,
              gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-19");
  gint64 session = session_on (f, event_id, "2023-05-19");
  g_autoptr(GBytes) png = make_png (3);
  g_autoptr(GBytes) jpeg = make_jpeg (4);

  attach_ok (f->store, session, "sken.png", png);
  attach_ok (f->store, session, "sken.jpg", jpeg);
  g_assert_cmpint (count_rows (f, "session_sheets"), ==, 1);
  assert_info (f->store, session, "sken.jpg", "image/jpeg", jpeg);
  assert_sheet (f->store, session, jpeg);
}

/* Scanners write TIFF in either byte order; the name says nothing, the content does. */
static void
test_sniffs_content (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *head; gsize len; const char *type; } good[] = {
    { "II*\0\x08\0\0\0", 8, "image/tiff" },
    { "MM\0*\0\0\0\x08", 8, "image/tiff" },
    { "%PDF-1.4\n", 9, "application/pdf" },
    { "\xff\xd8\xff\xdb", 4, "image/jpeg" },
  };
  gint64 event_id = add_workshop (f, "2023-05-19");
  gint64 session = session_on (f, event_id, "2023-05-19");

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GBytes) bytes = make_file (good[i].head, good[i].len, (guint8) i, 200);
      g_autoptr(SkupSheetInfo) info = NULL;

      g_test_message ("file %u", i);
      attach_ok (f->store, session, "scan.txt", bytes);
      info = info_ok (f->store, session);
      g_assert_cmpstr (info->mime_type, ==, good[i].type);
      assert_sheet (f->store, session, bytes);
    }
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-20");
  gint64 first = session_on (f, event_id, "2023-05-19");
  gint64 second = session_on (f, event_id, "2023-05-20");
  g_autoptr(GBytes) pdf = make_pdf (5);
  g_autoptr(GBytes) other = make_pdf (6);
  g_autoptr(GError) error = NULL;
  Heard heard = { 0 };

  attach_ok (f->store, first, "dan1.pdf", pdf);
  attach_ok (f->store, second, "dan2.pdf", other);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &heard);
  g_assert_true (skup_store_remove_sheet (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (heard.n, ==, 1);
  g_assert_cmpstr (heard.kind, ==, "session");
  g_assert_cmpint (heard.id, ==, first);
  g_assert_null (info_ok (f->store, first));
  assert_sheet (f->store, first, NULL);
  g_assert_false (session_has_sheet (f, first));
  /* The other session's is untouched. */
  assert_sheet (f->store, second, other);

  /* Removing what is not there changes nothing, and nobody is told. */
  g_assert_true (skup_store_remove_sheet (f->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (heard.n, ==, 1);

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
    "%PDF",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    "PK\x03\x04 a document",
    "II*",
  };
  gint64 event_id = add_workshop (f, "2023-05-19");
  gint64 session = session_on (f, event_id, "2023-05-19");
  g_autoptr(GBytes) kept = make_pdf (7);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

  attach_ok (f->store, session, "lista.pdf", kept);
  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (junk[i], strlen (junk[i]));

      g_test_message ("junk %u", i);
      assert_refused (f, session, bytes, SKUP_ERROR_INVALID, "PDF, PNG, JPEG or TIFF");
    }
  assert_refused (f, session, empty, SKUP_ERROR_INVALID, "empty");
  /* What was there stays. */
  assert_sheet (f->store, session, kept);
  assert_info (f->store, session, "lista.pdf", "application/pdf", kept);
}

/* A file of exactly the limit is taken, one byte more is not. */
static void
test_refuses_oversized (Fixture       *f,
                        gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-19");
  gint64 session = session_on (f, event_id, "2023-05-19");
  guint8 *big = g_malloc0 (SKUP_SHEET_MAX_SIZE + 1);
  g_autoptr(GBytes) at_limit = NULL;
  g_autoptr(GBytes) over = NULL;

  memcpy (big, "%PDF-1.7\n", 9);
  at_limit = g_bytes_new (big, SKUP_SHEET_MAX_SIZE);
  over = g_bytes_new_take (big, SKUP_SHEET_MAX_SIZE + 1);

  assert_refused (f, session, over, SKUP_ERROR_INVALID, "larger than 50.0");
  g_assert_null (info_ok (f->store, session));
  attach_ok (f->store, session, "velika.pdf", at_limit);
  assert_info (f->store, session, "velika.pdf", "application/pdf", at_limit);
}

/* A sheet belongs to a session that exists. */
static void
test_unknown_session (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) pdf = make_pdf (8);

  assert_refused (f, 4242, pdf, SKUP_ERROR_NOT_FOUND, "4242");
  g_assert_cmpint (count_rows (f, "session_sheets"), ==, 0);
}

/* ---- Evidence ----------------------------------------------------------------------------- */

/* Bytes changed behind the store's back are never handed out as the sheet attached. */
static void
test_tampered_is_damaged (Fixture       *f,
                          gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-20");
  gint64 session = session_on (f, event_id, "2023-05-19");
  gint64 other = session_on (f, event_id, "2023-05-20");
  g_autoptr(GBytes) pdf = make_pdf (9);
  g_autoptr(GBytes) kept = make_pdf (10);
  g_autoptr(GBytes) read = NULL;
  g_autoptr(SkupSheetInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  attach_ok (f->store, session, "dan1.pdf", pdf);
  attach_ok (f->store, other, "dan2.pdf", kept);
  /* The same length, one name on the list changed: "%PDF-1.7" and a different body. */
  if (fixture_engine (f) == SKUP_DB_POSTGRES)
    sql = g_strdup_printf ("UPDATE session_sheets SET data = '\\x255044462d312e370a'::bytea "
                           "WHERE session_id = %" G_GINT64_FORMAT, session);
  else
    sql = g_strdup_printf ("UPDATE session_sheets SET data = X'255044462D312E370A' "
                           "WHERE session_id = %" G_GINT64_FORMAT, session);
  sql_exec (db_of (f), sql);

  read = skup_store_dup_sheet (f->store, session, &error);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_DAMAGED);
  g_assert_null (read);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "damaged"));
  /* What it was is still known, and the other session's sheet is whole. */
  info = info_ok (f->store, session);
  g_assert_nonnull (info);
  g_assert_cmpstr (info->file_name, ==, "dan1.pdf");
  assert_sheet (f->store, other, kept);

  /* Attaching the original again puts things right. */
  attach_ok (f->store, session, "dan1.pdf", pdf);
  assert_sheet (f->store, session, pdf);
}

/* ---- Deleting ----------------------------------------------------------------------------- */

static SkupConsequence *
find_consequence (GPtrArray  *plan,
                  const char *table)
{
  for (guint i = 0; i < plan->len; i++)
    {
      SkupConsequence *c = g_ptr_array_index (plan, i);

      if (g_str_equal (c->table, table))
        return c;
    }
  return NULL;
}

/* A session's sheet is evidence: deleting the session says it goes too, and takes it. */
static void
test_delete_session (Fixture       *f,
                     gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-20");
  gint64 first = session_on (f, event_id, "2023-05-19");
  gint64 second = session_on (f, event_id, "2023-05-20");
  g_autoptr(SkupRecord) person = add_person (f, "Irena", "Molnar");
  gint64 registration = add_registration (f, event_id, skup_record_get_id (person));
  g_autoptr(SkupRecord) session = load_ok (f, SKUP_TYPE_SESSION, first);
  g_autoptr(GBytes) pdf = make_pdf (11);
  g_autoptr(GBytes) kept = make_pdf (12);
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;
  SkupConsequence *sheet;

  attend (f, registration, first, "present");
  attach_ok (f->store, first, "dan1.pdf", pdf);
  attach_ok (f->store, second, "dan2.pdf", kept);

  plan = plan_ok (f, session);
  g_assert_cmpuint (plan->len, ==, 2);
  g_assert_nonnull (find_consequence (plan, "attendance"));
  sheet = find_consequence (plan, "session_sheets");
  g_assert_nonnull (sheet);
  g_assert_cmpuint (sheet->count, ==, 1);
  g_assert_true (sheet->removed);
  g_assert_cmpstr (sheet->description, ==, "Also removes the signed sign-in sheet attached to it.");

  /* Not without agreeing to it. */
  g_assert_false (skup_store_delete (f->store, session, NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "signed sign-in sheet"));
  assert_sheet (f->store, first, pdf);

  delete_ok (f, session, plan);
  g_assert_cmpint (count_rows (f, "session_sheets"), ==, 1);
  g_assert_null (info_ok (f->store, first));
  assert_sheet (f->store, second, kept);
}

/* An event's plan counts the sheets of all its sessions. */
static void
test_delete_event (Fixture       *f,
                   gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-21");
  gint64 other_id = add_workshop (f, "2023-05-19");
  g_autoptr(SkupRecord) event = load_ok (f, SKUP_TYPE_EVENT, event_id);
  g_autoptr(GBytes) a = make_pdf (13), b = make_png (14), c = make_jpeg (15);
  g_autoptr(GPtrArray) plan = NULL;
  SkupConsequence *sheets;

  attach_ok (f->store, session_on (f, event_id, "2023-05-19"), "1.pdf", a);
  attach_ok (f->store, session_on (f, event_id, "2023-05-21"), "3.png", b);
  attach_ok (f->store, session_on (f, other_id, "2023-05-19"), "nis.jpg", c);

  plan = plan_ok (f, event);
  sheets = find_consequence (plan, "session_sheets");
  g_assert_nonnull (sheets);
  g_assert_cmpuint (sheets->count, ==, 2);
  g_assert_cmpstr (sheets->description, ==, "Also removes 2 signed sign-in sheets.");
  delete_ok (f, event, plan);
  g_assert_cmpint (count_rows (f, "session_sheets"), ==, 1);
  assert_sheet (f->store, session_on (f, other_id, "2023-05-19"), c);
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
    found |= g_str_equal (g_ptr_array_index (counts, i), "session_sheets=2");
  g_assert_true (found);
}

static void
assert_same_info (SkupStore     *store,
                  SkupSheetInfo *expected)
{
  g_autoptr(SkupSheetInfo) info = info_ok (store, expected->session_id);

  g_assert_nonnull (info);
  g_assert_cmpstr (info->file_name, ==, expected->file_name);
  g_assert_cmpstr (info->mime_type, ==, expected->mime_type);
  g_assert_cmpstr (info->sha256, ==, expected->sha256);
  g_assert_cmpint (info->size, ==, expected->size);
  g_assert_cmpstr (info->attached_at, ==, expected->attached_at);
  g_assert_cmpstr (info->attached_by, ==, expected->attached_by);
}

static void
assert_copied (SkupStore     *store,
               SkupSheetInfo *pdf_info,
               GBytes        *pdf,
               SkupSheetInfo *png_info,
               GBytes        *png)
{
  assert_same_info (store, pdf_info);
  assert_same_info (store, png_info);
  assert_sheet (store, pdf_info->session_id, pdf);
  assert_sheet (store, png_info->session_id, png);
}

/* SQLite → PostgreSQL → SQLite, or the other way: bytes, digest, who and when arrive as they
 * were, and the digest still checks. */
static void
test_survives_copy (Fixture       *f,
                    gconstpointer  data)
{
  SkupDbEngine other = fixture_engine (f) == SKUP_DB_SQLITE ? SKUP_DB_POSTGRES : SKUP_DB_SQLITE;
  SkupTestEngine there = { 0 }, back = { 0 };
  gint64 event_id = add_workshop (f, "2023-05-21");
  gint64 first = session_on (f, event_id, "2023-05-19");
  gint64 third = session_on (f, event_id, "2023-05-21");
  g_autoptr(GBytes) pdf = make_pdf (16);
  g_autoptr(GBytes) png = make_png (17);
  g_autoptr(SkupSheetInfo) pdf_info = NULL;
  g_autoptr(SkupSheetInfo) png_info = NULL;
  g_autoptr(SkupStore) copy = NULL;
  g_autoptr(SkupStore) returned = NULL;

  attach_ok (f->store, first, "Lista prisustva — Beograd.pdf", pdf);
  attach_ok (f->store, third, "sken.png", png);
  pdf_info = info_ok (f->store, first);
  png_info = info_ok (f->store, third);
  skup_test_engine_setup (&there, other);
  skup_test_engine_setup (&back, fixture_engine (f));
  copy = open_engine_ok (&there);
  returned = open_engine_ok (&back);

  copy_ok (f->store, copy);
  assert_copied (copy, pdf_info, pdf, png_info, png);
  g_assert_null (info_ok (copy, session_on (f, event_id, "2023-05-20")));
  copy_ok (copy, returned);
  assert_copied (returned, pdf_info, pdf, png_info, png);

  g_clear_object (&returned);
  g_clear_object (&copy);
  skup_test_engine_teardown (&back);
  skup_test_engine_teardown (&there);
}

/* ---- Which session ------------------------------------------------------------------------ */

/* A sheet is named by its session's place in the programme (`skup sheet --session 2`, as the
 * sheet printed for it): the same place on both engines, a session with no start time first
 * on its day, though SQLite and PostgreSQL put NULL at opposite ends. */
static void
test_programme_order (Fixture       *f,
                      gconstpointer  data)
{
  gint64 event_id = add_workshop (f, "2023-05-20");
  gint64 morning = session_on (f, event_id, "2023-05-19");
  gint64 second_day = session_on (f, event_id, "2023-05-20");
  g_autoptr(SkupRecord) afternoon = SKUP_RECORD (skup_session_new ());
  g_autoptr(GError) error = NULL;
  gint64 expected[3];

  skup_record_set_int (afternoon, "event-id", event_id);
  skup_record_set_string (afternoon, "date", "2023-05-19");
  skup_record_set_string (afternoon, "start-time", "14:00");
  save_ok (f, afternoon);
  expected[0] = morning;
  expected[1] = skup_record_get_id (afternoon);
  expected[2] = second_day;

  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (skup_sign_in_find_session (f->store, event_id, i + 1, &error), ==,
                       expected[i]);
      g_assert_no_error (error);
    }
}

/* ---- Who ---------------------------------------------------------------------------------- */

static void
test_user_name (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *user = skup_store_dup_user_name (f->store);
  const char *real = g_get_real_name ();

  g_assert_nonnull (user);
  g_assert_cmpstr (user, !=, "");
  g_assert_true (g_utf8_validate (user, -1, NULL));
  if (g_strcmp0 (real, "Unknown") == 0 || real == NULL || *real == '\0')
    g_assert_cmpstr (user, ==, g_get_user_name ());
  else
    g_assert_cmpstr (user, ==, real);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "attach-and-read", test_attach_and_read);
  fixture_add (PREFIX, "replace", test_replace);
  fixture_add (PREFIX, "sniffs-content", test_sniffs_content);
  fixture_add (PREFIX, "remove", test_remove);
  fixture_add (PREFIX, "refuses-junk", test_refuses_junk);
  fixture_add (PREFIX, "refuses-oversized", test_refuses_oversized);
  fixture_add (PREFIX, "unknown-session", test_unknown_session);
  fixture_add (PREFIX, "tampered-is-damaged", test_tampered_is_damaged);
  fixture_add (PREFIX, "delete-session", test_delete_session);
  fixture_add (PREFIX, "delete-event", test_delete_event);
  fixture_add (PREFIX, "survives-copy", test_survives_copy);
  fixture_add (PREFIX, "programme-order", test_programme_order);
  fixture_add (PREFIX, "user-name", test_user_name);

  return g_test_run ();
}
