/* skup-store-evaluations.h — an event's test scores and anonymous satisfaction forms
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"

G_BEGIN_DECLS

/* One participant's pre- and post-test: a score is missing (not entered) when has_* is
 * FALSE. */
typedef struct {
  gint64    registration_id;
  char     *given_name;
  char     *family_name;
  char     *email;         /* nullable */
  gboolean  has_pre;
  double    pre;
  gboolean  has_post;
  double    post;
} SkupScoreEntry;

void            skup_score_entry_free        (SkupScoreEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupScoreEntry, skup_score_entry_free)

/* The questions of a satisfaction form, in the order of their columns. */
typedef enum {
  SKUP_QUESTION_OVERALL,
  SKUP_QUESTION_CONTENT,
  SKUP_QUESTION_TRAINERS,
  SKUP_QUESTION_ORGANISATION,
  SKUP_QUESTION_USEFULNESS,
  SKUP_N_QUESTIONS,
} SkupQuestion;

/* One anonymous form: each answer 1 … 5, or 0 when left blank. */
typedef struct {
  gint64  id;
  gint64  event_id;
  int     answers[SKUP_N_QUESTIONS];
  char   *comment;
} SkupSatisfactionForm;

void            skup_satisfaction_form_free  (SkupSatisfactionForm *form);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupSatisfactionForm, skup_satisfaction_form_free)

/* How one question was answered over an event's forms: the forms that answered it and the
 * mean of their answers (0 when none did). */
typedef struct {
  guint   count;
  double  mean;
} SkupQuestionAverage;

GPtrArray      *skup_store_list_scores       (SkupStore            *self,
                                              gint64                event_id,
                                              GError              **error);
gboolean        skup_store_set_score         (SkupStore            *self,
                                              const SkupScoreEntry *entry,
                                              GError              **error);
gboolean        skup_store_set_scores        (SkupStore            *self,
                                              GPtrArray            *entries,
                                              GError              **error);

GPtrArray      *skup_store_list_forms        (SkupStore            *self,
                                              gint64                event_id,
                                              GError              **error);
gboolean        skup_store_add_form          (SkupStore            *self,
                                              SkupSatisfactionForm *form,
                                              GError              **error);
gboolean        skup_store_update_form       (SkupStore            *self,
                                              const SkupSatisfactionForm *form,
                                              GError              **error);
gboolean        skup_store_delete_form       (SkupStore            *self,
                                              gint64                form_id,
                                              GError              **error);
gboolean        skup_store_average_forms     (SkupStore            *self,
                                              gint64                event_id,
                                              SkupQuestionAverage   out[SKUP_N_QUESTIONS],
                                              GError              **error);

G_END_DECLS
