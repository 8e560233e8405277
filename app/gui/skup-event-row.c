/* skup-event-row.c — a row of the events list: an event, or the heading of a group
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"

#include "skup-event-row.h"

struct _SkupEventRow
{
  AdwBin     parent_instance;

  /* Template children */
  GtkLabel  *heading_label;
  GtkWidget *event_box;
  GtkLabel  *title_label;
  GtkLabel  *details_label;
  GtkLabel  *registered_label;
  GtkLabel  *attended_label;
};

G_DEFINE_FINAL_TYPE (SkupEventRow, skup_event_row, ADW_TYPE_BIN)

static char *
format_number (gint64 value)
{
  /* The ' flag groups digits as the locale does: 1,234 in English, 1.234 in Serbian. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

/* "20–22 May 2019 · Workshop · Palace of Serbia, Beograd" */
static char *
format_details (SkupRecord *event)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *kind = skup_record_get_string (event, "kind");
  const char *venue = skup_record_get_string (event, "venue-name");
  const char *city = skup_record_get_string (event, "city");

  g_ptr_array_add (parts, skup_text_format_date_range (skup_record_get_string (event, "start-date"),
                                                       skup_record_get_string (event, "end-date")));
  if (kind != NULL)
    g_ptr_array_add (parts, g_strdup (skup_choice_get_label (SKUP_CHOICES_EVENT_KIND, kind)));
  if (venue != NULL && city != NULL && strstr (venue, city) == NULL)
    /* Translators: a venue and its city ("Palace of Serbia, Beograd") */
    g_ptr_array_add (parts, g_strdup_printf (C_("venue and city", "%s, %s"), venue, city));
  else if (venue != NULL || city != NULL)
    g_ptr_array_add (parts, g_strdup (venue != NULL ? venue : city));

  g_ptr_array_remove (parts, NULL);
  g_ptr_array_add (parts, NULL);
  /* Translators: what separates the date, kind and place of an event in a list */
  return g_strjoinv (C_("list separator", " · "), (char **) parts->pdata);
}

static void
show_event (SkupEventRow *self,
            SkupRecord   *event)
{
  gint64 registered = skup_record_get_int (event, "registered-count");
  gint64 attended = skup_record_get_int (event, "attended-count");
  g_autofree char *title = skup_record_dup_title (event);
  g_autofree char *details = format_details (event);
  g_autofree char *n_registered = format_number (registered);
  g_autofree char *n_attended = format_number (attended);
  g_autofree char *registered_text = NULL;
  g_autofree char *attended_text = NULL;

  /* Translators: people registered for an event; %s is the number */
  registered_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s registered",
                                                  "%s registered", registered), n_registered);
  /* Translators: people who came to an event; %s is the number */
  attended_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s attended",
                                                "%s attended", attended), n_attended);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details);
  gtk_label_set_text (self->registered_label, registered_text);
  gtk_label_set_text (self->attended_label, attended_text);
}

void
skup_event_row_set_item (SkupEventRow *self,
                         GObject      *item)
{
  gboolean is_event = SKUP_IS_RECORD (item);
  gboolean is_heading = GTK_IS_STRING_OBJECT (item);

  g_return_if_fail (SKUP_IS_EVENT_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), is_heading);
  gtk_widget_set_visible (self->event_box, is_event);
  if (is_heading)
    gtk_label_set_text (self->heading_label,
                        gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  else if (is_event)
    show_event (self, SKUP_RECORD (item));
}

static void
skup_event_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_EVENT_ROW);

  G_OBJECT_CLASS (skup_event_row_parent_class)->dispose (object);
}

static void
skup_event_row_class_init (SkupEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_event_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupEventRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SkupEventRow, event_box);
  gtk_widget_class_bind_template_child (widget_class, SkupEventRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SkupEventRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, SkupEventRow, registered_label);
  gtk_widget_class_bind_template_child (widget_class, SkupEventRow, attended_label);
}

static void
skup_event_row_init (SkupEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  skup_event_row_set_item (self, NULL);
}

GtkWidget *
skup_event_row_new (void)
{
  return g_object_new (SKUP_TYPE_EVENT_ROW, NULL);
}
