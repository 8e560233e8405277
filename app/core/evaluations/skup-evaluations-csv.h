/* skup-evaluations-csv.h — an event's test scores and satisfaction forms as CSV, out and in
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scores: one row a participant — name (given then family, as the grid lists it), email,
 * pre-test, post-test (numbers, empty when not taken) and passed (yes / no, empty without a
 * pass mark or a post-test). Forms: one row a form — the five answers (1 … 5, empty when left
 * blank) and the comment. An exported file imports back: the headers are recognised in
 * English, in Serbian in either script, and as Skup writes them.
 */

#pragma once

#include "exports/skup-csv.h"
#include "skup-csv-reader.h"
#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupEvaluationsKind:
 * @SKUP_EVALUATIONS_SCORES: the participants' pre- and post-test scores
 * @SKUP_EVALUATIONS_FORMS: the anonymous satisfaction forms
 */
typedef enum {
  SKUP_EVALUATIONS_SCORES,
  SKUP_EVALUATIONS_FORMS,
} SkupEvaluationsKind;

/**
 * SkupEvaluationsReport:
 * @read: the data rows read (the header not counted)
 * @saved: the rows stored, or on a dry run the rows that would be; 0 when any row was refused
 * @problems: (element-type utf8): "Line N: why", one a refused row
 */
typedef struct {
  guint      read;
  guint      saved;
  GPtrArray *problems;
} SkupEvaluationsReport;

gboolean       skup_evaluations_parse_kind   (const char            *name,
                                              SkupEvaluationsKind   *kind);

SkupCsvWriter *skup_evaluations_csv_export   (SkupStore             *store,
                                              gint64                 event_id,
                                              SkupEvaluationsKind    kind,
                                              SkupCsvDialect         dialect,
                                              GError               **error);
gboolean       skup_evaluations_csv_write    (SkupStore             *store,
                                              gint64                 event_id,
                                              SkupEvaluationsKind    kind,
                                              SkupCsvDialect         dialect,
                                              const char            *path,
                                              GError               **error);

gboolean       skup_evaluations_csv_import   (SkupStore             *store,
                                              gint64                 event_id,
                                              SkupEvaluationsKind    kind,
                                              SkupCsvTable          *table,
                                              gboolean               dry_run,
                                              SkupEvaluationsReport *report,
                                              GError               **error);
void           skup_evaluations_report_clear (SkupEvaluationsReport *report);

/* A score as typed: digits with a decimal point or comma, 0 … @max_score. FALSE with a
 * message a user can read otherwise. */
gboolean       skup_evaluations_parse_score  (const char            *text,
                                              gint64                 max_score,
                                              double                *out,
                                              GError               **error);

G_END_DECLS
