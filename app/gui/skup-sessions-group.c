/* skup-sessions-group.c — the days or sessions of an event, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store makes one session per day of an event; attendance is taken per session. Here each
 * session is an expander row: closed it reads "Monday, 20.05.2019. — 09:00–17:00", open it
 * edits the date, times, title and room, and holds the session's signed sign-in sheet. Each
 * field is written when the user applies it (the apply button, Enter, choosing a room, or for
 * the date leaving the row), as a session is a small record of its own and the core checks it
 * at once (within the event's dates, ends after it starts, a room of the event's venue).
 *
 * The group is built again whenever the register says sessions changed (a sheet attached
 * here, another organiser's edit): which sessions were open, and where the user was working,
 * survive that, so attaching a sheet does not fold the session away under the user.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-date-row.h"
#include "skup-gui-util.h"
#include "skup-sessions-group.h"
#include "skup-sheet-row.h"

struct _SkupSessionsGroup
{
  SkupChildGroup  parent_instance;

  GHashTable     *expanded;     /* ids of the sessions the user has open */
  gint64          refocus_id;   /* the session whose sheet row had the focus, or 0 */
  /* The rooms of the event's venue, read once for all the rows of one build. */
  GListModel     *rooms;
  gboolean        rooms_read;
};

G_DEFINE_FINAL_TYPE (SkupSessionsGroup, skup_sessions_group, SKUP_TYPE_CHILD_GROUP)

static char *
dup_session_title (SkupRecord *session)
{
  char *title = skup_text_format_date_weekday (skup_record_get_string (session, "date"));

  return title != NULL ? title : g_strdup ("");
}

/* Rooms ******************************************************************/

/* (transfer none) (nullable): the rooms of the event's venue, by name; NULL without a venue. */
static GListModel *
get_rooms (SkupSessionsGroup *self)
{
  SkupChildGroup *group = SKUP_CHILD_GROUP (self);
  SkupStore *store = skup_child_group_get_store (group);
  g_autoptr(SkupRecord) event = NULL;
  SkupQuery query = { .filter_field = "venue-id" };
  g_autoptr(GError) error = NULL;

  if (self->rooms_read)
    return self->rooms;
  self->rooms_read = TRUE;
  g_clear_object (&self->rooms);
  /* Read again: the page may have moved the event to another venue since it was shown. */
  if (store != NULL && skup_child_group_get_parent_id (group) > 0)
    event = skup_store_load (store, SKUP_TYPE_EVENT, skup_child_group_get_parent_id (group),
                             NULL);
  query.filter_value = event ? skup_record_get_int (event, "venue-id") : 0;
  if (query.filter_value <= 0)
    return NULL;
  self->rooms = skup_store_list (store, SKUP_TYPE_ROOM, &query, &error);
  if (error != NULL)
    skup_child_group_show_error (group, error->message);
  return self->rooms;
}

/* The rooms may have changed by the next build (a room added on the venue's page). */
static void
forget_rooms (SkupSessionsGroup *self)
{
  g_clear_object (&self->rooms);
  self->rooms_read = FALSE;
}

static char *
dup_room_name (SkupSessionsGroup *self,
               gint64             room_id)
{
  GListModel *rooms = get_rooms (self);
  guint n = rooms ? g_list_model_get_n_items (rooms) : 0;
  g_autoptr(SkupRecord) room = NULL;

  if (room_id <= 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) item = g_list_model_get_item (rooms, i);

      if (skup_record_get_id (item) == room_id)
        return skup_record_dup_title (item);
    }
  /* A room of a venue the event was moved from: still the session's until it is changed. */
  room = skup_store_load (skup_child_group_get_store (SKUP_CHILD_GROUP (self)), SKUP_TYPE_ROOM,
                          room_id, NULL);
  return room ? skup_record_dup_title (room) : NULL;
}

/* Headings *****************************************************************/

