/* skup-attendance-view.c — an event's people × sessions, drawn as one scrollable grid
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A training of 1,000 people over ten days is 10,000 cells: as widgets (a GtkColumnView or a
 * GtkGrid of buttons) that is seconds to build and slow to scroll, so the grid is one widget
 * that draws only the rows and columns in view. Text is shaped once into PangoLayouts kept per
 * row (names, rates) and per column (headers, totals) and made only when first drawn; the
 * chips share one layout per mark. The names stay at the left and the rates at the right
 * while the sessions scroll between them; the headers stay on top and the totals at the
 * bottom.
 *
 * The view writes marks itself through the grid (skup_attendance_grid_set_mark), which emits
 * ::changed; the view redraws what a change touches: the cell, the row's rate, the column's
 * totals. A write that fails leaves the grid as it was and is told through ::write-failed.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-attendance-view.h"

/* Spacing inside cells, in pixels. */
#define CELL_PAD_X 12
#define CELL_PAD_Y 10
#define CHIP_PAD_X 8
#define CHIP_PAD_Y 3
#define CHIP_RADIUS 6.f
/* The name column takes the longest name, within these bounds (the rest is ellipsised). */
#define NAME_MIN_WIDTH 160
#define NAME_MAX_WIDTH 320
/* Below this share of a narrow view the name column does not grow. */
#define NAME_MAX_SHARE 0.4
#define COLUMN_MIN_WIDTH 112

struct _SkupAttendanceView
{
  GtkWidget           parent_instance;

  SkupAttendanceGrid *grid;
  gulong              grid_changed_id;

  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  guint               hscroll_policy : 1;
  guint               vscroll_policy : 1;
  /* The cursor was moved before the view had a size: scroll to it once it has one. */
  guint               scroll_pending : 1;

  guint               cursor_row;
  guint               cursor_column;
  char               *cursor_label;

  /* Metrics, from the font; valid while @font is the widget's font. */
  PangoFontDescription *font;
  int                 line_height;
  int                 row_height;
  int                 header_height;
  int                 footer_height;
  int                 wanted_name_width;
  int                 column_width;
  int                 rate_width;
  /* As allocated (a narrow window gets a narrower name column). */
  int                 name_width;

  /* Cached layouts, NULL until first drawn. */
  GPtrArray          *name_layouts;
  GPtrArray          *rate_layouts;
  GPtrArray          *header_layouts;
  GPtrArray          *total_layouts;
  PangoLayout        *chip_layouts[SKUP_MARK_LAST + 1];
  PangoLayout        *corner_layouts[4];

  guint               first_drawn_row;
  guint               n_drawn_rows;
};

static void skup_attendance_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupAttendanceView, skup_attendance_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      skup_attendance_view_scrollable_init))

enum {
  PROP_0,
  PROP_GRID,
  PROP_CURSOR_ROW,
  PROP_CURSOR_COLUMN,
  N_PROPS,
  /* GtkScrollable's */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_WRITE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The corner cells: the header and footer of the name column and of the rate column. */
enum {
  CORNER_NAME_HEADER,
  CORNER_NAME_FOOTER,
  CORNER_RATE_HEADER,
  CORNER_RATE_FOOTER,
};

typedef struct {
  GdkRGBA fg;
  GdkRGBA accent;
  GdkRGBA line;
  GdkRGBA shade;
  GdkRGBA cursor_row;
} Colors;

/* The mark colours (GNOME's palette). Each mark also has its word: colour is never the only
 * cue. */
static const char * const mark_colors[SKUP_MARK_LAST + 1] = {
  [SKUP_MARK_PRESENT] = "#2ec27e",
  [SKUP_MARK_LATE] = "#f5c211",
  [SKUP_MARK_LEFT_EARLY] = "#ff7800",
  [SKUP_MARK_ABSENT] = "#e01b24",
  [SKUP_MARK_EXCUSED] = "#9141ac",
};

/* Texts *******************************************************************/

static guint
n_rows (SkupAttendanceView *self)
{
  return self->grid != NULL ? skup_attendance_grid_get_n_people (self->grid) : 0;
}

static guint
n_columns (SkupAttendanceView *self)
{
  return self->grid != NULL ? skup_attendance_grid_get_n_sessions (self->grid) : 0;
}

static gboolean
has_cells (SkupAttendanceView *self)
{
  return n_rows (self) > 0 && n_columns (self) > 0;
}

/* "Present", "Late" …; "not taken" for no mark. */
static const char *
mark_label (SkupMark mark)
{
  if (mark == SKUP_MARK_NONE)
    /* Translators: what a screen reader says of an attendance cell with no mark yet */
    return _("not taken");
  return skup_choice_get_label (SKUP_CHOICES_ATTENDANCE_STATUS, skup_mark_to_nick (mark));
}

static char *
dup_chip_text (SkupMark mark)
{
  if (mark == SKUP_MARK_NONE)
    return g_strdup ("");
  /* The tick makes "present" stand out in a column of words. */
  if (mark == SKUP_MARK_PRESENT)
    return g_strconcat (mark_label (mark), " ✓", NULL);
  return g_strdup (mark_label (mark));
}

static const char * const short_weekdays[] = {
  /* Translators: a short day of the week over a column of the attendance grid, Monday first */
  NC_("short weekday", "Mon"), NC_("short weekday", "Tue"), NC_("short weekday", "Wed"),
  NC_("short weekday", "Thu"), NC_("short weekday", "Fri"), NC_("short weekday", "Sat"),
  NC_("short weekday", "Sun"),
};

/* "Mon 02.03." */
static char *
dup_session_day (SkupRecord *session)
{
  const char *iso = skup_record_get_string (session, "date");
  int year = 0, month = 0, day = 0;
  g_autoptr(GDate) date = NULL;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup (iso != NULL ? iso : "");
  date = g_date_new_dmy (day, month, year);
  /* Translators: the day over a column of the attendance grid, "Mon 02.03.": the short day
   * of the week, then the day and the month in digits. Serbian writes "%s %u. %u." */
  return g_strdup_printf (C_("grid day", "%s %02u.%02u."),
                          g_dpgettext2 (GETTEXT_PACKAGE, "short weekday",
                                        short_weekdays[g_date_get_weekday (date) - 1]),
                          (guint) day, (guint) month);
}

/* The second line of a column's header: the times, else the session's title. */
static char *
dup_session_detail (SkupRecord *session)
{
  char *times = skup_session_dup_times (session);

  if (times != NULL)
    return times;
  return g_strdup (skup_record_get_string (session, "title"));
}

char *
skup_attendance_view_dup_session_label (SkupAttendanceView *self,
                                        guint               column)
{
  SkupRecord *session;
  g_autofree char *day = NULL;
  g_autofree char *detail = NULL;
  const char *parts[2];

  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), NULL);
  g_return_val_if_fail (column < n_columns (self), NULL);

  session = skup_attendance_grid_get_session (self->grid, column);
  day = dup_session_day (session);
  detail = dup_session_detail (session);
  parts[0] = day;
  parts[1] = detail;
  return skup_text_join_parts_with (" ", parts, 2);
}

