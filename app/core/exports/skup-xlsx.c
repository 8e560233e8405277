/* skup-xlsx.c — the house look of every XLSX export, over libxlsxwriter
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "skup-error.h"
#include "skup-text.h"
#include "skup-xlsx.h"

/* Widths in characters: narrower hides a date behind ####, wider pushes the rest off screen. */
#define MIN_WIDTH 6.0
#define MAX_WIDTH 60.0
#define DATE_WIDTH 11.0

struct _SkupXlsx
{
  lxw_workbook *book;
  char         *path;
  lxw_error     error;        /* the first one libxlsxwriter reported */
  GPtrArray    *sheets;       /* (element-type SkupXlsxSheet) */
  GHashTable   *names;        /* casefolded sheet names, as Excel compares them */
  lxw_format   *header;
  lxw_format   *bold;
  lxw_format   *date;
  lxw_format   *integer;
  lxw_format   *decimal;
  lxw_format   *percent;
};

struct _SkupXlsxSheet
{
  SkupXlsx      *owner;
  lxw_worksheet *sheet;
  GArray        *widths;      /* (element-type double): widest cell per column, fitted at close */
  GArray        *fixed;       /* (element-type gboolean): a width the caller chose */
  gboolean       has_header;
  guint          header_row;
  guint          n_cols;
  guint          last_row;
};

static void
sheet_free (SkupXlsxSheet *sheet)
{
  g_array_unref (sheet->widths);
  g_array_unref (sheet->fixed);
  g_free (sheet);
}

static void
add_formats (SkupXlsx *self)
{
  self->header = workbook_add_format (self->book);
  format_set_bold (self->header);
  format_set_bg_color (self->header, 0xDEDDDA);
  format_set_bottom (self->header, LXW_BORDER_THIN);
  self->bold = workbook_add_format (self->book);
  format_set_bold (self->bold);
  self->date = workbook_add_format (self->book);
  format_set_num_format (self->date, "yyyy-mm-dd");
  self->integer = workbook_add_format (self->book);
  format_set_num_format (self->integer, "0");
  self->decimal = workbook_add_format (self->book);
  format_set_num_format (self->decimal, "0.0#");
  self->percent = workbook_add_format (self->book);
  format_set_num_format (self->percent, "0%");
}

/**
 * skup_xlsx_new:
 * @path: where the workbook goes; written only by skup_xlsx_close()
 *
 * Returns: (transfer full) (nullable): the workbook, or NULL with @error set
 */
SkupXlsx *
skup_xlsx_new (const char  *path,
               GError     **error)
{
  g_autoptr(SkupXlsx) self = g_new0 (SkupXlsx, 1);
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->book = workbook_new (path);
  if (self->book == NULL)
    {
      name = g_filename_display_name (path);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"), name,
                   lxw_strerror (LXW_ERROR_CREATING_XLSX_FILE));
      return NULL;
    }
  add_formats (self);
  return g_steal_pointer (&self);
}

/* A workbook freed without skup_xlsx_close() was given up on: no half-written file stays. */
void
skup_xlsx_free (SkupXlsx *self)
{
  if (self == NULL)
    return;
  if (self->book != NULL)
    {
      workbook_close (self->book);
      g_unlink (self->path);
    }
  g_ptr_array_unref (self->sheets);
  g_hash_table_unref (self->names);
  g_free (self->path);
  g_free (self);
}

static void
note_error (SkupXlsx  *self,
            lxw_error  result)
{
  if (self->error == LXW_NO_ERROR)
    self->error = result;
}

static void
fit_sheet (SkupXlsxSheet *sheet)
{
  for (guint c = 0; c < sheet->widths->len; c++)
    {
      double width = g_array_index (sheet->widths, double, c);

      if (!g_array_index (sheet->fixed, gboolean, c))
        width = CLAMP (width + 2, MIN_WIDTH, MAX_WIDTH);
      note_error (sheet->owner, worksheet_set_column (sheet->sheet, c, c, width, NULL));
    }
  if (sheet->has_header && sheet->n_cols > 0)
    note_error (sheet->owner, worksheet_autofilter (sheet->sheet, sheet->header_row, 0,
                                                     MAX (sheet->last_row, sheet->header_row),
                                                     sheet->n_cols - 1));
}

/**
 * skup_xlsx_close:
 *
 * Fits the columns, sets the autofilters and writes the file; frees @self either way.
 *
 * Returns: whether the file was written
 */
gboolean
skup_xlsx_close (SkupXlsx  *self,
                 GError   **error)
{
  g_autofree char *name = NULL;
  lxw_error result;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->sheets->len; i++)
    fit_sheet (g_ptr_array_index (self->sheets, i));
  result = workbook_close (g_steal_pointer (&self->book));
  note_error (self, result);
  if (self->error != LXW_NO_ERROR)
    {
      name = g_filename_display_name (self->path);
      /* Translators: the first %s is a file name, the second why it could not be written */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"), name,
                   lxw_strerror (self->error));
      g_unlink (self->path);
    }
  result = self->error;
  skup_xlsx_free (self);
  return result == LXW_NO_ERROR;
}