static char *
dup_session_subtitle (SkupSessionsGroup *self,
                      SkupRecord        *session)
{
  g_autofree char *times = skup_session_dup_times (session);
  g_autofree char *room = dup_room_name (self, skup_record_get_int (session, "room-id"));
  const char *title = skup_record_get_string (session, "title");
  gboolean has_sheet = skup_record_get_bool (session, "has-sheet");
  const char *parts[] = {
    times ? times : (title == NULL || *title == '\0') ? _("No times set") : NULL,
    title,
    room,
    /* Translators: in a session's summary, "09:00–17:00 · Sala 1 · signed sheet attached" */
    has_sheet ? _("signed sheet attached") : NULL,
  };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static void
update_headings (SkupSessionsGroup *self,
                 AdwExpanderRow    *row,
                 SkupRecord        *session)
{
  g_autofree char *title = dup_session_title (session);
  g_autofree char *subtitle = dup_session_subtitle (self, session);
  GtkWidget *sheet_icon = g_object_get_data (G_OBJECT (row), "sheet-icon");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  if (sheet_icon != NULL)
    gtk_widget_set_visible (sheet_icon, skup_record_get_bool (session, "has-sheet"));
}

static AdwExpanderRow *
get_expander (GtkWidget *field_row)
{
  return ADW_EXPANDER_ROW (gtk_widget_get_ancestor (field_row, ADW_TYPE_EXPANDER_ROW));
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
    update_headings (self, get_expander (field_row), copy);
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

/* The room row: "No room", then the venue's rooms. */
static GtkStringList *
build_room_choices (SkupSessionsGroup *self,
                    gint64             current,
                    GArray            *ids,
                    guint             *out_selected)
{
  GListModel *rooms = get_rooms (self);
  guint n = rooms ? g_list_model_get_n_items (rooms) : 0;
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 none = 0;

  *out_selected = 0;
  gtk_string_list_append (names, _("No room"));
  g_array_append_val (ids, none);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) room = g_list_model_get_item (rooms, i);
      g_autofree char *name = skup_record_dup_title (room);
      gint64 id = skup_record_get_id (room);

      gtk_string_list_append (names, name);
      g_array_append_val (ids, id);
      if (id == current)
        *out_selected = ids->len - 1;
    }
  /* A room of another venue (the event was moved) is shown as it is, not as "No room". */
  if (current > 0 && *out_selected == 0)
    {
      g_autofree char *name = dup_room_name (self, current);

      gtk_string_list_append (names, name ? name : "");
      g_array_append_val (ids, current);
      *out_selected = ids->len - 1;
    }
  return names;
}

static void
show_room (AdwComboRow *combo,
           gint64       room_id)
{
  GArray *ids = g_object_get_data (G_OBJECT (combo), "room-ids");

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == room_id)
      {
        g_object_set_data (G_OBJECT (combo), "showing", GINT_TO_POINTER (TRUE));
        adw_combo_row_set_selected (combo, i);
        g_object_set_data (G_OBJECT (combo), "showing", NULL);
        return;
      }
}

/* Written at once, as the other fields are; a room the register refuses goes back. */
static void
on_room_selected (SkupSessionsGroup *self,
                  GParamSpec        *pspec,
                  AdwComboRow       *combo)
{
  SkupChildGroup *group = SKUP_CHILD_GROUP (self);
  SkupRecord *session = skup_child_group_get_row_child (group, GTK_WIDGET (combo));
  GArray *ids = g_object_get_data (G_OBJECT (combo), "room-ids");
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(SkupRecord) copy = NULL;
  gint64 room_id;

  if (session == NULL || g_object_get_data (G_OBJECT (combo), "showing") != NULL
      || selected >= ids->len)
    return;
  room_id = g_array_index (ids, gint64, selected);
  if (room_id == skup_record_get_int (session, "room-id"))
    return;
  copy = skup_record_copy (session);
  skup_record_set_int (copy, "room-id", room_id);
  if (skup_child_group_save (group, copy, GTK_WIDGET (combo), NULL))
    update_headings (self, get_expander (GTK_WIDGET (combo)), copy);
  else
    show_room (combo, skup_record_get_int (session, "room-id"));
}

static void
add_room_row (SkupSessionsGroup *self,
              AdwExpanderRow    *row,
              SkupRecord        *session)
{
  GtkWidget *combo = adw_combo_row_new ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint selected = 0;
  g_autoptr(GtkStringList) names = build_room_choices (self, skup_record_get_int (session,
                                                                                  "room-id"),
                                                       ids, &selected);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Room"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (combo), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Room"), -1);
  g_object_set_data_full (G_OBJECT (combo), "room-ids", ids, (GDestroyNotify) g_array_unref);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), selected);
  /* Nothing to choose from says why, rather than offering a list of one. */
  if (get_rooms (self) == NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (combo),
                                 _("The event has no venue: choose one above to pick a room."));
  else if (g_list_model_get_n_items (get_rooms (self)) == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (combo),
                                 _("The venue has no rooms yet: add them on its page."));
  gtk_widget_set_sensitive (combo, ids->len > 1);
  g_signal_connect_object (combo, "notify::selected", G_CALLBACK (on_room_selected), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (row, combo);
}

/* Signed sheet *************************************************************/

/* Attaching or removing a sheet makes the register say sessions changed, and the group is
 * built again: the new sheet row of this session takes the focus back (see
 * children_changed). */
static void
on_sheet_changed (SkupSessionsGroup *self,
                  SkupSheetRow      *sheet_row)
{
  self->refocus_id = skup_sheet_row_get_session_id (sheet_row);
}

