/* skup-doc-table.c — tables that break across pages
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table is filled with rows of strings, then laid out once: every text is checked against
 * its font, measured in its cell, and each row gets its height (at least the minimum, so a
 * signature fits; at most the maximum, past which a text ends in "…"). Pagination never
 * splits a row, and every page starts with the header row again.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-doc-table.h"

/* Inner space of a cell, and the weight of the lines between cells. */
#define CELL_PAD_X 3.0
#define CELL_PAD_Y 2.5
#define RULE_WIDTH 0.6
#define TICK_BOX_SIZE SKUP_MM (4.0)
/* The narrowest a flexible column gets, and what a blank one (a signature) would like. */
#define MIN_COLUMN SKUP_MM (16.0)
#define BLANK_WANT SKUP_MM (28.0)

typedef struct
{
  char          *title;
  double         width;     /* fixed, or 0 */
  double         flex;      /* share of what the fixed columns leave */
  SkupCellKind   kind;
  SkupTextStyle  style;
  char          *family;    /* what style.family points to */
  char          *field;     /* what messages call the column, or NULL for its title */
  PangoFontDescription *font;  /* style's, made once for the glyph check */
  double         x;         /* after layout: offset and width */
  double         actual_width;
  PangoLayout   *header;
} Column;

typedef struct
{
  guint         n_cells;
  char         *record;
  char        **cells;      /* one per column, "" for none */
  PangoLayout **layouts;    /* after layout */
  double        height;
} Row;

struct _SkupDocTable
{
  SkupDocument  *document;
  SkupTextStyle  header_style;
  char          *header_family;
  double         width;
  double         min_row_height;
  double         max_row_height;
  double         header_height;
  GArray        *columns;   /* (element-type Column) */
  GPtrArray     *rows;      /* (element-type Row) */
};

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->title);
  g_free (column->family);
  g_free (column->field);
  g_clear_pointer (&column->font, pango_font_description_free);
  g_clear_object (&column->header);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  if (row->layouts != NULL)
    for (guint i = 0; i < row->n_cells; i++)
      g_clear_object (&row->layouts[i]);
  g_free (row->layouts);
  g_free (row->record);
  g_strfreev (row->cells);
  g_free (row);
}

/**
 * skup_doc_table_new:
 * @document: the document the table is printed in (its context and glyph check)
 * @header_style: how the header row's titles look
 * @width: the table's width in points
 *
 * Returns: (transfer full): an empty table; add columns, then rows, then lay it out
 */
SkupDocTable *
skup_doc_table_new (SkupDocument        *document,
                    const SkupTextStyle *header_style,
                    double               width)
{
  SkupDocTable *self = g_new0 (SkupDocTable, 1);

  self->document = g_object_ref (document);
  self->header_style = *header_style;
  self->header_family = g_strdup (header_style->family);
  self->header_style.family = self->header_family;
  self->width = width;
  self->min_row_height = SKUP_MM (9.0);
  self->max_row_height = SKUP_MM (60.0);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  return self;
}

/**
 * skup_doc_table_free:
 * @self: a table
 */
