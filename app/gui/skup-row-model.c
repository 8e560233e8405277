/* skup-row-model.c — the rows a list view shows, kept when the list is read again
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why: GTK 4.8's list views keep some 200 row widgets, and a model that replaces its items
 * makes them destroy and build all of them (with their cells) again — most of the time a
 * search keystroke may take on 100,000 people. Replacing everything in one change is worse:
 * the views then read every new item looking for the row they tracked. Rows that stay the
 * same objects, showing new items, cost neither.
 */

#include "config.h"

#include "skup-row-model.h"

struct _SkupRowModel
{
  GObject     parent_instance;

  GListModel *source;
  /* Position → the SkupListRow a view holds for it. Weak: a row the views let go of is
   * forgotten, so a new source only updates the rows on screen. */
  GHashTable *rows;
};

static void skup_row_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupRowModel, skup_row_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      skup_row_model_list_model_init))

static gboolean
is_row (gpointer key,
        gpointer value,
        gpointer user_data)
{
  return value == user_data;
}

static void
on_row_finalized (gpointer  user_data,
                  GObject  *where_the_row_was)
{
  SkupRowModel *self = user_data;

  g_hash_table_foreach_remove (self->rows, is_row, where_the_row_was);
}

static GType
skup_row_model_get_item_type (GListModel *model)
{
  return SKUP_TYPE_LIST_ROW;
}

static guint
skup_row_model_get_n_items (GListModel *model)
{
  SkupRowModel *self = SKUP_ROW_MODEL (model);

  return self->source != NULL ? g_list_model_get_n_items (self->source) : 0;
}

static gpointer
skup_row_model_get_item (GListModel *model,
                         guint       position)
{
  SkupRowModel *self = SKUP_ROW_MODEL (model);
  g_autoptr(GObject) item = NULL;
  SkupListRow *row;

  if (position >= skup_row_model_get_n_items (model))
    return NULL;

  row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));
  if (row != NULL)
    return g_object_ref (row);

  item = g_list_model_get_item (self->source, position);
  row = skup_list_row_new (item);
  g_object_weak_ref (G_OBJECT (row), on_row_finalized, self);
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (position), row);
  return row;
}

static void
skup_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = skup_row_model_get_item_type;
  iface->get_n_items = skup_row_model_get_n_items;
  iface->get_item = skup_row_model_get_item;
}

static gboolean
forget_row (gpointer key,
            gpointer value,
            gpointer user_data)
{
  g_object_weak_unref (value, on_row_finalized, user_data);
  return TRUE;
}

static void
skup_row_model_finalize (GObject *object)
{
  SkupRowModel *self = SKUP_ROW_MODEL (object);

  g_hash_table_foreach_remove (self->rows, forget_row, self);
  g_hash_table_unref (self->rows);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (skup_row_model_parent_class)->finalize (object);
}

static void
skup_row_model_class_init (SkupRowModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = skup_row_model_finalize;
}

static void
skup_row_model_init (SkupRowModel *self)
{
  self->rows = g_hash_table_new (NULL, NULL);
}

SkupRowModel *
skup_row_model_new (void)
{
  return g_object_new (SKUP_TYPE_ROW_MODEL, NULL);
}

/**
 * skup_row_model_get_source:
 *
 * Returns: (transfer none) (nullable): the list the rows show
 */
GListModel *
skup_row_model_get_source (SkupRowModel *self)
{
  g_return_val_if_fail (SKUP_IS_ROW_MODEL (self), NULL);

  return self->source;
}

/* Rows past the new end go; the others show their new item. */
static gboolean
update_row (gpointer key,
            gpointer value,
            gpointer user_data)
{
  SkupRowModel *self = user_data;
  guint position = GPOINTER_TO_UINT (key);
  g_autoptr(GObject) item = NULL;

  if (position >= skup_row_model_get_n_items (G_LIST_MODEL (self)))
    {
      g_object_weak_unref (value, on_row_finalized, self);
      return TRUE;
    }

  item = g_list_model_get_item (self->source, position);
  skup_list_row_set_item (value, item);
  return FALSE;
}

void
skup_row_model_set_source (SkupRowModel *self,
                           GListModel   *source)
{
  guint old_n;
  guint new_n;

  g_return_if_fail (SKUP_IS_ROW_MODEL (self));
  g_return_if_fail (source == NULL || G_IS_LIST_MODEL (source));

  old_n = skup_row_model_get_n_items (G_LIST_MODEL (self));
  g_set_object (&self->source, source);
  new_n = skup_row_model_get_n_items (G_LIST_MODEL (self));

  g_hash_table_foreach_remove (self->rows, update_row, self);
  if (new_n > old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
  else if (new_n < old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
}
