/* skup-event-dates.h — saving an event whose new dates remove or add sessions
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"
#include "skup-detail-page.h"

G_BEGIN_DECLS

/* Before @page saves @edited (an event in the register, as last saved @saved): if its new
 * dates leave sessions outside, asks whether to remove them and returns TRUE (the dialog then
 * saves, or leaves the edits as they are). Otherwise returns FALSE and sets @out_added to the
 * sessions the save will add for new days. */
gboolean  skup_event_dates_confirm    (SkupDetailPage *page,
                                       SkupStore      *store,
                                       SkupRecord     *saved,
                                       SkupRecord     *edited,
                                       guint          *out_added);
/* After a save that added @added sessions for new days: says so in a toast. */
void      skup_event_dates_tell_added (SkupDetailPage *page,
                                       guint           added);
/* "29–30 November 2023", "27 November 2023 and 29–30 November 2023": @dates (ISO, ascending,
 * each once) with the days that follow each other as one range. */
char     *skup_event_dates_describe   (GPtrArray      *dates);

G_END_DECLS
