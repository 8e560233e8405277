/* skup-reference-row.c — a form row for a field that refers to another record
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row reads like a filled-in field: its title is the field ("Organisation"), its subtitle
 * the chosen record's name. Activating it opens a SkupRecordPicker to search, create or clear.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-reference-row.h"

struct _SkupReferenceRow
{
  AdwActionRow      parent_instance;

  SkupStore        *store;
  gint64            value;
  char             *hint;

  /* Template children */
  GtkMenuButton    *button;
  SkupRecordPicker *picker;
};

G_DEFINE_FINAL_TYPE (SkupReferenceRow, skup_reference_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_record_title (SkupReferenceRow *self)
{
  GType type = skup_record_picker_get_record_type (self->picker);
  g_autoptr(SkupRecord) record = NULL;

  if (self->value <= 0 || self->store == NULL)
    return NULL;
  record = skup_store_load (self->store, type, self->value, NULL);
  /* A record deleted meanwhile: saving says so at this field. */
  return record ? skup_record_dup_title (record) : g_strdup (_("(deleted)"));
}

static void
update_subtitle (SkupReferenceRow *self)
{
  g_autofree char *title = dup_record_title (self);
  const char *subtitle = title ? title : self->hint ? self->hint : _("Not set");

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle, -1);
}

static void
on_chosen (SkupReferenceRow *self,
           gint64            id)
{
  skup_reference_row_set_value (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
on_title_changed (SkupReferenceRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  /* The button is what keyboard users reach: it speaks for the field. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
}

static void
skup_reference_row_dispose (GObject *object)
{
  SkupReferenceRow *self = SKUP_REFERENCE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_REFERENCE_ROW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_reference_row_parent_class)->dispose (object);
}

static void
skup_reference_row_finalize (GObject *object)
{
  g_free (SKUP_REFERENCE_ROW (object)->hint);

  G_OBJECT_CLASS (skup_reference_row_parent_class)->finalize (object);
}

static void
skup_reference_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SkupReferenceRow *self = SKUP_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_reference_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SkupReferenceRow *self = SKUP_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      skup_reference_row_set_value (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_reference_row_class_init (SkupReferenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_reference_row_dispose;
  object_class->finalize = skup_reference_row_finalize;
  object_class->get_property = skup_reference_row_get_property;
  object_class->set_property = skup_reference_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int64 ("value", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_RECORD_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-reference-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupReferenceRow, button);
  gtk_widget_class_bind_template_child (widget_class, SkupReferenceRow, picker);
  gtk_widget_class_bind_template_callback (widget_class, on_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
}

static void
skup_reference_row_init (SkupReferenceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  skup_record_picker_set_can_clear (self->picker, TRUE);
}

GtkWidget *
skup_reference_row_new (SkupStore *store,
                        GType      record_type)
{
  SkupReferenceRow *self = g_object_new (SKUP_TYPE_REFERENCE_ROW, NULL);

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  skup_record_picker_set_store (self->picker, store);
  skup_record_picker_set_record_type (self->picker, record_type);
  update_subtitle (self);
  return GTK_WIDGET (self);
}

gint64
skup_reference_row_get_value (SkupReferenceRow *self)
{
  g_return_val_if_fail (SKUP_IS_REFERENCE_ROW (self), 0);

  return self->value;
}

void
skup_reference_row_set_value (SkupReferenceRow *self,
                              gint64            id)
{
  g_return_if_fail (SKUP_IS_REFERENCE_ROW (self));

  if (self->value == id)
    return;
  self->value = id;
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

void
skup_reference_row_set_required (SkupReferenceRow *self,
                                 gboolean          required)
{
  g_return_if_fail (SKUP_IS_REFERENCE_ROW (self));

  skup_record_picker_set_can_clear (self->picker, !required);
}

void
skup_reference_row_set_hint (SkupReferenceRow *self,
                             const char       *hint)
{
  g_return_if_fail (SKUP_IS_REFERENCE_ROW (self));

  g_free (self->hint);
  self->hint = g_strdup (hint);
  update_subtitle (self);
}

SkupRecordPicker *
skup_reference_row_get_picker (SkupReferenceRow *self)
{
  g_return_val_if_fail (SKUP_IS_REFERENCE_ROW (self), NULL);

  return self->picker;
}