char *
skup_attendance_view_dup_totals_text (SkupAttendanceView *self,
                                      guint               column)
{
  SkupGridTotals totals;

  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), NULL);
  g_return_val_if_fail (column < n_columns (self), NULL);

  skup_attendance_grid_get_totals (self->grid, column, &totals);
  /* Translators: under a session's column: who attended of who is registered, then how
   * many of them were women (♀), men (♂) and other or not stated. Serbian writes
   * "присутно: %u / %u" */
  return g_strdup_printf (_("%u / %u present\n♀ %u ♂ %u · %u"), totals.attended,
                          totals.registered, totals.women, totals.men, totals.other);
}

char *
skup_attendance_view_dup_rate_text (SkupAttendanceView *self,
                                    guint               row)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), NULL);
  g_return_val_if_fail (row < n_rows (self), NULL);

  if (n_columns (self) == 0)
    return g_strdup ("");
  /* Translators: at the end of a person's row: the sessions they attended of all, and the
   * share, "4/5 · 80 %" */
  return g_strdup_printf (_("%u/%u · %.0f %%"),
                          skup_attendance_grid_get_attended (self->grid, row), n_columns (self),
                          100.0 * skup_attendance_grid_get_rate (self->grid, row));
}

/* Accessibility **********************************************************/

static void
update_cursor_label (SkupAttendanceView *self)
{
  g_autofree char *label = NULL;

  if (has_cells (self))
    {
      const SkupGridPerson *person = skup_attendance_grid_get_person (self->grid,
                                                                      self->cursor_row);
      g_autofree char *session = skup_attendance_view_dup_session_label (self,
                                                                         self->cursor_column);
      SkupMark mark = skup_attendance_grid_get_mark (self->grid, self->cursor_row,
                                                     self->cursor_column);

      /* Translators: what a screen reader says of the attendance grid's cursor: a person's
       * name, a session ("Mon 02.03. 09:00–13:00") and the mark ("Present") */
      label = g_strdup_printf (_("%s, %s: %s"), person->name, session, mark_label (mark));
    }
  else
    label = g_strdup (_("Attendance"));

  if (g_strcmp0 (label, self->cursor_label) == 0)
    return;
  g_free (self->cursor_label);
  self->cursor_label = g_steal_pointer (&label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->cursor_label, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int) n_rows (self),
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int) n_columns (self),
                                  -1);
}

/* Caches ******************************************************************/

static void
unref_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

/* One slot for each row or column, NULL until it is first drawn. */
static GPtrArray *
new_layout_cache (guint n)
{
  GPtrArray *cache = g_ptr_array_new_full (n, unref_layout);

  g_ptr_array_set_size (cache, n);
  return cache;
}

static void
clear_cache_entry (GPtrArray *cache,
                   guint      index)
{
  if (cache != NULL && index < cache->len)
    g_clear_object (&g_ptr_array_index (cache, index));
}

static void
clear_cache_all (GPtrArray *cache)
{
  for (guint i = 0; cache != NULL && i < cache->len; i++)
    g_clear_object (&g_ptr_array_index (cache, i));
}

/* Everything shaped, and every size: for a new grid or a new font. */
static void
invalidate_all (SkupAttendanceView *self)
{
  g_clear_pointer (&self->name_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->rate_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->header_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->total_layouts, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->chip_layouts); i++)
    g_clear_object (&self->chip_layouts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->corner_layouts); i++)
    g_clear_object (&self->corner_layouts[i]);
  g_clear_pointer (&self->font, pango_font_description_free);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static PangoLayout *
