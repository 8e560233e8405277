/* skup-image-row.h — a row that holds one small image: a logo, a signature
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Images go into the register and onto every certificate: a scan of a signature or a logo
 * needs far less than this, and a larger file is almost always a mistake (a photo). */
#define SKUP_IMAGE_ROW_MAX_SIZE (2 * 1000 * 1000)

#define SKUP_TYPE_IMAGE_ROW (skup_image_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupImageRow, skup_image_row, SKUP, IMAGE_ROW, AdwActionRow)

GtkWidget  *skup_image_row_new       (void);
GBytes     *skup_image_row_get_image (SkupImageRow *self);
void        skup_image_row_set_image (SkupImageRow *self,
                                      GBytes       *image);
const char *skup_image_row_get_error (SkupImageRow *self);
void        skup_image_row_set_error (SkupImageRow *self,
                                      const char   *error);
void        skup_image_row_load_file (SkupImageRow *self,
                                      GFile        *file);

G_END_DECLS
