/* skup-gui-util.c — small pieces of behaviour several widgets share
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-gui-util.h"

void
_skup_gui_show_error (GtkLabel   *label,
                      const char *message)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

void
_skup_gui_set_row_error (GtkWidget  *row,
                         const char *message)
{
  /* The red of the "error" class is lost on a screen reader: the description says it. */
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

GtkWidget *
_skup_gui_new_remove_button (const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* An icon has no text to read: the label is its name as well as its tooltip. */
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return button;
}

/* Nought seats or points means "not known" here: show nothing rather than a 0 that reads
 * as a fact. */
static gboolean
on_spin_output (GtkSpinButton *spin)
{
  if (gtk_spin_button_get_value (spin) != 0.0)
    return FALSE;
  if (*gtk_editable_get_text (GTK_EDITABLE (spin)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
on_spin_input (GtkSpinButton *spin,
               double        *value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));

  if (*text != '\0')
    return FALSE;
  *value = 0.0;
  return TRUE;
}

void
_skup_gui_spin_blank_zero (GtkSpinButton *spin)
{
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input), NULL);
}

/* Space left between what is scrolled to and the edge of the view. */
#define SCROLL_MARGIN 12
/* Frames to wait at most for layout and a scrolling animation to settle (about a second). */
#define SCROLL_MAX_TICKS 60

typedef struct {
  GtkWidget *first;
  double     last_value;
  guint      ticks;
} ScrollIntoView;

static void
scroll_into_view_free (gpointer data)
{
  ScrollIntoView *scroll = data;

  g_clear_object (&scroll->first);
  g_free (scroll);
}

/* How far to scroll @adjustment of @scrolled for @first to @last to show; FALSE if either
 * is not shown. */
static gboolean
compute_scroll (GtkWidget     *scrolled,
                GtkAdjustment *adjustment,
                GtkWidget     *first,
                GtkWidget     *last,
                double        *delta)
{
  graphene_rect_t top;
  graphene_rect_t bottom;
  double page = gtk_adjustment_get_page_size (adjustment);

  if (!gtk_widget_compute_bounds (first, scrolled, &top)
      || !gtk_widget_compute_bounds (last, scrolled, &bottom))
    return FALSE;

  *delta = 0;
  if (bottom.origin.y + bottom.size.height > page)
    *delta = bottom.origin.y + bottom.size.height - page + SCROLL_MARGIN;
  /* Taller than the view: its beginning matters most. */
  if (top.origin.y - *delta < 0)
    *delta = top.origin.y - SCROLL_MARGIN;
  return TRUE;
}

/* Layout of a row just shown comes a frame later, and GtkViewport may still be animating its
 * own scroll to the focus: keep at it until what must show does and nothing moves. */
static gboolean
scroll_into_view_tick (GtkWidget     *last,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  ScrollIntoView *scroll = user_data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (last, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double value;
  double delta;

  if (scrolled == NULL || ++scroll->ticks > SCROLL_MAX_TICKS)
    return G_SOURCE_REMOVE;
  /* The first frame lays out after its tick: what it would measure is the old layout. */
  if (scroll->ticks == 1)
    return G_SOURCE_CONTINUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  if (!compute_scroll (scrolled, adjustment, scroll->first, last, &delta))
    return G_SOURCE_CONTINUE;
  if (delta == 0 && value == scroll->last_value)
    return G_SOURCE_REMOVE;

  gtk_adjustment_set_value (adjustment, value + delta);
  scroll->last_value = gtk_adjustment_get_value (adjustment);
  return G_SOURCE_CONTINUE;
}

void
_skup_gui_scroll_into_view (GtkWidget *first,
                            GtkWidget *last)
{
  ScrollIntoView *scroll;

  g_return_if_fail (GTK_IS_WIDGET (first));
  g_return_if_fail (GTK_IS_WIDGET (last));

  if (gtk_widget_get_ancestor (last, GTK_TYPE_SCROLLED_WINDOW) == NULL)
    return;
  scroll = g_new0 (ScrollIntoView, 1);
  scroll->first = g_object_ref (first);
  scroll->last_value = -1;
  gtk_widget_add_tick_callback (last, scroll_into_view_tick, scroll, scroll_into_view_free);
}

char *
_skup_gui_dup_save_message (const char   *path,
                            const GError *error)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (error == NULL)
    /* Translators: %s is a file name */
    return g_strdup_printf (_("Saved “%s”"), name);
  /* Translators: the first %s is a file name, the second why it could not be written */
  return g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
}

GtkFileChooserNative *
_skup_gui_new_save_chooser (GtkWidget  *anchor,
                            const char *title,
                            const char *name)
{
  GtkRoot *root = anchor != NULL ? gtk_widget_get_root (anchor) : NULL;
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  return chooser;
}
