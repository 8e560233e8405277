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
  AdwPreferencesGroup  parent_instance;

  SkupStore           *store;
  gint64               event_id;
  GListModel          *sessions;
  /* Set while this group writes, so the store's "changed" does not rebuild it mid-edit. */
  gboolean             writing;
  guint                refresh_id;
  /* A session just added: its row opens. */
  gint64               expand_id;

  /* Template children */
  GtkListBox          *list_box;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (SkupSessionsGroup, skup_sessions_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* One row's widgets and the session they edit. */
typedef struct {
  SkupSessionsGroup *group;
  SkupRecord        *session;
  AdwExpanderRow    *row;
  GtkWidget         *date_row;
} SessionRow;

static void
session_row_free (SessionRow *sr)
{
  g_clear_object (&sr->session);
  g_free (sr);
}

static char *
dup_session_title (SkupRecord *session)
{
  char *title = skup_text_format_date_weekday (skup_record_get_string (session, "date"));

  return title != NULL ? title : g_strdup ("");
}

static char *
dup_session_subtitle (SkupRecord *session)
{
  const char *start = skup_record_get_string (session, "start-time");
  const char *end = skup_record_get_string (session, "end-time");
  const char *title = skup_record_get_string (session, "title");
  g_autofree char *times = NULL;

  if (start != NULL && end != NULL)
    /* Translators: the times of a session, e.g. "09:00–17:00" */
    times = g_strdup_printf (_("%s–%s"), start, end);
  else
    times = g_strdup (start ? start : end);

  if (times != NULL && title != NULL)
    /* Translators: a session's times and title, e.g. "09:00–13:00 · Opening" */
    return g_strdup_printf (_("%s · %s"), times, title);
  if (times != NULL || title != NULL)
    return g_strdup (times ? times : title);
  return g_strdup (_("No times set"));
}

static void
update_headings (SessionRow *sr)
{
  g_autofree char *title = dup_session_title (sr->session);
  g_autofree char *subtitle = dup_session_subtitle (sr->session);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->row), title);
  adw_expander_row_set_subtitle (sr->row, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sr->row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
}

/* Writes one field of the session; on failure the field's row shows it is wrong. */
static void
apply_field (SessionRow *sr,
             GtkWidget  *field_row,
             const char *field,
             const char *text)
{
  SkupSessionsGroup *self = sr->group;
  g_autoptr(SkupRecord) copy = skup_record_copy (sr->session);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  self->writing = TRUE;
  saved = skup_record_set_from_text (copy, field, text, &error)
          && skup_store_save (self->store, copy, &error);
  self->writing = FALSE;

  if (!saved)
    {
      _skup_gui_set_row_error (field_row, error->message);
      _skup_gui_show_error (self->error_label, error->message);
      return;
    }
  _skup_gui_set_row_error (field_row, NULL);
  _skup_gui_show_error (self->error_label, NULL);
  g_set_object (&sr->session, copy);
  update_headings (sr);
}

static void
on_entry_apply (AdwEntryRow *entry,
                SessionRow  *sr)
{
  apply_field (sr, GTK_WIDGET (entry), g_object_get_data (G_OBJECT (entry), "field"),
               gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_date_committed (SkupDateRow *date_row,
                   SessionRow  *sr)
{
  g_autofree char *date = skup_date_row_dup_date (date_row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (date_row));

  /* Leaving the row unchanged writes nothing. */
  if (date != NULL && g_strcmp0 (date, skup_record_get_string (sr->session, "date")) == 0)
    return;
  apply_field (sr, GTK_WIDGET (date_row), "date", text);
}

static void
on_remove_clicked (SessionRow *sr)
{
  SkupSessionsGroup *self = sr->group;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = skup_store_plan_delete (self->store, sr->session, &error);
  /* Attendance recorded for the session goes with it: the window asks first. */
  if (plan != NULL && plan->len > 0)
    g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, sr->session);
  else if (plan == NULL || !skup_store_delete (self->store, sr->session, NULL, &error))
    _skup_gui_show_error (self->error_label, error->message);
}

/* The text inside an entry row is what has focus: it carries the field's name. */
static void
label_text (GtkEditable *row,
            const char  *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (row)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GtkWidget *
add_entry (SessionRow *sr,
           const char *field,
           const char *title)
{
  GtkWidget *entry = adw_entry_row_new ();
  const char *value = skup_record_get_string (sr->session, field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  label_text (GTK_EDITABLE (entry), title);
  g_object_set_data (G_OBJECT (entry), "field", (gpointer) field);
  g_signal_connect (entry, "apply", G_CALLBACK (on_entry_apply), sr);
  adw_expander_row_add_row (sr->row, entry);
  return entry;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SessionRow *sr = g_new0 (SessionRow, 1);
  GtkWidget *remove_button;

  sr->group = user_data;
  sr->session = skup_record_copy (item);
  sr->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (sr->row), FALSE);
  g_object_set_data_full (G_OBJECT (sr->row), "session-row", sr,
                          (GDestroyNotify) session_row_free);
  update_headings (sr);

  sr->date_row = skup_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->date_row), _("Date"));
  label_text (GTK_EDITABLE (sr->date_row), _("Date"));
  skup_date_row_set_date (SKUP_DATE_ROW (sr->date_row),
                          skup_record_get_string (sr->session, "date"));
  g_signal_connect (sr->date_row, "committed", G_CALLBACK (on_date_committed), sr);
  adw_expander_row_add_row (sr->row, sr->date_row);
  add_entry (sr, "start-time", _("Starts (HH:MM)"));
  add_entry (sr, "end-time", _("Ends (HH:MM)"));
  add_entry (sr, "title", _("Title"));
  remove_button = _skup_gui_new_remove_button (_("Remove Session"));
  g_signal_connect_swapped (remove_button, "clicked", G_CALLBACK (on_remove_clicked), sr);
  adw_expander_row_add_action (sr->row, remove_button);

  if (skup_record_get_id (sr->session) == sr->group->expand_id)
    adw_expander_row_set_expanded (sr->row, TRUE);
  return GTK_WIDGET (sr->row);
}

