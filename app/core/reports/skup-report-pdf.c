/* skup-report-pdf.c — the donor report as a printed document
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The donor's officer reads the report on paper or in a PDF viewer and copies figures into
 * their own forms, so every figure stands in a table beside its label, and each breakdown has
 * its chart above its table. Suppressed counts print as "<5", in the charts too.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-doc-table.h"
#include "skup-report-chart.h"
#include "skup-report-pdf-private.h"

#define FONT "Noto Sans"
#define BLACK 0x000000
#define GREY 0x555555
#define FOOTER_HEIGHT SKUP_MM (10)
#define GAP SKUP_MM (4)
#define CHART_ROW 18.0
#define CHART_TITLE 28.0
/* A chart of fifty organisations says nothing; the table below it has them all. */
#define CHART_MAX_ROWS 12

typedef enum {
  BLOCK_TEXT,
  BLOCK_TABLE,
  BLOCK_CHART,
} BlockKind;

typedef struct {
  BlockKind            kind;
  double               space_before;
  gboolean             keep_with_next;
  double               height;
  guint32              colour;
  PangoLayout         *layout;
  SkupDocTable        *table;
  const SkupReport    *report;
  SkupReportBreakdown  chart;     /* borrows its texts and cells from the report */
} Block;

/* Where a block, or a run of a table's rows, lands. */
typedef struct {
  guint  block;
  guint  page;
  double y;
  guint  first_row;
  guint  n_rows;
} Placement;

struct _SkupReportPdf
{
  SkupDocument  parent_instance;

  GArray       *blocks;       /* (element-type Block) */
  GArray       *placements;   /* (element-type Placement) */
  char         *footer;
  GError       *error;        /* the first text the font cannot draw */
};

G_DEFINE_FINAL_TYPE (SkupReportPdf, skup_report_pdf, SKUP_TYPE_DOCUMENT)

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->table, skup_doc_table_free);
  g_clear_pointer (&block->chart.cells, g_ptr_array_unref);
}

static void
skup_report_pdf_finalize (GObject *object)
{
  SkupReportPdf *self = SKUP_REPORT_PDF (object);

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->footer, g_free);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (skup_report_pdf_parent_class)->finalize (object);
}

static double
body_width (SkupReportPdf *self)
{
  return skup_page_setup_get_body_width (skup_document_get_page_setup (SKUP_DOCUMENT (self)));
}

static SkupTextStyle
style (double   size,
       gboolean bold)
{
  SkupTextStyle text = { FONT, size, 0, bold, FALSE, PANGO_ALIGN_LEFT, BLACK };

  return text;
}

