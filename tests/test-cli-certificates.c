/* test-cli-certificates.c — `skup certificates …` and `skup verify`
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As in test-cli.c: the command line runs in-process through skup_cli_run_captured(), on a
 * register in a folder of its own. A one-day training for three, two of whom attended: the
 * plan says who and why, issuing numbers them without a gap, the files say the names exactly
 * (pdftotext), verification answers for each state and refuses a changed payload, and every
 * refusal writes nothing.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "cli/skup-cli.h"
#include "skup-core.h"
#include "skup-issuer.h"
#include "skup-test-engines.h"

#define ZANA "Žana Glavendekić"
#define MILUTIN "Милутин Милошевић"

typedef struct
{
  char    *dir;
  char    *db;
  char    *out_dir;
  char    *event;     /* ids, as typed */
  char    *zana;
  char    *absent;
  GString *out;
  GString *err;
} Fixture;

static gint64
add_person (SkupStore  *store,
            const char *given,
            const char *family,
            const char *gender)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_string (person, "gender", gender);
  g_assert_true (skup_store_save (store, person, &error));
  g_assert_no_error (error);
  return skup_record_get_id (person);
}

static gint64
register_person (SkupStore *store,
                 gint64     event_id,
                 gint64     person_id)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (skup_store_register (store, event_id, person_id, "participant", "confirmed",
                                      &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
first_session (SkupStore *store,
               gint64     event_id)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) sessions = skup_store_list (store, SKUP_TYPE_SESSION, &query, &error);
  g_autoptr(SkupRecord) session = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  session = g_list_model_get_item (sessions, 0);
  return skup_record_get_id (session);
}

/* A one-day training in Belgrade: Žana and Milutin attended, the third did not. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) event = SKUP_RECORD (skup_event_new ());
  gint64 attended[2];
  gint64 absent;
  gint64 absent_registration;
  gint64 session;

  f->dir = g_dir_make_tmp ("skup-cli-certificates-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "skup.db", NULL);
  f->out_dir = g_build_filename (f->dir, "sertifikati", NULL);
  f->out = g_string_new (NULL);
  f->err = g_string_new (NULL);

  store = skup_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (skup_store_set_setting (store, SKUP_SETTING_CERTIFICATE_PREFIX, "KBPD",
                                         &error));
  skup_record_set_string (event, "title", "Women, Violence, and the Use of Drugs");
  skup_record_set_string (event, "kind", "training");
  skup_record_set_string (event, "start-date", "2026-05-20");
  skup_record_set_string (event, "end-date", "2026-05-20");
  skup_record_set_string (event, "city", "Beograd");
  skup_record_set_string (event, "language", "en");
  g_assert_true (skup_store_save (store, event, &error));
  g_assert_no_error (error);
  f->event = g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (event));

  attended[0] = register_person (store, skup_record_get_id (event),
                                 add_person (store, "Žana", "Glavendekić", "female"));
  attended[1] = register_person (store, skup_record_get_id (event),
                                 add_person (store, "Милутин", "Милошевић", "male"));
  absent = add_person (store, "Stefan", "Pejić", "male");
  absent_registration = register_person (store, skup_record_get_id (event), absent);
  session = first_session (store, skup_record_get_id (event));
  g_assert_true (skup_store_set_marks (store, session, attended, 2, SKUP_MARK_PRESENT, NULL,
                                       &error));
  g_assert_true (skup_store_set_marks (store, session, &absent_registration, 1,
                                       SKUP_MARK_ABSENT, NULL, &error));
  g_assert_no_error (error);
  f->absent = g_strdup_printf ("%" G_GINT64_FORMAT, absent);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->out_dir);
  g_free (f->event);
  g_free (f->zana);
  g_free (f->absent);
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

static guint
count_certificates (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->db, &error);
  SkupCertificateFilter all = { 0, 0, 0, -1 };
  g_autoptr(GPtrArray) entries = skup_store_list_certificates (store, &all, &error);

  g_assert_no_error (error);
  return entries->len;
}

static SkupCertificateEntry *
find (Fixture    *f,
      const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (f->db, &error);
  SkupCertificateEntry *entry = skup_store_find_certificate (store, number, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entry);
  return entry;
}

/* What pdftotext reads in @path. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static void
issue_both (Fixture *f)
{
  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, "--date", "2026-05-22",
                        "--output", f->out_dir, NULL), ==, 0);
}

/* Tests *******************************************************************/