static void
refresh (SkupSessionsGroup *self)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = self->event_id };
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->sessions);
  self->sessions = skup_store_list (self->store, SKUP_TYPE_SESSION, &query, &error);
  if (error != NULL)
    _skup_gui_show_error (self->error_label, error->message);
  gtk_list_box_bind_model (self->list_box, self->sessions, create_row, self, NULL);
  self->expand_id = 0;
}

static gboolean
refresh_idle (gpointer data)
{
  SkupSessionsGroup *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SkupSessionsGroup *self,
                  const char        *kind)
{
  /* What this group just wrote is on screen already; rebuilding would close the row. */
  if (self->writing || self->refresh_id != 0)
    return;
  /* New or moved event dates add sessions. */
  if (g_str_equal (kind, "session") || g_str_equal (kind, "event"))
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
on_add_clicked (SkupSessionsGroup *self)
{
  skup_sessions_group_add (self);
}

static void
skup_sessions_group_dispose (GObject *object)
{
  SkupSessionsGroup *self = SKUP_SESSIONS_GROUP (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_SESSIONS_GROUP);
  g_clear_object (&self->sessions);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_sessions_group_parent_class)->dispose (object);
}

static void
skup_sessions_group_class_init (SkupSessionsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_sessions_group_dispose;

  signals[SIGNAL_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SKUP_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-sessions-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupSessionsGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupSessionsGroup, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
}

static void
skup_sessions_group_init (SkupSessionsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
skup_sessions_group_new (SkupStore *store,
                         gint64     event_id)
{
  SkupSessionsGroup *self;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_SESSIONS_GROUP, NULL);
  self->store = g_object_ref (store);
  self->event_id = event_id;
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  refresh (self);
  return GTK_WIDGET (self);
}

guint
skup_sessions_group_get_count (SkupSessionsGroup *self)
{
  g_return_val_if_fail (SKUP_IS_SESSIONS_GROUP (self), 0);

  return self->sessions ? g_list_model_get_n_items (self->sessions) : 0;
}

static char *
dup_last_date (SkupSessionsGroup *self)
{
  guint n = skup_sessions_group_get_count (self);
  g_autoptr(SkupRecord) last = n > 0 ? g_list_model_get_item (self->sessions, n - 1) : NULL;
  g_autoptr(SkupRecord) event = NULL;

  if (last != NULL)
    return g_strdup (skup_record_get_string (last, "date"));
  event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id, NULL);
  return event ? g_strdup (skup_record_get_string (event, "start-date")) : NULL;
}

gboolean
skup_sessions_group_add (SkupSessionsGroup *self)
{
  g_autoptr(SkupRecord) session = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (SKUP_IS_SESSIONS_GROUP (self), FALSE);

  date = dup_last_date (self);
  session = SKUP_RECORD (skup_session_new ());
  skup_record_set_int (session, "event-id", self->event_id);
  skup_record_set_string (session, "date", date);

  self->writing = TRUE;
  saved = skup_store_save (self->store, session, &error);
  self->writing = FALSE;
  _skup_gui_show_error (self->error_label, error ? error->message : NULL);
  if (!saved)
    return FALSE;

  self->expand_id = skup_record_get_id (session);
  refresh (self);
  return TRUE;
}

GtkListBox *
skup_sessions_group_get_list (SkupSessionsGroup *self)
{
  g_return_val_if_fail (SKUP_IS_SESSIONS_GROUP (self), NULL);

  return self->list_box;
}