static Block *
append_block (SkupReportPdf *self,
              BlockKind      kind,
              double         space_before)
{
  Block block = { kind, space_before };

  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

/* Building ****************************************************************/

void
_skup_report_pdf_add_text (SkupReportPdf *self,
                           const char    *text,
                           double         size,
                           gboolean       bold,
                           guint32        colour,
                           double         space_before)
{
  SkupTextStyle text_style = style (size, bold);
  g_autoptr(PangoFontDescription) font = skup_text_style_get_font (&text_style);
  Block *block;

  if (text == NULL || *text == '\0')
    return;
  if (self->error == NULL)
    skup_document_check_text (SKUP_DOCUMENT (self), font, text, NULL, NULL, &self->error);
  block = append_block (self, BLOCK_TEXT, space_before);
  block->colour = colour;
  block->layout = skup_doc_text_layout (skup_document_get_pango_context (SKUP_DOCUMENT (self)),
                                        &text_style, text, body_width (self));
  block->height = skup_doc_layout_height (block->layout);
}

void
_skup_report_pdf_add_heading (SkupReportPdf *self,
                              const char    *text)
{
  _skup_report_pdf_add_text (self, text, 12, TRUE, BLACK, GAP * 1.5);
  g_array_index (self->blocks, Block, self->blocks->len - 1).keep_with_next = TRUE;
}

void
_skup_report_pdf_add_table (SkupReportPdf     *self,
                            const char *const *titles,
                            const double      *flex,
                            guint              n_columns,
                            GPtrArray         *rows)
{
  SkupTextStyle header = style (9, TRUE);
  SkupTextStyle cell = style (9, FALSE);
  SkupDocTable *table = skup_doc_table_new (SKUP_DOCUMENT (self), &header, body_width (self));
  Block *block;

  for (guint c = 0; c < n_columns; c++)
    {
      /* Figures line up on the right, as in a spreadsheet. */
      cell.align = c > 0 && flex[c] < 1.5 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
      skup_doc_table_add_column (table, titles[c], 0, flex[c], SKUP_CELL_KIND_TEXT, &cell);
    }
  skup_doc_table_set_row_heights (table, SKUP_MM (6), SKUP_MM (30));
  for (guint r = 0; r < rows->len; r++)
    skup_doc_table_add_row (table, NULL, g_ptr_array_index (rows, r));
  if (self->error == NULL)
    skup_doc_table_layout (table, &self->error);
  block = append_block (self, BLOCK_TABLE, GAP / 2);
  block->table = table;
}

void
_skup_report_pdf_add_chart (SkupReportPdf             *self,
                            const SkupReport          *report,
                            const SkupReportBreakdown *breakdown)
{
  Block *block = append_block (self, BLOCK_CHART, GAP * 1.5);
  guint n = MIN (breakdown->cells->len, CHART_MAX_ROWS);

  block->report = report;
  block->chart.id = breakdown->id;
  block->chart.title = breakdown->title;
  block->chart.cells = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (block->chart.cells, g_ptr_array_index (breakdown->cells, i));
  block->height = CHART_TITLE + MAX (n, 1) * CHART_ROW;
  block->keep_with_next = TRUE;
}

/* Pagination **************************************************************/

typedef struct {
  SkupReportPdf *self;
  double         top;
  double         bottom;
  guint          page;
  double         y;
} Pouring;

static void
place (Pouring *pour,
       guint    block,
       guint    first_row,
       guint    n_rows,
       double   height)
{
  Placement placement = { block, pour->page, pour->y, first_row, n_rows };

  g_array_append_val (pour->self->placements, placement);
  pour->y += height;
}

static void
new_page (Pouring *pour)
{
  pour->page++;
  pour->y = pour->top;
}

/* The least room a block needs on a page: a table's header and first row. */
static double
min_height (const Block *block)
{
  if (block->kind != BLOCK_TABLE)
    return block->height;
  return skup_doc_table_get_header_height (block->table)
         + (skup_doc_table_get_n_rows (block->table) > 0
            ? skup_doc_table_get_row_height (block->table, 0) : 0);
}

static void
pour_table (Pouring *pour,
            guint    index,
            Block   *block)
{
  double header = skup_doc_table_get_header_height (block->table);
  guint n = skup_doc_table_get_n_rows (block->table);
  guint first = 0;
  double height = header;

  for (guint r = 0; r < n; r++)
    {
      double row = skup_doc_table_get_row_height (block->table, r);

      if (pour->y + height + row > pour->bottom && r > first)
        {
          place (pour, index, first, r - first, height);
          new_page (pour);
          first = r;
          height = header;
        }
      height += row;
    }
  place (pour, index, first, n - first, height);
}

static gboolean
skup_report_pdf_paginate (SkupDocument *document,
                          GError      **error)
{
  SkupReportPdf *self = SKUP_REPORT_PDF (document);
  const SkupPageSetup *setup = skup_document_get_page_setup (document);
  Pouring pour = { self, setup->margin_top,
                   skup_page_setup_get_height (setup) - setup->margin_bottom - FOOTER_HEIGHT,
                   0, setup->margin_top };

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double needed = min_height (block);

      if (pour.y > pour.top)
        pour.y += block->space_before;
      /* A heading or a chart is not left at the foot of a page without what it introduces. */
      if (block->keep_with_next && i + 1 < self->blocks->len)
        needed += min_height (&g_array_index (self->blocks, Block, i + 1)) + GAP;
      if (pour.y + needed > pour.bottom && pour.y > pour.top)
        new_page (&pour);
      if (block->kind == BLOCK_TABLE)
        pour_table (&pour, i, block);
      else
        place (&pour, i, 0, 0, block->height);
    }
  skup_document_set_n_pages (document, pour.page + 1);
  return TRUE;
}

/* Drawing *****************************************************************/

