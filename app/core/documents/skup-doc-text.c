/* skup-doc-text.c — text on paper: styles, wrapping and shrinking to fit a box
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text on a document never overflows its box and is never clipped: it wraps, or shrinks down
 * to its style's minimum and then wraps, and what still does not fit ends in "…" that a
 * reader can see. Fallback fonts are off, so what the glyph check approved is what prints.
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "skup-doc-text.h"

/**
 * skup_text_style_get_font:
 * @style: a text style
 *
 * Returns: (transfer full): the font @style sets text in
 */
PangoFontDescription *
skup_text_style_get_font (const SkupTextStyle *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->family != NULL ? style->family : "Noto Sans");
  pango_font_description_set_size (font, (int) lround (style->size * PANGO_SCALE));
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, style->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return font;
}

static PangoLayout *
layout_at_size (PangoContext        *context,
                const SkupTextStyle *style,
                const char          *text,
                double               size,
                double               width)
{
  PangoLayout *layout = pango_layout_new (context);
  SkupTextStyle sized = *style;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoAttrList *attrs = pango_attr_list_new ();

  sized.size = size;
  font = skup_text_style_get_font (&sized);
  pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_fallback_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_alignment (layout, style->align);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/**
 * skup_doc_text_layout:
 * @context: the document's measuring context
 * @style: how the text looks
 * @text: (nullable): the text
 * @width: the box's width in points, or -1 for one line per paragraph
 *
 * Returns: (transfer full): @text wrapped at @width, at the style's size
 */
PangoLayout *
skup_doc_text_layout (PangoContext        *context,
                      const SkupTextStyle *style,
                      const char          *text,
                      double               width)
{
  return layout_at_size (context, style, text, style->size, width);
}

/* The largest size, in half points from the style's own down to its minimum, at which @text
 * stands on one line of @width. */
static double
shrunk_size (PangoContext        *context,
             const SkupTextStyle *style,
             const char          *text,
             double               width)
{
  g_autoptr(PangoLayout) line = NULL;
  double natural;
  double size;

  if (style->min_size <= 0 || style->min_size >= style->size)
    return style->size;
  line = layout_at_size (context, style, text, style->size, -1);
  natural = skup_doc_layout_width (line);
  if (natural <= width)
    return style->size;
  /* Widths scale with the size (no hinting), so one guess lands next to the answer. */
  size = MAX (style->min_size, floor (style->size * width / natural * 2.0) / 2.0);
  while (size > style->min_size)
    {
      g_autoptr(PangoLayout) trial = layout_at_size (context, style, text, size, -1);

      if (skup_doc_layout_width (trial) <= width)
        break;
      size = MAX (style->min_size, size - 0.5);
    }
  return size;
}

/**
 * skup_doc_text_fit:
 * @context: the document's measuring context
 * @style: how the text looks; its min_size says how far it may shrink
 * @text: (nullable): the text
 * @width: the box's width in points
 * @max_height: the box's height, or 0 when the box grows with its text
 * @shortened: (out) (optional): set when even the smallest wrapped text was too tall, and
 *   its end gave way to "…"
 *
 * Lays @text out to fit a box: on one line, shrinking down to the style's minimum size if
 * need be; then wrapped at that size; if that is taller than @max_height, wrapped at smaller
 * sizes down to the minimum (three quarters of the size for a style that never shrinks to
 * stay on one line); and only then cut with an ellipsis at the last line that fits.
 * Nothing ever reaches outside the box.
 *
 * Returns: (transfer full): the layout to draw
 */
PangoLayout *
skup_doc_text_fit (PangoContext        *context,
                   const SkupTextStyle *style,
                   const char          *text,
                   double               width,
                   double               max_height,
                   gboolean            *shortened)
{
  double size = shrunk_size (context, style, text, width);
  double floor_size = style->min_size > 0 ? style->min_size : style->size * 0.75;
  PangoLayout *layout = layout_at_size (context, style, text, size, width);

  if (shortened != NULL)
    *shortened = FALSE;
  /* Wrapped and still too tall: smaller, a point at a time, down to the floor. */
  while (max_height > 0 && skup_doc_layout_height (layout) > max_height && size > floor_size)
    {
      size = MAX (floor_size, size - 1.0);
      g_object_unref (layout);
      layout = layout_at_size (context, style, text, size, width);
    }
  if (max_height > 0 && skup_doc_layout_height (layout) > max_height)
    {
      pango_layout_set_height (layout, (int) floor (max_height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (shortened != NULL)
        *shortened = TRUE;
    }
  return layout;
}

/**
 * skup_doc_layout_width:
 * @layout: a layout
 *
 * Returns: its logical width in points
 */
double
skup_doc_layout_width (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) width / PANGO_SCALE;
}

/**
 * skup_doc_layout_height:
 * @layout: a layout
 *
 * Returns: its logical height in points
 */
double
skup_doc_layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double) height / PANGO_SCALE;
}

/**
 * skup_doc_set_colour:
 * @cr: a cairo context
 * @colour: 0xRRGGBB
 */
void
skup_doc_set_colour (cairo_t *cr,
                     guint32  colour)
{
  cairo_set_source_rgb (cr, ((colour >> 16) & 0xff) / 255.0, ((colour >> 8) & 0xff) / 255.0,
                        (colour & 0xff) / 255.0);
}

/**
 * skup_doc_text_draw:
 * @cr: where to draw
 * @layout: a layout made by skup_doc_text_layout() or skup_doc_text_fit()
 * @colour: 0xRRGGBB
 * @x: the box's left edge
 * @y: the box's top edge
 */
void
skup_doc_text_draw (cairo_t     *cr,
                    PangoLayout *layout,
                    guint32      colour,
                    double       x,
                    double       y)
{
  cairo_save (cr);
  skup_doc_set_colour (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}
