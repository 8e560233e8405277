/* skup-template-preview.h — page 1 of a certificate as the PDF engine draws it
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/documents/skup-certificate.h"

G_BEGIN_DECLS

#define SKUP_TYPE_TEMPLATE_PREVIEW (skup_template_preview_get_type ())
G_DECLARE_FINAL_TYPE (SkupTemplatePreview, skup_template_preview, SKUP, TEMPLATE_PREVIEW,
                      GtkWidget)

GtkWidget                 *skup_template_preview_new          (void);
/* Draws @text (taken) with @design (copied) in a worker thread; the page shown changes when
 * the drawing is done. */
void                       skup_template_preview_show         (SkupTemplatePreview         *self,
                                                               const SkupCertificateDesign *design,
                                                               SkupCertificateText         *text);
/* Why the page could not be drawn (a character the font lacks), or NULL. */
const char                *skup_template_preview_get_error    (SkupTemplatePreview         *self);

/* For tests: the texts of the page shown, the picture drawn of it, and how many pictures
 * have been drawn (it grows by one each time a drawing is shown). */
const SkupCertificateText *skup_template_preview_get_text     (SkupTemplatePreview         *self);
cairo_surface_t           *skup_template_preview_get_surface  (SkupTemplatePreview         *self);
guint                      skup_template_preview_get_n_drawn  (SkupTemplatePreview         *self);
/* Whether the page shown is the one asked for last (no drawing is under way). */
gboolean                   skup_template_preview_is_current   (SkupTemplatePreview         *self);

G_END_DECLS