static void
draw_footer (SkupReportPdf *self,
             cairo_t       *cr,
             guint          page)
{
  const SkupPageSetup *setup = skup_document_get_page_setup (SKUP_DOCUMENT (self));
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (self));
  SkupTextStyle small = style (8, FALSE);
  double width = body_width (self);
  double y = skup_page_setup_get_height (setup) - setup->margin_bottom - SKUP_MM (4);
  g_autofree char *label = g_strdup_printf (_("Page %u of %u"), page + 1,
                                            skup_document_get_n_pages (SKUP_DOCUMENT (self)));
  g_autoptr(PangoLayout) left = skup_doc_text_layout (context, &small, self->footer,
                                                      width * 0.75);
  g_autoptr(PangoLayout) right = NULL;

  small.align = PANGO_ALIGN_RIGHT;
  right = skup_doc_text_layout (context, &small, label, width * 0.25);
  skup_doc_text_draw (cr, left, GREY, setup->margin_left, y);
  skup_doc_text_draw (cr, right, BLACK, setup->margin_left + width * 0.75, y);
}

static void
draw_block (SkupReportPdf   *self,
            cairo_t         *cr,
            const Placement *placement,
            double           x)
{
  Block *block = &g_array_index (self->blocks, Block, placement->block);

  switch (block->kind)
    {
    case BLOCK_TEXT:
      skup_doc_text_draw (cr, block->layout, block->colour, x, placement->y);
      break;
    case BLOCK_TABLE:
      skup_doc_table_draw (block->table, cr, x, placement->y, placement->first_row,
                           placement->n_rows);
      break;
    case BLOCK_CHART:
      cairo_save (cr);
      cairo_translate (cr, x, placement->y);
      skup_report_chart_draw (cr, block->report, &block->chart, body_width (self),
                              block->height);
      cairo_restore (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
skup_report_pdf_draw_page (SkupDocument *document,
                           cairo_t      *cr,
                           guint         page)
{
  SkupReportPdf *self = SKUP_REPORT_PDF (document);
  double x = skup_document_get_page_setup (document)->margin_left;

  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *placement = &g_array_index (self->placements, Placement, i);

      if (placement->page == page)
        draw_block (self, cr, placement, x);
    }
  draw_footer (self, cr, page);
}

static void
skup_report_pdf_class_init (SkupReportPdfClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkupDocumentClass *document_class = SKUP_DOCUMENT_CLASS (klass);

  object_class->finalize = skup_report_pdf_finalize;
  document_class->paginate = skup_report_pdf_paginate;
  document_class->draw_page = skup_report_pdf_draw_page;
}

static void
skup_report_pdf_init (SkupReportPdf *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
}

/**
 * _skup_report_pdf_new_empty:
 * @title: the PDF's title
 * @author: (nullable): the office
 * @footer: the line at the foot of every page, beside "Page x of y"
 *
 * Returns: (transfer full): an A4 report with no blocks yet
 */
SkupReportPdf *
_skup_report_pdf_new_empty (const char *title,
                            const char *author,
                            const char *footer)
{
  const char *language = pango_language_to_string (pango_language_get_default ());
  SkupReportPdf *self = g_object_new (SKUP_TYPE_REPORT_PDF, "title", title, "author", author,
                                      "language", language, NULL);
  SkupPageSetup setup;

  skup_page_setup_init (&setup, SKUP_PAPER_A4, FALSE);
  skup_document_set_page_setup (SKUP_DOCUMENT (self), &setup);
  self->footer = g_strdup (footer);
  return self;
}

gboolean
_skup_report_pdf_finish (SkupReportPdf *self,
                         GError       **error)
{
  return skup_document_prepare (SKUP_DOCUMENT (self), error);
}

/* The donor report **********************************************************/

static void
add_title_block (SkupReportPdf           *self,
                 const SkupReport        *report,
                 const SkupReportHeading *heading)
{
  g_autofree char *label = g_utf8_strup (heading->title, -1);

  _skup_report_pdf_add_text (self, label, 8.5, TRUE, GREY, 0);
  _skup_report_pdf_add_text (self, heading->scope, 16, TRUE, BLACK, SKUP_MM (1));
  _skup_report_pdf_add_text (self, heading->period, 10, FALSE, BLACK, SKUP_MM (1.5));
  if (heading->office != NULL)
    _skup_report_pdf_add_text (self, heading->office, 10, FALSE, BLACK, SKUP_MM (0.5));
  if (report->suppress_small)
    _skup_report_pdf_add_text (self, _("Counts of 1 to 4 people are shown as “<5” so that "
                                       "nobody can be recognised."), 8.5, FALSE, GREY, GAP);
}

/* The headline figures of one section, under @heading. */
static void
add_figures (SkupReportPdf    *self,
             const SkupReport *report,
             GArray           *figures,
             const char       *section,
             const char       *heading)
{
  const char *titles[] = { _("Figure"), _("Value") };
  const double flex[] = { 3, 1 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < figures->len; i++)
    {
      const SkupReportFigure *figure = &g_array_index (figures, SkupReportFigure, i);
      char **row;

      if (g_strcmp0 (figure->section, section) != 0)
        continue;
      row = g_new0 (char *, 3);
      row[0] = g_strdup (figure->label);
      row[1] = figure->missing ? g_strdup ("—") : skup_report_format_figure (report, figure);
      g_ptr_array_add (rows, row);
    }
  _skup_report_pdf_add_heading (self, heading);
  _skup_report_pdf_add_table (self, titles, flex, G_N_ELEMENTS (titles), rows);
}

static void
add_breakdown (SkupReportPdf             *self,
               const SkupReport          *report,
               const SkupReportBreakdown *breakdown)
{
  const char *titles[] = { breakdown->title, _("People"), _("Share") };
  const double flex[] = { 3, 1, 1 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < breakdown->cells->len; i++)
    {
      const SkupReportCell *cell = g_ptr_array_index (breakdown->cells, i);
      char **row = g_new0 (char *, 4);

      row[0] = g_strdup (cell->label);
      row[1] = skup_report_format_count (report, cell->count);
      row[2] = skup_report_format_share (report, cell->count, report->unique_people);
      g_ptr_array_add (rows, row);
    }
  _skup_report_pdf_add_chart (self, report, breakdown);
  _skup_report_pdf_add_table (self, titles, flex, G_N_ELEMENTS (titles), rows);
}

static void
add_events (SkupReportPdf    *self,
            const SkupReport *report)
{
  const char *titles[] = { _("Title"), _("Kind"), _("Dates"), _("City") };
  const double flex[] = { 4, 1.5, 2.2, 1.6 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < report->events->len; i++)
    {
      const SkupReportEvent *event = g_ptr_array_index (report->events, i);
      char **row = g_new0 (char *, 5);

      /* Never NULL inside the row: g_strfreev() would stop there and leak the rest. */
      row[0] = g_strdup (event->title != NULL ? event->title : "");
      row[1] = g_strdup (event->kind != NULL ? event->kind : "");
      row[2] = g_strcmp0 (event->start_date, event->end_date) == 0
               ? g_strdup (event->start_date)
               : g_strdup_printf ("%s – %s", event->start_date, event->end_date);
      row[3] = g_strdup (event->city);
      g_ptr_array_add (rows, row);
    }
  _skup_report_pdf_add_heading (self, _("Events held"));
  _skup_report_pdf_add_table (self, titles, flex, G_N_ELEMENTS (titles), rows);
}

/**
 * skup_report_pdf_new:
 * @report: the figures; it must outlive the document
 * @heading: the title block
 * @error: where to put a text the font cannot draw
 *
 * Returns: (transfer full) (nullable): the report, measured and paginated
 */
SkupReportPdf *
skup_report_pdf_new (const SkupReport        *report,
                     const SkupReportHeading *heading,
                     GError                 **error)
{
  g_autofree char *footer = g_strdup_printf ("%s · %s", heading->title, heading->scope);
  g_autoptr(SkupReportPdf) self = _skup_report_pdf_new_empty (heading->title, heading->office,
                                                              footer);
  g_autoptr(GArray) figures = skup_report_dup_figures (report);

  add_title_block (self, report, heading);
  add_figures (self, report, figures, _("Summary"), _("Headline figures"));
  for (guint i = 0; i < report->breakdowns->len; i++)
    add_breakdown (self, report, g_ptr_array_index (report->breakdowns, i));
  add_figures (self, report, figures, _("Knowledge gain"), _("Knowledge gain"));
  add_figures (self, report, figures, _("Satisfaction"), _("Satisfaction"));
  add_events (self, report);
  if (!_skup_report_pdf_finish (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
skup_report_write_pdf (const SkupReport        *report,
                       const SkupReportHeading *heading,
                       const char              *path,
                       GError                 **error)
{
  g_autoptr(SkupReportPdf) pdf = skup_report_pdf_new (report, heading, error);

  return pdf != NULL && skup_document_write_pdf (SKUP_DOCUMENT (pdf), path, error);
}
