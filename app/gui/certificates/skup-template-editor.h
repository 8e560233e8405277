/* skup-template-editor.h — a certificate template's fields beside its live preview
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/certificates/skup-certificate-template.h"
#include "core/store/skup-store.h"
#include "skup-template-preview.h"

G_BEGIN_DECLS

#define SKUP_TYPE_TEMPLATE_EDITOR (skup_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (SkupTemplateEditor, skup_template_editor, SKUP, TEMPLATE_EDITOR, AdwWindow)

/* Edits a copy of @template_ (a built-in is shown read-only, with Duplicate to Edit); the
 * "saved" signal tells when the register has the new version. */
SkupTemplateEditor            *skup_template_editor_new          (GtkWindow                     *parent,
                                                                  SkupStore                     *store,
                                                                  const SkupCertificateTemplate *template_);
/* The template as the fields say now. */
const SkupCertificateTemplate *skup_template_editor_get_template (SkupTemplateEditor            *self);
SkupTemplatePreview           *skup_template_editor_get_preview  (SkupTemplateEditor            *self);
/* What keeps the template from being saved (translated), or NULL. */
const char                    *skup_template_editor_get_problem  (SkupTemplateEditor            *self);
/* For tests: no change waits to be read, checked and drawn. */
gboolean                       skup_template_editor_is_settled   (SkupTemplateEditor            *self);

G_END_DECLS
