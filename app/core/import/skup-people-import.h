/* skup-people-import.h — people from a CSV file into the register, all or nothing
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-csv-reader.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* A column's target besides the person's own field names: a full name to split. */
#define SKUP_IMPORT_FULL_NAME "full-name"

typedef struct
{
  guint      created;
  guint      skipped;
  GPtrArray *problems;  /* (element-type utf8): "Line N: why", one a skipped row */
} SkupPeopleImportReport;

char   **skup_people_import_guess_mapping (const char * const     *headers);
gboolean skup_people_import_run           (SkupStore              *store,
                                           SkupCsvTable           *table,
                                           const char * const     *mapping,
                                           gboolean                dry_run,
                                           SkupPeopleImportReport *report,
                                           GError                **error);
gboolean skup_people_import_remember_mapping (SkupStore          *store,
                                              const char * const *headers,
                                              const char * const *mapping,
                                              GError            **error);
char   **skup_people_import_recall_mapping   (SkupStore          *store,
                                              const char * const *headers);
void     skup_people_import_report_clear  (SkupPeopleImportReport *report);

G_END_DECLS
