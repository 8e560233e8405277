/* skup-doc-table.h — tables that break across pages
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-document.h"
#include "skup-doc-text.h"

G_BEGIN_DECLS

/**
 * SkupCellKind:
 * @SKUP_CELL_KIND_TEXT: the cell holds text, which wraps inside it
 * @SKUP_CELL_KIND_BLANK: an empty box to write or sign in
 * @SKUP_CELL_KIND_TICK_BOX: a small square to tick
 */
typedef enum
{
  SKUP_CELL_KIND_TEXT,
  SKUP_CELL_KIND_BLANK,
  SKUP_CELL_KIND_TICK_BOX,
} SkupCellKind;

typedef struct _SkupDocTable SkupDocTable;

SkupDocTable *skup_doc_table_new            (SkupDocument        *document,
                                             const SkupTextStyle *header_style,
                                             double               width);
void          skup_doc_table_free           (SkupDocTable        *self);
void          skup_doc_table_add_column     (SkupDocTable        *self,
                                             const char          *title,
                                             double               width,
                                             double               flex,
                                             SkupCellKind         kind,
                                             const SkupTextStyle *style);
void          skup_doc_table_set_field      (SkupDocTable        *self,
                                             const char          *field);
void          skup_doc_table_set_row_heights (SkupDocTable       *self,
                                              double              min_height,
                                              double              max_height);
guint         skup_doc_table_get_n_columns  (SkupDocTable        *self);
void          skup_doc_table_add_row        (SkupDocTable        *self,
                                             const char          *record,
                                             const char * const  *cells);
gboolean      skup_doc_table_layout         (SkupDocTable        *self,
                                             GError             **error);
double        skup_doc_table_get_header_height (SkupDocTable     *self);
double        skup_doc_table_get_row_height (SkupDocTable        *self,
                                             guint                row);
guint         skup_doc_table_get_n_rows     (SkupDocTable        *self);
GArray       *skup_doc_table_paginate       (SkupDocTable        *self,
                                             double               page_height,
                                             double               last_page_reserve);
double        skup_doc_table_draw           (SkupDocTable        *self,
                                             cairo_t             *cr,
                                             double               x,
                                             double               y,
                                             guint                first_row,
                                             guint                n_rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupDocTable, skup_doc_table_free)

G_END_DECLS
