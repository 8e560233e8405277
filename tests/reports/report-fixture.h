/* report-fixture.h — the register the donor report is counted on by hand (see the .c)
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the report's tests (figures, outputs, the command line), so each asserts the
 * same hand-counted numbers.
 */

#pragma once

#include "skup-report.h"
#include "store-fixture.h"

typedef struct {
  Fixture *f;
  gint64   project, a, b, c, d;
  gint64   org;
} Register;

void        build_register (Fixture             *f,
                            Register            *r);
/* The report over @kind (the range is 2024-03-05 … 2024-03-31). */
SkupReport *compute        (Fixture             *f,
                            SkupReportScopeKind  kind,
                            gint64               id,
                            gboolean             suppress);
/* The count of @label in the breakdown @breakdown_id, 0 when it has no such row. */
gint64      cell           (const SkupReport    *report,
                            const char          *breakdown_id,
                            const char          *label);
