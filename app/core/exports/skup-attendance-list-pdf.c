/* skup-attendance-list-pdf.c — the attendance list on paper
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a donor files: every page says which event, when, where and who organised it; the
 * table's header is repeated on every page, so a loose page still reads; the last row counts
 * who was present at each session; "Page x of y" shows that no page is missing.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "skup-attendance-list-pdf.h"
#include "skup-doc-table.h"
#include "skup-text.h"

#define GREY 0x555555
#define BLACK 0x000000
#define FONT "Noto Sans"
#define GAP SKUP_MM (3.0)
#define FOOTER_HEIGHT SKUP_MM (8.0)
#define NUMBER_WIDTH SKUP_MM (9.0)
#define RATE_WIDTH SKUP_MM (22.0)
#define SESSION_WIDTH SKUP_MM (17.0)
#define MIN_SESSION_WIDTH SKUP_MM (9.0)
#define DETAIL_WIDTH SKUP_MM (22.0)   /* the least a detail column needs, to share out the rest */

struct _SkupAttendanceListDocument
{
  SkupDocument        parent_instance;

  SkupAttendanceList *list;
  SkupDocTable       *table;
  GArray             *page_starts;   /* (element-type guint) the first row of each page */
  PangoLayout        *label;         /* "ATTENDANCE LIST" */
  PangoLayout        *title;
  PangoLayout        *details;
  double              header_height;
};

G_DEFINE_FINAL_TYPE (SkupAttendanceListDocument, skup_attendance_list_document,
                     SKUP_TYPE_DOCUMENT)

static SkupTextStyle
style (double   size,
       gboolean bold)
{
  SkupTextStyle text = { FONT, size, 0, bold, FALSE, PANGO_ALIGN_LEFT, BLACK };

  return text;
}

static void
skup_attendance_list_document_finalize (GObject *object)
{
  SkupAttendanceListDocument *self = SKUP_ATTENDANCE_LIST_DOCUMENT (object);

  g_clear_pointer (&self->list, skup_attendance_list_unref);
  g_clear_pointer (&self->table, skup_doc_table_free);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_object (&self->label);
  g_clear_object (&self->title);
  g_clear_object (&self->details);
  G_OBJECT_CLASS (skup_attendance_list_document_parent_class)->finalize (object);
}

/* The title block *********************************************************/

static const SkupListEvent *
event_at (SkupAttendanceList *list,
          guint               i)
{
  return g_ptr_array_index (list->events, i);
}

/* One event's title; a set of events' titles, one after another. */
static char *
title_text (SkupAttendanceList *list)
{
  g_autoptr(GString) title = g_string_new (NULL);

  if (list->events->len == 0)
    return g_strdup (_("No events"));
  for (guint i = 0; i < list->events->len; i++)
    g_string_append_printf (title, "%s%s", i > 0 ? "; " : "", event_at (list, i)->title);
  return g_string_free (g_steal_pointer (&title), FALSE);
}

/* The session's line when the list is of one session: "Session: 20.05. · Opening". */
static char *
session_line (SkupAttendanceList *list)
{
  const SkupListSession *session;
  const char *parts[2];
  g_autofree char *joined = NULL;

  if (list->options.session_id == 0 || list->sessions->len != 1)
    return NULL;
  session = g_ptr_array_index (list->sessions, 0);
  parts[0] = session->header;
  parts[1] = session->title;
  joined = skup_text_join_parts (parts, G_N_ELEMENTS (parts));
  /* Translators: on an attendance list of one session: "Session: 20.05. · Opening" */
  return g_strdup_printf (_("Session: %s"), joined);
}

static char *
details_text (SkupAttendanceList *list)
{
  g_autofree char *dates = NULL;
  g_autofree char *organisers = NULL;
  g_autofree char *session = session_line (list);
  const char *lines[4] = { NULL, NULL, NULL, NULL };

  if (list->events->len > 0)
    {
      const SkupListEvent *first = event_at (list, 0);
      const SkupListEvent *last = event_at (list, list->events->len - 1);

      dates = skup_text_format_date_range (first->start_date, last->end_date);
      lines[0] = dates;
      if (list->events->len == 1)
        lines[1] = first->place;
      if (first->organisers != NULL && *first->organisers != '\0' && list->events->len == 1)
        /* Translators: on an attendance list, who organised the event */
        lines[2] = organisers = g_strdup_printf (_("Organisers: %s"), first->organisers);
    }
  lines[3] = session;
  return skup_text_join_parts_with ("\n", lines, G_N_ELEMENTS (lines));
}

