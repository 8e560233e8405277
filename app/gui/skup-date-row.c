/* skup-date-row.c — a form row for a calendar date: typed or picked from a calendar
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row shows a date in digits, day first, as the language of the interface writes it on
 * forms (skup_text_format_date_numeric(): "20.05.2019.", in Serbian "20. 5. 2019."), because
 * the people who use Skup read and type dates that way on sign-in sheets and certificates;
 * the rest of the window writes the month out with the same core formatter. Typing is
 * forgiving: everything skup_text_parse_date() accepts ("20.5.2019.", "20.05.2019",
 * "2019-05-20" …) is understood, and the text is rewritten in the display format when focus
 * leaves the row. The value itself is always an ISO date; the form that owns the row stores it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-text.h"
#include "skup-date-row.h"

struct _SkupDateRow
{
  AdwEntryRow  parent_instance;

  /* Template children */
  GtkLabel      *hint_label;
  GtkMenuButton *calendar_button;
  GtkCalendar   *calendar;

  /* Set while the calendar is moved to the row's date, so that is not taken as a choice. */
  gboolean       syncing;
  /* A day was clicked: the popover closes when the click ends. */
  gboolean       pointer_down;
  gboolean       day_clicked;
};

G_DEFINE_FINAL_TYPE (SkupDateRow, skup_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  SIGNAL_COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The title says what the date is ("Start", "Consent given on"); while the row is empty, a
 * dim hint beside it says that it wants a date and how one is written, and screen readers
 * hear the same. (A placeholder in the entry would show only with the focus, since an
 * AdwEntryRow shows its title there otherwise, and in 1.2 it is neither dim nor aligned.) */
static void
show_date_hint (SkupDateRow *self)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self));
  g_autofree char *example = skup_text_format_date_numeric (SKUP_TEXT_EXAMPLE_DATE);
  g_autofree char *hint = NULL;

  /* Translators: shown in an empty date field; %s is an example date in digits, written as
   * the field writes dates ("20.05.2024.", in Serbian "20. 5. 2024.") */
  hint = g_strdup_printf (_("Date, e.g. %s"), example);
  gtk_label_set_text (self->hint_label, hint);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  hint, -1);
}

static void
on_text_changed (SkupDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), *text == '\0');
}

char *
skup_date_row_dup_date (SkupDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;

  g_return_val_if_fail (SKUP_IS_DATE_ROW (self), NULL);

  date = skup_text_parse_date (gtk_editable_get_text (GTK_EDITABLE (self)));
  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : NULL;
}

void
skup_date_row_set_date (SkupDateRow *self,
                        const char  *iso)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SKUP_IS_DATE_ROW (self));

  text = iso != NULL ? skup_text_format_date_numeric (iso) : g_strdup ("");
  /* Rewriting an identical text would still tell the form the user edited it. */
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), text);
}

/* The text names a date: show it the one way dates are shown. Text that is not a date stays
 * as typed, so the user can correct it; the form reports it. */
static void
commit_text (SkupDateRow *self)
{
  g_autofree char *iso = skup_date_row_dup_date (self);

  if (iso != NULL)
    skup_date_row_set_date (self, iso);
  g_signal_emit (self, signals[SIGNAL_COMMITTED], 0);
}

static void
on_focus_leave (SkupDateRow *self)
{
  commit_text (self);
}

static void
on_entry_activated (SkupDateRow *self)
{
  commit_text (self);
}

static void
on_popover_show (SkupDateRow *self)
{
  g_autofree char *iso = skup_date_row_dup_date (self);
  g_autoptr(GDateTime) date = iso != NULL ? skup_text_parse_date (iso) : NULL;

  /* Open at the row's date, or today's when there is none yet. */
  if (date == NULL)
    date = g_date_time_new_now_local ();
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing = FALSE;
  self->pointer_down = FALSE;
  self->day_clicked = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
on_day_selected (SkupDateRow *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = NULL;

  if (self->syncing)
    return;

  /* Space picks the focused day and keeps the calendar open (Enter closes it); a click
   * picks and closes, once the button is released. */
  date = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  skup_date_row_set_date (self, iso);
  self->day_clicked = self->pointer_down;
}

static void
close_calendar (SkupDateRow *self)
{
  gtk_menu_button_popdown (self->calendar_button);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  commit_text (self);
}

/* The gesture runs in the capture phase, before the calendar's own one picks the day. */
static void
on_calendar_pressed (SkupDateRow *self)
{
  self->pointer_down = TRUE;
  self->day_clicked = FALSE;
}

static void
on_calendar_released (SkupDateRow *self)
{
  self->pointer_down = FALSE;
  if (self->day_clicked)
    close_calendar (self);
}

static void
on_calendar_cancel (SkupDateRow *self)
{
  /* The month buttons took the click. */
  self->pointer_down = FALSE;
  self->day_clicked = FALSE;
}

static gboolean
on_calendar_key_pressed (SkupDateRow     *self,
                         guint            keyval,
                         guint            keycode,
                         GdkModifierType  state)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return GDK_EVENT_PROPAGATE;

  close_calendar (self);
  return GDK_EVENT_STOP;
}

static void
skup_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_DATE_ROW);

  G_OBJECT_CLASS (skup_date_row_parent_class)->dispose (object);
}

static void
skup_date_row_class_init (SkupDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_date_row_dispose;

  /**
   * SkupDateRow::committed:
   *
   * The user finished with the row: focus left it, they pressed Enter or picked a day.
   */
  signals[SIGNAL_COMMITTED] =
    g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/rs/skup/Skup/ui/skup-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupDateRow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDateRow, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, SkupDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_leave);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_released);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_cancel);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_key_pressed);
}

static void
skup_date_row_init (SkupDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_date_hint (self);
}

GtkWidget *
skup_date_row_new (void)
{
  return g_object_new (SKUP_TYPE_DATE_ROW, NULL);
}
