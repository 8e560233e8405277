/* skup-gui-util.c — small pieces of behaviour several widgets share
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
