/* skup-report-chart.c — horizontal bar charts drawn with cairo, labelled with Pango
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "skup-report-chart.h"

#define TITLE_HEIGHT 28.0
#define VALUE_WIDTH  44.0
#define GAP          6.0

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* Draws @text with its left edge at @x (or its right edge, @right) centred on @y. */
static void
draw_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      max_width,
           gboolean    right)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, right ? x - w : x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static gint64
largest_count (const SkupReportBreakdown *breakdown)
{
  gint64 max = 0;

  for (guint i = 0; i < breakdown->cells->len; i++)
    max = MAX (max, ((SkupReportCell *) g_ptr_array_index (breakdown->cells, i))->count);
  return max;
}

static void
draw_row (cairo_t              *cr,
          const SkupReport     *report,
          const SkupReportCell *cell,
          gint64                max,
          double                width,
          double                y,
          double                row_height)
{
  double label_width = width * 0.35;
  double bar_space = width - label_width - VALUE_WIDTH - 2 * GAP;
  double bar = 0;
  g_autofree char *value = skup_report_format_count (report, cell->count);

  set_rgb (cr, 0x202020);
  draw_text (cr, cell->label, "Sans 10", label_width, y + row_height / 2, label_width, TRUE);
  if (!skup_report_is_suppressed (report, cell->count) && max > 0)
    {
      bar = bar_space * (double) cell->count / (double) max;
      set_rgb (cr, SKUP_REPORT_CHART_BAR);
      cairo_rectangle (cr, label_width + GAP, y + row_height * 0.15, bar, row_height * 0.7);
      cairo_fill (cr);
    }
  set_rgb (cr, 0x202020);
  draw_text (cr, value, "Sans 10", label_width + 2 * GAP + bar, y + row_height / 2,
             VALUE_WIDTH, FALSE);
}

void
skup_report_chart_draw (cairo_t                   *cr,
                        const SkupReport          *report,
                        const SkupReportBreakdown *breakdown,
                        double                     width,
                        double                     height)
{
  guint n;
  double row_height;
  gint64 max;

  g_return_if_fail (cr != NULL && report != NULL && breakdown != NULL);

  n = breakdown->cells->len;
  max = largest_count (breakdown);
  cairo_save (cr);
  set_rgb (cr, 0x202020);
  draw_text (cr, breakdown->title, "Sans Bold 12", 0, TITLE_HEIGHT / 2, width, FALSE);
  row_height = n > 0 ? MIN (28.0, (height - TITLE_HEIGHT) / n) : 0;
  for (guint i = 0; i < n; i++)
    draw_row (cr, report, g_ptr_array_index (breakdown->cells, i), max, width,
              TITLE_HEIGHT + i * row_height, row_height);
  cairo_restore (cr);
}
