/* skup-store-reports.h — the donor report's queries
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-report.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* Fills @report's figures for its scope (see skup-report.h for what each counts) with one
 * aggregate query per figure. */
gboolean skup_store_read_report (SkupStore  *self,
                                 SkupReport *report,
                                 GError    **error);

G_END_DECLS
