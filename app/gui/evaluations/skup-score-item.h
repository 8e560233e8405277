/* skup-score-item.h — one participant's row of the Evaluations window's scores
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/skup-core.h"
#include "skup-store-evaluations.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SCORE_ITEM (skup_score_item_get_type ())
G_DECLARE_FINAL_TYPE (SkupScoreItem, skup_score_item, SKUP, SCORE_ITEM, GObject)

/* The two score columns, in the order Tab walks them. */
typedef enum {
  SKUP_SCORE_PRE,
  SKUP_SCORE_POST,
  SKUP_N_SCORES,
} SkupScoreColumn;

SkupScoreItem  *skup_score_item_new          (SkupScoreEntry  *entry);
/* The participant and their scores as stored; the item owns it. */
SkupScoreEntry *skup_score_item_get_entry    (SkupScoreItem   *self);
char           *skup_score_item_dup_name     (SkupScoreItem   *self);
/* The stored score as a cell shows it ("15.5"), "" when not entered. */
char           *skup_score_item_dup_text     (SkupScoreItem   *self,
                                              SkupScoreColumn  column);
void            skup_score_item_set_score    (SkupScoreItem   *self,
                                              SkupScoreColumn  column,
                                              gboolean         has,
                                              double           value);

/* The cells showing the item while a row of the view is bound to it, else NULL: the
 * keyboard moves from one cell to the next through them. */
GtkWidget      *skup_score_item_get_cell     (SkupScoreItem   *self,
                                              SkupScoreColumn  column);
void            skup_score_item_set_cell     (SkupScoreItem   *self,
                                              SkupScoreColumn  column,
                                              GtkWidget       *cell);
GtkLabel       *skup_score_item_get_passed   (SkupScoreItem   *self);
void            skup_score_item_set_passed   (SkupScoreItem   *self,
                                              GtkLabel        *label);

G_END_DECLS