void
skup_doc_table_free (SkupDocTable *self)
{
  g_object_unref (self->document);
  g_free (self->header_family);
  g_array_unref (self->columns);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

/**
 * skup_doc_table_add_column:
 * @self: a table with no rows yet
 * @title: the header's text
 * @width: a fixed width in points, or 0 to take a share of what fixed columns leave
 * @flex: the share (weights, relative to the other flexible columns)
 * @kind: what the cells hold
 * @style: how the cells' text looks
 */
void
skup_doc_table_add_column (SkupDocTable        *self,
                           const char          *title,
                           double               width,
                           double               flex,
                           SkupCellKind         kind,
                           const SkupTextStyle *style)
{
  Column column = { g_strdup (title), width, flex, kind, *style, g_strdup (style->family) };

  g_return_if_fail (self->rows->len == 0);
  column.style.family = column.family;
  column.font = skup_text_style_get_font (&column.style);
  g_array_append_val (self->columns, column);
}

/**
 * skup_doc_table_set_field:
 * @self: a table
 * @field: what the glyph check's message calls the last column added
 *
 * A document's titles are in the document's language; messages are in the window's.
 */
void
skup_doc_table_set_field (SkupDocTable *self,
                          const char   *field)
{
  Column *column;

  g_return_if_fail (self->columns->len > 0);
  column = &g_array_index (self->columns, Column, self->columns->len - 1);
  g_free (column->field);
  column->field = g_strdup (field);
}

/**
 * skup_doc_table_set_row_heights:
 * @self: a table
 * @min_height: the least a row is high, in points (room to sign: 9 mm)
 * @max_height: the most; longer texts end in "…"
 */
void
skup_doc_table_set_row_heights (SkupDocTable *self,
                                double        min_height,
                                double        max_height)
{
  self->min_row_height = min_height;
  self->max_row_height = MAX (min_height, max_height);
}

/**
 * skup_doc_table_get_n_columns:
 * @self: a table
 *
 * Returns: how many columns it has
 */
guint
skup_doc_table_get_n_columns (SkupDocTable *self)
{
  return self->columns->len;
}

/**
 * skup_doc_table_add_row:
 * @self: a table
 * @record: (nullable): whose row it is, for the glyph check's message
 * @cells: (array zero-terminated=0): one text a column (%NULL where there is none); cells
 *   of blank and tick-box columns are ignored
 */
void
skup_doc_table_add_row (SkupDocTable       *self,
                        const char         *record,
                        const char * const *cells)
{
  Row *row = g_new0 (Row, 1);
  guint n = self->columns->len;

  row->n_cells = n;
  row->record = g_strdup (record);
  row->cells = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (self->rows, row);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The widest word of a column's title, which should not break. */
static double
title_word_width (SkupDocTable *self,
                  const Column *column)
{
  PangoContext *context = skup_document_get_pango_context (self->document);
  g_auto(GStrv) words = g_strsplit_set (column->title != NULL ? column->title : "", " \n", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) word = skup_doc_text_layout (context, &self->header_style,
                                                          words[i], -1);
      widest = MAX (widest, skup_doc_layout_width (word));
    }
  return widest;
}

/* What a flexible column would like: room for its title's words, and for its longest text
 * on one line, unless that is far longer than most (one 120-character name wraps rather
 * than squeeze every other column). Blank columns (signatures) would like room to sign. */
static double
wanted_width (SkupDocTable *self,
              guint         column_index,
              const Column *column)
{
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  double title = title_word_width (self, column) + 2 * CELL_PAD_X + 1;
  double p90, longest;

  if (column->kind != SKUP_CELL_KIND_TEXT)
    return MAX (MAX (BLANK_WANT, MIN_COLUMN), title);
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      if (row->layouts[column_index] != NULL)
        {
          double width = skup_doc_layout_width (row->layouts[column_index]);
          g_array_append_val (widths, width);
        }
    }
  if (widths->len == 0)
    return MAX (MIN_COLUMN, title);
  g_array_sort (widths, compare_doubles);
  p90 = g_array_index (widths, double, (guint) (widths->len * 9 / 10));
  longest = g_array_index (widths, double, widths->len - 1);
  return MAX (MAX (MIN_COLUMN, title), MIN (longest, 1.25 * p90) + 2 * CELL_PAD_X + 1);
}

/* The width flexible column @i gets at share @level: what it wants, up to @level times its
 * weight, and never below the minimum. */
static double
width_at (const Column *column,
          double        want,
          double        level)
{
  return MAX (MIN_COLUMN, MIN (want, level * MAX (column->flex, 0.01)));
}

/* The part of the room left over that @column gets: space to write goes to the blank
 * columns (signatures, amounts), by their weights; a table with none shares it among all. */
static double
share_of_rest (SkupDocTable *self,
               const Column *column)
{
  double blank = 0, all = 0;

  for (guint i = 0; i < self->columns->len; i++)
    {
      const Column *other = &g_array_index (self->columns, Column, i);

      if (other->width > 0)
        continue;
      all += MAX (other->flex, 0.01);
      blank += other->kind != SKUP_CELL_KIND_TEXT ? MAX (other->flex, 0.01) : 0;
    }
  if (blank > 0)
    return column->kind != SKUP_CELL_KIND_TEXT ? MAX (column->flex, 0.01) / blank : 0;
  return MAX (column->flex, 0.01) / all;
}

/* The table's own auto layout. Fixed columns take their width. When every flexible column
 * can have what it wants, it does, and the rest goes to the blank ones; when not, each
 * gets what it wants up to one share level times its weight, the level set so the columns
 * fill the table: a column that wants little keeps it, and the weights say who gives way. */
static void
place_columns (SkupDocTable *self)
{
  guint n = self->columns->len;
  g_autofree double *want = g_new0 (double, n);
  double fixed = 0, total_want = 0, room, low = 0, high = 0, x = 0;

  for (guint i = 0; i < n; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (column->width > 0)
        fixed += column->width;
      else
        {
          want[i] = wanted_width (self, i, column);
          total_want += want[i];
          high = MAX (high, want[i] / MAX (column->flex, 0.01));
        }
    }
  room = MAX (self->width - fixed, 0);
  /* Halving the interval forty times finds the level to well under a point. */
  for (guint step = 0; step < 40 && total_want > room; step++)
    {
      double level = (low + high) / 2, sum = 0;

      for (guint i = 0; i < n; i++)
        if (g_array_index (self->columns, Column, i).width <= 0)
          sum += width_at (&g_array_index (self->columns, Column, i), want[i], level);
      if (sum > room)
        high = level;
      else
        low = level;
    }
  for (guint i = 0; i < n; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (column->width > 0)
        column->actual_width = column->width;
      else if (total_want <= room)
        column->actual_width = want[i] + (room - total_want) * share_of_rest (self, column);
      else
        column->actual_width = width_at (column, want[i], low);
      column->x = x;
      x += column->actual_width;
    }
}