new_layout (SkupAttendanceView *self,
            const char         *text,
            int                 width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* Two lines, the first bold, the second dimmer. */
static PangoLayout *
new_two_line_layout (SkupAttendanceView *self,
                     const char         *first,
                     const char         *second,
                     int                 width)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n<span alpha=\"65%%\">%s</span>",
                                                     first, second != NULL ? second : "");
  PangoLayout *layout = new_layout (self, NULL, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static int
text_width (PangoLayout *layout,
            const char  *text)
{
  int width = 0;

  pango_layout_set_attributes (layout, NULL);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The first lines of headers and totals are bold, and bold is wider. */
static int
bold_width (PangoLayout *layout,
            const char  *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);
  int width = 0;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* Metrics *****************************************************************/

static int
measure_names (SkupAttendanceView *self,
               PangoLayout        *probe)
{
  int widest = 0;

  /* The footer's key to the symbols is as wide as a name. */
  widest = MAX (text_width (probe, _("♀ women ♂ men · other")),
                bold_width (probe, C_("grid totals", "Attended")));
  for (guint i = 0; i < n_rows (self); i++)
    widest = MAX (widest, text_width (probe, skup_attendance_grid_get_person (self->grid,
                                                                              i)->name));
  return CLAMP (widest + 2 * CELL_PAD_X, NAME_MIN_WIDTH, NAME_MAX_WIDTH);
}

static int
measure_columns (SkupAttendanceView *self,
                 PangoLayout        *probe)
{
  g_autofree char *widest_total = NULL;
  g_autofree char *widest_genders = NULL;
  guint n = MAX (n_rows (self), 10);
  int widest = 0;

  for (guint mark = SKUP_MARK_PRESENT; mark <= SKUP_MARK_LAST; mark++)
    {
      g_autofree char *text = dup_chip_text (mark);
      widest = MAX (widest, text_width (probe, text) + 2 * CHIP_PAD_X);
    }
  for (guint i = 0; i < n_columns (self); i++)
    {
      SkupRecord *session = skup_attendance_grid_get_session (self->grid, i);
      g_autofree char *day = dup_session_day (session);
      g_autofree char *detail = dup_session_detail (session);

      widest = MAX (widest, bold_width (probe, day));
      widest = MAX (widest, text_width (probe, detail != NULL ? detail : ""));
    }
  /* The totals at their widest: every count as wide as the number of people. */
  widest_total = g_strdup_printf (_("%u / %u present\n♀ %u ♂ %u · %u"), n, n, n, n, n);
  widest = MAX (widest, bold_width (probe, widest_total));
  return MAX (widest + 2 * CELL_PAD_X, COLUMN_MIN_WIDTH);
}

static int
measure_rate (SkupAttendanceView *self,
              PangoLayout        *probe)
{
  guint n = n_columns (self);
  /* Translators: as "%u/%u · %.0f %%" above */
  g_autofree char *widest = g_strdup_printf (_("%u/%u · %.0f %%"), n, n, 100.0);

  return MAX (text_width (probe, widest), bold_width (probe, C_("grid rate", "Attended")))
         + 2 * CELL_PAD_X;
}

/* Sizes follow the font: a user's larger text gets larger rows. */
static void
ensure_metrics (SkupAttendanceView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  g_autoptr(PangoLayout) probe = NULL;
  int height = 0;

  if (self->font != NULL)
    return;
  self->font = pango_font_description_copy (pango_context_get_font_description (context));
  probe = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");
  pango_layout_get_pixel_size (probe, NULL, &height);
  self->line_height = height;
  self->row_height = height + 2 * CELL_PAD_Y;
  self->header_height = 2 * height + 2 * CELL_PAD_Y;
  self->footer_height = self->header_height;
  self->wanted_name_width = measure_names (self, probe);
  self->column_width = measure_columns (self, probe);
  self->rate_width = measure_rate (self, probe);
  self->name_width = self->wanted_name_width;
}

/* The font changed (a larger text setting): everything is shaped again. */
static void
skup_attendance_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (widget);
  PangoContext *context;

  GTK_WIDGET_CLASS (skup_attendance_view_parent_class)->css_changed (widget, change);
  context = gtk_widget_get_pango_context (widget);
  if (self->font != NULL
      && !pango_font_description_equal (self->font,
                                        pango_context_get_font_description (context)))
    invalidate_all (self);
}

/* The cursor is drawn bolder while the grid has the keyboard focus. */
static void
skup_attendance_view_state_flags_changed (GtkWidget     *widget,
                                          GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (skup_attendance_view_parent_class)->state_flags_changed (widget, previous);
  if ((previous ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);
}

/* Geometry ****************************************************************/

static int
body_width (SkupAttendanceView *self)
{
  return MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - self->name_width - self->rate_width);
}

static int
body_height (SkupAttendanceView *self)
{
  return MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - self->header_height
                 - self->footer_height);
}

static double
hoffset (SkupAttendanceView *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
voffset (SkupAttendanceView *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* The cell (@row, @column) in widget coordinates. */
static graphene_rect_t
cell_rect (SkupAttendanceView *self,
           guint               row,
           guint               column)
{
  graphene_rect_t rect;

  graphene_rect_init (&rect,
                      self->name_width + (double) column * self->column_width - hoffset (self),
                      self->header_height + (double) row * self->row_height - voffset (self),
                      self->column_width, self->row_height);
  return rect;
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         upper,
                      double         page,
                      double         step)
{
  double value;

  if (adjustment == NULL)
    return;
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, MAX (0, upper - page));
  gtk_adjustment_configure (adjustment, value, 0, MAX (upper, page), step, page * 0.9, page);
}

static void
configure_adjustments (SkupAttendanceView *self)
{
  configure_adjustment (self->hadjustment, (double) n_columns (self) * self->column_width,
                        body_width (self), self->column_width);
  configure_adjustment (self->vadjustment, (double) n_rows (self) * self->row_height,
                        body_height (self), self->row_height);
}

/* Scrolls the least that shows the cursor's cell whole. */
static void
scroll_to_cursor (SkupAttendanceView *self)
{
  double top = (double) self->cursor_row * self->row_height;
  double left = (double) self->cursor_column * self->column_width;

  if (gtk_widget_get_width (GTK_WIDGET (self)) == 0)
    {
      self->scroll_pending = TRUE;
      return;
    }
  self->scroll_pending = FALSE;
  if (self->vadjustment != NULL)
    gtk_adjustment_clamp_page (self->vadjustment, top, top + self->row_height);
  if (self->hadjustment != NULL)
    gtk_adjustment_clamp_page (self->hadjustment, left, left + self->column_width);
}

static void
skup_attendance_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (widget);

  ensure_metrics (self);
  /* Small minimums: the view scrolls, and a narrow window narrows the name column. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = NAME_MIN_WIDTH / 2 + self->column_width + self->rate_width;
      *natural = self->wanted_name_width + (int) n_columns (self) * self->column_width
                 + self->rate_width;
    }
  else
    {
      *minimum = self->header_height + self->row_height + self->footer_height;
      *natural = self->header_height + (int) MIN (n_rows (self), 10000) * self->row_height
                 + self->footer_height;
    }
  *natural = MAX (*natural, *minimum);
}

static void
skup_attendance_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (widget);
  int most;

  ensure_metrics (self);
  /* A narrow window keeps one session whole beside the names, which shrink to make room. */
  most = MIN ((int) (width * NAME_MAX_SHARE), width - self->rate_width - self->column_width);
  self->name_width = MIN (self->wanted_name_width, MAX (NAME_MIN_WIDTH / 2, most));
  configure_adjustments (self);
  if (self->scroll_pending)
    scroll_to_cursor (self);
}

