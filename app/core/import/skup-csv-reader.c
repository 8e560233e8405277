/* skup-csv-reader.c — CSV files as organisers get them, read into rows of UTF-8 fields
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-csv-reader.h"
#include "skup-error.h"

/* Enough lines to see a consistent delimiter, few enough to stay instant on big files. */
#define SAMPLE_RECORDS 20

typedef struct
{
  guint  line;
  guint  n_fields;
  char **fields;
} Record;

struct _SkupCsvTable
{
  GPtrArray       *records;
  SkupCsvEncoding  encoding;
  char             delimiter;
};

typedef struct
{
  const char *text;
  gsize       len;
  gsize       pos;
  guint       line;
  char        delimiter;
} Parser;

static void
record_free (gpointer data)
{
  Record *record = data;

  g_strfreev (record->fields);
  g_free (record);
}

/* Consumes a line end at the parser's position (CRLF, LF or a lone CR) and counts it. */
static gboolean
parser_take_line_end (Parser *p)
{
  char c = p->text[p->pos];

  if (c == '\r')
    {
      p->pos++;
      if (p->pos < p->len && p->text[p->pos] == '\n')
        p->pos++;
    }
  else if (c == '\n')
    p->pos++;
  else
    return FALSE;
  p->line++;
  return TRUE;
}

/* A quoted field: delimiters and line ends inside are text, "" is one quote. Line ends
 * inside become \n whatever the file used. */
static gboolean
parser_quoted (Parser  *p,
               GString *field)
{
  p->pos++;
  while (p->pos < p->len)
    {
      char c = p->text[p->pos];

      if (c == '"')
        {
          if (p->pos + 1 < p->len && p->text[p->pos + 1] == '"')
            {
              g_string_append_c (field, '"');
              p->pos += 2;
              continue;
            }
          p->pos++;
          return TRUE;
        }
      if (parser_take_line_end (p))
        g_string_append_c (field, '\n');
      else
        g_string_append_c (field, c), p->pos++;
    }
  return FALSE;
}

/* Reads one field; returns FALSE only for a quote left open at the end of the text. Text
 * after a closing quote is kept, as spreadsheets do, rather than rejected. */
static gboolean
parser_field (Parser  *p,
              GString *field)
{
  g_string_truncate (field, 0);
  if (p->pos < p->len && p->text[p->pos] == '"' && !parser_quoted (p, field))
    return FALSE;
  while (p->pos < p->len)
    {
      char c = p->text[p->pos];

      if (c == p->delimiter || c == '\r' || c == '\n')
        break;
      g_string_append_c (field, c);
      p->pos++;
    }
  return TRUE;
}

/* Reads the record at the parser's position. An empty line gives a record of one empty
 * field, which the caller drops. */
static Record *
parser_record (Parser  *p,
               GError **error)
{
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  Record *record = g_new0 (Record, 1);

  record->line = p->line;
  for (;;)
    {
      if (!parser_field (p, field))
        {
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("Line %u: a quoted field is not closed"), record->line);
          g_free (record);
          return NULL;
        }
      g_strv_builder_add (fields, field->str);
      record->n_fields++;
      if (p->pos >= p->len || parser_take_line_end (p))
        break;
      p->pos++; /* the delimiter */
    }
  record->fields = g_strv_builder_end (fields);
  return record;
}

static gboolean
record_is_blank (const Record *record)
{
  return record->n_fields == 1 && record->fields[0][0] == '\0';
}

/* Parses up to @max_records records (0: all) into @records. */
static gboolean
parse (const char *text,
       gsize       len,
       char        delimiter,
       guint       max_records,
       GPtrArray  *records,
       GError    **error)
{
  Parser p = { text, len, 0, 1, delimiter };

  while (p.pos < p.len && (max_records == 0 || records->len < max_records))
    {
      Record *record = parser_record (&p, error);

      if (record == NULL)
        return FALSE;
      if (record_is_blank (record))
        record_free (record);
      else
        g_ptr_array_add (records, record);
    }
  return TRUE;
}

/* How well @delimiter splits the first records: the number of fields when every sampled
 * record has the same number (more than one), else 0. */
