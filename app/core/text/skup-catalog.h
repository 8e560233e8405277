/* skup-catalog.h — translations in a language other than the user interface's
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SkupCatalog SkupCatalog;

SkupCatalog *skup_catalog_get          (const char  *language);
const char  *skup_catalog_get_language (SkupCatalog *catalog);
const char  *skup_catalog_gettext      (SkupCatalog *catalog,
                                        const char  *msgid) G_GNUC_FORMAT (2);
const char  *skup_catalog_pgettext     (SkupCatalog *catalog,
                                        const char  *context,
                                        const char  *msgid) G_GNUC_FORMAT (3);
const char  *skup_catalog_ngettext     (SkupCatalog *catalog,
                                        const char  *one,
                                        const char  *many,
                                        gulong       n) G_GNUC_FORMAT (3);

const char  *skup_catalog_language_for (const char  *language,
                                        gboolean     cyrillic);

G_END_DECLS
