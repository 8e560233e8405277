/* skup-cli.h — the headless command line
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean skup_cli_wants        (int       argc,
                                char    **argv);
int      skup_cli_run          (int       argc,
                                char    **argv);
int      skup_cli_run_captured (int       argc,
                                char    **argv,
                                GString  *out,
                                GString  *err);

G_END_DECLS
