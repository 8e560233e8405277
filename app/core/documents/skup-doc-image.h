/* skup-doc-image.h — logos and pictures placed on printed documents
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define SKUP_TYPE_DOC_IMAGE (skup_doc_image_get_type ())
G_DECLARE_FINAL_TYPE (SkupDocImage, skup_doc_image, SKUP, DOC_IMAGE, GObject)

SkupDocImage *skup_doc_image_new_from_bytes (GBytes        *data,
                                             GError       **error);
void          skup_doc_image_get_size       (SkupDocImage  *self,
                                             double        *width,
                                             double        *height);
void          skup_doc_image_draw           (SkupDocImage  *self,
                                             cairo_t       *cr,
                                             double         x,
                                             double         y,
                                             double         width,
                                             double         height,
                                             double         x_align);

G_END_DECLS
