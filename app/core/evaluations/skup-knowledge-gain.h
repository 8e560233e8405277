/* skup-knowledge-gain.h — what an event's pre- and post-tests say it taught
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"
#include "skup-store-evaluations.h"

G_BEGIN_DECLS

/**
 * SkupKnowledgeGain:
 * @took_both: participants with both a pre- and a post-test score
 * @took_post: participants with a post-test score
 * @has_pass_mark: whether the event has a pass mark (else @passed is 0)
 * @passed: participants whose post-test reached the pass mark
 * @passed_percent: @passed as a share of @took_post (0 … 100)
 * @pre_mean, @post_mean, @gain_mean: average pre-test, post-test and post − pre, in points,
 *   over those who took both (so gain = post − pre, like compared with like)
 * @pre_percent, @post_percent, @gain_percent: the same as a share of the most points
 */
typedef struct {
  guint     took_both;
  guint     took_post;
  gboolean  has_pass_mark;
  guint     passed;
  double    passed_percent;
  double    pre_mean;
  double    post_mean;
  double    gain_mean;
  double    pre_percent;
  double    post_percent;
  double    gain_percent;
} SkupKnowledgeGain;

void      skup_knowledge_gain_compute    (GPtrArray         *scores,
                                          gint64             max_score,
                                          gint64             pass_mark,
                                          SkupKnowledgeGain *out);
gboolean  skup_knowledge_gain_for_event  (SkupStore         *store,
                                          gint64             event_id,
                                          SkupKnowledgeGain *out,
                                          GError           **error);

G_END_DECLS