/**
 * skup_xlsx_safe_sheet_name:
 *
 * What Excel accepts as a sheet name: none of []:*?/\ (each becomes a hyphen), no apostrophe
 * at either end, at most 31 characters, never empty.
 *
 * Returns: (transfer full): the name
 */
char *
skup_xlsx_safe_sheet_name (const char *name)
{
  g_autoptr(GString) safe = g_string_new (NULL);

  for (const char *p = name != NULL ? name : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_iscntrl (c) || (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL))
        c = c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL ? '-' : ' ';
      g_string_append_unichar (safe, c);
    }
  while (safe->len > 0 && safe->str[0] == '\'')
    g_string_erase (safe, 0, 1);
  if (g_utf8_strlen (safe->str, -1) > SKUP_XLSX_SHEET_NAME_MAX)
    g_string_truncate (safe, g_utf8_offset_to_pointer (safe->str, SKUP_XLSX_SHEET_NAME_MAX)
                             - safe->str);
  while (safe->len > 0 && (safe->str[safe->len - 1] == '\'' || safe->str[safe->len - 1] == ' '))
    g_string_truncate (safe, safe->len - 1);
  if (safe->len == 0)
    /* Translators: the name of a spreadsheet sheet that had none (at most 31 characters) */
    g_string_assign (safe, _("Sheet"));
  return g_string_free (g_steal_pointer (&safe), FALSE);
}

/* Excel refuses two sheets whose names differ only in case: the second gets " (2)". */
static gboolean
name_taken (SkupXlsx   *self,
            const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_hash_table_contains (self->names, folded);
}

static char *
dup_unique_name (SkupXlsx   *self,
                 const char *name)
{
  g_autofree char *base = skup_xlsx_safe_sheet_name (name);
  char *candidate = g_strdup (base);

  for (guint n = 2; name_taken (self, candidate); n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      glong room = SKUP_XLSX_SHEET_NAME_MAX - (glong) strlen (suffix);
      g_autofree char *stem = g_utf8_substring (base, 0, MIN (room, g_utf8_strlen (base, -1)));

      g_free (candidate);
      candidate = g_strconcat (stem, suffix, NULL);
    }
  g_hash_table_add (self->names, g_utf8_casefold (candidate, -1));
  return candidate;
}

/**
 * skup_xlsx_add_sheet:
 * @name: the sheet's name, made safe and unique here
 *
 * Returns: (transfer none): the sheet, owned by @self
 */
SkupXlsxSheet *
skup_xlsx_add_sheet (SkupXlsx   *self,
                     const char *name)
{
  g_autofree char *unique = NULL;
  SkupXlsxSheet *sheet;

  g_return_val_if_fail (self != NULL, NULL);

  unique = dup_unique_name (self, name);
  sheet = g_new0 (SkupXlsxSheet, 1);
  sheet->owner = self;
  sheet->sheet = workbook_add_worksheet (self->book, unique);
  if (sheet->sheet == NULL)
    {
      /* Cannot happen with a safe unique name; a sheet with no name keeps writes harmless. */
      note_error (self, LXW_ERROR_SHEETNAME_ALREADY_USED);
      sheet->sheet = workbook_add_worksheet (self->book, NULL);
    }
  sheet->widths = g_array_new (FALSE, TRUE, sizeof (double));
  sheet->fixed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_ptr_array_add (self->sheets, sheet);
  return sheet;
}

static void
grow (SkupXlsxSheet *sheet,
      guint          row,
      guint          col,
      double         width)
{
  if (col >= sheet->widths->len)
    {
      g_array_set_size (sheet->widths, col + 1);
      g_array_set_size (sheet->fixed, col + 1);
    }
  if (!g_array_index (sheet->fixed, gboolean, col)
      && width > g_array_index (sheet->widths, double, col))
    g_array_index (sheet->widths, double, col) = width;
  sheet->n_cols = MAX (sheet->n_cols, col + 1);
  sheet->last_row = MAX (sheet->last_row, row);
}

/* The longest line, in characters (a cell may hold line breaks). */
static double
text_width (const char *text)
{
  glong widest = 0;
  const char *line = text;

  while (line != NULL)
    {
      const char *end = strchr (line, '\n');
      glong n = g_utf8_strlen (line, end != NULL ? end - line : -1);

      widest = MAX (widest, n);
      line = end != NULL ? end + 1 : NULL;
    }
  return widest;
}

/**
 * skup_xlsx_write_header:
 * @titles: (array length=n_titles): the column titles
 *
 * The styled header row, frozen; the autofilter covers it and every row written below it.
 */
