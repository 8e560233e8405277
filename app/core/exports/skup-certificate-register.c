/* skup-certificate-register.c — the list of issued certificates as CSV and XLSX
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both formats take their columns from one table, so the two files always say the same.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>

#include "skup-certificate-register.h"
#include "skup-choices.h"
#include "skup-error.h"
#include "skup-text.h"

typedef enum {
  CELL_TEXT,
  CELL_DATE,
  CELL_NUMBER,
} CellKind;

typedef struct {
  const char *title;
  CellKind    kind;
  double      width;   /* XLSX column width, in characters */
  /* (transfer full) (nullable): the cell of @entry */
  char     *(*dup_text) (const SkupCertificateEntry *entry);
} Column;

static char *
dup_number (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->number);
}

static char *
dup_name (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->recipient_name);
}

static char *
dup_event (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->event_title);
}

static char *
dup_event_dates (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->event_dates);
}

static char *
dup_place (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->event_place);
}

static char *
dup_role (const SkupCertificateEntry *entry)
{
  const char *label = entry->role != NULL
                      ? skup_choice_get_label (SKUP_CHOICES_REGISTRATION_ROLE, entry->role)
                      : NULL;

  return g_strdup (label != NULL ? label : entry->role);
}

static char *
dup_hours (const SkupCertificateEntry *entry)
{
  return entry->credited_hours > 0 ? g_strdup_printf ("%g", entry->credited_hours) : NULL;
}

static char *
dup_issue_date (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->issue_date);
}

static char *
dup_state (const SkupCertificateEntry *entry)
{
  return g_strdup (skup_certificate_state_to_label (entry->state));
}

static char *
dup_correction_date (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->correction_date);
}

static char *
dup_reason (const SkupCertificateEntry *entry)
{
  return g_strdup (entry->correction_reason);
}

static const Column columns[] = {
  /* Translators: a column of the certificate register: the certificate's number */
  { NC_("certificate-register", "Number"), CELL_TEXT, 18, dup_number },
  { NC_("certificate-register", "Name"), CELL_TEXT, 28, dup_name },
  { NC_("certificate-register", "Event"), CELL_TEXT, 40, dup_event },
  /* Translators: a column of the certificate register: when the event was held */
  { NC_("certificate-register", "Event Dates"), CELL_TEXT, 22, dup_event_dates },
  /* Translators: a column of the certificate register: where the event was held */
  { NC_("certificate-register", "Place"), CELL_TEXT, 22, dup_place },
  /* Translators: a column of the certificate register: participant, trainer … */
  { NC_("certificate-register", "Role"), CELL_TEXT, 14, dup_role },
  /* Translators: a column of the certificate register: the hours credited */
  { NC_("certificate-register", "Hours"), CELL_NUMBER, 8, dup_hours },
  { NC_("certificate-register", "Issue Date"), CELL_DATE, 12, dup_issue_date },
  /* Translators: a column of the certificate register: valid, superseded or revoked */
  { NC_("certificate-register", "State"), CELL_TEXT, 12, dup_state },
  /* Translators: a column of the certificate register: when it was superseded or revoked */
  { NC_("certificate-register", "Changed On"), CELL_DATE, 12, dup_correction_date },
  /* Translators: a column of the certificate register: why it was superseded or revoked */
  { NC_("certificate-register", "Reason"), CELL_TEXT, 40, dup_reason },
};

/* CSV ***********************************************************************/

/* A cell a spreadsheet would read as a formula starts with one of these (OWASP's list, with
 * the tab and carriage return that some also run). */
static gboolean
looks_like_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static void
append_csv_cell (GString    *out,
                 const char *text)
{
  if (text == NULL)
    return;
  if (looks_like_formula (text) || strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      if (looks_like_formula (text))
        g_string_append_c (out, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
      return;
    }
  g_string_append (out, text);
}

static void
append_csv_row (GString                    *out,
                const SkupCertificateEntry *entry)
{
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *text = entry != NULL ? columns[c].dup_text (entry)
                                            : g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "certificate-register", columns[c].title));

      if (c > 0)
        g_string_append_c (out, ',');
      append_csv_cell (out, text);
    }
  g_string_append (out, "\r\n");
}