static double
text_width (const Column *column)
{
  return MAX (column->actual_width - 2 * CELL_PAD_X, 1.0);
}

static gboolean
layout_header (SkupDocTable *self,
               GError      **error)
{
  PangoContext *context = skup_document_get_pango_context (self->document);
  g_autoptr(PangoFontDescription) font = skup_text_style_get_font (&self->header_style);

  self->header_height = 0;
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (!skup_document_check_text (self->document, font, column->title, NULL, NULL, error))
        return FALSE;
      g_clear_object (&column->header);
      column->header = skup_doc_text_fit (context, &self->header_style, column->title,
                                          text_width (column), 0, NULL);
      self->header_height = MAX (self->header_height,
                                 skup_doc_layout_height (column->header) + 2 * CELL_PAD_Y);
    }
  return TRUE;
}

/* Checks every text of @row against its font and sets it on one line, to measure. */
static gboolean
measure_row (SkupDocTable *self,
             Row          *row,
             GError      **error)
{
  PangoContext *context = skup_document_get_pango_context (self->document);

  row->layouts = g_new0 (PangoLayout *, self->columns->len + 1);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (column->kind != SKUP_CELL_KIND_TEXT || row->cells[i][0] == '\0')
        continue;
      if (!skup_document_check_text (self->document, column->font, row->cells[i], row->record,
                                     column->field != NULL ? column->field : column->title,
                                     error))
        return FALSE;
      row->layouts[i] = skup_doc_text_layout (context, &column->style, row->cells[i], -1);
    }
  return TRUE;
}

/* Wraps @row's texts in their columns and gives the row its height. The one-line layouts
 * are kept and given their width: most cells are short, and this costs no second layout. */
static void
fit_row (SkupDocTable *self,
         Row          *row)
{
  PangoContext *context = skup_document_get_pango_context (self->document);
  double max_text = self->max_row_height - 2 * CELL_PAD_Y;

  row->height = self->min_row_height;
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);
      PangoLayout *layout = row->layouts[i];

      if (layout == NULL)
        continue;
      /* A left-aligned line that fits is the same laid out at any width: giving it one would
       * only make pango shape it again, which is most of a sheet's time. */
      if (column->style.min_size <= 0 && column->style.align == PANGO_ALIGN_LEFT
          && skup_doc_layout_width (layout) <= text_width (column))
        {
          row->height = MAX (row->height, skup_doc_layout_height (layout) + 2 * CELL_PAD_Y);
          continue;
        }
      pango_layout_set_width (layout, (int) (text_width (column) * PANGO_SCALE));
      if (column->style.min_size > 0 || skup_doc_layout_height (layout) > max_text)
        {
          g_object_unref (layout);
          layout = row->layouts[i] = skup_doc_text_fit (context, &column->style, row->cells[i],
                                                        text_width (column), max_text, NULL);
        }
      row->height = MAX (row->height, skup_doc_layout_height (layout) + 2 * CELL_PAD_Y);
    }
  row->height = MIN (row->height, self->max_row_height);
}

/**
 * skup_doc_table_layout:
 * @self: a table with its columns and rows
 * @error: where to put the first text its font cannot draw
 *
 * Checks and measures every cell and gives each row its height.
 *
 * Returns: whether every text can be printed
 */
gboolean
skup_doc_table_layout (SkupDocTable *self,
                       GError      **error)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (!measure_row (self, g_ptr_array_index (self->rows, i), error))
      return FALSE;
  place_columns (self);
  if (!layout_header (self, error))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    fit_row (self, g_ptr_array_index (self->rows, i));
  return TRUE;
}

/**
 * skup_doc_table_get_header_height:
 * @self: a laid out table
 *
 * Returns: the header row's height in points
 */
double
skup_doc_table_get_header_height (SkupDocTable *self)
{
  return self->header_height;
}

/**
 * skup_doc_table_get_n_rows:
 * @self: a table
 *
 * Returns: how many rows it has, the header not counted
 */
guint
skup_doc_table_get_n_rows (SkupDocTable *self)
{
  return self->rows->len;
}

/**
 * skup_doc_table_get_row_height:
 * @self: a laid out table
 * @row: a row, from 0
 *
 * Returns: its height in points
 */
double
skup_doc_table_get_row_height (SkupDocTable *self,
                               guint         row)
{
  return ((Row *) g_ptr_array_index (self->rows, row))->height;
}