/* Drawing *****************************************************************/

static void
get_colors (SkupAttendanceView *self,
            Colors             *colors)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (style, &colors->fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, "#1c71d8");
  colors->line = colors->fg;
  colors->line.alpha *= 0.12f;
  colors->shade = colors->fg;
  colors->shade.alpha *= 0.04f;
  colors->cursor_row = colors->accent;
  colors->cursor_row.alpha *= 0.08f;
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((float) x, (float) y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* @layout vertically centred in a band from @top of @height, @pad from @left. */
static void
draw_centred (GtkSnapshot   *snapshot,
              PangoLayout   *layout,
              double         left,
              double         top,
              int            height,
              const GdkRGBA *color)
{
  int text_height = 0;

  pango_layout_get_pixel_size (layout, NULL, &text_height);
  draw_layout (snapshot, layout, left, top + (height - text_height) / 2.0, color);
}

static void
draw_hline (GtkSnapshot   *snapshot,
            const Colors  *colors,
            double         x,
            double         y,
            double         width)
{
  gtk_snapshot_append_color (snapshot, &colors->line,
                             &GRAPHENE_RECT_INIT ((float) x, (float) y, (float) width, 1));
}

static void
draw_vline (GtkSnapshot   *snapshot,
            const Colors  *colors,
            double         x,
            double         y,
            double         height)
{
  gtk_snapshot_append_color (snapshot, &colors->line,
                             &GRAPHENE_RECT_INIT ((float) x, (float) y, 1, (float) height));
}

static PangoLayout *
get_chip_layout (SkupAttendanceView *self,
                 SkupMark            mark)
{
  if (self->chip_layouts[mark] == NULL)
    {
      g_autofree char *text = dup_chip_text (mark);
      self->chip_layouts[mark] = new_layout (self, text, 0);
    }
  return self->chip_layouts[mark];
}

/* The mark as a rounded chip with its word, centred in @cell. */
static void
draw_chip (SkupAttendanceView    *self,
           GtkSnapshot           *snapshot,
           const Colors          *colors,
           const graphene_rect_t *cell,
           SkupMark               mark)
{
  PangoLayout *layout;
  GskRoundedRect outline;
  GdkRGBA fill, border;
  int width = 0, height = 0;
  float chip_width, chip_height, x, y;

  if (mark == SKUP_MARK_NONE || mark > SKUP_MARK_LAST)
    return;
  layout = get_chip_layout (self, mark);
  pango_layout_get_pixel_size (layout, &width, &height);
  chip_width = width + 2 * CHIP_PAD_X;
  chip_height = height + 2 * CHIP_PAD_Y;
  x = cell->origin.x + (cell->size.width - chip_width) / 2;
  y = cell->origin.y + (cell->size.height - chip_height) / 2;
  gdk_rgba_parse (&fill, mark_colors[mark]);
  border = fill;
  fill.alpha = 0.28f;
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, chip_width, chip_height),
                                   CHIP_RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill, &outline.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { border, border, border, border });
  draw_layout (snapshot, layout, x + CHIP_PAD_X, y + CHIP_PAD_Y, &colors->fg);
}

static PangoLayout *
get_name_layout (SkupAttendanceView *self,
                 guint               row)
{
  PangoLayout **layout = (PangoLayout **) &g_ptr_array_index (self->name_layouts, row);

  if (*layout == NULL)
    *layout = new_layout (self, skup_attendance_grid_get_person (self->grid, row)->name,
                          self->name_width - 2 * CELL_PAD_X);
  /* The column narrows with the window: a no-op when it has not. */
  pango_layout_set_width (*layout, (self->name_width - 2 * CELL_PAD_X) * PANGO_SCALE);
  return *layout;
}

static PangoLayout *
get_rate_layout (SkupAttendanceView *self,
                 guint               row)
{
  PangoLayout **layout = (PangoLayout **) &g_ptr_array_index (self->rate_layouts, row);

  if (*layout == NULL)
    {
      g_autofree char *text = skup_attendance_view_dup_rate_text (self, row);
      *layout = new_layout (self, text, 0);
    }
  return *layout;
}

static PangoLayout *
get_header_layout (SkupAttendanceView *self,
                   guint               column)
{
  PangoLayout **layout = (PangoLayout **) &g_ptr_array_index (self->header_layouts, column);

  if (*layout == NULL)
    {
      SkupRecord *session = skup_attendance_grid_get_session (self->grid, column);
      g_autofree char *day = dup_session_day (session);
      g_autofree char *detail = dup_session_detail (session);

      *layout = new_two_line_layout (self, day, detail, self->column_width - 2 * CELL_PAD_X);
    }
  return *layout;
}

static PangoLayout *
get_total_layout (SkupAttendanceView *self,
                  guint               column)
{
  PangoLayout **layout = (PangoLayout **) &g_ptr_array_index (self->total_layouts, column);

  if (*layout == NULL)
    {
      g_autofree char *text = skup_attendance_view_dup_totals_text (self, column);
      char *second = strchr (text, '\n');

      if (second != NULL)
        *second++ = '\0';
      *layout = new_two_line_layout (self, text, second, self->column_width - 2 * CELL_PAD_X);
    }
  return *layout;
}

