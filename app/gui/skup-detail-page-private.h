/* skup-detail-page-private.h — what the page's helpers in other files may do to it
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-detail-page.h"

G_BEGIN_DECLS

/* A helper that saved @edited itself (after asking the user) finishes the save as the page
 * would: the page shows @edited as saved, or @error at its field. */
void _skup_detail_page_finish_save (SkupDetailPage *self,
                                    SkupRecord     *edited,
                                    const GError   *error);

G_END_DECLS