/**
 * skup_doc_table_paginate:
 * @self: a laid out table
 * @page_height: the height the table may take on each page, header row included
 * @last_page_reserve: room the last page must keep below the table (a signature line)
 *
 * Splits the rows into pages, never inside a row. When the last page has no room for
 * @last_page_reserve, its last row moves to a page of its own with it, so nothing that
 * closes the document stands alone on a page.
 *
 * Returns: (transfer full) (element-type guint): the first row of each page; at least one
 *   page, even for a table with no rows
 */
GArray *
skup_doc_table_paginate (SkupDocTable *self,
                         double        page_height,
                         double        last_page_reserve)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  double room = page_height - self->header_height;
  double used = 0;
  guint first = 0;

  g_array_append_val (starts, first);
  for (guint i = 0; i < self->rows->len; i++)
    {
      double height = skup_doc_table_get_row_height (self, i);

      /* A row that would not fit on an empty page still gets one of its own. */
      if (used + height > room && i > first)
        {
          first = i;
          g_array_append_val (starts, first);
          used = 0;
        }
      used += height;
    }
  if (used + last_page_reserve > room && self->rows->len > first + 1)
    {
      guint last = self->rows->len - 1;
      g_array_append_val (starts, last);
    }
  else if (used + last_page_reserve > room && self->rows->len > 0)
    {
      guint end = self->rows->len;
      g_array_append_val (starts, end);
    }
  return starts;
}

static void
draw_tick_box (cairo_t *cr,
               double   x,
               double   y,
               double   width,
               double   height)
{
  double size = MIN (TICK_BOX_SIZE, MIN (width, height) - 2 * CELL_PAD_Y);

  cairo_rectangle (cr, x + (width - size) / 2, y + (height - size) / 2, size, size);
  cairo_stroke (cr);
}

static void
draw_cell_texts (SkupDocTable *self,
                 cairo_t      *cr,
                 PangoLayout **layouts,
                 double        x,
                 double        y,
                 double        height,
                 gboolean      header)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);
      PangoLayout *layout = header ? column->header : layouts[i];
      double text_y;

      if (!header && column->kind == SKUP_CELL_KIND_TICK_BOX)
        draw_tick_box (cr, x + column->x, y, column->actual_width, height);
      if (layout == NULL)
        continue;
      /* Texts sit in the middle of tall rows, where a reader's eye follows the line. */
      text_y = y + (height - skup_doc_layout_height (layout)) / 2;
      skup_doc_text_draw (cr, layout, header ? self->header_style.colour : column->style.colour,
                          x + column->x + CELL_PAD_X, text_y);
    }
}

static void
draw_rules (SkupDocTable *self,
            cairo_t      *cr,
            double        x,
            double        top,
            double        bottom,
            const double *row_edges,
            guint         n_edges)
{
  for (guint i = 0; i < n_edges; i++)
    {
      cairo_move_to (cr, x, row_edges[i]);
      cairo_line_to (cr, x + self->width, row_edges[i]);
    }
  for (guint i = 0; i <= self->columns->len; i++)
    {
      double at = i < self->columns->len ? g_array_index (self->columns, Column, i).x : self->width;
      cairo_move_to (cr, x + at, top);
      cairo_line_to (cr, x + at, bottom);
    }
  cairo_stroke (cr);
}

/**
 * skup_doc_table_draw:
 * @self: a laid out table
 * @cr: where to draw
 * @x: the table's left edge
 * @y: its top edge
 * @first_row: the first row to draw, from 0
 * @n_rows: how many rows
 *
 * Draws the header row, then the rows, with a rule around every cell.
 *
 * Returns: the y of the table's bottom edge
 */
double
skup_doc_table_draw (SkupDocTable *self,
                     cairo_t      *cr,
                     double        x,
                     double        y,
                     guint         first_row,
                     guint         n_rows)
{
  g_autofree double *edges = g_new (double, n_rows + 2);
  double at = y + self->header_height;

  n_rows = MIN (n_rows, self->rows->len - MIN (first_row, self->rows->len));
  cairo_save (cr);
  /* The header row on a light grey ground, as photocopies keep it readable. */
  cairo_rectangle (cr, x, y, self->width, self->header_height);
  cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
  cairo_fill (cr);
  draw_cell_texts (self, cr, NULL, x, y, self->header_height, TRUE);
  edges[0] = y;
  edges[1] = at;
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, RULE_WIDTH);
  for (guint i = 0; i < n_rows; i++)
    {
      Row *row = g_ptr_array_index (self->rows, first_row + i);

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_cell_texts (self, cr, row->layouts, x, at, row->height, FALSE);
      at += row->height;
      edges[i + 2] = at;
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_rules (self, cr, x, y, at, edges, n_rows + 2);
  cairo_restore (cr);
  return at;
}