static PangoLayout *
new_corner_layout (SkupAttendanceView *self,
                   guint               corner)
{
  g_autofree char *count = NULL;

  switch (corner)
    {
    case CORNER_NAME_HEADER:
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                            n_rows (self)), n_rows (self));
      return new_two_line_layout (self, _("Name"), count, 0);
    case CORNER_NAME_FOOTER:
      /* Translators: beside the totals of the attendance grid; the second line explains the
       * symbols of the totals ("♀ 20 ♂ 13 · 1") */
      return new_two_line_layout (self, C_("grid totals", "Attended"),
                                  _("♀ women ♂ men · other"), 0);
    case CORNER_RATE_HEADER:
      /* Translators: over the column of each person's sessions attended and share */
      return new_two_line_layout (self, C_("grid rate", "Attended"), _("of all"), 0);
    default:
      return new_layout (self, "", 0);
    }
}

static PangoLayout *
get_corner_layout (SkupAttendanceView *self,
                   guint               corner)
{
  int width = corner <= CORNER_NAME_FOOTER ? self->name_width : self->rate_width;

  if (self->corner_layouts[corner] == NULL)
    {
      self->corner_layouts[corner] = new_corner_layout (self, corner);
      pango_layout_set_ellipsize (self->corner_layouts[corner], PANGO_ELLIPSIZE_END);
    }
  /* The name column narrows with the window: a no-op when it has not. */
  pango_layout_set_width (self->corner_layouts[corner], (width - 2 * CELL_PAD_X) * PANGO_SCALE);
  return self->corner_layouts[corner];
}

static void
ensure_caches (SkupAttendanceView *self)
{
  if (self->name_layouts == NULL)
    {
      self->name_layouts = new_layout_cache (n_rows (self));
      self->rate_layouts = new_layout_cache (n_rows (self));
      self->header_layouts = new_layout_cache (n_columns (self));
      self->total_layouts = new_layout_cache (n_columns (self));
    }
}

/* The rows and columns at least partly in view: [first, last). */
static void
visible_range (SkupAttendanceView *self,
               guint              *first_row,
               guint              *last_row,
               guint              *first_column,
               guint              *last_column)
{
  double top = voffset (self), left = hoffset (self);

  *first_row = MIN ((guint) (top / self->row_height), n_rows (self));
  *last_row = MIN ((guint) ((top + body_height (self)) / self->row_height) + 1, n_rows (self));
  *first_column = MIN ((guint) (left / self->column_width), n_columns (self));
  *last_column = MIN ((guint) ((left + body_width (self)) / self->column_width) + 1,
                      n_columns (self));
}

static void
draw_cursor (SkupAttendanceView *self,
             GtkSnapshot        *snapshot,
             const Colors       *colors)
{
  graphene_rect_t rect = cell_rect (self, self->cursor_row, self->cursor_column);
  gboolean focused = gtk_widget_has_focus (GTK_WIDGET (self));
  float width = focused ? 3 : 1;
  GdkRGBA color = colors->accent;
  GskRoundedRect outline;

  if (!focused)
    color.alpha *= 0.6f;
  graphene_rect_inset (&rect, 2, 2);
  gsk_rounded_rect_init_from_rect (&outline, &rect, 4);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { width, width, width, width },
                              (GdkRGBA[4]) { color, color, color, color });
}

/* The sessions' cells, clipped to the middle. */
static void
draw_body (SkupAttendanceView *self,
           GtkSnapshot        *snapshot,
           const Colors       *colors)
{
  guint first_row, last_row, first_column, last_column;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double rows_bottom = MIN (cell_rect (self, n_rows (self), 0).origin.y,
                            self->header_height + body_height (self));

  visible_range (self, &first_row, &last_row, &first_column, &last_column);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, self->header_height, width,
                                                         body_height (self)));
  for (guint row = first_row; row < last_row; row++)
    {
      graphene_rect_t band = cell_rect (self, row, 0);

      band.origin.x = 0;
      band.size.width = width;
      if (row == self->cursor_row && has_cells (self))
        gtk_snapshot_append_color (snapshot, &colors->cursor_row, &band);
      else if (row % 2 == 1)
        gtk_snapshot_append_color (snapshot, &colors->shade, &band);
      draw_hline (snapshot, colors, 0, band.origin.y + band.size.height - 1, width);
    }
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->name_width, self->header_height,
                                                         body_width (self), body_height (self)));
  for (guint row = first_row; row < last_row; row++)
    for (guint column = first_column; column < last_column; column++)
      {
        graphene_rect_t cell = cell_rect (self, row, column);

        draw_chip (self, snapshot, colors, &cell,
                   skup_attendance_grid_get_mark (self->grid, row, column));
      }
  /* The lines between sessions go as far down as the rows do, and close the last column. */
  for (guint column = first_column; column <= last_column; column++)
    draw_vline (snapshot, colors, cell_rect (self, 0, column).origin.x, self->header_height,
                rows_bottom - self->header_height);
  if (has_cells (self))
    draw_cursor (self, snapshot, colors);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_pop (snapshot);

  self->first_drawn_row = first_row;
  self->n_drawn_rows = last_row - first_row;
}

/* The names at the left and the rates at the right, over the rows they belong to. */
static void
draw_sides (SkupAttendanceView *self,
            GtkSnapshot        *snapshot,
            const Colors       *colors)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double rate_left = width - self->rate_width;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, self->header_height, width,
                                                         body_height (self)));
  for (guint row = self->first_drawn_row; row < self->first_drawn_row + self->n_drawn_rows;
       row++)
    {
      double top = cell_rect (self, row, 0).origin.y;

      draw_centred (snapshot, get_name_layout (self, row), CELL_PAD_X, top, self->row_height,
                    &colors->fg);
      draw_centred (snapshot, get_rate_layout (self, row), rate_left + CELL_PAD_X, top,
                    self->row_height, &colors->fg);
    }
  gtk_snapshot_pop (snapshot);
  draw_vline (snapshot, colors, self->name_width - 1, 0, gtk_widget_get_height (GTK_WIDGET (self)));
  draw_vline (snapshot, colors, rate_left, 0, gtk_widget_get_height (GTK_WIDGET (self)));
}