/* The plan says who will be given one and why the third will not; it writes nothing. */
static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *absent = NULL;

  g_assert_cmpint (run (f, "certificates", "plan", "--event", f->event, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "2 of 3 will be given a certificate."));
  absent = g_strdup_printf ("Stefan Pejić (person %s): not eligible — ", f->absent);
  g_assert_nonnull (strstr (f->out->str, absent));
  g_assert_nonnull (strstr (f->out->str, ZANA));
  g_assert_cmpuint (count_certificates (f), ==, 0);
}

/* Issuing numbers the two without a gap, writes a file each in which the names read exactly,
 * and a second run finds nobody left. */
static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  const char *name;
  guint n_files = 0;

  issue_both (f);
  g_assert_nonnull (strstr (f->out->str, "Issued 2 certificates, KBPD-2026-0001 to "
                                         "KBPD-2026-0002."));
  g_assert_nonnull (strstr (f->out->str, "Wrote 2 files into "));
  g_assert_cmpuint (count_certificates (f), ==, 2);

  dir = g_dir_open (f->out_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->out_dir, name, NULL);
      g_autofree char *text = pdf_text (path);

      g_assert_true (g_str_has_suffix (name, ".pdf"));
      g_assert_null (strchr (name, '/'));
      g_string_append (texts, text);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 2);
  g_assert_nonnull (strstr (texts->str, ZANA));
  g_assert_nonnull (strstr (texts->str, "KBPD-2026-0001"));

  /* Nobody is left: a failure, and nothing more is written. */
  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, "--output", f->out_dir,
                        NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "nothing was issued"));
  g_assert_cmpuint (count_certificates (f), ==, 2);
}

/* One file for the printer: every page, and the names as typed. */
static void
test_issue_one_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "all.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, "--date", "2026-05-22",
                        "--output", path, NULL), ==, 0);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, ZANA));
  g_assert_nonnull (strstr (text, "KBPD-2026-0002"));
}

/* The list, in each format. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  issue_both (f);
  g_assert_cmpint (run (f, "certificates", "list", "--event", f->event, "--format", "csv", NULL),
                   ==, 0);
  g_assert_true (g_str_has_prefix (f->out->str, "number,state,name,"));
  g_assert_nonnull (strstr (f->out->str, "KBPD-2026-0001,valid,"));
  g_assert_nonnull (strstr (f->out->str, "KBPD-2026-0002,valid,"));
  g_assert_cmpint (run (f, "certificates", "list", "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "\"number\": \"KBPD-2026-0001\""));
  g_assert_cmpint (run (f, "certificates", "list", "--state", "revoked", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "No certificates."));
  g_assert_cmpint (run (f, "certificates", "list", "--year", "2025", NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "No certificates."));
}

/* A number is looked up; the QR code's payload is checked; one character changed is forged. */
static void
test_verify (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupCertificateEntry) entry = NULL;
  g_autofree char *changed = NULL;
  gsize last;

  issue_both (f);
  entry = find (f, "KBPD-2026-0001");
  g_assert_cmpint (run (f, "verify", "KBPD-2026-0001", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (f->out->str, "Valid: KBPD-2026-0001, issued to "));
  g_assert_cmpint (run (f, "verify", entry->qr_payload, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (f->out->str, "Valid: "));

  changed = g_strdup (entry->qr_payload);
  last = strlen (changed) - 1;
  changed[last] = changed[last] == 'A' ? 'B' : 'A';
  g_assert_cmpint (run (f, "verify", changed, NULL), ==, 1);
  g_assert_true (g_str_has_prefix (f->out->str, "Forged: "));

  g_assert_cmpint (run (f, "verify", "KBPD-2026-0099", NULL), ==, 1);
  g_assert_true (g_str_has_prefix (f->out->str, "Unknown: "));
}

/* Revoked and superseded read as such, with the reason; the new number follows on. */
static void
test_corrections (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkupCertificateEntry) fresh = NULL;
  g_autofree char *path = g_build_filename (f->dir, "new.pdf", NULL);
  g_autofree char *text = NULL;

  issue_both (f);
  g_assert_cmpint (run (f, "certificates", "revoke", "KBPD-2026-0002", "--reason",
                        "Did not attend", "--date", "2026-06-01", NULL), ==, 0);
  g_assert_cmpint (run (f, "verify", "KBPD-2026-0002", NULL), ==, 1);
  g_assert_cmpstr (f->out->str, ==,
                   "Revoked: KBPD-2026-0002 was revoked on 2026-06-01 (Did not attend).\n");

  g_assert_cmpint (run (f, "certificates", "reissue", "KBPD-2026-0001", "--reason",
                        "Name misspelt", "--date", "2026-06-02", "--output", path, NULL), ==, 0);
  g_assert_nonnull (strstr (f->out->str, "Reissued KBPD-2026-0001 as KBPD-2026-0003"));
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "KBPD-2026-0003"));
  g_assert_cmpint (run (f, "verify", "KBPD-2026-0001", NULL), ==, 1);
  g_assert_cmpstr (f->out->str, ==, "Superseded: KBPD-2026-0001 was replaced by KBPD-2026-0003 "
                                    "on 2026-06-02 (Name misspelt).\n");
  fresh = find (f, "KBPD-2026-0003");
  g_assert_cmpint (fresh->supersedes_id, !=, 0);
  g_assert_cmpuint (count_certificates (f), ==, 3);
}