char *
skup_certificate_register_to_csv (GPtrArray *entries)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (entries != NULL, NULL);

  append_csv_row (out, NULL);
  for (guint i = 0; i < entries->len; i++)
    append_csv_row (out, g_ptr_array_index (entries, i));
  return g_string_free (out, FALSE);
}

gboolean
skup_certificate_register_write_csv (GPtrArray   *entries,
                                     const char  *path,
                                     GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = skup_certificate_register_to_csv (entries);
  if (g_file_set_contents (path, text, -1, &local_error))
    return TRUE;
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_FAILED, local_error->message);
  return FALSE;
}

/* XLSX **********************************************************************/

static gboolean
read_date (const char  *iso,
           lxw_datetime *out)
{
  int year, month, day;

  if (iso == NULL || !skup_text_is_iso_date (iso)
      || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return FALSE;
  *out = (lxw_datetime) { .year = year, .month = month, .day = day };
  return TRUE;
}

/* libxlsxwriter's own words, for a message that says why. */
static gboolean
check_xlsx (lxw_error    result,
            const char  *path,
            GError     **error)
{
  g_autofree char *name = NULL;

  if (result == LXW_NO_ERROR)
    return TRUE;
  name = g_filename_display_name (path);
  /* Translators: the first %s is a file name, the second why it could not be written */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"), name,
               lxw_strerror (result));
  return FALSE;
}

static void
write_xlsx_cell (lxw_worksheet              *sheet,
                 guint                       row,
                 guint                       col,
                 const SkupCertificateEntry *entry,
                 lxw_format                 *date_format)
{
  g_autofree char *text = columns[col].dup_text (entry);
  lxw_datetime date;

  if (text == NULL || *text == '\0')
    return;
  if (columns[col].kind == CELL_DATE && read_date (text, &date))
    worksheet_write_datetime (sheet, row, col, &date, date_format);
  else if (columns[col].kind == CELL_NUMBER)
    worksheet_write_number (sheet, row, col, g_ascii_strtod (text, NULL), NULL);
  else
    /* A text cell is never a formula in XLSX: no neutralising needed. */
    worksheet_write_string (sheet, row, col, text, NULL);
}

static void
write_xlsx_sheet (lxw_workbook *book,
                  lxw_worksheet *sheet,
                  GPtrArray     *entries)
{
  lxw_format *header = workbook_add_format (book);
  lxw_format *date_format = workbook_add_format (book);

  format_set_bold (header);
  format_set_bg_color (header, 0xDEDDDA);
  format_set_bottom (header, LXW_BORDER_THIN);
  format_set_num_format (date_format, "yyyy-mm-dd");
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      worksheet_set_column (sheet, c, c, columns[c].width, NULL);
      worksheet_write_string (sheet, 0, c, g_dpgettext2 (GETTEXT_PACKAGE, "certificate-register", columns[c].title), header);
    }
  worksheet_freeze_panes (sheet, 1, 0);
  for (guint i = 0; i < entries->len; i++)
    for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
      write_xlsx_cell (sheet, i + 1, c, g_ptr_array_index (entries, i), date_format);
  if (entries->len > 0)
    worksheet_autofilter (sheet, 0, 0, entries->len, G_N_ELEMENTS (columns) - 1);
}

gboolean
skup_certificate_register_write_xlsx (GPtrArray   *entries,
                                      const char  *path,
                                      GError     **error)
{
  lxw_workbook *book;
  lxw_worksheet *sheet;

  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  book = workbook_new (path);
  if (book == NULL)
    return check_xlsx (LXW_ERROR_CREATING_XLSX_FILE, path, error);
  /* Translators: the name of the spreadsheet's sheet of certificates (at most 31 characters) */
  sheet = workbook_add_worksheet (book, _("Certificates"));
  write_xlsx_sheet (book, sheet, entries);
  return check_xlsx (workbook_close (book), path, error);
}