void
skup_xlsx_write_header (SkupXlsxSheet     *sheet,
                        guint              row,
                        const char *const *titles,
                        guint              n_titles)
{
  g_return_if_fail (sheet != NULL);

  for (guint c = 0; c < n_titles; c++)
    {
      note_error (sheet->owner, worksheet_write_string (sheet->sheet, row, c, titles[c],
                                                        sheet->owner->header));
      /* Room for the filter's arrow beside the title. */
      grow (sheet, row, c, text_width (titles[c]) + 2);
    }
  sheet->has_header = TRUE;
  sheet->header_row = row;
  worksheet_freeze_panes (sheet->sheet, row + 1, 0);
}

/* A text cell is never a formula in XLSX: no neutralising needed. */
static void
write_string (SkupXlsxSheet *sheet,
              guint          row,
              guint          col,
              const char    *text,
              lxw_format    *format)
{
  g_return_if_fail (sheet != NULL);

  if (text == NULL || *text == '\0')
    return;
  note_error (sheet->owner, worksheet_write_string (sheet->sheet, row, col, text, format));
  grow (sheet, row, col, text_width (text));
}

void
skup_xlsx_write_text (SkupXlsxSheet *sheet,
                      guint          row,
                      guint          col,
                      const char    *text)
{
  write_string (sheet, row, col, text, NULL);
}

void
skup_xlsx_write_bold (SkupXlsxSheet *sheet,
                      guint          row,
                      guint          col,
                      const char    *text)
{
  g_return_if_fail (sheet != NULL);

  write_string (sheet, row, col, text, sheet->owner->bold);
}

static void
write_number_as (SkupXlsxSheet *sheet,
                 guint          row,
                 guint          col,
                 double         value,
                 lxw_format    *format,
                 const char    *printf_format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  note_error (sheet->owner, worksheet_write_number (sheet->sheet, row, col, value, format));
  g_ascii_formatd (buf, sizeof buf, printf_format, value);
  grow (sheet, row, col, strlen (buf));
}

void
skup_xlsx_write_int (SkupXlsxSheet *sheet,
                     guint          row,
                     guint          col,
                     gint64         value)
{
  g_return_if_fail (sheet != NULL);

  write_number_as (sheet, row, col, (double) value, sheet->owner->integer, "%.0f");
}

void
skup_xlsx_write_number (SkupXlsxSheet *sheet,
                        guint          row,
                        guint          col,
                        double         value)
{
  g_return_if_fail (sheet != NULL);

  write_number_as (sheet, row, col, value, sheet->owner->decimal, "%.2f");
}

/* @fraction: 0.75 for 75 %; the cell holds the number, the format shows the sign. */
void
skup_xlsx_write_percent (SkupXlsxSheet *sheet,
                         guint          row,
                         guint          col,
                         double         fraction)
{
  g_return_if_fail (sheet != NULL);

  note_error (sheet->owner, worksheet_write_number (sheet->sheet, row, col, fraction,
                                                    sheet->owner->percent));
  grow (sheet, row, col, strlen ("100%"));
}

void
skup_xlsx_write_date (SkupXlsxSheet *sheet,
                      guint          row,
                      guint          col,
                      const GDate   *date)
{
  lxw_datetime when;

  g_return_if_fail (sheet != NULL);

  if (date == NULL || !g_date_valid (date))
    return;
  when = (lxw_datetime) { .year = g_date_get_year (date), .month = g_date_get_month (date),
                          .day = g_date_get_day (date) };
  note_error (sheet->owner, worksheet_write_datetime (sheet->sheet, row, col, &when,
                                                      sheet->owner->date));
  grow (sheet, row, col, DATE_WIDTH);
}

/* @iso: "YYYY-MM-DD"; anything else is written as the text it is, so nothing is lost. */
void
skup_xlsx_write_iso_date (SkupXlsxSheet *sheet,
                          guint          row,
                          guint          col,
                          const char    *iso)
{
  int year, month, day;
  GDate date;

  g_return_if_fail (sheet != NULL);

  if (iso == NULL || *iso == '\0')
    return;
  if (!skup_text_is_iso_date (iso) || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    {
      skup_xlsx_write_text (sheet, row, col, iso);
      return;
    }
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  skup_xlsx_write_date (sheet, row, col, &date);
}

/* A width the caller knows better (a column of long comments): kept as it is at close. */
void
skup_xlsx_set_width (SkupXlsxSheet *sheet,
                     guint          col,
                     double         width)
{
  g_return_if_fail (sheet != NULL);

  grow (sheet, 0, col, 0);
  g_array_index (sheet->fixed, gboolean, col) = FALSE;
  g_array_index (sheet->widths, double, col) = width;
  g_array_index (sheet->fixed, gboolean, col) = TRUE;
}
