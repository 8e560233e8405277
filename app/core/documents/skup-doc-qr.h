/* skup-doc-qr.h — QR codes drawn on printed documents
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define SKUP_TYPE_DOC_QR (skup_doc_qr_get_type ())
G_DECLARE_FINAL_TYPE (SkupDocQr, skup_doc_qr, SKUP, DOC_QR, GObject)

SkupDocQr *skup_doc_qr_new         (const char  *text,
                                    GError     **error);
guint      skup_doc_qr_get_modules (SkupDocQr   *self);
void       skup_doc_qr_draw        (SkupDocQr   *self,
                                    cairo_t     *cr,
                                    double       x,
                                    double       y,
                                    double       size);

G_END_DECLS
