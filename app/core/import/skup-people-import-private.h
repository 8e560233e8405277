/* skup-people-import-private.h — test hooks of the people importer
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes the import fail as a broken register would when it reaches data row @row (from 1;
 * 0 turns it off), so tests can show that nothing before it stays. */
void _skup_people_import_fail_at_row (guint row);

G_END_DECLS
