/* skup-project.c — project records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-project.h"
#include "skup-record-private.h"
#include "skup-text.h"

struct _SkupProject
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupProject, skup_project, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Name"), NULL },
  { "code", "code", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("Code"), NULL, "t.code_key" },
  { "donor-id", "donor_id", SKUP_FIELD_REF, 0, N_("Donor"), NULL, NULL, skup_organisation_get_type },
  { "start-date", "start_date", SKUP_FIELD_DATE, 0, N_("Start"), NULL },
  { "end-date", "end_date", SKUP_FIELD_DATE, 0, N_("End"), NULL },
  { "notes", "notes", SKUP_FIELD_TEXT, SKUP_FIELD_MULTILINE, N_("Notes"), NULL },
  { "donor-name", "(SELECT o.name FROM organisations o WHERE o.id = t.donor_id)", SKUP_FIELD_TEXT, SKUP_FIELD_COMPUTED, N_("Donor"), NULL, "(SELECT o.sort_key FROM organisations o WHERE o.id = t.donor_id)" },
  { "events-count", "(SELECT count(*) FROM events e WHERE e.project_id = t.id)", SKUP_FIELD_INT, SKUP_FIELD_COMPUTED, N_("Events"), NULL },
};

static gboolean
skup_project_validate (SkupRecord  *record,
                       GError     **error)
{
  return _skup_record_check_date_range (record, "start-date", "end-date", error);
}

/* "EU-SRB-2023 · European Union" */
static char *
skup_project_dup_subtitle (SkupRecord *record)
{
  const char *parts[] = { skup_record_get_string (record, "code"),
                          skup_record_get_string (record, "donor-name") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static const SkupKindColumn columns[] = {
  { "title-text", N_("Name"), SKUP_CELL_TEXT, SKUP_COLUMN_EXPAND, 180 },
  { "code", N_("Code"), SKUP_CELL_DIM, SKUP_COLUMN_WIDE_ONLY, 100 },
  { "donor-name", N_("Donor"), SKUP_CELL_DIM, SKUP_COLUMN_EXPAND | SKUP_COLUMN_WIDE_ONLY, 160 },
  { "events-count", N_("Events"), SKUP_CELL_NUMBER, 0, 80 },
};

static const SkupKindSort sorts[] = {
  { "name", N_("Name") },
  { "code", N_("Code") },
  { "donor-name", N_("Donor") },
  { "start-date", N_("Start") },
};

static const SkupKindColumn table[] = {
  { "id", N_("ID"), SKUP_CELL_ID, 0, 8 },
  { "code", N_("Code"), SKUP_CELL_TEXT, 0, 16 },
  { "name", N_("Name"), SKUP_CELL_TEXT, 0, 48 },
  { "donor-name", N_("Donor"), SKUP_CELL_TEXT, 0, 32 },
};

static const SkupKindView views[] = {
  { "projects", "project", NULL, N_("Projects"), N_("New Project"), N_("Search projects"),
    "folder-documents-symbolic", N_("No Projects Yet"),
    N_("The projects your events belong to will be listed here, with their donors and the "
       "events held under each."),
    SKUP_N_PLURAL ("%s project", "%s projects"),
    columns, G_N_ELEMENTS (columns), sorts, G_N_ELEMENTS (sorts), table, G_N_ELEMENTS (table) },
};

static const SkupFormGroup form[] = {
  { N_("Project"), NULL, { "name", "code", "donor-id" } },
  { N_("Duration"), NULL, { "start-date", "end-date" } },
  { N_("Notes"), NULL, { "notes" } },
};

static const SkupKindSection sections[] = {
  { "SkupRelatedList", N_("Events"), N_("No events in this project yet"),
    skup_event_get_type, "project-id", NULL, FALSE, "record" },
};

static const SkupKind kind = {
  N_("Project"), N_("New Project"), N_("Search projects"), 5, NULL,
  form, G_N_ELEMENTS (form), sections, G_N_ELEMENTS (sections), views, G_N_ELEMENTS (views),
};

static void
skup_project_class_init (SkupProjectClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "projects", "project", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->dup_subtitle = skup_project_dup_subtitle;
  record_class->validate = skup_project_validate;
}

static void
skup_project_init (SkupProject *self)
{
}

SkupProject *
skup_project_new (void)
{
  return g_object_new (SKUP_TYPE_PROJECT, NULL);
}
