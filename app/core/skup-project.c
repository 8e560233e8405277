/* skup-project.c — project records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-choices.h"
#include "skup-project.h"
#include "skup-record-private.h"

struct _SkupProject
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupProject, skup_project, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "name", "name", SKUP_FIELD_TEXT, SKUP_FIELD_REQUIRED | SKUP_FIELD_SEARCHABLE | SKUP_FIELD_TITLE, N_("Name"), NULL },
  { "code", "code", SKUP_FIELD_TEXT, SKUP_FIELD_SEARCHABLE | SKUP_FIELD_SORT_KEY, N_("Code"), NULL, "t.code_key" },
  { "donor-id", "donor_id", SKUP_FIELD_REF, 0, N_("Donor"), "organisations" },
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

static void
skup_project_class_init (SkupProjectClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  skup_record_class_install_fields (record_class, "projects", "project", "t.sort_key",
                                    fields, G_N_ELEMENTS (fields));
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
