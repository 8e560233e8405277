/* skup-sessions-group.c — the days or sessions of an event, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store makes one session per day of an event; attendance is taken per session. Here each
 * session is an expander row: closed it reads "Monday, 20.05.2019. — 09:00–17:00", open it
 * edits the date, times and title. Each field is written when the user applies it (the apply
 * button, Enter, or for the date leaving the row), as a session is a small record of its own
 * and the core checks it at once (within the event's dates, ends after it starts).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-date-row.h"
#include "skup-gui-util.h"
#include "skup-sessions-group.h"

struct _SkupSessionsGroup
{
  SkupChildGroup  parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupSessionsGroup, skup_sessions_group, SKUP_TYPE_CHILD_GROUP)

static char *
dup_session_title (SkupRecord *session)
{
  char *title = skup_text_format_date_weekday (skup_record_get_string (session, "date"));

  return title != NULL ? title : g_strdup ("");
}

static char *
dup_session_subtitle (SkupRecord *session)
{
  g_autofree char *times = skup_session_dup_times (session);
  const char *parts[] = { times, skup_record_get_string (session, "title") };
  char *subtitle = skup_text_join_parts (parts, G_N_ELEMENTS (parts));

  if (*subtitle != '\0')
    return subtitle;
  g_free (subtitle);
  return g_strdup (_("No times set"));
}

static void
update_headings (AdwExpanderRow *row,
                 SkupRecord     *session)
{
  g_autofree char *title = dup_session_title (session);
  g_autofree char *subtitle = dup_session_subtitle (session);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
}

/* Writes one field of the session; on failure the field's row shows it is wrong. */
static void
apply_field (SkupSessionsGroup *self,
             GtkWidget         *field_row,
             const char        *field,
             const char        *text)
{
  SkupChildGroup *group = SKUP_CHILD_GROUP (self);
  SkupRecord *session = skup_child_group_get_row_child (group, field_row);
  g_autoptr(SkupRecord) copy = session ? skup_record_copy (session) : NULL;
  g_autoptr(GError) error = NULL;

  if (copy == NULL)
    return;
  if (!skup_record_set_from_text (copy, field, text, &error))
    {
      _skup_gui_set_row_error (field_row, error->message);
      skup_child_group_show_error (group, error->message);
      return;
    }
  if (skup_child_group_save (group, copy, field_row, NULL))
    update_headings (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (field_row, ADW_TYPE_EXPANDER_ROW)),
                     copy);
}

static void
on_start_apply (SkupSessionsGroup *self,
                GtkEditable       *entry)
{
  apply_field (self, GTK_WIDGET (entry), "start-time", gtk_editable_get_text (entry));
}

static void
on_end_apply (SkupSessionsGroup *self,
              GtkEditable       *entry)
{
  apply_field (self, GTK_WIDGET (entry), "end-time", gtk_editable_get_text (entry));
}

static void
on_title_apply (SkupSessionsGroup *self,
                GtkEditable       *entry)
{
  apply_field (self, GTK_WIDGET (entry), "title", gtk_editable_get_text (entry));
}

static void
on_date_committed (SkupSessionsGroup *self,
                   SkupDateRow       *date_row)
{
  SkupRecord *session = skup_child_group_get_row_child (SKUP_CHILD_GROUP (self),
                                                        GTK_WIDGET (date_row));
  g_autofree char *date = skup_date_row_dup_date (date_row);

  /* Leaving the row unchanged writes nothing. */
  if (session == NULL || (date != NULL
                          && g_strcmp0 (date, skup_record_get_string (session, "date")) == 0))
    return;
  apply_field (self, GTK_WIDGET (date_row), "date",
               gtk_editable_get_text (GTK_EDITABLE (date_row)));
}