static guint
delimiter_score (const char *text,
                 gsize       len,
                 char        delimiter)
{
  g_autoptr(GPtrArray) sample = g_ptr_array_new_with_free_func (record_free);
  guint n_fields;

  /* A quote still open in the sample is judged on the records before it. */
  parse (text, len, delimiter, SAMPLE_RECORDS, sample, NULL);
  if (sample->len == 0)
    return 0;
  n_fields = ((Record *) sample->pdata[0])->n_fields;
  for (guint i = 1; i < sample->len; i++)
    if (((Record *) sample->pdata[i])->n_fields != n_fields)
      return 0;
  return n_fields > 1 ? n_fields : 0;
}

static char
detect_delimiter (const char *text,
                  gsize       len)
{
  static const char candidates[] = { ',', ';', '\t' };
  char best = ',';
  guint best_score = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      guint score = delimiter_score (text, len, candidates[i]);

      if (score > best_score)
        best = candidates[i], best_score = score;
    }
  return best;
}

static gboolean
is_serbian_latin_letter (gunichar c)
{
  return g_utf8_strchr ("čćđšžČĆĐŠŽ", -1, c) != NULL;
}

static gboolean
is_serbian_cyrillic_letter (gunichar c)
{
  /* а–ш and А–Ш, and ђ ј љ њ ћ џ with their capitals */
  return (c >= 0x0410 && c <= 0x0448) || g_utf8_strchr ("ђјљњћџЂЈЉЊЋЏ", -1, c) != NULL;
}

/* Scores one word of a decoding: positive when it reads as Serbian in the script the
 * encoding is for, negative when it is gibberish (scripts mixed in one word, letters Serbian
 * does not use), zero for plain ASCII, which every candidate decodes alike. */
static int
word_score (const char *word,
            const char *end,
            gboolean    cyrillic)
{
  gboolean ascii_only = TRUE;
  gboolean has_ascii = FALSE;
  gboolean plausible = TRUE;

  for (const char *s = word; s < end; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (c < 0x80)
        {
          has_ascii = TRUE;
          continue;
        }
      ascii_only = FALSE;
      if (cyrillic ? !is_serbian_cyrillic_letter (c) : !is_serbian_latin_letter (c))
        plausible = FALSE;
    }
  if (ascii_only)
    return 0;
  if (cyrillic && has_ascii)
    plausible = FALSE;
  return plausible ? 1 : -1;
}

static int
decoding_score (const char *text,
                gboolean    cyrillic)
{
  int score = 0;
  const char *s = text;

  while (*s != '\0')
    {
      const char *word = s;

      while (*s != '\0' && g_unichar_isalpha (g_utf8_get_char (s)))
        s = g_utf8_next_char (s);
      if (s > word)
        score += word_score (word, s, cyrillic);
      else
        s = g_utf8_next_char (s);
    }
  return score;
}

/* Text that is not UTF-8: Windows-1250 or Windows-1251, whichever reads as Serbian. Every
 * byte above 0x7F is a letter in both, so only the words they make can tell them apart. */
static char *
decode_windows (const char      *data,
                gsize            len,
                SkupCsvEncoding *encoding,
                GError         **error)
{
  g_autofree char *latin = g_convert (data, len, "UTF-8", "WINDOWS-1250", NULL, NULL, NULL);
  g_autofree char *cyrillic = g_convert (data, len, "UTF-8", "WINDOWS-1251", NULL, NULL, NULL);

  if (latin == NULL && cyrillic == NULL)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The file is not text in UTF-8, Windows-1250 or Windows-1251"));
      return NULL;
    }
  if (cyrillic == NULL ||
      (latin != NULL && decoding_score (latin, FALSE) >= decoding_score (cyrillic, TRUE)))
    {
      *encoding = SKUP_CSV_ENCODING_WINDOWS_1250;
      return g_steal_pointer (&latin);
    }
  *encoding = SKUP_CSV_ENCODING_WINDOWS_1251;
  return g_steal_pointer (&cyrillic);
}

static char *
decode (const char      *data,
        gsize            len,
        SkupCsvEncoding *encoding,
        GError         **error)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      if (!g_utf8_validate (data + 3, len - 3, NULL))
        {
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("The file says it is UTF-8 but is not"));
          return NULL;
        }
      *encoding = SKUP_CSV_ENCODING_UTF8_BOM;
      return g_strndup (data + 3, len - 3);
    }
  if (g_utf8_validate (data, len, NULL))
    {
      *encoding = SKUP_CSV_ENCODING_UTF8;
      return g_strndup (data, len);
    }
  return decode_windows (data, len, encoding, error);
}

