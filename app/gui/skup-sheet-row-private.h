/* skup-sheet-row-private.h — what the tests of the sheet row look into
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-sheet-row.h"

G_BEGIN_DECLS

/* The copy View opens: the sheet, checked against its digest, written under the user's
 * runtime folder in a folder only they can read. */
GFile      *_skup_sheet_row_write_view_copy (SkupSheetRow  *self,
                                             GError       **error);

G_END_DECLS
