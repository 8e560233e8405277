/* skup-rooms-group.c — the rooms of a venue, edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A room is a name and a capacity inside a venue ("Sala 1, 40 seats"). Each is an expander
 * row; its fields are written when applied, like sessions of an event, because a room is a
 * record of its own that events and sessions point at.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-gui-util.h"
#include "skup-rooms-group.h"

struct _SkupRoomsGroup
{
  AdwPreferencesGroup  parent_instance;

  SkupStore           *store;
  gint64               venue_id;
  GListModel          *rooms;
  /* Set while this group writes, so the store's "changed" does not rebuild it mid-edit. */
  gboolean             writing;
  guint                refresh_id;

  /* Template children */
  GtkListBox          *list_box;
  GtkLabel            *error_label;
  GtkMenuButton       *add_button;
  GtkEditable         *name_entry;
};

G_DEFINE_FINAL_TYPE (SkupRoomsGroup, skup_rooms_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  SkupRoomsGroup *group;
  SkupRecord     *room;
  AdwExpanderRow *row;
} RoomRow;

static void
room_row_free (RoomRow *rr)
{
  g_clear_object (&rr->room);
  g_free (rr);
}

static void
update_headings (RoomRow *rr)
{
  guint capacity = (guint) CLAMP (skup_record_get_int (rr->room, "capacity"), 0, G_MAXUINT);
  g_autofree char *subtitle = NULL;

  if (capacity > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u seat", "%u seats", capacity),
                                capacity);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rr->row),
                                 skup_record_get_string (rr->room, "name"));
  adw_expander_row_set_subtitle (rr->row, subtitle ? subtitle : _("Capacity not set"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (rr->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  skup_record_get_string (rr->room, "name"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle ? subtitle : _("Capacity not set"), -1);
}

/* Writes @copy (the room with one field changed); on failure @field_row shows it is wrong. */
static gboolean
save_room (RoomRow    *rr,
           SkupRecord *copy,
           GtkWidget  *field_row)
{
  SkupRoomsGroup *self = rr->group;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  self->writing = TRUE;
  saved = skup_store_save (self->store, copy, &error);
  self->writing = FALSE;

  if (!saved)
    {
      _skup_gui_set_row_error (field_row, error->message);
      _skup_gui_show_error (self->error_label, error->message);
      return FALSE;
    }
  _skup_gui_set_row_error (field_row, NULL);
  _skup_gui_show_error (self->error_label, NULL);
  g_set_object (&rr->room, copy);
  update_headings (rr);
  return TRUE;
}

static void
on_name_apply (AdwEntryRow *entry,
               RoomRow     *rr)
{
  g_autoptr(SkupRecord) copy = skup_record_copy (rr->room);

  skup_record_set_string (copy, "name", gtk_editable_get_text (GTK_EDITABLE (entry)));
  save_room (rr, copy, GTK_WIDGET (entry));
}

static void
on_capacity_changed (GtkSpinButton *spin,
                     RoomRow       *rr)
{
  g_autoptr(SkupRecord) copy = skup_record_copy (rr->room);
  gint64 capacity = gtk_spin_button_get_value_as_int (spin);

  if (capacity == skup_record_get_int (rr->room, "capacity"))
    return;
  skup_record_set_int (copy, "capacity", capacity);
  save_room (rr, copy, gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_ACTION_ROW));
}

static void
on_remove_clicked (RoomRow *rr)
{
  SkupRoomsGroup *self = rr->group;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = skup_store_plan_delete (self->store, rr->room, &error);
  /* Events or sessions in the room lose it: the window says so and asks first. */
  if (plan != NULL && plan->len > 0)
    g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, rr->room);
  else if (plan == NULL || !skup_store_delete (self->store, rr->room, NULL, &error))
    _skup_gui_show_error (self->error_label, error->message);
}

static void
add_name_row (RoomRow *rr)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (entry), skup_record_get_string (rr->room, "name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (entry))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Room name"), -1);
  g_signal_connect (entry, "apply", G_CALLBACK (on_name_apply), rr);
  adw_expander_row_add_row (rr->row, entry);
}

