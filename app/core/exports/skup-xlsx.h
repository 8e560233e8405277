/* skup-xlsx.h — the house look of every XLSX export, over libxlsxwriter
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every sheet Skup writes looks alike: a bold header on a grey fill, frozen and with an
 * autofilter; dates as real dates (they sort and filter as dates), counts as integers, hours as
 * decimals, shares as percentages; columns as wide as what they hold. The workbook remembers
 * the first error libxlsxwriter reports and skup_xlsx_close() hands it over as a GError.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SkupXlsx SkupXlsx;
typedef struct _SkupXlsxSheet SkupXlsxSheet;

/* The longest sheet name Excel accepts. */
#define SKUP_XLSX_SHEET_NAME_MAX 31

SkupXlsx      *skup_xlsx_new              (const char     *path,
                                           GError        **error);
void           skup_xlsx_free             (SkupXlsx       *self);
gboolean       skup_xlsx_close            (SkupXlsx       *self,
                                           GError        **error);

char          *skup_xlsx_safe_sheet_name  (const char     *name);
SkupXlsxSheet *skup_xlsx_add_sheet        (SkupXlsx       *self,
                                           const char     *name);

void           skup_xlsx_write_header     (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           const char *const *titles,
                                           guint           n_titles);
void           skup_xlsx_write_text       (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           const char     *text);
void           skup_xlsx_write_bold       (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           const char     *text);
void           skup_xlsx_write_int        (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           gint64          value);
void           skup_xlsx_write_number     (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           double          value);
void           skup_xlsx_write_percent    (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           double          fraction);
void           skup_xlsx_write_date       (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           const GDate    *date);
void           skup_xlsx_write_iso_date   (SkupXlsxSheet  *sheet,
                                           guint           row,
                                           guint           col,
                                           const char     *iso);
void           skup_xlsx_set_width        (SkupXlsxSheet  *sheet,
                                           guint           col,
                                           double          width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupXlsx, skup_xlsx_free)

G_END_DECLS
