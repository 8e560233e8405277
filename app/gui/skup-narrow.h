/* skup-narrow.h — what changes when the window is folded to a phone's width
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* @layout (a GtkSettings:gtk-decoration-layout) without the minimize and maximize buttons. */
char *_skup_narrow_strip_layout (const char *layout);
/* The header bars of @page show only the close button while @leaflet is folded. */
void  _skup_narrow_follow_fold  (GtkWidget  *page,
                                 AdwLeaflet *leaflet);

G_END_DECLS
