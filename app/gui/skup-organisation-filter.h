/* skup-organisation-filter.h — the removable "Organisation: …" filter over a list of people
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/store/skup-store.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ORGANISATION_FILTER (skup_organisation_filter_get_type ())
G_DECLARE_FINAL_TYPE (SkupOrganisationFilter, skup_organisation_filter, SKUP,
                      ORGANISATION_FILTER, AdwBin)

/* Shows which organisation a list is narrowed to, with a button that removes the filter;
 * hidden while there is none. The list reads the "organisation-id" property (0 for none) and
 * follows its notify. */
GtkWidget  *skup_organisation_filter_new                 (void);
void        skup_organisation_filter_set_store           (SkupOrganisationFilter *self,
                                                          SkupStore              *store);
gint64      skup_organisation_filter_get_organisation_id (SkupOrganisationFilter *self);
void        skup_organisation_filter_set_organisation_id (SkupOrganisationFilter *self,
                                                          gint64                  id);
/* What the filter reads ("Organisation: Re Generation"), or NULL with no filter. */
const char *skup_organisation_filter_get_text            (SkupOrganisationFilter *self);

G_END_DECLS
