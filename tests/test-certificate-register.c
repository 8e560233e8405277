/* test-certificate-register.c — the certificate register written as CSV and XLSX
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entries are made here, as the store lists them; the XLSX is read back with openpyxl
 * (Debian's python3-openpyxl, which build-aux/deps installs), as a spreadsheet would read it.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "skup-core.h"
#include "exports/skup-certificate-register.h"

static SkupCertificateEntry *
new_entry (const char           *number,
           const char           *name,
           const char           *event,
           const char           *issue_date,
           SkupCertificateState  state)
{
  SkupCertificateEntry *entry = g_new0 (SkupCertificateEntry, 1);

  entry->number = g_strdup (number);
  entry->recipient_name = g_strdup (name);
  entry->event_title = g_strdup (event);
  entry->event_dates = g_strdup ("20–22 May 2019");
  entry->event_place = g_strdup ("Beograd");
  entry->role = g_strdup ("participant");
  entry->issue_date = g_strdup (issue_date);
  entry->state = state;
  entry->credited_hours = 16;
  return entry;
}

static GPtrArray *
new_entries (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_entry_free);
  SkupCertificateEntry *revoked;

  g_ptr_array_add (entries, new_entry ("KBPD-2026-0002", "Милутин Милошевић",
                                       "Workshop, \"Women\" and drugs", "2026-05-22",
                                       SKUP_CERTIFICATE_VALID));
  revoked = new_entry ("KBPD-2026-0001", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "2026-05-21",
                       SKUP_CERTIFICATE_REVOKED);
  revoked->correction_reason = g_strdup ("-Issued in error\nby mistake");
  revoked->correction_date = g_strdup ("2026-06-01");
  g_ptr_array_add (entries, revoked);
  g_ptr_array_add (entries, new_entry ("KBPD-2026-0003", "+381 Žana Glavendekić", "Obuka",
                                       "2026-05-22", SKUP_CERTIFICATE_SUPERSEDED));
  return entries;
}

static void
test_csv_quoting (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autofree char *csv = skup_certificate_register_to_csv (entries);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_true (g_utf8_validate (csv, -1, NULL));
  /* No byte order mark; the header first. */
  g_assert_true (g_str_has_prefix (csv, "Number,Name,Event,Event Dates,Place,Role,Hours,"
                                        "Issue Date,State,Changed On,Reason\r\n"));
  g_assert_cmpstr (lines[1], ==, "KBPD-2026-0002,Милутин Милошевић,"
                                 "\"Workshop, \"\"Women\"\" and drugs\",20–22 May 2019,Beograd,"
                                 "Participant,16,2026-05-22,Valid,,");
  /* Formulas are neutralised, quotes doubled, the line end kept inside the quotes. */
  g_assert_cmpstr (lines[2], ==, "KBPD-2026-0001,\"'=HYPERLINK(\"\"http://x\"\")\",\"'@SUM(A1)\","
                                 "20–22 May 2019,Beograd,Participant,16,2026-05-21,Revoked,"
                                 "2026-06-01,\"'-Issued in error\nby mistake\"");
  g_assert_true (g_str_has_prefix (lines[3], "KBPD-2026-0003,\"'+381 Žana Glavendekić\","));
  g_assert_true (g_str_has_suffix (lines[3], ",Superseded,,"));
  g_assert_cmpstr (lines[4], ==, "");
  g_assert_null (lines[5]);
}

static void
test_csv_file (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-test-register-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "Сертификати.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "folder.csv", NULL);
  g_autofree char *written = NULL;
  g_autofree char *expected = skup_certificate_register_to_csv (entries);

  g_assert_no_error (error);
  g_assert_true (skup_certificate_register_write_csv (entries, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, &error));
  g_assert_cmpstr (written, ==, expected);

  g_assert_false (skup_certificate_register_write_csv (entries, missing, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_FAILED);
  g_unlink (path);
  g_rmdir (dir);
}

/* What openpyxl reads: the frozen cell, the header's boldness, then each cell's Python repr. */
static char *
read_xlsx (const char *path)
{
  const char *script =
    "import sys, openpyxl\n"
    "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
    "print(ws.title, ws.freeze_panes, ws['A1'].font.b)\n"
    "for row in ws.iter_rows(values_only=True):\n"
    "    print(repr(row))\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static void
test_xlsx (void)
{
  g_autoptr(GPtrArray) entries = new_entries ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-test-register-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "register.xlsx", NULL);
  g_autofree char *read = NULL;

  g_assert_no_error (error);
  g_assert_true (skup_certificate_register_write_xlsx (entries, path, &error));
  g_assert_no_error (error);
  read = read_xlsx (path);
  g_assert_true (g_str_has_prefix (read, "Certificates A2 True\n"
                                         "('Number', 'Name', 'Event', 'Event Dates', "));
  /* Real dates and numbers; text stays text, formulas included (XLSX never runs a string). */
  g_assert_nonnull (strstr (read, "('KBPD-2026-0002', 'Милутин Милошевић', 'Workshop, \"Women\" "
                                  "and drugs', '20–22 May 2019', 'Beograd', 'Participant', 16, "
                                  "datetime.datetime(2026, 5, 22, 0, 0), 'Valid', None, None)"));
  g_assert_nonnull (strstr (read, "'=HYPERLINK(\"http://x\")', '@SUM(A1)'"));
  g_assert_nonnull (strstr (read, "'Revoked', datetime.datetime(2026, 6, 1, 0, 0), "
                                  "'-Issued in error\\nby mistake')"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/certificate-register/csv-quoting", test_csv_quoting);
  g_test_add_func ("/skup/certificate-register/csv-file", test_csv_file);
  g_test_add_func ("/skup/certificate-register/xlsx", test_xlsx);

  return g_test_run ();
}