/* The headers on top and the totals at the bottom; the session columns scroll with the body. */
static void
draw_bands (SkupAttendanceView *self,
            GtkSnapshot        *snapshot,
            const Colors       *colors)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  double footer_top = gtk_widget_get_height (GTK_WIDGET (self)) - self->footer_height;
  guint first_row, last_row, first_column, last_column;

  visible_range (self, &first_row, &last_row, &first_column, &last_column);
  gtk_snapshot_append_color (snapshot, &colors->shade,
                             &GRAPHENE_RECT_INIT (0, 0, width, self->header_height));
  gtk_snapshot_append_color (snapshot, &colors->shade,
                             &GRAPHENE_RECT_INIT (0, footer_top, width, self->footer_height));
  draw_hline (snapshot, colors, 0, self->header_height - 1, width);
  draw_hline (snapshot, colors, 0, footer_top, width);

  gtk_snapshot_push_clip (snapshot,
                          &GRAPHENE_RECT_INIT (self->name_width, 0, body_width (self),
                                               gtk_widget_get_height (GTK_WIDGET (self))));
  for (guint column = first_column; column < last_column; column++)
    {
      double left = cell_rect (self, 0, column).origin.x;

      draw_centred (snapshot, get_header_layout (self, column), left + CELL_PAD_X, 0,
                    self->header_height, &colors->fg);
      draw_centred (snapshot, get_total_layout (self, column), left + CELL_PAD_X, footer_top,
                    self->footer_height, &colors->fg);
      draw_vline (snapshot, colors, left, 0, self->header_height);
      draw_vline (snapshot, colors, left, footer_top, self->footer_height);
    }
  if (last_column == n_columns (self) && last_column > 0)
    {
      double right = cell_rect (self, 0, last_column).origin.x;

      draw_vline (snapshot, colors, right, 0, self->header_height);
      draw_vline (snapshot, colors, right, footer_top, self->footer_height);
    }
  gtk_snapshot_pop (snapshot);

  draw_centred (snapshot, get_corner_layout (self, CORNER_NAME_HEADER), CELL_PAD_X, 0,
                self->header_height, &colors->fg);
  draw_centred (snapshot, get_corner_layout (self, CORNER_NAME_FOOTER), CELL_PAD_X, footer_top,
                self->footer_height, &colors->fg);
  draw_centred (snapshot, get_corner_layout (self, CORNER_RATE_HEADER),
                width - self->rate_width + CELL_PAD_X, 0, self->header_height, &colors->fg);
}

static void
skup_attendance_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (widget);
  Colors colors;

  self->n_drawn_rows = 0;
  if (self->grid == NULL)
    return;
  ensure_metrics (self);
  ensure_caches (self);
  get_colors (self, &colors);
  draw_body (self, snapshot, &colors);
  draw_sides (self, snapshot, &colors);
  draw_bands (self, snapshot, &colors);
}

/* The cursor ***************************************************************/

static void
move_cursor_to (SkupAttendanceView *self,
                guint               row,
                guint               column)
{
  guint old_row = self->cursor_row, old_column = self->cursor_column;

  self->cursor_row = n_rows (self) > 0 ? MIN (row, n_rows (self) - 1) : 0;
  self->cursor_column = n_columns (self) > 0 ? MIN (column, n_columns (self) - 1) : 0;
  update_cursor_label (self);
  scroll_to_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (old_row != self->cursor_row)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_ROW]);
  if (old_column != self->cursor_column)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_COLUMN]);
}

/* Whole rows fully in view, for Page Up and Page Down. */
static guint
rows_per_page (SkupAttendanceView *self)
{
  int rows = self->row_height > 0 ? body_height (self) / self->row_height : 1;

  return MAX (1, rows - 1);
}

static guint
step (guint from,
      int   by,
      guint n)
{
  gint64 to = (gint64) from + by;

  if (n == 0)
    return 0;
  return (guint) CLAMP (to, 0, (gint64) n - 1);
}

/* Binding: (ii) rows and columns to move, G_MAXINT / -G_MAXINT for the last and the first;
 * a row step of 0 with a column of 0 and "page" moves a page. */
static gboolean
move_cursor_binding (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (widget);
  int rows = 0, columns = 0, pages = 0;

  if (!has_cells (self))
    return FALSE;
  g_variant_get (args, "(iii)", &rows, &columns, &pages);
  if (pages != 0)
    rows = pages * (int) rows_per_page (self);
  move_cursor_to (self, step (self->cursor_row, rows, n_rows (self)),
                  step (self->cursor_column, columns, n_columns (self)));
  return TRUE;
}

/* Writing *****************************************************************/

