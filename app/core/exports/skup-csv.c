/* skup-csv.c — the one CSV writer of every export
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "skup-csv.h"
#include "skup-error.h"

struct _SkupCsvWriter
{
  gatomicrefcount  ref_count;
  SkupCsvDialect   dialect;
  GString         *buffer;
  gboolean         row_started;
};

G_DEFINE_BOXED_TYPE (SkupCsvWriter, skup_csv_writer, skup_csv_writer_ref, skup_csv_writer_unref)

/**
 * skup_csv_parse_dialect:
 * @name: "rfc" (or "rfc4180") or "excel"
 * @dialect: (out): the dialect
 *
 * Returns: whether @name names a dialect
 */
gboolean
skup_csv_parse_dialect (const char     *name,
                        SkupCsvDialect *dialect)
{
  g_return_val_if_fail (dialect != NULL, FALSE);

  if (g_strcmp0 (name, "rfc") == 0 || g_strcmp0 (name, "rfc4180") == 0)
    *dialect = SKUP_CSV_RFC4180;
  else if (g_strcmp0 (name, "excel") == 0)
    *dialect = SKUP_CSV_EXCEL;
  else
    return FALSE;
  return TRUE;
}

char
skup_csv_dialect_delimiter (SkupCsvDialect dialect)
{
  return dialect == SKUP_CSV_EXCEL ? ';' : ',';
}

/**
 * skup_csv_needs_neutralising:
 *
 * Returns: whether a spreadsheet could take @text for a formula: it starts with = + - @, a tab
 *   or a carriage return (OWASP's list; some spreadsheets also run the last two)
 */
gboolean
skup_csv_needs_neutralising (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static gboolean
needs_quotes (const char *text,
              char        delimiter)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p == delimiter || *p == '"' || *p == '\r' || *p == '\n')
      return TRUE;
  return FALSE;
}

/* Invalid UTF-8 (a name pasted from a Windows-1250 file) would make the whole file unreadable
 * to a strict reader: it is repaired, not copied. */
void
skup_csv_append_text (GString        *out,
                      SkupCsvDialect  dialect,
                      const char     *text)
{
  g_autofree char *repaired = NULL;
  gboolean neutralise;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = repaired = g_utf8_make_valid (text, -1);
  neutralise = skup_csv_needs_neutralising (text);
  /* A neutralised cell is quoted too, so it reads as one text field everywhere. */
  if (!neutralise && !needs_quotes (text, skup_csv_dialect_delimiter (dialect)))
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The shortest text that reads back as @value; a decimal comma for Excel in Serbian. NaN and
 * infinity have no spelling a spreadsheet reads, so they are an empty field. */
void
skup_csv_append_number (GString        *out,
                        SkupCsvDialect  dialect,
                        double          value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (!isfinite (value))
    return;
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (dialect == SKUP_CSV_EXCEL)
    g_strdelimit (buf, ".", ',');
  g_string_append (out, buf);
}

/**
 * skup_csv_writer_new:
 *
 * A writer with an empty buffer — or, in the Excel dialect, one holding the byte order mark.
 *
 * Returns: (transfer full): the writer
 */
SkupCsvWriter *
skup_csv_writer_new (SkupCsvDialect dialect)
{
  SkupCsvWriter *self = g_new0 (SkupCsvWriter, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->dialect = dialect;
  self->buffer = g_string_new (dialect == SKUP_CSV_EXCEL ? SKUP_CSV_BOM : NULL);
  return self;
}

SkupCsvWriter *
skup_csv_writer_ref (SkupCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
skup_csv_writer_unref (SkupCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_string_free (self->buffer, TRUE);
  g_free (self);
}

SkupCsvDialect
skup_csv_writer_get_dialect (SkupCsvWriter *self)
{
  g_return_val_if_fail (self != NULL, SKUP_CSV_RFC4180);

  return self->dialect;
}

static void
begin_field (SkupCsvWriter *self)
{
  if (self->row_started)
    g_string_append_c (self->buffer, skup_csv_dialect_delimiter (self->dialect));
  self->row_started = TRUE;
}

/* @text: (nullable): NULL is an empty field */
void
skup_csv_writer_add_text (SkupCsvWriter *self,
                          const char    *text)
{
  g_return_if_fail (self != NULL);

  begin_field (self);
  skup_csv_append_text (self->buffer, self->dialect, text);
}

void
skup_csv_writer_add_int (SkupCsvWriter *self,
                         gint64         value)
{
  g_return_if_fail (self != NULL);

  begin_field (self);
  g_string_append_printf (self->buffer, "%" G_GINT64_FORMAT, value);
}

void
skup_csv_writer_add_number (SkupCsvWriter *self,
                            double         value)
{
  g_return_if_fail (self != NULL);

  begin_field (self);
  skup_csv_append_number (self->buffer, self->dialect, value);
}

void
skup_csv_writer_add_empty (SkupCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  begin_field (self);
}

/**
 * skup_csv_writer_add_row:
 * @texts: (array length=n_texts): the fields, NULL ones empty
 * @n_texts: how many, or -1 when @texts ends with NULL
 *
 * A whole row of text fields, its line end included.
 */
void
skup_csv_writer_add_row (SkupCsvWriter     *self,
                         const char *const *texts,
                         gssize             n_texts)
{
  g_return_if_fail (self != NULL);

  for (gssize i = 0; n_texts < 0 ? texts[i] != NULL : i < n_texts; i++)
    skup_csv_writer_add_text (self, texts[i]);
  skup_csv_writer_end_row (self);
}

void
skup_csv_writer_end_row (SkupCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->buffer, "\r\n");
  self->row_started = FALSE;
}

/**
 * skup_csv_writer_steal_text:
 *
 * Takes what was written so far and empties the buffer, so a long list can be written out a
 * line at a time.
 *
 * Returns: (transfer full): the text
 */
char *
skup_csv_writer_steal_text (SkupCsvWriter *self)
{
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_free (self->buffer, FALSE);
  self->buffer = g_string_new (NULL);
  return text;
}

/* The file is replaced at once (g_file_set_contents writes a temporary and renames it), so a
 * spreadsheet that has the old one open never sees half a list. */
gboolean
skup_csv_writer_write_file (SkupCsvWriter  *self,
                            const char     *path,
                            GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_set_contents (path, self->buffer->str, self->buffer->len, &local_error))
    return TRUE;
  name = g_filename_display_name (path);
  /* Translators: the first %s is a file name, the second why it could not be written */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"), name,
               local_error->message);
  return FALSE;
}
