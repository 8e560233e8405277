/* skup-document.h — a printable document: measured once, drawn on any cairo surface
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "skup-page.h"

G_BEGIN_DECLS

#define SKUP_TYPE_DOCUMENT (skup_document_get_type ())
G_DECLARE_DERIVABLE_TYPE (SkupDocument, skup_document, SKUP, DOCUMENT, GObject)

/**
 * SkupDocumentClass:
 * @paginate: measures every text, checks every glyph (skup_document_check_text()) and splits
 *   the content into pages; runs once, before anything is drawn or written
 * @draw_page: draws one page (0-based) on @cr, whose user units are points with the origin
 *   at the sheet's top left corner
 *
 * A document holds everything it prints (it reads the register when it is made, never while
 * drawing), so any thread may write it, and a preview, a PDF, a PNG and a printer page come
 * from the same drawing code.
 */
struct _SkupDocumentClass
{
  GObjectClass parent_class;

  gboolean (*paginate)  (SkupDocument *self,
                         GError      **error);
  void     (*draw_page) (SkupDocument *self,
                         cairo_t      *cr,
                         guint         page);

  gpointer padding[8];
};

gboolean             skup_document_prepare           (SkupDocument  *self,
                                                      GError       **error);
guint                skup_document_get_n_pages       (SkupDocument  *self);
const SkupPageSetup *skup_document_get_page_setup    (SkupDocument  *self);
void                 skup_document_set_page_setup    (SkupDocument        *self,
                                                      const SkupPageSetup *setup);
const char          *skup_document_get_title         (SkupDocument  *self);
const char          *skup_document_get_language      (SkupDocument  *self);

void                 skup_document_draw_page         (SkupDocument  *self,
                                                      cairo_t       *cr,
                                                      guint          page);
gboolean             skup_document_write_pdf         (SkupDocument  *self,
                                                      const char    *path,
                                                      GError       **error);
cairo_surface_t     *skup_document_render_page       (SkupDocument  *self,
                                                      guint          page,
                                                      double         dpi);
gboolean             skup_document_write_png         (SkupDocument  *self,
                                                      guint          page,
                                                      double         dpi,
                                                      const char    *path,
                                                      GError       **error);

/* For documents: the measuring context every layout is made in (72 units an inch, no
 * hinting, so a page measures the same on paper, on screen and in a PNG). */
void                 skup_document_set_n_pages       (SkupDocument  *self,
                                                      guint          n_pages);
PangoContext        *skup_document_get_pango_context (SkupDocument  *self);
PangoContext        *skup_document_new_pango_context (SkupDocument  *self);
gboolean             skup_document_check_text        (SkupDocument              *self,
                                                      const PangoFontDescription *font,
                                                      const char                *text,
                                                      const char                *record,
                                                      const char                *field,
                                                      GError                   **error);

G_END_DECLS
