/* skup-csv.h — the one CSV writer of every export
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two dialects. RFC 4180 is for programs: `,` between fields, CRLF line ends, UTF-8 without a
 * byte order mark. Excel is for people who double-click the file on a Serbian Windows, where
 * Excel reads `;` as the list separator, `,` as the decimal point, and takes the file for
 * UTF-8 only when it starts with a byte order mark.
 *
 * A field is quoted when it holds the delimiter, a quote, CR or LF; quotes inside are doubled.
 * A text cell starting with = + - @, a tab or CR is neutralised: an apostrophe goes before it
 * (and the field is quoted), so a spreadsheet shows it instead of running it as a formula.
 * Numbers written with skup_csv_writer_add_number() or _add_int() are never neutralised, so
 * -3.5 stays a number. A reader undoes the rule by dropping a leading apostrophe that stands
 * before one of those characters.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * SkupCsvDialect:
 * @SKUP_CSV_RFC4180: `,`, CRLF, UTF-8 without BOM, `.` as the decimal point
 * @SKUP_CSV_EXCEL: `;`, CRLF, UTF-8 with BOM, `,` as the decimal point
 */
typedef enum {
  SKUP_CSV_RFC4180,
  SKUP_CSV_EXCEL,
} SkupCsvDialect;

/* The UTF-8 byte order mark the Excel dialect starts with. */
#define SKUP_CSV_BOM "\xEF\xBB\xBF"

gboolean    skup_csv_parse_dialect     (const char      *name,
                                        SkupCsvDialect  *dialect);
char        skup_csv_dialect_delimiter (SkupCsvDialect   dialect);
gboolean    skup_csv_needs_neutralising (const char     *text);

/* One field onto @out, quoted and neutralised as the dialect asks; no delimiter. */
void        skup_csv_append_text       (GString         *out,
                                        SkupCsvDialect   dialect,
                                        const char      *text);
void        skup_csv_append_number     (GString         *out,
                                        SkupCsvDialect   dialect,
                                        double           value);

#define SKUP_TYPE_CSV_WRITER (skup_csv_writer_get_type ())

typedef struct _SkupCsvWriter SkupCsvWriter;

GType           skup_csv_writer_get_type    (void) G_GNUC_CONST;
SkupCsvWriter  *skup_csv_writer_new         (SkupCsvDialect  dialect);
SkupCsvWriter  *skup_csv_writer_ref         (SkupCsvWriter  *self);
void            skup_csv_writer_unref       (SkupCsvWriter  *self);
SkupCsvDialect  skup_csv_writer_get_dialect (SkupCsvWriter  *self);

void            skup_csv_writer_add_text    (SkupCsvWriter  *self,
                                             const char     *text);
void            skup_csv_writer_add_int     (SkupCsvWriter  *self,
                                             gint64          value);
void            skup_csv_writer_add_number  (SkupCsvWriter  *self,
                                             double          value);
void            skup_csv_writer_add_empty   (SkupCsvWriter  *self);
void            skup_csv_writer_add_row     (SkupCsvWriter  *self,
                                             const char     *const *texts,
                                             gssize          n_texts);
void            skup_csv_writer_end_row     (SkupCsvWriter  *self);

char           *skup_csv_writer_steal_text  (SkupCsvWriter  *self);
gboolean        skup_csv_writer_write_file  (SkupCsvWriter  *self,
                                             const char     *path,
                                             GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCsvWriter, skup_csv_writer_unref)

G_END_DECLS
