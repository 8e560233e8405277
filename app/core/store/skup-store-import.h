/* skup-store-import.h — what an import of many records needs from the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"

G_BEGIN_DECLS

/* One person's matching keys: @email as stored (nullable), @name_key folded "given family". */
typedef void (*SkupPersonKeyFunc) (gint64      id,
                                   const char *email,
                                   const char *name_key,
                                   gpointer    user_data);

gboolean skup_store_foreach_person_key (SkupStore         *self,
                                        SkupPersonKeyFunc  func,
                                        gpointer           user_data,
                                        GError           **error);

/* New records inserted in bulk inside one skup_store_begin() transaction. */
typedef struct _SkupImportBatch SkupImportBatch;

SkupImportBatch *skup_import_batch_new    (SkupStore        *store);
gboolean         skup_import_batch_insert (SkupImportBatch  *batch,
                                           SkupRecord       *record,
                                           GError          **error);
gboolean         skup_import_batch_flush  (SkupImportBatch  *batch,
                                           GError          **error);
void             skup_import_batch_free   (SkupImportBatch  *batch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupImportBatch, skup_import_batch_free)

G_END_DECLS
