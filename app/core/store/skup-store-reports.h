/* skup-store-reports.h — the donor report's queries
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-accredited-report.h"
#include "skup-report.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* Fills @report's figures for its scope (see skup-report.h for what each counts) with one
 * aggregate query per figure. */
gboolean skup_store_read_report (SkupStore  *self,
                                 SkupReport *report,
                                 GError    **error);

/* The people expected at @event_id (invited, registered or confirmed) as participants or
 * lecturers, with their licence numbers, in sheet order; their standing is left for the
 * eligibility evaluator.
 *
 * Returns: (transfer full) (element-type SkupAccreditedPerson) (nullable) */
GPtrArray *skup_store_read_accredited_people (SkupStore  *self,
                                              gint64      event_id,
                                              GError    **error);

G_END_DECLS
