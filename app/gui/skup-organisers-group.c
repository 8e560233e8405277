/* skup-organisers-group.c — the organisations behind an event, and their roles
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events are organised by one body and supported by others ("DPNSEE, supported by the
 * Office"). Each link is its own small record, edited here in place: changing a role or
 * removing a link is written at once, since a link carries nothing else that could be lost.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-detail-section.h"
#include "skup-organisers-group.h"
#include "skup-record-picker.h"

struct _SkupOrganisersGroup
{
  SkupChildGroup    parent_instance;

  /* Template children */
  SkupRecordPicker *picker;
};

G_DEFINE_FINAL_TYPE (SkupOrganisersGroup, skup_organisers_group, SKUP_TYPE_CHILD_GROUP)

static guint
role_position (const char *role)
{
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_ORGANISATION_ROLE, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (role, roles[i].nick) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
on_role_selected (SkupOrganisersGroup *self,
                  GParamSpec          *pspec,
                  GtkDropDown         *dropdown)
{
  SkupRecord *link = skup_child_group_get_row_child (SKUP_CHILD_GROUP (self),
                                                     GTK_WIDGET (dropdown));
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_ORGANISATION_ROLE, &n);
  guint position = gtk_drop_down_get_selected (dropdown);
  g_autoptr(SkupRecord) copy = NULL;

  if (link == NULL || position >= n
      || g_strcmp0 (skup_record_get_string (link, "role"), roles[position].nick) == 0)
    return;
  copy = skup_record_copy (link);
  skup_record_set_string (copy, "role", roles[position].nick);
  /* The same organisation twice in one role: say so, and show the role it still has. */
  if (!skup_child_group_save (SKUP_CHILD_GROUP (self), copy, NULL, NULL))
    gtk_drop_down_set_selected (dropdown, role_position (skup_record_get_string (link, "role")));
}

static GtkWidget *
make_role_dropdown (SkupOrganisersGroup *self,
                    SkupRecord          *link)
{
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_ORGANISATION_ROLE, &n);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, skup_choice_get_label (SKUP_CHOICES_ORGANISATION_ROLE,
                                                          roles[i].nick));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                              role_position (skup_record_get_string (link, "role")));
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Role"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Role"), -1);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_role_selected), self,
                           G_CONNECT_SWAPPED);
  return dropdown;
}

static GtkWidget *
skup_organisers_group_create_row (SkupChildGroup *group,
                                  SkupRecord     *link)
{
  SkupOrganisersGroup *self = SKUP_ORGANISERS_GROUP (group);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove_button = skup_child_group_new_remove_button (group, link,
                                                                 _("Remove From Event"));
  const char *name = skup_record_get_string (link, "organisation-name");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  /* Activating the row opens the organisation. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "organisers.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                    skup_record_get_int (link, "organisation-id"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_role_dropdown (self, link));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button);
  return row;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  skup_detail_section_open_record (SKUP_DETAIL_SECTION (widget), SKUP_TYPE_ORGANISATION,
                                   g_variant_get_int64 (parameter));
}

static void
on_chosen (SkupOrganisersGroup *self,
           gint64               id)
{
  if (id > 0)
    skup_organisers_group_add (self, id);
}

static void
skup_organisers_group_constructed (GObject *object)
{
  SkupOrganisersGroup *self = SKUP_ORGANISERS_GROUP (object);
  SkupStore *store;

  G_OBJECT_CLASS (skup_organisers_group_parent_class)->constructed (object);

  store = skup_child_group_get_store (SKUP_CHILD_GROUP (self));
  if (store != NULL)
    skup_record_picker_set_store (self->picker, store);
}

static void
skup_organisers_group_class_init (SkupOrganisersGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SkupChildGroupClass *group_class = SKUP_CHILD_GROUP_CLASS (klass);
  /* A renamed organisation shows under its new name. */
  static const char * const also_watch[] = { "organisation", NULL };

  object_class->constructed = skup_organisers_group_constructed;
  group_class->create_row = skup_organisers_group_create_row;
  skup_child_group_class_set_child (group_class, SKUP_TYPE_EVENT_ORGANISATION, "event-id",
                                    also_watch);

  g_type_ensure (SKUP_TYPE_RECORD_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-organisers-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupOrganisersGroup, picker);
  gtk_widget_class_bind_template_callback (widget_class, on_chosen);
  gtk_widget_class_install_action (widget_class, "organisers.open", "x", open_action);
}

static void
skup_organisers_group_init (SkupOrganisersGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  skup_record_picker_set_record_type (self->picker, SKUP_TYPE_ORGANISATION);
}

GtkWidget *
skup_organisers_group_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_ORGANISERS_GROUP, "context", context, NULL);
}

gboolean
skup_organisers_group_add (SkupOrganisersGroup *self,
                           gint64               organisation_id)
{
  g_autoptr(SkupRecord) link = NULL;

  g_return_val_if_fail (SKUP_IS_ORGANISERS_GROUP (self), FALSE);

  link = SKUP_RECORD (skup_event_organisation_new ());
  skup_record_set_int (link, "organisation-id", organisation_id);
  skup_record_set_string (link, "role", skup_child_group_get_count (SKUP_CHILD_GROUP (self)) == 0
                                        ? "organiser" : "supporter");
  return skup_child_group_save (SKUP_CHILD_GROUP (self), link, NULL, NULL);
}
