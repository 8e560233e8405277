/* test-csv.c — the one CSV writer: quoting, neutralising, numbers, the two dialects
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "exports/skup-csv.h"
#include "skup-error.h"

static char *
one_field (SkupCsvDialect  dialect,
           const char     *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  skup_csv_append_text (out, dialect, text);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_field(dialect, text, expected) \
  G_STMT_START { \
    g_autofree char *field_ = one_field (dialect, text); \
    g_assert_cmpstr (field_, ==, expected); \
  } G_STMT_END

static void
test_quoting (void)
{
  assert_field (SKUP_CSV_RFC4180, "Milutin Milošević", "Milutin Milošević");
  assert_field (SKUP_CSV_RFC4180, "Beograd, Srbija", "\"Beograd, Srbija\"");
  assert_field (SKUP_CSV_RFC4180, "Beograd; Srbija", "Beograd; Srbija");
  assert_field (SKUP_CSV_EXCEL, "Beograd; Srbija", "\"Beograd; Srbija\"");
  assert_field (SKUP_CSV_EXCEL, "Beograd, Srbija", "Beograd, Srbija");
  assert_field (SKUP_CSV_RFC4180, "", "");
  assert_field (SKUP_CSV_RFC4180, NULL, "");
}

static void
test_doubled_quotes (void)
{
  assert_field (SKUP_CSV_RFC4180, "Udruženje \"Žene\"", "\"Udruženje \"\"Žene\"\"\"");
  assert_field (SKUP_CSV_EXCEL, "\"", "\"\"\"\"");
}

static void
test_line_breaks (void)
{
  assert_field (SKUP_CSV_RFC4180, "prvi red\ndrugi red", "\"prvi red\ndrugi red\"");
  assert_field (SKUP_CSV_RFC4180, "prvi red\r\ndrugi", "\"prvi red\r\ndrugi\"");
  assert_field (SKUP_CSV_EXCEL, "kraj\r", "\"kraj\r\"");
}

static void
test_neutralising (void)
{
  assert_field (SKUP_CSV_RFC4180, "=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\"");
  assert_field (SKUP_CSV_RFC4180, "+381 11 123", "\"'+381 11 123\"");
  assert_field (SKUP_CSV_RFC4180, "-3.5", "\"'-3.5\"");
  assert_field (SKUP_CSV_RFC4180, "@SUM(A1)", "\"'@SUM(A1)\"");
  assert_field (SKUP_CSV_RFC4180, "\tTab", "\"'\tTab\"");
  assert_field (SKUP_CSV_RFC4180, "\rCR", "\"'\rCR\"");
  assert_field (SKUP_CSV_EXCEL, "=HYPERLINK(\"x\";\"y\")", "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"");
  /* Only the first character counts. */
  assert_field (SKUP_CSV_RFC4180, "a=b", "a=b");
  assert_field (SKUP_CSV_RFC4180, "'=quoted", "'=quoted");
  g_assert_true (skup_csv_needs_neutralising ("-"));
  g_assert_false (skup_csv_needs_neutralising (""));
  g_assert_false (skup_csv_needs_neutralising (NULL));
}

static void
test_numbers (void)
{
  g_autoptr(SkupCsvWriter) rfc = skup_csv_writer_new (SKUP_CSV_RFC4180);
  g_autoptr(SkupCsvWriter) excel = skup_csv_writer_new (SKUP_CSV_EXCEL);
  g_autofree char *rfc_text = NULL;
  g_autofree char *excel_text = NULL;

  for (guint i = 0; i < 2; i++)
    {
      SkupCsvWriter *writer = i == 0 ? rfc : excel;

      skup_csv_writer_add_number (writer, -3.5);
      skup_csv_writer_add_int (writer, -12);
      skup_csv_writer_add_number (writer, 0.1 + 0.2);
      skup_csv_writer_add_number (writer, 16);
      skup_csv_writer_add_text (writer, "-3.5");
      skup_csv_writer_end_row (writer);
    }
  rfc_text = skup_csv_writer_steal_text (rfc);
  excel_text = skup_csv_writer_steal_text (excel);
  g_assert_cmpstr (rfc_text, ==, "-3.5,-12,0.3,16,\"'-3.5\"\r\n");
  /* Excel in a Serbian locale reads a decimal comma. */
  g_assert_cmpstr (excel_text, ==, SKUP_CSV_BOM "-3,5;-12;0,3;16;\"'-3.5\"\r\n");
}

