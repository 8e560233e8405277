/* test-xlsx.c — the house XLSX look, read back by openpyxl as a spreadsheet would
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exports/skup-xlsx.h"
#include "skup-error.h"

static char *
read_xlsx (const char *path)
{
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "print(wb.sheetnames)\n"
    "for ws in wb:\n"
    "    print(ws.title, ws.freeze_panes, ws.auto_filter.ref, ws['A1'].font.b,\n"
    "          ws['A1'].fill.fgColor.rgb, ws.column_dimensions['A'].width,\n"
    "          ws.column_dimensions['B'].width)\n"
    "    for row in ws.iter_rows(values_only=True):\n"
    "        print(repr(row))\n"
    "    print(ws['E2'].number_format if ws['E2'].value is not None else '-')\n";
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
write_sheet (SkupXlsx *book)
{
  const char *titles[] = { "Ime", "Datum", "Sati", "Broj", "Prisustvo" };
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, "Sesija 1: [uvod] / *?\\ a vrlo dugo ime sesije");
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 22, G_DATE_MAY, 2026);
  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  skup_xlsx_write_text (sheet, 1, 0, "=Милутин Милошевић Прокић");
  skup_xlsx_write_date (sheet, 1, 1, &date);
  skup_xlsx_write_number (sheet, 1, 2, 7.5);
  skup_xlsx_write_int (sheet, 1, 3, -3);
  skup_xlsx_write_percent (sheet, 1, 4, 0.75);
  skup_xlsx_write_text (sheet, 2, 0, "Ana");
  skup_xlsx_write_iso_date (sheet, 2, 1, "2026-05-23");
  skup_xlsx_write_iso_date (sheet, 3, 1, "sometime");
}

static void
test_workbook (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-test-xlsx-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "list.xlsx", NULL);
  g_autofree char *read = NULL;
  SkupXlsx *book;

  g_assert_no_error (error);
  book = skup_xlsx_new (path, &error);
  g_assert_no_error (error);
  write_sheet (book);
  /* Excel compares sheet names without case: the second "summary" is made unique. */
  skup_xlsx_add_sheet (book, "Summary");
  skup_xlsx_add_sheet (book, "SUMMARY");
  g_assert_true (skup_xlsx_close (book, &error));
  g_assert_no_error (error);

  read = read_xlsx (path);
  g_test_message ("%s", read);
  g_assert_true (g_str_has_prefix (read, "['Sesija 1- -uvod- - --- a vrlo d', 'Summary', "
                                         "'SUMMARY (2)']\n"));
  /* Frozen header, its autofilter over every row written, bold on the grey fill, and the
   * name column as wide as its longest name (25 characters, plus 2; openpyxl reads the
   * padding libxlsxwriter adds). */
  g_assert_nonnull (strstr (read, "Sesija 1- -uvod- - --- a vrlo d A2 A1:E4 True FFDEDDDA 27.7"));
  g_assert_nonnull (strstr (read, "('=Милутин Милошевић Прокић', datetime.datetime(2026, 5, 22, "
                                  "0, 0), 7.5, -3, 0.75)"));
  g_assert_nonnull (strstr (read, "('Ana', datetime.datetime(2026, 5, 23, 0, 0), None, None, "
                                  "None)"));
  g_assert_nonnull (strstr (read, "(None, 'sometime', None, None, None)"));
  g_assert_nonnull (strstr (read, "\n0%\n"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_safe_names (void)
{
  g_autofree char *empty = skup_xlsx_safe_sheet_name ("");
  g_autofree char *quoted = skup_xlsx_safe_sheet_name ("'Uvod'");
  g_autofree char *cyrillic = skup_xlsx_safe_sheet_name ("Прва сесија: увод у превенцију болести");

  g_assert_cmpstr (empty, ==, "Sheet");
  g_assert_cmpstr (quoted, ==, "Uvod");
  g_assert_cmpint (g_utf8_strlen (cyrillic, -1), <=, SKUP_XLSX_SHEET_NAME_MAX);
  g_assert_true (g_str_has_prefix (cyrillic, "Прва сесија- увод"));
}

/* A workbook given up on leaves no file behind; one that cannot be written says so. */
static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-test-xlsx-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "given-up.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such.xlsx", NULL);
  SkupXlsx *book;

  g_assert_no_error (error);
  book = skup_xlsx_new (path, &error);
  g_assert_no_error (error);
  write_sheet (book);
  skup_xlsx_free (book);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  book = skup_xlsx_new (missing, &error);
  g_assert_no_error (error);
  write_sheet (book);
  g_assert_false (skup_xlsx_close (book, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "such.xlsx"));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/xlsx/workbook", test_workbook);
  g_test_add_func ("/skup/xlsx/safe-names", test_safe_names);
  g_test_add_func ("/skup/xlsx/errors", test_errors);
  return g_test_run ();
}