static void
write_mark (SkupAttendanceView *self,
            SkupMark            mark)
{
  g_autoptr(GError) error = NULL;
  gboolean written;

  if (!has_cells (self))
    return;
  if (skup_attendance_grid_get_mark (self->grid, self->cursor_row, self->cursor_column) == mark)
    return;
  written = skup_attendance_grid_set_mark (self->grid, self->cursor_row, self->cursor_column,
                                           mark, &error);
  if (!written)
    {
      const SkupGridPerson *person = skup_attendance_grid_get_person (self->grid,
                                                                      self->cursor_row);
      g_autofree char *session = skup_attendance_view_dup_session_label (self,
                                                                         self->cursor_column);
      /* Translators: the first %s is a person's name, the second a session ("Mon 02.03.
       * 09:00–13:00"), the third why the mark could not be written */
      g_autofree char *message = g_strdup_printf (_("Could not mark %s at %s: %s"),
                                                  person->name, session, error->message);

      g_signal_emit (self, signals[SIGNAL_WRITE_FAILED], 0, message);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cycle_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (widget);

  if (has_cells (self))
    write_mark (self, skup_mark_cycle (skup_attendance_grid_get_mark (self->grid,
                                                                      self->cursor_row,
                                                                      self->cursor_column)));
}

/* grid.set-mark(i): a SkupMark, 0 clears the cell. */
static void
set_mark_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  int mark = g_variant_get_int32 (parameter);

  if (mark >= SKUP_MARK_NONE && mark <= SKUP_MARK_LAST)
    write_mark (SKUP_ATTENDANCE_VIEW (widget), (SkupMark) mark);
}

/* Clicks ******************************************************************/

static void
on_pressed (SkupAttendanceView *self,
            int                 n_press,
            double              x,
            double              y,
            GtkGestureClick    *gesture)
{
  double row = (y - self->header_height + voffset (self)) / self->row_height;
  double column = (x - self->name_width + hoffset (self)) / self->column_width;
  gboolean in_rows = y >= self->header_height && y < self->header_height + body_height (self);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!has_cells (self) || !in_rows || row >= n_rows (self))
    return;
  if (x < self->name_width || x >= self->name_width + body_width (self)
      || column >= n_columns (self))
    {
      /* A name or a rate: the row, keeping the session. */
      move_cursor_to (self, (guint) row, self->cursor_column);
      return;
    }
  move_cursor_to (self, (guint) row, (guint) column);
  write_mark (self, skup_mark_cycle (skup_attendance_grid_get_mark (self->grid, (guint) row,
                                                                    (guint) column)));
}

/* The grid ****************************************************************/

static void
on_grid_changed (SkupAttendanceView *self,
                 guint               row,
                 guint               column)
{
  if (row == G_MAXUINT)
    {
      /* Rows came or went: every row's text moved. */
      invalidate_all (self);
      move_cursor_to (self, self->cursor_row, self->cursor_column);
      return;
    }
  clear_cache_entry (self->rate_layouts, row);
  if (column == G_MAXUINT)
    clear_cache_all (self->total_layouts);
  else
    clear_cache_entry (self->total_layouts, column);
  if (row == self->cursor_row)
    update_cursor_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

SkupAttendanceGrid *
skup_attendance_view_get_grid (SkupAttendanceView *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), NULL);
  return self->grid;
}

void
skup_attendance_view_set_grid (SkupAttendanceView *self,
                               SkupAttendanceGrid *grid)
{
  g_return_if_fail (SKUP_IS_ATTENDANCE_VIEW (self));
  g_return_if_fail (grid == NULL || SKUP_IS_ATTENDANCE_GRID (grid));

  if (self->grid == grid)
    return;
  if (self->grid != NULL)
    g_clear_signal_handler (&self->grid_changed_id, self->grid);
  g_set_object (&self->grid, grid);
  if (grid != NULL)
    self->grid_changed_id = g_signal_connect_object (grid, "changed",
                                                     G_CALLBACK (on_grid_changed), self,
                                                     G_CONNECT_SWAPPED);
  invalidate_all (self);
  move_cursor_to (self, self->cursor_row, self->cursor_column);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRID]);
}

/* API *********************************************************************/

GtkWidget *
skup_attendance_view_new (void)
{
  return g_object_new (SKUP_TYPE_ATTENDANCE_VIEW, NULL);
}

guint
skup_attendance_view_get_cursor_row (SkupAttendanceView *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), 0);
  return self->cursor_row;
}

guint
skup_attendance_view_get_cursor_column (SkupAttendanceView *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), 0);
  return self->cursor_column;
}

void
skup_attendance_view_set_cursor (SkupAttendanceView *self,
                                 guint               row,
                                 guint               column)
{
  g_return_if_fail (SKUP_IS_ATTENDANCE_VIEW (self));
  move_cursor_to (self, row, column);
}

const char *
skup_attendance_view_get_cursor_label (SkupAttendanceView *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), NULL);
  return self->cursor_label;
}

guint
skup_attendance_view_get_n_drawn_rows (SkupAttendanceView *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), 0);
  return self->n_drawn_rows;
}

guint
skup_attendance_view_get_first_drawn_row (SkupAttendanceView *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_VIEW (self), 0);
  return self->first_drawn_row;
}

/* GtkScrollable ***********************************************************/

static void
on_adjustment_changed (SkupAttendanceView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (SkupAttendanceView *self,
                GtkAdjustment     **slot,
                GtkAdjustment      *adjustment,
                GParamSpec         *pspec)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed),
                            self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* The header and the footer stay: the scrolled window's edge effects go inside them. */
static gboolean
skup_attendance_view_get_border (GtkScrollable *scrollable,
                                 GtkBorder     *border)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (scrollable);

  ensure_metrics (self);
  border->top = self->header_height;
  border->bottom = self->footer_height;
  border->left = self->name_width;
  border->right = self->rate_width;
  return TRUE;
}

static void
skup_attendance_view_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = skup_attendance_view_get_border;
}

/* GObject *****************************************************************/

static void
skup_attendance_view_dispose (GObject *object)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (object);

  if (self->grid != NULL)
    g_clear_signal_handler (&self->grid_changed_id, self->grid);
  g_clear_object (&self->grid);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_changed, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  invalidate_all (self);

  G_OBJECT_CLASS (skup_attendance_view_parent_class)->dispose (object);
}

static void
skup_attendance_view_finalize (GObject *object)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (object);

  g_free (self->cursor_label);

  G_OBJECT_CLASS (skup_attendance_view_parent_class)->finalize (object);
}

