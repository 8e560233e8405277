/* skup-record-list.c — a lazy list of records paged in from the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-store-private.h"

/* The list holds only the ids of its rows (8 bytes each: 800 kB for 100,000 people). A record
 * is read when a view asks for it, together with the rest of its page, so scrolling reads a
 * page at a time and opening a list reads one page. Pages once read stay cached: records are
 * small, and a view scrolling back should not go to the disk again. */

#define PAGE_SIZE 64

struct _SkupRecordList
{
  GObject      parent_instance;

  SkupStore   *store;
  GType        type;
  GArray      *ids;
  SkupRecord **records;
  GError      *error;   /* the first page that could not be read */
};

enum {
  SIGNAL_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void skup_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupRecordList, skup_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      skup_record_list_model_init))

static GType
skup_record_list_get_item_type (GListModel *model)
{
  return SKUP_RECORD_LIST (model)->type;
}

static guint
skup_record_list_get_n_items (GListModel *model)
{
  return SKUP_RECORD_LIST (model)->ids->len;
}

static void
load_page (SkupRecordList *self,
           guint           position)
{
  guint start = position - position % PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - start);
  g_autoptr(GError) error = NULL;

  if (_skup_store_load_many (self->store, self->type,
                             &g_array_index (self->ids, gint64, start), n,
                             &self->records[start], &error))
    return;
  /* A view cannot be told "no item" for a row it counted, so the row shows empty; the list
   * says it failed, once, and callers (the CLI, the window) report it instead of the rows. */
  if (self->error == NULL)
    {
      self->error = g_error_copy (error);
      g_signal_emit (self, signals[SIGNAL_FAILED], 0, error);
    }
}

static gpointer
skup_record_list_get_item (GListModel *model,
                           guint       position)
{
  SkupRecordList *self = SKUP_RECORD_LIST (model);

  if (position >= self->ids->len)
    return NULL;
  if (self->records[position] == NULL)
    load_page (self, position);
  /* A row deleted since the list was made (or one that could not be read, see load_page())
   * reads as nothing; give an empty record rather than NULL so views never see a hole. */
  if (self->records[position] == NULL)
    {
      self->records[position] = skup_record_new_for_type (self->type);
      skup_record_set_id (self->records[position], g_array_index (self->ids, gint64, position));
    }
  return g_object_ref (self->records[position]);
}

static void
skup_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = skup_record_list_get_item_type;
  iface->get_n_items = skup_record_list_get_n_items;
  iface->get_item = skup_record_list_get_item;
}

static void
skup_record_list_finalize (GObject *object)
{
  SkupRecordList *self = SKUP_RECORD_LIST (object);

  for (guint i = 0; i < self->ids->len; i++)
    g_clear_object (&self->records[i]);
  g_free (self->records);
  g_array_unref (self->ids);
  g_clear_object (&self->store);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (skup_record_list_parent_class)->finalize (object);
}

static void
skup_record_list_class_init (SkupRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = skup_record_list_finalize;

  /**
   * SkupRecordList::failed:
   * @error: what went wrong
   *
   * A page of the list could not be read from the register; its rows show empty.
   */
  signals[SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
skup_record_list_init (SkupRecordList *self)
{
}

SkupRecordList *
_skup_record_list_new (SkupStore *store,
                       GType      type,
                       GArray    *ids)
{
  SkupRecordList *self = g_object_new (SKUP_TYPE_RECORD_LIST, NULL);

  self->store = g_object_ref (store);
  self->type = type;
  self->ids = g_array_ref (ids);
  self->records = g_new0 (SkupRecord *, MAX (ids->len, 1));
  return self;
}

GType
skup_record_list_get_record_type (SkupRecordList *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_LIST (self), G_TYPE_INVALID);
  return self->type;
}

gint64
skup_record_list_get_id (SkupRecordList *self,
                         guint           position)
{
  g_return_val_if_fail (SKUP_IS_RECORD_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

guint
skup_record_list_find (SkupRecordList *self,
                       gint64          id)
{
  g_return_val_if_fail (SKUP_IS_RECORD_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

/**
 * skup_record_list_get_error:
 *
 * Returns: %FALSE, with @error set to a copy of it, if any page of the list could not be read
 */
gboolean
skup_record_list_get_error (SkupRecordList  *self,
                            GError         **error)
{
  g_return_val_if_fail (SKUP_IS_RECORD_LIST (self), FALSE);

  if (self->error == NULL)
    return TRUE;
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}