/* Printing again gives the bytes issued. */
static void
test_print_again (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkupCertificateEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "again.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *sha = NULL;
  gsize size = 0;

  issue_both (f);
  entry = find (f, "KBPD-2026-0001");
  g_assert_cmpint (run (f, "certificates", "print", "KBPD-2026-0001", "--output", path, NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &size, &error));
  g_assert_no_error (error);
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, size);
  g_assert_cmpstr (sha, ==, entry->pdf_sha256);
}

/* The office's public key, to hand out. */
static void
test_key (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "key.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *first = NULL;

  g_assert_cmpint (run (f, "certificates", "key", NULL), ==, 0);
  first = g_strdup (f->out->str);
  g_assert_cmpuint (strlen (first), ==, 45);   /* 32 bytes in base64, and a newline */
  g_assert_cmpint (run (f, "certificates", "key", "--export", "--output", path, NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "-----BEGIN SKUP PUBLIC KEY-----\n"));
  g_assert_nonnull (strstr (contents, g_strstrip (first)));
}

/* Mistakes: usage (2) or failure (1), and nothing issued. */
static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, NULL), ==, 2);
  g_assert_cmpint (run (f, "certificates", "issue", "--event", "999", "--output", f->out_dir,
                        NULL), ==, 1);
  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, "--person", "many",
                        "--output", f->out_dir, NULL), ==, 2);
  /* Someone who did not attend, named: refused, and nobody else is issued either. */
  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, "--person", f->absent,
                        "--output", f->out_dir, NULL), ==, 1);
  g_assert_cmpint (run (f, "certificates", "issue", "--event", f->event, "--template",
                        "No such template", "--output", f->out_dir, NULL), ==, 1);
  g_assert_nonnull (strstr (f->err->str, "participation-en"));
  g_assert_cmpint (run (f, "certificates", "frobnicate", NULL), ==, 2);
  g_assert_cmpint (run (f, "certificates", "list", "--state", "lost", NULL), ==, 2);
  g_assert_cmpint (run (f, "certificates", "revoke", "KBPD-2026-0001", NULL), ==, 2);
  g_assert_cmpint (run (f, "certificates", "revoke", "KBPD-2026-0001", "--reason", "x", NULL),
                   ==, 1);
  g_assert_cmpint (run (f, "verify", NULL), ==, 2);
  g_assert_cmpuint (count_certificates (f), ==, 0);
  g_assert_false (g_file_test (f->out_dir, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/skup/cli/certificates/" name, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("plan", test_plan);
  ADD ("issue", test_issue);
  ADD ("issue-one-file", test_issue_one_file);
  ADD ("list", test_list);
  ADD ("verify", test_verify);
  ADD ("corrections", test_corrections);
  ADD ("print-again", test_print_again);
  ADD ("key", test_key);
  ADD ("refusals", test_refusals);
#undef ADD

  return g_test_run ();
}
