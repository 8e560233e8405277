/* skup-score-item.c — one participant's row of the Evaluations window's scores
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-score-item.h"

struct _SkupScoreItem
{
  GObject         parent_instance;

  SkupScoreEntry *entry;
  /* Weak: the view owns its cells and takes them back when it unbinds the row. */
  GtkWidget      *cells[SKUP_N_SCORES];
  GtkLabel       *passed;
};

G_DEFINE_FINAL_TYPE (SkupScoreItem, skup_score_item, G_TYPE_OBJECT)

static void
skup_score_item_finalize (GObject *object)
{
  SkupScoreItem *self = SKUP_SCORE_ITEM (object);

  g_clear_pointer (&self->entry, skup_score_entry_free);
  G_OBJECT_CLASS (skup_score_item_parent_class)->finalize (object);
}

static void
skup_score_item_class_init (SkupScoreItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = skup_score_item_finalize;
}

static void
skup_score_item_init (SkupScoreItem *self)
{
}

/* Takes @entry. */
SkupScoreItem *
skup_score_item_new (SkupScoreEntry *entry)
{
  SkupScoreItem *self = g_object_new (SKUP_TYPE_SCORE_ITEM, NULL);

  g_return_val_if_fail (entry != NULL, NULL);

  self->entry = entry;
  return self;
}

SkupScoreEntry *
skup_score_item_get_entry (SkupScoreItem *self)
{
  g_return_val_if_fail (SKUP_IS_SCORE_ITEM (self), NULL);
  return self->entry;
}

/* Given name first, as the attendance grid and the CSV export write it. */
char *
skup_score_item_dup_name (SkupScoreItem *self)
{
  g_return_val_if_fail (SKUP_IS_SCORE_ITEM (self), NULL);
  return g_strstrip (g_strdup_printf ("%s %s", self->entry->given_name ?: "",
                                      self->entry->family_name ?: ""));
}

char *
skup_score_item_dup_text (SkupScoreItem   *self,
                          SkupScoreColumn  column)
{
  gboolean has;
  double value;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (SKUP_IS_SCORE_ITEM (self), NULL);

  has = column == SKUP_SCORE_PRE ? self->entry->has_pre : self->entry->has_post;
  value = column == SKUP_SCORE_PRE ? self->entry->pre : self->entry->post;
  if (!has)
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

void
skup_score_item_set_score (SkupScoreItem   *self,
                           SkupScoreColumn  column,
                           gboolean         has,
                           double           value)
{
  g_return_if_fail (SKUP_IS_SCORE_ITEM (self));

  if (column == SKUP_SCORE_PRE)
    {
      self->entry->has_pre = has;
      self->entry->pre = has ? value : 0;
    }
  else
    {
      self->entry->has_post = has;
      self->entry->post = has ? value : 0;
    }
}

GtkWidget *
skup_score_item_get_cell (SkupScoreItem   *self,
                          SkupScoreColumn  column)
{
  g_return_val_if_fail (SKUP_IS_SCORE_ITEM (self), NULL);
  return self->cells[column];
}

void
skup_score_item_set_cell (SkupScoreItem   *self,
                          SkupScoreColumn  column,
                          GtkWidget       *cell)
{
  g_return_if_fail (SKUP_IS_SCORE_ITEM (self));
  self->cells[column] = cell;
}

GtkLabel *
skup_score_item_get_passed (SkupScoreItem *self)
{
  g_return_val_if_fail (SKUP_IS_SCORE_ITEM (self), NULL);
  return self->passed;
}

void
skup_score_item_set_passed (SkupScoreItem *self,
                            GtkLabel      *label)
{
  g_return_if_fail (SKUP_IS_SCORE_ITEM (self));
  self->passed = label;
}