static void
skup_attendance_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (object);

  switch (prop_id)
    {
    case PROP_GRID:
      g_value_set_object (value, self->grid);
      break;
    case PROP_CURSOR_ROW:
      g_value_set_uint (value, self->cursor_row);
      break;
    case PROP_CURSOR_COLUMN:
      g_value_set_uint (value, self->cursor_column);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_policy (SkupAttendanceView *self,
            GParamSpec         *pspec,
            gboolean            vertical,
            GtkScrollablePolicy policy)
{
  if ((vertical ? self->vscroll_policy : self->hscroll_policy) == (guint) policy)
    return;
  if (vertical)
    self->vscroll_policy = policy;
  else
    self->hscroll_policy = policy;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
skup_attendance_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SkupAttendanceView *self = SKUP_ATTENDANCE_VIEW (object);

  switch (prop_id)
    {
    case PROP_GRID:
      skup_attendance_view_set_grid (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), pspec);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), pspec);
      break;
    case PROP_HSCROLL_POLICY:
      set_policy (self, pspec, FALSE, g_value_get_enum (value));
      break;
    case PROP_VSCROLL_POLICY:
      set_policy (self, pspec, TRUE, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass  *widget_class,
                  guint            keyval,
                  GdkModifierType  modifiers,
                  int              rows,
                  int              columns,
                  int              pages)
{
  gtk_widget_class_add_binding (widget_class, keyval, modifiers, move_cursor_binding,
                                "(iii)", rows, columns, pages);
}

static void
add_move_bindings (GtkWidgetClass *widget_class)
{
  add_move_binding (widget_class, GDK_KEY_Up, 0, -1, 0, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Up, 0, -1, 0, 0);
  add_move_binding (widget_class, GDK_KEY_Down, 0, 1, 0, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Down, 0, 1, 0, 0);
  add_move_binding (widget_class, GDK_KEY_Left, 0, 0, -1, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Left, 0, 0, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Right, 0, 0, 1, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Right, 0, 0, 1, 0);
  /* Home and End go along the row, with Ctrl to the first and last person. */
  add_move_binding (widget_class, GDK_KEY_Home, 0, 0, -G_MAXINT, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Home, 0, 0, -G_MAXINT, 0);
  add_move_binding (widget_class, GDK_KEY_End, 0, 0, G_MAXINT, 0);
  add_move_binding (widget_class, GDK_KEY_KP_End, 0, 0, G_MAXINT, 0);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, -G_MAXINT, 0, 0);
  add_move_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, G_MAXINT, 0, 0);
  add_move_binding (widget_class, GDK_KEY_Page_Up, 0, 0, 0, -1);
  add_move_binding (widget_class, GDK_KEY_KP_Page_Up, 0, 0, 0, -1);
  add_move_binding (widget_class, GDK_KEY_Page_Down, 0, 0, 0, 1);
  add_move_binding (widget_class, GDK_KEY_KP_Page_Down, 0, 0, 0, 1);
}

static void
add_mark_bindings (GtkWidgetClass *widget_class)
{
  static const struct { guint key; SkupMark mark; } keys[] = {
    { GDK_KEY_p, SKUP_MARK_PRESENT },
    { GDK_KEY_l, SKUP_MARK_LATE },
    { GDK_KEY_e, SKUP_MARK_LEFT_EARLY },
    { GDK_KEY_a, SKUP_MARK_ABSENT },
    { GDK_KEY_x, SKUP_MARK_EXCUSED },
    { GDK_KEY_Delete, SKUP_MARK_NONE },
    { GDK_KEY_KP_Delete, SKUP_MARK_NONE },
    { GDK_KEY_BackSpace, SKUP_MARK_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0,
                                           "grid.set-mark", "i", (int) keys[i].mark);
      /* With Caps Lock or Shift the letter is a capital: the same key. */
      if (keys[i].key >= GDK_KEY_a && keys[i].key <= GDK_KEY_z)
        gtk_widget_class_add_binding_action (widget_class, gdk_keyval_to_upper (keys[i].key),
                                             GDK_SHIFT_MASK, "grid.set-mark", "i",
                                             (int) keys[i].mark);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "grid.cycle",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "grid.cycle",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "grid.cycle",
                                       NULL);
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_GRID] =
    g_param_spec_object ("grid", NULL, NULL, SKUP_TYPE_ATTENDANCE_GRID,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_ROW] =
    g_param_spec_uint ("cursor-row", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_COLUMN] =
    g_param_spec_uint ("cursor-column", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");
}

static void
skup_attendance_view_class_init (SkupAttendanceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_attendance_view_dispose;
  object_class->finalize = skup_attendance_view_finalize;
  object_class->get_property = skup_attendance_view_get_property;
  object_class->set_property = skup_attendance_view_set_property;
  widget_class->measure = skup_attendance_view_measure;
  widget_class->size_allocate = skup_attendance_view_size_allocate;
  widget_class->snapshot = skup_attendance_view_snapshot;
  widget_class->css_changed = skup_attendance_view_css_changed;
  widget_class->state_flags_changed = skup_attendance_view_state_flags_changed;
  install_properties (object_class);

  /**
   * SkupAttendanceView::write-failed:
   * @message: what failed and why, for the user
   *
   * A mark could not be written; the cell keeps the mark it had.
   */
  signals[SIGNAL_WRITE_FAILED] =
    g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "grid.cycle", NULL, cycle_action);
  gtk_widget_class_install_action (widget_class, "grid.set-mark", "i", set_mark_action);
  add_move_bindings (widget_class);
  add_mark_bindings (widget_class);
  gtk_widget_class_set_css_name (widget_class, "attendanceview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
skup_attendance_view_init (SkupAttendanceView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Arrow keys move; Space or Enter changes the mark; P, L, E, "
                                    "A and X mark present, late, left early, absent and "
                                    "excused; Delete clears"),
                                  -1);
  update_cursor_label (self);
}