static gboolean
check (SkupAttendanceListDocument *self,
       const SkupTextStyle        *text_style,
       const char                 *text,
       const char                 *field,
       GError                    **error)
{
  g_autoptr(PangoFontDescription) font = skup_text_style_get_font (text_style);

  return skup_document_check_text (SKUP_DOCUMENT (self), font, text,
                                   skup_document_get_title (SKUP_DOCUMENT (self)), field, error);
}

static gboolean
lay_out_header (SkupAttendanceListDocument *self,
                double                      width,
                GError                    **error)
{
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (self));
  SkupTextStyle label = style (8.5, TRUE);
  SkupTextStyle title = style (15, TRUE);
  SkupTextStyle details = style (9.5, FALSE);
  g_autofree char *label_text = g_utf8_strup (_("Attendance list"), -1);
  g_autofree char *title_str = title_text (self->list);
  g_autofree char *details_str = details_text (self->list);

  title.min_size = 10;
  if (!check (self, &label, label_text, NULL, error)
      || !check (self, &title, title_str, _("Title"), error)
      || !check (self, &details, details_str, _("Event"), error))
    return FALSE;
  self->label = skup_doc_text_layout (context, &label, label_text, width);
  /* A long title (a project's events) shrinks, then ends in "…" after three lines. */
  self->title = skup_doc_text_fit (context, &title, title_str, width, 3 * 15 * 1.3, NULL);
  self->details = skup_doc_text_layout (context, &details, details_str, width);
  self->header_height = skup_doc_layout_height (self->label) + SKUP_MM (1)
                        + skup_doc_layout_height (self->title) + SKUP_MM (1.5)
                        + skup_doc_layout_height (self->details) + GAP;
  return TRUE;
}

/* The table ***************************************************************/

static gboolean
has (SkupAttendanceListDocument *self,
     SkupListColumns             column)
{
  return (self->list->options.columns & column) != 0;
}

static guint
n_details (SkupAttendanceListDocument *self)
{
  guint n = 0;

  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    if (has (self, 1 << bit) && (1 << bit) != SKUP_LIST_SESSIONS && (1 << bit) != SKUP_LIST_RATE)
      n++;
  return n;
}

/* Sessions share what the details leave, up to a width that holds "Left early". */
static double
session_width (SkupAttendanceListDocument *self,
               double                      width)
{
  guint n = has (self, SKUP_LIST_SESSIONS) ? self->list->sessions->len : 0;
  double left = width - NUMBER_WIDTH - (has (self, SKUP_LIST_RATE) ? RATE_WIDTH : 0)
                - n_details (self) * DETAIL_WIDTH;

  if (n == 0)
    return 0;
  return CLAMP (left / n, MIN_SESSION_WIDTH, SESSION_WIDTH);
}

static double
detail_flex (SkupListColumns column)
{
  switch (column)
    {
    case SKUP_LIST_NAME: return 3.0;
    case SKUP_LIST_ORGANISATION: return 2.6;
    case SKUP_LIST_EMAIL: return 2.2;
    default: return 1.5;
    }
}

static void
add_columns (SkupAttendanceListDocument *self,
             double                      width)
{
  SkupTextStyle text = style (8.5, FALSE);
  SkupTextStyle name = style (9.5, FALSE);
  SkupTextStyle mark = style (7, FALSE);
  double sessions = session_width (self, width);

  mark.align = PANGO_ALIGN_CENTER;
  skup_doc_table_add_column (self->table, C_("attendance list", "No."), NUMBER_WIDTH, 0,
                             SKUP_CELL_KIND_TEXT, &text);
  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    {
      SkupListColumns column = 1 << bit;

      if (!has (self, column) || column == SKUP_LIST_SESSIONS || column == SKUP_LIST_RATE)
        continue;
      skup_doc_table_add_column (self->table, skup_list_column_title (column), 0,
                                 detail_flex (column), SKUP_CELL_KIND_TEXT,
                                 column == SKUP_LIST_NAME ? &name : &text);
      skup_doc_table_set_field (self->table, skup_list_column_title (column));
    }
  for (guint s = 0; has (self, SKUP_LIST_SESSIONS) && s < self->list->sessions->len; s++)
    {
      const SkupListSession *session = g_ptr_array_index (self->list->sessions, s);

      skup_doc_table_add_column (self->table, session->header, sessions, 0, SKUP_CELL_KIND_TEXT,
                                 &mark);
    }
  if (has (self, SKUP_LIST_RATE))
    skup_doc_table_add_column (self->table, skup_list_column_title (SKUP_LIST_RATE), RATE_WIDTH,
                               0, SKUP_CELL_KIND_TEXT, &mark);
}

