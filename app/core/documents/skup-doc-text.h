/* skup-doc-text.h — text on paper: styles, wrapping and shrinking to fit a box
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/**
 * SkupTextStyle:
 * @family: a font family fontconfig knows ("Noto Sans"); the glyph check refuses others
 * @size: the size in points
 * @min_size: how far skup_doc_text_fit() may shrink the text before it wraps; 0 never shrinks
 * @bold: heavy weight
 * @italic: italic
 * @align: how lines sit in their box
 * @colour: 0xRRGGBB
 */
typedef struct
{
  const char     *family;
  double          size;
  double          min_size;
  gboolean        bold;
  gboolean        italic;
  PangoAlignment  align;
  guint32         colour;
} SkupTextStyle;

PangoFontDescription *skup_text_style_get_font (const SkupTextStyle *style);

PangoLayout *skup_doc_text_layout  (PangoContext        *context,
                                    const SkupTextStyle *style,
                                    const char          *text,
                                    double               width);
PangoLayout *skup_doc_text_fit     (PangoContext        *context,
                                    const SkupTextStyle *style,
                                    const char          *text,
                                    double               width,
                                    double               max_height,
                                    gboolean            *shortened);
double       skup_doc_layout_width  (PangoLayout        *layout);
double       skup_doc_layout_height (PangoLayout        *layout);
void         skup_doc_text_draw    (cairo_t             *cr,
                                    PangoLayout         *layout,
                                    guint32              colour,
                                    double               x,
                                    double               y);
void         skup_doc_set_colour   (cairo_t             *cr,
                                    guint32              colour);

G_END_DECLS
