/* test-csv-reader.c — encodings, delimiters, quoting and line numbers of the CSV reader
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "skup-csv-reader.h"
#include "skup-error.h"

static SkupCsvTable *
read_text (const char *data,
           gsize       len,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);

  return skup_csv_read_bytes (bytes, error);
}

static SkupCsvTable *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  SkupCsvTable *table = read_text (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* Builds the bytes a Windows-125x Excel would save for UTF-8 @text. */
static SkupCsvTable *
read_converted (const char *text,
                const char *charset)
{
  g_autoptr(GError) error = NULL;
  gsize len;
  g_autofree char *bytes = g_convert (text, -1, charset, "UTF-8", NULL, &len, &error);
  SkupCsvTable *table;

  g_assert_no_error (error);
  table = read_text (bytes, len, &error);
  g_assert_no_error (error);
  return table;
}

static void
assert_row (SkupCsvTable *table,
            guint         index,
            guint         expected_line,
            const char   *first,
            ...)
{
  guint n_fields, line, i = 0;
  const char * const *row = skup_csv_table_get_row (table, index, &n_fields, &line);
  va_list ap;

  g_assert_cmpuint (line, ==, expected_line);
  va_start (ap, first);
  for (const char *expected = first; expected != NULL; expected = va_arg (ap, const char *))
    {
      g_assert_cmpuint (i, <, n_fields);
      g_assert_cmpstr (row[i], ==, expected);
      i++;
    }
  va_end (ap);
  g_assert_cmpuint (i, ==, n_fields);
  g_assert_null (row[n_fields]);
}

static const char serbian_latin[] =
  "Ime,Prezime,Grad\r\n"
  "Đorđe,Milošević,Čačak\r\n"
  "Žana,Ćirić,Šabac\r\n";

static const char serbian_cyrillic[] =
  "Име,Презиме,Град\r\n"
  "Ђорђе,Милошевић,Чачак\r\n"
  "Жана,Ћирић,Шабац\r\n";

static void
assert_serbian (SkupCsvTable *table,
                gboolean      cyrillic)
{
  g_assert_cmpuint (skup_csv_table_get_n_rows (table), ==, 3);
  if (cyrillic)
    {
      assert_row (table, 0, 1, "Име", "Презиме", "Град", NULL);
      assert_row (table, 1, 2, "Ђорђе", "Милошевић", "Чачак", NULL);
      assert_row (table, 2, 3, "Жана", "Ћирић", "Шабац", NULL);
    }
  else
    {
      assert_row (table, 0, 1, "Ime", "Prezime", "Grad", NULL);
      assert_row (table, 1, 2, "Đorđe", "Milošević", "Čačak", NULL);
      assert_row (table, 2, 3, "Žana", "Ćirić", "Šabac", NULL);
    }
}

static void
test_utf8 (void)
{
  g_autoptr(SkupCsvTable) latin = read_ok (serbian_latin);
  g_autoptr(SkupCsvTable) cyrillic = read_ok (serbian_cyrillic);

  assert_serbian (latin, FALSE);
  assert_serbian (cyrillic, TRUE);
  g_assert_cmpint (skup_csv_table_get_encoding (latin), ==, SKUP_CSV_ENCODING_UTF8);
  g_assert_cmpint (skup_csv_table_get_encoding (cyrillic), ==, SKUP_CSV_ENCODING_UTF8);
  g_assert_cmpstr (skup_csv_encoding_to_string (SKUP_CSV_ENCODING_UTF8), ==, "UTF-8");
}

static void
test_utf8_bom (void)
{
  g_autofree char *text = g_strconcat ("\xEF\xBB\xBF", serbian_cyrillic, NULL);
  g_autoptr(SkupCsvTable) table = read_ok (text);

  /* The mark must not stick to the first header, or "Име" would not be recognised. */
  assert_serbian (table, TRUE);
  g_assert_cmpint (skup_csv_table_get_encoding (table), ==, SKUP_CSV_ENCODING_UTF8_BOM);
}

static void
test_windows_1250 (void)
{
  g_autoptr(SkupCsvTable) table = read_converted (serbian_latin, "WINDOWS-1250");

  assert_serbian (table, FALSE);
  g_assert_cmpint (skup_csv_table_get_encoding (table), ==, SKUP_CSV_ENCODING_WINDOWS_1250);
  g_assert_cmpstr (skup_csv_encoding_to_string (SKUP_CSV_ENCODING_WINDOWS_1250), ==,
                   "Windows-1250");
}

static void
test_windows_1251 (void)
{
  g_autoptr(SkupCsvTable) table = read_converted (serbian_cyrillic, "WINDOWS-1251");

  assert_serbian (table, TRUE);
  g_assert_cmpint (skup_csv_table_get_encoding (table), ==, SKUP_CSV_ENCODING_WINDOWS_1251);
}

/* A single short word is the hardest case: "Šid" and "Ђура" as the only non-ASCII text. */
static void
test_windows_short (void)
{
  g_autoptr(SkupCsvTable) latin = read_converted ("Grad\nŠid\n", "WINDOWS-1250");
  g_autoptr(SkupCsvTable) cyrillic = read_converted ("Ime\nЂура\n", "WINDOWS-1251");

  assert_row (latin, 1, 2, "Šid", NULL);
  g_assert_cmpint (skup_csv_table_get_encoding (latin), ==, SKUP_CSV_ENCODING_WINDOWS_1250);
  assert_row (cyrillic, 1, 2, "Ђура", NULL);
  g_assert_cmpint (skup_csv_table_get_encoding (cyrillic), ==, SKUP_CSV_ENCODING_WINDOWS_1251);
}

