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
  SkupChildGroup  parent_instance;

  /* Template children */
  GtkMenuButton  *add_button;
  GtkEditable    *name_entry;
};

G_DEFINE_FINAL_TYPE (SkupRoomsGroup, skup_rooms_group, SKUP_TYPE_CHILD_GROUP)

static void
update_headings (AdwExpanderRow *row,
                 SkupRecord     *room)
{
  guint capacity = (guint) CLAMP (skup_record_get_int (room, "capacity"), 0, G_MAXUINT);
  g_autofree char *subtitle = NULL;

  if (capacity > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u seat", "%u seats", capacity),
                                capacity);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), skup_record_get_string (room, "name"));
  adw_expander_row_set_subtitle (row, subtitle ? subtitle : _("Capacity not set"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  skup_record_get_string (room, "name"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle ? subtitle : _("Capacity not set"), -1);
}

/* Writes @copy (the room with one field changed); on failure @field_row shows it is wrong. */
static void
save_room (SkupRoomsGroup *self,
           SkupRecord     *copy,
           GtkWidget      *field_row)
{
  if (skup_child_group_save (SKUP_CHILD_GROUP (self), copy, field_row, NULL))
    update_headings (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (field_row, ADW_TYPE_EXPANDER_ROW)),
                     copy);
}

static void
on_name_apply (SkupRoomsGroup *self,
               AdwEntryRow    *entry)
{
  SkupRecord *room = skup_child_group_get_row_child (SKUP_CHILD_GROUP (self), GTK_WIDGET (entry));
  g_autoptr(SkupRecord) copy = room ? skup_record_copy (room) : NULL;

  if (copy == NULL)
    return;
  skup_record_set_string (copy, "name", gtk_editable_get_text (GTK_EDITABLE (entry)));
  save_room (self, copy, GTK_WIDGET (entry));
}

static void
on_capacity_changed (SkupRoomsGroup *self,
                     GtkSpinButton  *spin)
{
  SkupRecord *room = skup_child_group_get_row_child (SKUP_CHILD_GROUP (self), GTK_WIDGET (spin));
  g_autoptr(SkupRecord) copy = NULL;
  gint64 capacity = gtk_spin_button_get_value_as_int (spin);

  if (room == NULL || capacity == skup_record_get_int (room, "capacity"))
    return;
  copy = skup_record_copy (room);
  skup_record_set_int (copy, "capacity", capacity);
  save_room (self, copy, gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_ACTION_ROW));
}

static void
add_name_row (SkupRoomsGroup *self,
              AdwExpanderRow *row,
              SkupRecord     *room)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (entry), skup_record_get_string (room, "name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (entry))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Room name"), -1);
  g_signal_connect_object (entry, "apply", G_CALLBACK (on_name_apply), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (row, entry);
}

static void
add_capacity_row (SkupRoomsGroup *self,
                  AdwExpanderRow *expander,
                  SkupRecord     *room)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Capacity"));
  /* Empty while not set, as the subtitle says "Capacity not set" and the venue's own reads. */
  _skup_gui_spin_blank_zero (GTK_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             (double) skup_record_get_int (room, "capacity"));
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Capacity"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_capacity_changed), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (expander, row);
}

static GtkWidget *
skup_rooms_group_create_row (SkupChildGroup *group,
                             SkupRecord     *room)
{
  SkupRoomsGroup *self = SKUP_ROOMS_GROUP (group);
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *remove_button = skup_child_group_new_remove_button (group, room, _("Remove Room"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  update_headings (row, room);
  add_name_row (self, row, room);
  add_capacity_row (self, row, room);
  adw_expander_row_add_action (row, remove_button);
  return GTK_WIDGET (row);
}

/* What the list of venues shows as the capacity of a venue with none set by hand (its
 * "seats"): said here, so the page and the list agree. */
static void
skup_rooms_group_children_changed (SkupChildGroup *group)
{
  GListModel *rooms = skup_child_group_get_children (group);
  guint n = rooms ? g_list_model_get_n_items (rooms) : 0;
  g_autofree char *total = NULL;
  guint seats = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) item = g_list_model_get_item (rooms, i);
      SkupRecord *room = skup_child_group_lookup (group, skup_record_get_id (item));

      seats += (guint) CLAMP (skup_record_get_int (room ? room : item, "capacity"), 0, G_MAXUINT16);
    }
  if (seats > 0)
    total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The rooms seat %u together: the venue’s capacity "
                                          "while none is set above.",
                                          "The rooms seat %u together: the venue’s capacity "
                                          "while none is set above.", seats), seats);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), total);
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
on_add_activated_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  on_add_activated (SKUP_ROOMS_GROUP (widget));
}

static void
skup_rooms_group_class_init (SkupRoomsGroupClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SkupChildGroupClass *group_class = SKUP_CHILD_GROUP_CLASS (klass);

  group_class->create_row = skup_rooms_group_create_row;
  group_class->children_changed = skup_rooms_group_children_changed;
  skup_child_group_class_set_child (group_class, SKUP_TYPE_ROOM, "venue-id", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-rooms-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupRoomsGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkupRoomsGroup, name_entry);
  gtk_widget_class_install_action (widget_class, "rooms.add", NULL, on_add_activated_action);
}

static void
skup_rooms_group_init (SkupRoomsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
skup_rooms_group_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_ROOMS_GROUP, "context", context, NULL);
}

gboolean
skup_rooms_group_add (SkupRoomsGroup *self,
                      const char     *name)
{
  g_autoptr(SkupRecord) room = SKUP_RECORD (skup_room_new ());

  g_return_val_if_fail (SKUP_IS_ROOMS_GROUP (self), FALSE);

  skup_record_set_string (room, "name", name);
  return skup_child_group_save (SKUP_CHILD_GROUP (self), room, NULL, NULL);
}