static void
add_sheet_row (SkupSessionsGroup *self,
               AdwExpanderRow    *row,
               SkupRecord        *session)
{
  GtkWidget *sheet_row = skup_sheet_row_new (skup_child_group_get_store (SKUP_CHILD_GROUP (self)),
                                             skup_record_get_id (session));

  g_signal_connect_object (sheet_row, "sheet-changed", G_CALLBACK (on_sheet_changed), self,
                           G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), "sheet-row", sheet_row);
  adw_expander_row_add_row (row, sheet_row);
}

/* Beside the remove button, so a closed session shows it has its evidence. */
static void
add_sheet_icon (AdwExpanderRow *row)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("x-office-document-symbolic");

  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (icon, _("Signed sheet attached"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Signed sheet attached"), -1);
  gtk_widget_set_visible (icon, FALSE);
  g_object_set_data (G_OBJECT (row), "sheet-icon", icon);
  adw_expander_row_add_action (row, icon);
}

/* Rows *********************************************************************/

static void
on_expanded_changed (SkupSessionsGroup *self,
                     GParamSpec        *pspec,
                     AdwExpanderRow    *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "session-id"));

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

static GtkWidget *
skup_sessions_group_create_row (SkupChildGroup *group,
                                SkupRecord     *session)
{
  SkupSessionsGroup *self = SKUP_SESSIONS_GROUP (group);
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *remove_button = skup_child_group_new_remove_button (group, session,
                                                                 _("Remove Session"));
  gint64 id = skup_record_get_id (session);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* Actions are packed from the end: the icon goes left of the remove button. */
  adw_expander_row_add_action (row, remove_button);
  add_sheet_icon (row);
  update_headings (self, row, session);
  add_date_row (self, row, session);
  add_entry (self, row, session, "start-time", _("Starts (HH:MM)"), G_CALLBACK (on_start_apply));
  add_entry (self, row, session, "end-time", _("Ends (HH:MM)"), G_CALLBACK (on_end_apply));
  add_entry (self, row, session, "title", _("Title"), G_CALLBACK (on_title_apply));
  add_room_row (self, row, session);
  add_sheet_row (self, row, session);

  g_object_set_data (G_OBJECT (row), "session-id", GSIZE_TO_POINTER ((gsize) id));
  adw_expander_row_set_expanded (row, g_hash_table_contains (self->expanded, &id));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded_changed), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static AdwExpanderRow *
find_session_row (SkupSessionsGroup *self,
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
      return ADW_IS_EXPANDER_ROW (row) ? ADW_EXPANDER_ROW (row) : NULL;
    }
  return NULL;
}

static void
skup_sessions_group_children_changed (SkupChildGroup *group)
{
  SkupSessionsGroup *self = SKUP_SESSIONS_GROUP (group);
  AdwExpanderRow *row = self->refocus_id ? find_session_row (self, self->refocus_id) : NULL;
  GtkWidget *sheet_row = row ? g_object_get_data (G_OBJECT (row), "sheet-row") : NULL;

  forget_rooms (self);
  /* Once the rows are built again: the row the user was working in was among them. */
  if (sheet_row != NULL)
    {
      self->refocus_id = 0;
      gtk_widget_grab_focus (sheet_row);
    }
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
skup_sessions_group_dispose (GObject *object)
{
  SkupSessionsGroup *self = SKUP_SESSIONS_GROUP (object);

  forget_rooms (self);

  G_OBJECT_CLASS (skup_sessions_group_parent_class)->dispose (object);
}

static void
skup_sessions_group_finalize (GObject *object)
{
  SkupSessionsGroup *self = SKUP_SESSIONS_GROUP (object);

  g_clear_pointer (&self->expanded, g_hash_table_unref);

  G_OBJECT_CLASS (skup_sessions_group_parent_class)->finalize (object);
}

static void
skup_sessions_group_class_init (SkupSessionsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SkupChildGroupClass *group_class = SKUP_CHILD_GROUP_CLASS (klass);
  /* New or moved event dates add sessions; rooms added or renamed show in the room rows. */
  static const char * const also_watch[] = { "event", "room", NULL };

  object_class->dispose = skup_sessions_group_dispose;
  object_class->finalize = skup_sessions_group_finalize;
  group_class->create_row = skup_sessions_group_create_row;
  group_class->children_changed = skup_sessions_group_children_changed;
  skup_child_group_class_set_child (group_class, SKUP_TYPE_SESSION, "event-id", also_watch);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-sessions-group.ui");
  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, on_add_clicked_action);
}

static void
skup_sessions_group_init (SkupSessionsGroup *self)
{
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
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
  AdwExpanderRow *row = find_session_row (self, id);

  if (row != NULL)
    adw_expander_row_set_expanded (row, TRUE);
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