static void
test_delimiters (void)
{
  static const struct { const char *text; char delimiter; } cases[] = {
    { "a,b;x,c\n1,2;y,3\n", ',' },
    { "a;b,x;c\n1;2,y;3\n", ';' },
    { "a\tb,x\tc\n1\t2,y\t3\n", '\t' },
    /* the comma inside quotes does not count */
    { "a;\"b,c\";d\n1;\"2,3\";4\n", ';' },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SkupCsvTable) table = read_ok (cases[i].text);

      g_assert_cmpint (skup_csv_table_get_delimiter (table), ==, cases[i].delimiter);
      g_assert_cmpuint (skup_csv_table_get_n_rows (table), ==, 2);
    }
  {
    g_autoptr(SkupCsvTable) semicolon = read_ok (cases[1].text);
    g_autoptr(SkupCsvTable) tab = read_ok (cases[2].text);
    g_autoptr(SkupCsvTable) quoted = read_ok (cases[3].text);

    assert_row (semicolon, 1, 2, "1", "2,y", "3", NULL);
    assert_row (tab, 0, 1, "a", "b,x", "c", NULL);
    assert_row (quoted, 1, 2, "1", "2,3", "4", NULL);
  }
}

static void
test_quoting (void)
{
  g_autoptr(SkupCsvTable) table =
    read_ok ("name,notes\r\n"
             "\"Petrović, Ana\",\"She said \"\"hi\"\"\"\r\n"
             "\"\",\"\"\r\n"
             "Marko,\"two\r\nlines\nand\rthree\"\r\n"
             "Jovan,last\r\n");

  assert_row (table, 0, 1, "name", "notes", NULL);
  assert_row (table, 1, 2, "Petrović, Ana", "She said \"hi\"", NULL);
  assert_row (table, 2, 3, "", "", NULL);
  /* line breaks inside quotes are kept as \n and still counted */
  assert_row (table, 3, 4, "Marko", "two\nlines\nand\nthree", NULL);
  assert_row (table, 4, 8, "Jovan", "last", NULL);
}

static void
test_line_ends (void)
{
  static const char *texts[] = {
    "a,b\r\n1,2\r\n\r\n3,4",
    "a,b\n1,2\n\n3,4\n",
    "a,b\r1,2\r\r3,4\r",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SkupCsvTable) table = read_ok (texts[i]);

      /* the empty line is skipped but counted */
      g_assert_cmpuint (skup_csv_table_get_n_rows (table), ==, 3);
      assert_row (table, 0, 1, "a", "b", NULL);
      assert_row (table, 1, 2, "1", "2", NULL);
      assert_row (table, 2, 4, "3", "4", NULL);
    }
}

static void
test_empty_fields (void)
{
  g_autoptr(SkupCsvTable) table = read_ok ("a,b,c\n,,\nx,,\n");

  assert_row (table, 1, 2, "", "", "", NULL);
  assert_row (table, 2, 3, "x", "", "", NULL);
}

static void
test_unclosed_quote (void)
{
  static const char text[] = "a,b\n1,2\n3,\"four\n5,6\n7,8\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvTable) table = read_text (text, strlen (text), &error);

  g_assert_null (table);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3"));
  g_assert_null (strstr (error->message, "5"));
}

static void
test_not_text (void)
{
  static const char nul[] = "a,b\n1\0002\n";
  static const char undefined[] = "a\x98\x81,b\n"; /* undefined in both code pages */
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvTable) table = read_text (nul, sizeof nul - 1, &error);

  g_assert_null (table);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_clear_error (&error);
  table = read_text (undefined, sizeof undefined - 1, &error);
  g_assert_null (table);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
}

static void
test_empty (void)
{
  g_autoptr(SkupCsvTable) table = read_ok ("");

  g_assert_cmpuint (skup_csv_table_get_n_rows (table), ==, 0);
}

static void
test_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("skup-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "people.csv", NULL);
  g_autoptr(SkupCsvTable) table = NULL;

  g_assert_no_error (error);
  g_file_set_contents (path, "Ime;Prezime\nAna;Ilić", -1, &error);
  g_assert_no_error (error);
  table = skup_csv_read_file (path, &error);
  g_assert_no_error (error);
  assert_row (table, 1, 2, "Ana", "Ilić", NULL);
  g_assert_cmpint (skup_csv_table_get_delimiter (table), ==, ';');
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/csv-reader/utf8", test_utf8);
  g_test_add_func ("/skup/csv-reader/utf8-bom", test_utf8_bom);
  g_test_add_func ("/skup/csv-reader/windows-1250", test_windows_1250);
  g_test_add_func ("/skup/csv-reader/windows-1251", test_windows_1251);
  g_test_add_func ("/skup/csv-reader/windows-short", test_windows_short);
  g_test_add_func ("/skup/csv-reader/delimiters", test_delimiters);
  g_test_add_func ("/skup/csv-reader/quoting", test_quoting);
  g_test_add_func ("/skup/csv-reader/line-ends", test_line_ends);
  g_test_add_func ("/skup/csv-reader/empty-fields", test_empty_fields);
  g_test_add_func ("/skup/csv-reader/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/skup/csv-reader/not-text", test_not_text);
  g_test_add_func ("/skup/csv-reader/empty", test_empty);
  g_test_add_func ("/skup/csv-reader/file", test_file);

  return g_test_run ();
}
