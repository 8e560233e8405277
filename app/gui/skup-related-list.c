/* skup-related-list.c — a titled list of the records related to the one a page shows
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows what hangs off its record: an event's participants, a person's history, a
 * venue's events. The lists come lazily from the store; a list shows its first items only (a
 * conference may have hundreds of participants) and says how many more there are.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-related-list.h"

#define DEFAULT_LIMIT 50

struct _SkupRelatedList
{
  AdwPreferencesGroup  parent_instance;

  guint                limit;
  guint                n_items;

  /* Template children */
  GtkListBox          *list_box;
  GtkLabel            *placeholder;
  GtkLabel            *more_label;
};

G_DEFINE_FINAL_TYPE (SkupRelatedList, skup_related_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_OPEN_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark target_type_quark;
static GQuark target_id_quark;

static void
on_row_activated (SkupRelatedList *self,
                  GtkListBoxRow   *row)
{
  GType type = GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (row), target_type_quark));
  gint64 *id = g_object_get_qdata (G_OBJECT (row), target_id_quark);

  if (type != G_TYPE_INVALID && id != NULL)
    g_signal_emit (self, signals[SIGNAL_OPEN_RECORD], 0, type, *id);
}

static void
on_title_changed (SkupRelatedList *self)
{
  const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
}

static void
skup_related_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_RELATED_LIST);

  G_OBJECT_CLASS (skup_related_list_parent_class)->dispose (object);
}

static void
skup_related_list_class_init (SkupRelatedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_related_list_dispose;

  signals[SIGNAL_OPEN_RECORD] =
    g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  target_type_quark = g_quark_from_static_string ("skup-related-target-type");
  target_id_quark = g_quark_from_static_string ("skup-related-target-id");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-related-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupRelatedList, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupRelatedList, placeholder);
  gtk_widget_class_bind_template_child (widget_class, SkupRelatedList, more_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
}

static void
skup_related_list_init (SkupRelatedList *self)
{
  self->limit = DEFAULT_LIMIT;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
skup_related_list_new (void)
{
  return g_object_new (SKUP_TYPE_RELATED_LIST, NULL);
}

static void
update_more_label (SkupRelatedList *self)
{
  guint hidden = self->n_items > self->limit ? self->n_items - self->limit : 0;
  g_autofree char *text = NULL;

  if (hidden > 0)
    /* Translators: under a list cut short, e.g. "and 134 more" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", hidden),
                            hidden);
  gtk_label_set_label (self->more_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), hidden > 0);
}

void
skup_related_list_set_model (SkupRelatedList            *self,
                             GListModel                 *model,
                             GtkListBoxCreateWidgetFunc  create_row,
                             gpointer                    user_data)
{
  g_autoptr(GtkSliceListModel) slice = NULL;

  g_return_if_fail (SKUP_IS_RELATED_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  self->n_items = model ? g_list_model_get_n_items (model) : 0;
  if (model != NULL)
    slice = gtk_slice_list_model_new (g_object_ref (model), 0, self->limit);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (slice), create_row, user_data, NULL);
  update_more_label (self);
}

void
skup_related_list_set_limit (SkupRelatedList *self,
                             guint            limit)
{
  g_return_if_fail (SKUP_IS_RELATED_LIST (self));

  self->limit = limit;
  update_more_label (self);
}

void
skup_related_list_set_empty_text (SkupRelatedList *self,
                                  const char      *text)
{
  g_return_if_fail (SKUP_IS_RELATED_LIST (self));

  gtk_label_set_label (self->placeholder, text);
}

guint
skup_related_list_get_n_items (SkupRelatedList *self)
{
  g_return_val_if_fail (SKUP_IS_RELATED_LIST (self), 0);

  return self->n_items;
}

GtkListBox *
skup_related_list_get_list_box (SkupRelatedList *self)
{
  g_return_val_if_fail (SKUP_IS_RELATED_LIST (self), NULL);

  return self->list_box;
}

GtkWidget *
skup_related_row_new (const char *title,
                      const char *subtitle,
                      GType       type,
                      gint64      id)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names are text, never markup: "Prevent & Duga". */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title ? title : "", -1);
  if (subtitle != NULL && *subtitle != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      subtitle, -1);
    }
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);

  if (type != G_TYPE_INVALID)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_qdata (G_OBJECT (row), target_type_quark, GSIZE_TO_POINTER (type));
      g_object_set_qdata_full (G_OBJECT (row), target_id_quark, g_memdup2 (&id, sizeof id),
                               g_free);
    }
  return row;
}
