/* skup-catalog-private.h — the parts of SkupCatalog that tests look at
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-catalog.h"

G_BEGIN_DECLS

SkupCatalog *_skup_catalog_new_from_bytes (const char  *language,
                                           GBytes      *mo,
                                           GError     **error);
void         _skup_catalog_free           (SkupCatalog *catalog);
guint        _skup_catalog_plural_form    (const char  *language,
                                           gulong       n);
const char  *_skup_catalog_localedir      (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCatalog, _skup_catalog_free)

G_END_DECLS