/* The cells of one person's row, into @cells (owned by @texts). */
static void
fill_person (SkupAttendanceListDocument *self,
             const SkupListPerson       *person,
             guint                       number,
             GPtrArray                  *texts,
             const char                **cells)
{
  guint cell = 0;

  g_ptr_array_add (texts, g_strdup_printf ("%u", number));
  cells[cell++] = g_ptr_array_index (texts, texts->len - 1);
  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    if (has (self, 1 << bit) && (1 << bit) != SKUP_LIST_SESSIONS && (1 << bit) != SKUP_LIST_RATE)
      cells[cell++] = skup_list_person_get_detail (person, 1 << bit);
  for (guint s = 0; has (self, SKUP_LIST_SESSIONS) && s < self->list->sessions->len; s++)
    cells[cell++] = skup_list_mark_label (person->marks[s]);
  if (has (self, SKUP_LIST_RATE))
    {
      g_ptr_array_add (texts, g_strdup_printf ("%.0f %%", round (skup_list_person_get_rate (person) * 100)));
      cells[cell++] = g_ptr_array_index (texts, texts->len - 1);
    }
}

/* The last row: how many were present at each session. */
static void
fill_totals (SkupAttendanceListDocument *self,
             GPtrArray                  *texts,
             const char                **cells,
             guint                       n_columns)
{
  guint cell = 1 + n_details (self);

  for (guint i = 0; i < n_columns; i++)
    cells[i] = NULL;
  /* Translators: the last row of an attendance list, counting who came to each session */
  cells[n_details (self) > 0 ? 1 : 0] = _("Total present");
  for (guint s = 0; has (self, SKUP_LIST_SESSIONS) && s < self->list->sessions->len; s++)
    {
      g_ptr_array_add (texts, g_strdup_printf ("%u", skup_attendance_list_count_present (self->list, s)));
      cells[cell++] = g_ptr_array_index (texts, texts->len - 1);
    }
}

static void
add_rows (SkupAttendanceListDocument *self)
{
  guint n_columns = skup_doc_table_get_n_columns (self->table);
  g_autofree const char **cells = g_new0 (const char *, n_columns);

  for (guint i = 0; i < self->list->people->len; i++)
    {
      const SkupListPerson *person = g_ptr_array_index (self->list->people, i);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      fill_person (self, person, i + 1, texts, cells);
      skup_doc_table_add_row (self->table,
                              skup_list_person_get_detail (person, SKUP_LIST_NAME), cells);
    }
  if (has (self, SKUP_LIST_SESSIONS))
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      fill_totals (self, texts, cells, n_columns);
      skup_doc_table_add_row (self->table, NULL, cells);
    }
}

static gboolean
skup_attendance_list_document_paginate (SkupDocument *document,
                                        GError      **error)
{
  SkupAttendanceListDocument *self = SKUP_ATTENDANCE_LIST_DOCUMENT (document);
  const SkupPageSetup *page = skup_document_get_page_setup (document);
  double width = skup_page_setup_get_body_width (page);
  SkupTextStyle header = style (7.5, TRUE);

  if (!lay_out_header (self, width, error))
    return FALSE;
  self->table = skup_doc_table_new (document, &header, width);
  skup_doc_table_set_row_heights (self->table, SKUP_MM (6), SKUP_MM (30));
  add_columns (self, width);
  add_rows (self);
  if (!skup_doc_table_layout (self->table, error))
    return FALSE;
  self->page_starts = skup_doc_table_paginate (self->table,
                                               skup_page_setup_get_body_height (page)
                                               - self->header_height - FOOTER_HEIGHT, 0);
  skup_document_set_n_pages (document, self->page_starts->len);
  return TRUE;
}