static void
test_dialects (void)
{
  const char *row[] = { "Ime", "Organizacija", NULL, "Grad" };
  g_autoptr(SkupCsvWriter) rfc = skup_csv_writer_new (SKUP_CSV_RFC4180);
  g_autoptr(SkupCsvWriter) excel = skup_csv_writer_new (SKUP_CSV_EXCEL);
  g_autofree char *rfc_text = NULL;
  g_autofree char *excel_text = NULL;
  g_autofree char *rest = NULL;
  SkupCsvDialect dialect = SKUP_CSV_RFC4180;

  skup_csv_writer_add_row (rfc, row, G_N_ELEMENTS (row));
  skup_csv_writer_add_row (excel, row, G_N_ELEMENTS (row));
  skup_csv_writer_add_text (excel, "Ана");
  skup_csv_writer_add_empty (excel);
  skup_csv_writer_end_row (excel);
  rfc_text = skup_csv_writer_steal_text (rfc);
  excel_text = skup_csv_writer_steal_text (excel);
  g_assert_cmpstr (rfc_text, ==, "Ime,Organizacija,,Grad\r\n");
  g_assert_cmpstr (excel_text, ==, "\xEF\xBB\xBFIme;Organizacija;;Grad\r\nАна;\r\n");
  /* Stolen text leaves an empty buffer: the BOM is written once. */
  skup_csv_writer_add_text (excel, "x");
  rest = skup_csv_writer_steal_text (excel);
  g_assert_cmpstr (rest, ==, "x");

  g_assert_true (skup_csv_parse_dialect ("excel", &dialect));
  g_assert_cmpint (dialect, ==, SKUP_CSV_EXCEL);
  g_assert_true (skup_csv_parse_dialect ("rfc", &dialect));
  g_assert_cmpint (dialect, ==, SKUP_CSV_RFC4180);
  g_assert_false (skup_csv_parse_dialect ("tsv", &dialect));
  g_assert_cmpint (skup_csv_dialect_delimiter (SKUP_CSV_EXCEL), ==, ';');
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *field = one_field (SKUP_CSV_RFC4180, "Mio\x9a");

  g_assert_true (g_utf8_validate (field, -1, NULL));
  g_assert_true (g_str_has_prefix (field, "Mio"));
}

static void
test_file (void)
{
  g_autoptr(SkupCsvWriter) writer = skup_csv_writer_new (SKUP_CSV_EXCEL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-test-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "Списак.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such.csv", NULL);
  g_autofree char *read = NULL;

  g_assert_no_error (error);
  skup_csv_writer_add_text (writer, "Ђорђе");
  skup_csv_writer_end_row (writer);
  g_assert_true (skup_csv_writer_write_file (writer, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &read, NULL, NULL));
  g_assert_cmpstr (read, ==, SKUP_CSV_BOM "Ђорђе\r\n");
  g_assert_false (skup_csv_writer_write_file (writer, missing, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "such.csv"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/csv/quoting", test_quoting);
  g_test_add_func ("/skup/csv/doubled-quotes", test_doubled_quotes);
  g_test_add_func ("/skup/csv/line-breaks", test_line_breaks);
  g_test_add_func ("/skup/csv/neutralising", test_neutralising);
  g_test_add_func ("/skup/csv/numbers", test_numbers);
  g_test_add_func ("/skup/csv/dialects", test_dialects);
  g_test_add_func ("/skup/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/skup/csv/file", test_file);
  return g_test_run ();
}
