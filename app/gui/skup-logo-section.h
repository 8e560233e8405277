/* skup-logo-section.h — an organisation's logo on its page
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "skup-detail-section.h"
#include "skup-image-row.h"

G_BEGIN_DECLS

#define SKUP_TYPE_LOGO_SECTION (skup_logo_section_get_type ())
G_DECLARE_FINAL_TYPE (SkupLogoSection, skup_logo_section, SKUP, LOGO_SECTION, AdwPreferencesGroup)

/* A SkupDetailSection with one SkupImageRow: the logo of the organisation shown, written to
 * the register as soon as it is chosen or removed (removing offers Undo). */
GtkWidget    *skup_logo_section_new     (SkupContext           *context,
                                         const SkupKindSection *section);
SkupImageRow *skup_logo_section_get_row (SkupLogoSection       *self);

G_END_DECLS
