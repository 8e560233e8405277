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
#include "skup-organisers-group.h"
#include "skup-record-picker.h"

struct _SkupOrganisersGroup
{
  AdwPreferencesGroup  parent_instance;

  SkupStore           *store;
  gint64               event_id;
  GListModel          *links;
  /* Set while this group writes, so the store's "changed" does not rebuild it mid-edit. */
  gboolean             writing;
  guint                refresh_id;

  /* Template children */
  GtkListBox          *list_box;
  GtkLabel            *error_label;
  SkupRecordPicker    *picker;
};

G_DEFINE_FINAL_TYPE (SkupOrganisersGroup, skup_organisers_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_OPEN_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (SkupOrganisersGroup *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
save_link (SkupOrganisersGroup *self,
           SkupRecord          *link)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  self->writing = TRUE;
  saved = skup_store_save (self->store, link, &error);
  self->writing = FALSE;
  show_error (self, error ? error->message : NULL);
  return saved;
}

static void
on_role_selected (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  SkupRecord  *link)
{
  SkupOrganisersGroup *self = g_object_get_data (G_OBJECT (dropdown), "group");
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_ORGANISATION_ROLE, &n);
  guint position = gtk_drop_down_get_selected (dropdown);
  g_autofree char *before = g_strdup (skup_record_get_string (link, "role"));

  if (position >= n || g_strcmp0 (before, roles[position].nick) == 0)
    return;
  skup_record_set_string (link, "role", roles[position].nick);
  /* The same organisation twice in one role: say so, and show the role it still has. */
  if (!save_link (self, link))
    skup_record_set_string (link, "role", before);
}

static void
on_remove_clicked (GtkButton  *button,
                   SkupRecord *link)
{
  SkupOrganisersGroup *self = g_object_get_data (G_OBJECT (button), "group");
  g_autoptr(GError) error = NULL;

  /* A link has nothing hanging off it: no plan to accept. */
  if (!skup_store_delete (self->store, link, NULL, &error))
    show_error (self, error->message);
}

static GtkWidget *
make_role_dropdown (SkupOrganisersGroup *self,
                    SkupRecord          *link)
{
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_ORGANISATION_ROLE, &n);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  const char *role = skup_record_get_string (link, "role");

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, skup_choice_get_label (SKUP_CHOICES_ORGANISATION_ROLE,
                                                          roles[i].nick));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (role, roles[i].nick) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Role"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Role"), -1);
  g_object_set_data (G_OBJECT (dropdown), "group", self);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_role_selected), link, 0);
  return dropdown;
}

static GtkWidget *
make_remove_button (SkupOrganisersGroup *self,
                    SkupRecord          *link)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove From Event"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove From Event"), -1);
  g_object_set_data (G_OBJECT (button), "group", self);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), link, 0);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SkupOrganisersGroup *self = user_data;
  SkupRecord *link = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 skup_record_get_string (link, "organisation-name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  skup_record_get_string (link, "organisation-name"), -1);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_role_dropdown (self, link));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_remove_button (self, link));
  g_object_set_data_full (G_OBJECT (row), "link", g_object_ref (link), g_object_unref);
  return row;
}

static void
refresh (SkupOrganisersGroup *self)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = self->event_id };
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->links);
  self->links = skup_store_list (self->store, SKUP_TYPE_EVENT_ORGANISATION, &query, &error);
  if (error != NULL)
    show_error (self, error->message);
  gtk_list_box_bind_model (self->list_box, self->links, create_row, self, NULL);
}

static gboolean
refresh_idle (gpointer data)
{
  SkupOrganisersGroup *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SkupOrganisersGroup *self,
                  const char          *kind)
{
  /* A role this group just wrote is on screen already; rebuilding would drop focus. */
  if (self->writing || self->refresh_id != 0)
    return;
  if (g_str_equal (kind, "event_organisation") || g_str_equal (kind, "organisation"))
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
on_row_activated (SkupOrganisersGroup *self,
                  GtkListBoxRow       *row)
{
  SkupRecord *link = g_object_get_data (G_OBJECT (row), "link");

  g_signal_emit (self, signals[SIGNAL_OPEN_RECORD], 0, SKUP_TYPE_ORGANISATION,
                 skup_record_get_int (link, "organisation-id"));
}

static void
on_chosen (SkupOrganisersGroup *self,
           gint64               id)
{
  if (id > 0)
    skup_organisers_group_add (self, id);
}

static void
skup_organisers_group_dispose (GObject *object)
{
  SkupOrganisersGroup *self = SKUP_ORGANISERS_GROUP (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ORGANISERS_GROUP);
  g_clear_object (&self->links);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_organisers_group_parent_class)->dispose (object);
}

static void
skup_organisers_group_class_init (SkupOrganisersGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_organisers_group_dispose;

  signals[SIGNAL_OPEN_RECORD] =
    g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  g_type_ensure (SKUP_TYPE_RECORD_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-organisers-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupOrganisersGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupOrganisersGroup, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupOrganisersGroup, picker);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_chosen);
}

static void
skup_organisers_group_init (SkupOrganisersGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  skup_record_picker_set_record_type (self->picker, SKUP_TYPE_ORGANISATION);
}

GtkWidget *
skup_organisers_group_new (SkupStore *store,
                           gint64     event_id)
{
  SkupOrganisersGroup *self;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_ORGANISERS_GROUP, NULL);
  self->store = g_object_ref (store);
  self->event_id = event_id;
  skup_record_picker_set_store (self->picker, store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);
  refresh (self);
  return GTK_WIDGET (self);
}

gboolean
skup_organisers_group_add (SkupOrganisersGroup *self,
                           gint64               organisation_id)
{
  g_autoptr(GError) error = NULL;
  gboolean first;

  g_return_val_if_fail (SKUP_IS_ORGANISERS_GROUP (self), FALSE);

  first = self->links == NULL || g_list_model_get_n_items (self->links) == 0;
  if (!skup_store_add_event_organisation (self->store, self->event_id, organisation_id,
                                          first ? "organiser" : "supporter", &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  return TRUE;
}

GtkListBox *
skup_organisers_group_get_list (SkupOrganisersGroup *self)
{
  g_return_val_if_fail (SKUP_IS_ORGANISERS_GROUP (self), NULL);

  return self->list_box;
}
