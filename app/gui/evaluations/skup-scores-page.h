/* skup-scores-page.h — the Evaluations window's page of pre- and post-test scores
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"
#include "skup-score-item.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SCORES_PAGE (skup_scores_page_get_type ())
G_DECLARE_FINAL_TYPE (SkupScoresPage, skup_scores_page, SKUP, SCORES_PAGE, AdwBin)

/* Signals: toast (AdwToast *toast, const char *text), a message for the window to show. */

/* Reads @event_id's scores from @context's register; the first cell takes the keyboard. */
void        skup_scores_page_set_event   (SkupScoresPage *self,
                                          SkupContext    *context,
                                          gint64          event_id);
/* Reads the scores again (after an import). */
void        skup_scores_page_reload      (SkupScoresPage *self);
/* Reads them again after someone else's change: the cell with the keyboard is stored first
 * and keeps it. */
void        skup_scores_page_follow      (SkupScoresPage *self);
void        skup_scores_page_focus_first (SkupScoresPage *self);
/* TRUE while the page writes to the register. */
gboolean    skup_scores_page_is_writing  (SkupScoresPage *self);
/* (element-type SkupScoreItem): the participants' rows */
GListModel *skup_scores_page_get_scores  (SkupScoresPage *self);
/* The knowledge-gain summary under the scores, as shown. */
const char *skup_scores_page_get_summary (SkupScoresPage *self);

G_END_DECLS
