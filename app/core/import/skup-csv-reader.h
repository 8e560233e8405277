/* skup-csv-reader.h — CSV files as organisers get them, read into rows of UTF-8 fields
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of people comes from a spreadsheet saved "as CSV": UTF-8 (with or without a byte
 * order mark) from LibreOffice or Google Sheets, Windows-1250 or Windows-1251 from Serbian
 * Excel, separated by commas, semicolons (Excel with a comma as the decimal mark) or tabs.
 * The reader finds out which, so the organiser never has to say.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SkupCsvEncoding:
 * @SKUP_CSV_ENCODING_UTF8: UTF-8 without a byte order mark
 * @SKUP_CSV_ENCODING_UTF8_BOM: UTF-8 after a byte order mark (Excel's "CSV UTF-8")
 * @SKUP_CSV_ENCODING_WINDOWS_1250: Central European, as Serbian Latin Excel saves
 * @SKUP_CSV_ENCODING_WINDOWS_1251: Cyrillic, as Serbian Cyrillic Excel saves
 */
typedef enum {
  SKUP_CSV_ENCODING_UTF8,
  SKUP_CSV_ENCODING_UTF8_BOM,
  SKUP_CSV_ENCODING_WINDOWS_1250,
  SKUP_CSV_ENCODING_WINDOWS_1251,
} SkupCsvEncoding;

typedef struct _SkupCsvTable SkupCsvTable;

SkupCsvTable       *skup_csv_read_bytes              (GBytes        *bytes,
                                                      GError       **error);
SkupCsvTable       *skup_csv_read_file               (const char    *path,
                                                      GError       **error);
void                skup_csv_table_free              (SkupCsvTable  *table);

guint               skup_csv_table_get_n_rows        (SkupCsvTable  *table);
const char * const *skup_csv_table_get_row           (SkupCsvTable  *table,
                                                      guint          index,
                                                      guint         *n_fields,
                                                      guint         *line);
SkupCsvEncoding     skup_csv_table_get_encoding      (SkupCsvTable  *table);
char                skup_csv_table_get_delimiter     (SkupCsvTable  *table);

const char         *skup_csv_encoding_to_string      (SkupCsvEncoding encoding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCsvTable, skup_csv_table_free)

G_END_DECLS