/**
 * skup_csv_read_bytes:
 * @bytes: the contents of a CSV file
 * @error: return location for an error
 *
 * Reads @bytes as CSV, detecting the encoding (UTF-8 with or without a byte order mark,
 * Windows-1250, Windows-1251) and the delimiter (comma, semicolon or tab, the one that splits
 * the first records into equal numbers of fields). Quoted fields may hold delimiters, doubled
 * quotes and line breaks; lines end in CRLF, LF or CR, the last one perhaps in nothing. Empty
 * lines are skipped.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with @error set when the bytes are
 *   in no known encoding, hold a NUL, or a quoted field is not closed (the error names the
 *   line where its record starts)
 */
SkupCsvTable *
skup_csv_read_bytes (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(SkupCsvTable) table = g_new0 (SkupCsvTable, 1);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  table->records = g_ptr_array_new_with_free_func (record_free);
  if (len > 0 && memchr (data, '\0', len) != NULL)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The file is not text (it holds NUL bytes)"));
      return NULL;
    }
  text = len > 0 ? decode (data, len, &table->encoding, error) : g_strdup ("");
  if (text == NULL)
    return NULL;
  len = strlen (text);
  table->delimiter = detect_delimiter (text, len);
  if (!parse (text, len, table->delimiter, 0, table->records, error))
    return NULL;
  return g_steal_pointer (&table);
}

/**
 * skup_csv_read_file:
 * @path: a CSV file
 * @error: return location for an error
 *
 * Like skup_csv_read_bytes() on the file's contents.
 *
 * Returns: (transfer full) (nullable): the rows, or %NULL with @error set
 */
SkupCsvTable *
skup_csv_read_file (const char  *path,
                    GError     **error)
{
  g_autofree char *contents = NULL;
  gsize len;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  return skup_csv_read_bytes (bytes, error);
}

void
skup_csv_table_free (SkupCsvTable *table)
{
  if (table == NULL)
    return;
  g_clear_pointer (&table->records, g_ptr_array_unref);
  g_free (table);
}

guint
skup_csv_table_get_n_rows (SkupCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->records->len;
}

/**
 * skup_csv_table_get_row:
 * @table: a table
 * @index: the row, from 0 (the header, when the file has one)
 * @n_fields: (out) (optional): the number of fields
 * @line: (out) (optional): the line of the file where the row starts, from 1
 *
 * Returns: (transfer none) (array zero-terminated=1): the row's fields, in UTF-8
 */
const char * const *
skup_csv_table_get_row (SkupCsvTable *table,
                        guint         index,
                        guint        *n_fields,
                        guint        *line)
{
  Record *record;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->records->len, NULL);

  record = table->records->pdata[index];
  if (n_fields != NULL)
    *n_fields = record->n_fields;
  if (line != NULL)
    *line = record->line;
  return (const char * const *) record->fields;
}

SkupCsvEncoding
skup_csv_table_get_encoding (SkupCsvTable *table)
{
  g_return_val_if_fail (table != NULL, SKUP_CSV_ENCODING_UTF8);

  return table->encoding;
}

char
skup_csv_table_get_delimiter (SkupCsvTable *table)
{
  g_return_val_if_fail (table != NULL, ',');

  return table->delimiter;
}

/**
 * skup_csv_encoding_to_string:
 * @encoding: an encoding
 *
 * Returns: (transfer none): the encoding's name as users know it ("UTF-8", "Windows-1250" …)
 */
const char *
skup_csv_encoding_to_string (SkupCsvEncoding encoding)
{
  switch (encoding)
    {
    case SKUP_CSV_ENCODING_UTF8:
      return "UTF-8";
    case SKUP_CSV_ENCODING_UTF8_BOM:
      return "UTF-8 (BOM)";
    case SKUP_CSV_ENCODING_WINDOWS_1250:
      return "Windows-1250";
    case SKUP_CSV_ENCODING_WINDOWS_1251:
      return "Windows-1251";
    default:
      g_assert_not_reached ();
    }
}
