/* skup-certificate-register.c — the list of issued certificates as CSV and XLSX
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both formats take their columns from one table, so the two files always say the same.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-certificate-register.h"
#include "skup-choices.h"
#include "skup-csv.h"
#include "skup-xlsx.h"

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

static void
append_csv_row (SkupCsvWriter              *writer,
                const SkupCertificateEntry *entry)
{
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *text = entry != NULL ? columns[c].dup_text (entry)
                                            : g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "certificate-register", columns[c].title));

      skup_csv_writer_add_text (writer, text);
    }
  skup_csv_writer_end_row (writer);
}

static SkupCsvWriter *
new_csv (GPtrArray *entries)
{
  SkupCsvWriter *writer = skup_csv_writer_new (SKUP_CSV_RFC4180);

  append_csv_row (writer, NULL);
  for (guint i = 0; i < entries->len; i++)
    append_csv_row (writer, g_ptr_array_index (entries, i));
  return writer;
}

char *
skup_certificate_register_to_csv (GPtrArray *entries)
{
  g_autoptr(SkupCsvWriter) writer = NULL;

  g_return_val_if_fail (entries != NULL, NULL);

  writer = new_csv (entries);
  return skup_csv_writer_steal_text (writer);
}

gboolean
skup_certificate_register_write_csv (GPtrArray   *entries,
                                     const char  *path,
                                     GError     **error)
{
  g_autoptr(SkupCsvWriter) writer = NULL;

  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  writer = new_csv (entries);
  return skup_csv_writer_write_file (writer, path, error);
}

/* XLSX **********************************************************************/

static void
write_xlsx_cell (SkupXlsxSheet              *sheet,
                 guint                       row,
                 guint                       col,
                 const SkupCertificateEntry *entry)
{
  g_autofree char *text = columns[col].dup_text (entry);

  if (text == NULL || *text == '\0')
    return;
  if (columns[col].kind == CELL_DATE)
    skup_xlsx_write_iso_date (sheet, row, col, text);
  else if (columns[col].kind == CELL_NUMBER)
    skup_xlsx_write_number (sheet, row, col, g_ascii_strtod (text, NULL));
  else
    skup_xlsx_write_text (sheet, row, col, text);
}

static void
write_xlsx_sheet (SkupXlsxSheet *sheet,
                  GPtrArray     *entries)
{
  const char *titles[G_N_ELEMENTS (columns)];

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      titles[c] = g_dpgettext2 (GETTEXT_PACKAGE, "certificate-register", columns[c].title);
      skup_xlsx_set_width (sheet, c, columns[c].width);
    }
  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < entries->len; i++)
    for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
      write_xlsx_cell (sheet, i + 1, c, g_ptr_array_index (entries, i));
}

gboolean
skup_certificate_register_write_xlsx (GPtrArray   *entries,
                                      const char  *path,
                                      GError     **error)
{
  SkupXlsx *book;

  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  book = skup_xlsx_new (path, error);
  if (book == NULL)
    return FALSE;
  /* Translators: the name of the spreadsheet's sheet of certificates (at most 31 characters) */
  write_xlsx_sheet (skup_xlsx_add_sheet (book, _("Certificates")), entries);
  return skup_xlsx_close (book, error);
}
