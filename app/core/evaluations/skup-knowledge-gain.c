/* skup-knowledge-gain.c — what an event's pre- and post-tests say it taught
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-event.h"
#include "skup-knowledge-gain.h"

static double
share (double part,
       double whole)
{
  return whole > 0 ? 100.0 * part / whole : 0;
}

/* Passing is judged on the post-test alone: that is what donors ask ("% reaching the pass
 * mark"), and a participant who missed the pre-test still passed or not. */
static void
count_passed (GPtrArray         *scores,
              gint64             pass_mark,
              SkupKnowledgeGain *out)
{
  for (guint i = 0; i < scores->len; i++)
    {
      SkupScoreEntry *e = g_ptr_array_index (scores, i);

      if (!e->has_post)
        continue;
      out->took_post++;
      if (out->has_pass_mark && e->post >= pass_mark)
        out->passed++;
    }
  out->passed_percent = share (out->passed, out->took_post);
}

/**
 * skup_knowledge_gain_compute:
 * @scores: (element-type SkupScoreEntry): an event's scores
 * @max_score: the most points a test gives (> 0)
 * @pass_mark: the points that pass, 0 for none
 * @out: (out caller-allocates): the figures
 */
void
skup_knowledge_gain_compute (GPtrArray         *scores,
                             gint64             max_score,
                             gint64             pass_mark,
                             SkupKnowledgeGain *out)
{
  double pre = 0, post = 0;

  g_return_if_fail (scores != NULL && out != NULL);

  *out = (SkupKnowledgeGain) { 0 };
  out->has_pass_mark = pass_mark > 0;
  count_passed (scores, pass_mark, out);
  for (guint i = 0; i < scores->len; i++)
    {
      SkupScoreEntry *e = g_ptr_array_index (scores, i);

      if (!e->has_pre || !e->has_post)
        continue;
      out->took_both++;
      pre += e->pre;
      post += e->post;
    }
  if (out->took_both == 0)
    return;
  out->pre_mean = pre / out->took_both;
  out->post_mean = post / out->took_both;
  out->gain_mean = out->post_mean - out->pre_mean;
  out->pre_percent = share (out->pre_mean, max_score);
  out->post_percent = share (out->post_mean, max_score);
  out->gain_percent = share (out->gain_mean, max_score);
}

/**
 * skup_knowledge_gain_for_event:
 *
 * The figures of @event_id, from its stored scores, most points and pass mark.
 */
gboolean
skup_knowledge_gain_for_event (SkupStore         *store,
                               gint64             event_id,
                               SkupKnowledgeGain *out,
                               GError           **error)
{
  g_autoptr(SkupRecord) event = NULL;
  g_autoptr(GPtrArray) scores = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);

  event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, error);
  if (event == NULL)
    return FALSE;
  scores = skup_store_list_scores (store, event_id, error);
  if (scores == NULL)
    return FALSE;
  skup_knowledge_gain_compute (scores, skup_record_get_int (event, "test-max-score"),
                               skup_record_get_int (event, "test-pass-mark"), out);
  return TRUE;
}
