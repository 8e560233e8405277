/* skup-list-row.c — one row of a list view, whose item changes when the list is read again
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-list-row.h"

struct _SkupListRow
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (SkupListRow, skup_list_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
skup_list_row_finalize (GObject *object)
{
  g_clear_object (&SKUP_LIST_ROW (object)->item);

  G_OBJECT_CLASS (skup_list_row_parent_class)->finalize (object);
}

static void
skup_list_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, SKUP_LIST_ROW (object)->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_list_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM:
      skup_list_row_set_item (SKUP_LIST_ROW (object), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_list_row_class_init (SkupListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_list_row_finalize;
  object_class->get_property = skup_list_row_get_property;
  object_class->set_property = skup_list_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
skup_list_row_init (SkupListRow *self)
{
}

/**
 * skup_list_row_new:
 * @item: (nullable): what the row shows
 *
 * Returns: (transfer full): a row
 */
SkupListRow *
skup_list_row_new (GObject *item)
{
  return g_object_new (SKUP_TYPE_LIST_ROW, "item", item, NULL);
}

/**
 * skup_list_row_get_item:
 *
 * Returns: (transfer none) (nullable): what the row shows
 */
GObject *
skup_list_row_get_item (SkupListRow *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_ROW (self), NULL);

  return self->item;
}

void
skup_list_row_set_item (SkupListRow *self,
                        GObject     *item)
{
  g_return_if_fail (SKUP_IS_LIST_ROW (self));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
