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
/* A column's target: an organisation's name, linked to the organisation of that name (case,
 * diacritics and script folded away), or to a new one made for it. */
#define SKUP_IMPORT_ORGANISATION "organisation"

/**
 * SkupImportDuplicate:
 * @SKUP_IMPORT_DUPLICATE_DEFAULT: in a per-row choice, whatever the import's default says
 * @SKUP_IMPORT_DUPLICATE_USE: the row is the person already in the register; nothing changes
 * @SKUP_IMPORT_DUPLICATE_UPDATE: fill in the existing person's empty fields from the row
 *   (what the register already holds is never overwritten)
 * @SKUP_IMPORT_DUPLICATE_CREATE: a new person all the same
 *
 * What to do with a row that is likely someone already in the register or an earlier row.
 */
typedef enum {
  SKUP_IMPORT_DUPLICATE_DEFAULT,
  SKUP_IMPORT_DUPLICATE_USE,
  SKUP_IMPORT_DUPLICATE_UPDATE,
  SKUP_IMPORT_DUPLICATE_CREATE,
} SkupImportDuplicate;

/**
 * SkupPeopleImportOptions:
 * @dry_run: check and count everything, then write nothing
 * @duplicates: what to do with every match (%SKUP_IMPORT_DUPLICATE_DEFAULT: use existing)
 * @row_choices: (nullable) (array length=n_row_choices): a choice per table row (index 1 is
 *   the first data row), overriding @duplicates where not %SKUP_IMPORT_DUPLICATE_DEFAULT
 * @event_id: register everyone imported or matched for this event (0: none)
 */
typedef struct
{
  gboolean                   dry_run;
  SkupImportDuplicate        duplicates;
  const SkupImportDuplicate *row_choices;
  guint                      n_row_choices;
  gint64                     event_id;
} SkupPeopleImportOptions;

/**
 * SkupImportMatch:
 * @row: the table row (1 is the first data row)
 * @line: its line in the file
 * @person_id: the person it matched
 * @name: (nullable): that person's name, as the register has it
 * @reason: why they seem the same, for people to read
 * @earlier_line: the line of the earlier row of the same file it matched, else 0
 * @action: what was done (never %SKUP_IMPORT_DUPLICATE_DEFAULT)
 */
typedef struct
{
  guint                row;
  guint                line;
  gint64               person_id;
  char                *name;
  char                *reason;
  guint                earlier_line;
  SkupImportDuplicate  action;
} SkupImportMatch;

void skup_import_match_free (SkupImportMatch *match);

typedef struct
{
  guint      created;
  guint      skipped;
  GPtrArray *problems;  /* (element-type utf8): "Line N: why", one a skipped row */
  guint      matched;   /* rows that were someone already there, used as they were */
  guint      updated;   /* rows whose existing person got empty fields filled in */
  guint      organisations_created;
  guint      registered;          /* with --event: new registrations with a seat */
  guint      waitlisted;          /* new registrations on the waitlist */
  guint      already_registered;  /* people who were registered before */
  GPtrArray *matches;   /* (element-type SkupImportMatch): every duplicate row, in order */
} SkupPeopleImportReport;

char   **skup_people_import_guess_mapping (const char * const     *headers);
gboolean skup_people_import_run           (SkupStore              *store,
                                           SkupCsvTable           *table,
                                           const char * const     *mapping,
                                           gboolean                dry_run,
                                           SkupPeopleImportReport *report,
                                           GError                **error);
gboolean skup_people_import_run_with_options (SkupStore                     *store,
                                              SkupCsvTable                  *table,
                                              const char * const            *mapping,
                                              const SkupPeopleImportOptions *options,
                                              SkupPeopleImportReport        *report,
                                              GError                       **error);
void     skup_people_import_run_async        (SkupStore                     *store,
                                              SkupCsvTable                  *table,
                                              const char * const            *mapping,
                                              const SkupPeopleImportOptions *options,
                                              GCancellable                  *cancellable,
                                              GAsyncReadyCallback            callback,
                                              gpointer                       user_data);
gboolean skup_people_import_run_finish       (SkupStore                     *store,
                                              GAsyncResult                  *result,
                                              SkupPeopleImportReport        *report,
                                              GError                       **error);
SkupRecord *skup_people_import_read_row (SkupCsvTable       *table,
                                        guint               row,
                                        const char * const *mapping,
                                        GError            **error);
gboolean skup_people_import_remember_mapping (SkupStore          *store,
                                              const char * const *headers,
                                              const char * const *mapping,
                                              GError            **error);
char   **skup_people_import_recall_mapping   (SkupStore          *store,
                                              const char * const *headers);
void     skup_people_import_report_clear  (SkupPeopleImportReport *report);

G_END_DECLS