/* The text inside an entry row is what has focus: it carries the field's name. */
static void
label_text (GtkEditable *row,
            const char  *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (row)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
add_entry (SkupSessionsGroup *self,
           AdwExpanderRow    *row,
           SkupRecord        *session,
           const char        *field,
           const char        *title,
           GCallback          on_apply)
{
  GtkWidget *entry = adw_entry_row_new ();
  const char *value = skup_record_get_string (session, field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  label_text (GTK_EDITABLE (entry), title);
  g_signal_connect_object (entry, "apply", on_apply, self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (row, entry);
}

static void
add_date_row (SkupSessionsGroup *self,
              AdwExpanderRow    *row,
              SkupRecord        *session)
{
  GtkWidget *date_row = skup_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Date"));
  label_text (GTK_EDITABLE (date_row), _("Date"));
  skup_date_row_set_date (SKUP_DATE_ROW (date_row), skup_record_get_string (session, "date"));
  g_signal_connect_object (date_row, "committed", G_CALLBACK (on_date_committed), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (row, date_row);
}

static GtkWidget *
skup_sessions_group_create_row (SkupChildGroup *group,
                                SkupRecord     *session)
{
  SkupSessionsGroup *self = SKUP_SESSIONS_GROUP (group);
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *remove_button = skup_child_group_new_remove_button (group, session,
                                                                 _("Remove Session"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  update_headings (row, session);
  add_date_row (self, row, session);
  add_entry (self, row, session, "start-time", _("Starts (HH:MM)"), G_CALLBACK (on_start_apply));
  add_entry (self, row, session, "end-time", _("Ends (HH:MM)"), G_CALLBACK (on_end_apply));
  add_entry (self, row, session, "title", _("Title"), G_CALLBACK (on_title_apply));
  adw_expander_row_add_action (row, remove_button);
  return GTK_WIDGET (row);
}

static void
on_add_clicked (SkupSessionsGroup *self)
{
  skup_sessions_group_add (self);
}

static void
on_add_clicked_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  on_add_clicked (SKUP_SESSIONS_GROUP (widget));
}

static void
skup_sessions_group_class_init (SkupSessionsGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SkupChildGroupClass *group_class = SKUP_CHILD_GROUP_CLASS (klass);
  /* New or moved event dates add sessions. */
  static const char * const also_watch[] = { "event", NULL };

  group_class->create_row = skup_sessions_group_create_row;
  skup_child_group_class_set_child (group_class, SKUP_TYPE_SESSION, "event-id", also_watch);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-sessions-group.ui");
  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, on_add_clicked_action);
}

static void
skup_sessions_group_init (SkupSessionsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
skup_sessions_group_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_SESSIONS_GROUP, "context", context, NULL);
}

static char *
dup_last_date (SkupSessionsGroup *self)
{
  GListModel *sessions = skup_child_group_get_children (SKUP_CHILD_GROUP (self));
  guint n = sessions ? g_list_model_get_n_items (sessions) : 0;
  g_autoptr(SkupRecord) last = n > 0 ? g_list_model_get_item (sessions, n - 1) : NULL;
  g_autoptr(SkupRecord) event = NULL;

  if (last != NULL)
    return g_strdup (skup_record_get_string (last, "date"));
  /* Read again: the page may have moved the event since it was shown here. */
  event = skup_store_load (skup_child_group_get_store (SKUP_CHILD_GROUP (self)), SKUP_TYPE_EVENT,
                           skup_child_group_get_parent_id (SKUP_CHILD_GROUP (self)), NULL);
  return event ? g_strdup (skup_record_get_string (event, "start-date")) : NULL;
}

/* A session just added opens, ready for its times. */
static void
expand_session (SkupSessionsGroup *self,
                gint64             id)
{
  GListModel *sessions = skup_child_group_get_children (SKUP_CHILD_GROUP (self));
  guint n = sessions ? g_list_model_get_n_items (sessions) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);
      GtkListBoxRow *row;

      if (skup_record_get_id (session) != id)
        continue;
      row = gtk_list_box_get_row_at_index (skup_child_group_get_list (SKUP_CHILD_GROUP (self)), i);
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      return;
    }
}

gboolean
skup_sessions_group_add (SkupSessionsGroup *self)
{
  g_autoptr(SkupRecord) session = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (SKUP_IS_SESSIONS_GROUP (self), FALSE);

  date = dup_last_date (self);
  session = SKUP_RECORD (skup_session_new ());
  skup_record_set_string (session, "date", date);
  if (!skup_child_group_save (SKUP_CHILD_GROUP (self), session, NULL, NULL))
    return FALSE;
  expand_session (self, skup_record_get_id (session));
  return TRUE;
}