static void
add_capacity_row (RoomRow *rr)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Capacity"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             (double) skup_record_get_int (rr->room, "capacity"));
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Capacity"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_capacity_changed), rr);
  adw_expander_row_add_row (rr->row, row);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RoomRow *rr = g_new0 (RoomRow, 1);
  GtkWidget *remove_button;

  rr->group = user_data;
  rr->room = skup_record_copy (item);
  rr->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rr->row), FALSE);
  g_object_set_data_full (G_OBJECT (rr->row), "room-row", rr, (GDestroyNotify) room_row_free);
  update_headings (rr);
  add_name_row (rr);
  add_capacity_row (rr);
  remove_button = _skup_gui_new_remove_button (_("Remove Room"));
  g_signal_connect_swapped (remove_button, "clicked", G_CALLBACK (on_remove_clicked), rr);
  adw_expander_row_add_action (rr->row, remove_button);
  return GTK_WIDGET (rr->row);
}

static void
refresh (SkupRoomsGroup *self)
{
  SkupQuery query = { .filter_field = "venue-id", .filter_value = self->venue_id };
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->rooms);
  self->rooms = skup_store_list (self->store, SKUP_TYPE_ROOM, &query, &error);
  if (error != NULL)
    _skup_gui_show_error (self->error_label, error->message);
  gtk_list_box_bind_model (self->list_box, self->rooms, create_row, self, NULL);
}

static gboolean
refresh_idle (gpointer data)
{
  SkupRoomsGroup *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SkupRoomsGroup *self,
                  const char     *kind)
{
  if (self->writing || self->refresh_id != 0)
    return;
  if (g_str_equal (kind, "room"))
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
on_add_activated (SkupRoomsGroup *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (self->name_entry)));

  if (*name != '\0' && skup_rooms_group_add (self, name))
    {
      gtk_editable_set_text (self->name_entry, "");
      gtk_menu_button_popdown (self->add_button);
    }
}

static void
skup_rooms_group_dispose (GObject *object)
{
  SkupRoomsGroup *self = SKUP_ROOMS_GROUP (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ROOMS_GROUP);
  g_clear_object (&self->rooms);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_rooms_group_parent_class)->dispose (object);
}

static void
skup_rooms_group_class_init (SkupRoomsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_rooms_group_dispose;

  signals[SIGNAL_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SKUP_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-rooms-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupRoomsGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupRoomsGroup, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupRoomsGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkupRoomsGroup, name_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activated);
}

static void
skup_rooms_group_init (SkupRoomsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
skup_rooms_group_new (SkupStore *store,
                      gint64     venue_id)
{
  SkupRoomsGroup *self;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_ROOMS_GROUP, NULL);
  self->store = g_object_ref (store);
  self->venue_id = venue_id;
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  refresh (self);
  return GTK_WIDGET (self);
}

guint
skup_rooms_group_get_count (SkupRoomsGroup *self)
{
  g_return_val_if_fail (SKUP_IS_ROOMS_GROUP (self), 0);

  return self->rooms ? g_list_model_get_n_items (self->rooms) : 0;
}

gboolean
skup_rooms_group_add (SkupRoomsGroup *self,
                      const char     *name)
{
  g_autoptr(SkupRecord) room = SKUP_RECORD (skup_room_new ());
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (SKUP_IS_ROOMS_GROUP (self), FALSE);

  skup_record_set_string (room, "name", name);
  skup_record_set_int (room, "venue-id", self->venue_id);
  self->writing = TRUE;
  saved = skup_store_save (self->store, room, &error);
  self->writing = FALSE;
  _skup_gui_show_error (self->error_label, error ? error->message : NULL);
  if (saved)
    refresh (self);
  return saved;
}

GtkListBox *
skup_rooms_group_get_list (SkupRoomsGroup *self)
{
  g_return_val_if_fail (SKUP_IS_ROOMS_GROUP (self), NULL);

  return self->list_box;
}