/* Drawing *****************************************************************/

static double
draw_header (SkupAttendanceListDocument *self,
             cairo_t                    *cr,
             double                      x,
             double                      y)
{
  skup_doc_text_draw (cr, self->label, GREY, x, y);
  y += skup_doc_layout_height (self->label) + SKUP_MM (1);
  skup_doc_text_draw (cr, self->title, BLACK, x, y);
  y += skup_doc_layout_height (self->title) + SKUP_MM (1.5);
  skup_doc_text_draw (cr, self->details, BLACK, x, y);
  return y + skup_doc_layout_height (self->details) + GAP;
}

static void
draw_footer (SkupAttendanceListDocument *self,
             cairo_t                    *cr,
             guint                       page,
             double                      x,
             double                      bottom,
             double                      width)
{
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (self));
  SkupTextStyle small = style (8, FALSE);
  g_autofree char *label = g_strdup_printf (_("Page %u of %u"), page + 1,
                                            skup_document_get_n_pages (SKUP_DOCUMENT (self)));
  g_autoptr(PangoLayout) layout = NULL;

  small.align = PANGO_ALIGN_RIGHT;
  layout = skup_doc_text_layout (context, &small, label, width);
  skup_doc_text_draw (cr, layout, BLACK, x, bottom - skup_doc_layout_height (layout));
}

static void
skup_attendance_list_document_draw_page (SkupDocument *document,
                                         cairo_t      *cr,
                                         guint         page)
{
  SkupAttendanceListDocument *self = SKUP_ATTENDANCE_LIST_DOCUMENT (document);
  const SkupPageSetup *setup = skup_document_get_page_setup (document);
  double x = setup->margin_left;
  double width = skup_page_setup_get_body_width (setup);
  guint first = g_array_index (self->page_starts, guint, page);
  guint end = page + 1 < self->page_starts->len
              ? g_array_index (self->page_starts, guint, page + 1)
              : skup_doc_table_get_n_rows (self->table);
  double y = draw_header (self, cr, x, setup->margin_top);

  skup_doc_table_draw (self->table, cr, x, y, first, end - first);
  draw_footer (self, cr, page, x, skup_page_setup_get_height (setup) - setup->margin_bottom,
               width);
}

static void
skup_attendance_list_document_class_init (SkupAttendanceListDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkupDocumentClass *document_class = SKUP_DOCUMENT_CLASS (klass);

  object_class->finalize = skup_attendance_list_document_finalize;
  document_class->paginate = skup_attendance_list_document_paginate;
  document_class->draw_page = skup_attendance_list_document_draw_page;
}

static void
skup_attendance_list_document_init (SkupAttendanceListDocument *self)
{
}

/**
 * skup_attendance_list_document_new:
 * @list: what to print (the document keeps a reference)
 * @page: (nullable): paper and orientation; NULL for A4 upright
 * @error: where to put why it cannot be printed (a character the font lacks)
 *
 * Returns: (transfer full) (nullable): the document, measured and paginated
 */
SkupAttendanceListDocument *
skup_attendance_list_document_new (SkupAttendanceList  *list,
                                   const SkupPageSetup *page,
                                   GError             **error)
{
  g_autoptr(SkupAttendanceListDocument) self = NULL;
  g_autofree char *title = title_text (list);
  /* Translators: an attendance list's title in the PDF's metadata: "Attendance list: event" */
  g_autofree char *meta = g_strdup_printf (_("Attendance list: %s"), title);
  SkupPageSetup a4;

  skup_page_setup_init (&a4, SKUP_PAPER_A4, FALSE);
  self = g_object_new (SKUP_TYPE_ATTENDANCE_LIST_DOCUMENT, "title", meta, NULL);
  self->list = skup_attendance_list_ref (list);
  skup_document_set_page_setup (SKUP_DOCUMENT (self), page != NULL ? page : &a4);
  if (!skup_document_prepare (SKUP_DOCUMENT (self), error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
skup_attendance_list_write_pdf (SkupAttendanceList  *self,
                                const SkupPageSetup *page,
                                const char          *path,
                                GError             **error)
{
  g_autoptr(SkupAttendanceListDocument) document = skup_attendance_list_document_new (self, page,
                                                                                      error);

  return document != NULL && skup_document_write_pdf (SKUP_DOCUMENT (document), path, error);
}
