/* skup-text-private.h — the pieces of skup-text.c's dates that other writers of dates reuse
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A certificate's sentence ("од 20. до 22. маја 2019. године") writes its days with the same
 * reading of ISO dates and the same genitive month names as skup_text_format_date_range_in(),
 * so both take them from here instead of keeping copies that could drift apart.
 */

#pragma once

#include <glib.h>

#include "text/skup-catalog.h"

G_BEGIN_DECLS

typedef struct
{
  guint year;
  guint month;
  guint day;
} SkupTextDay;

gboolean    _skup_text_read_day   (const char  *iso,
                                   SkupTextDay *day);
const char *_skup_text_translate  (SkupCatalog *catalog,
                                   const char  *context,
                                   const char  *msgid) G_GNUC_FORMAT (3);
const char *_skup_text_month_name (SkupCatalog *catalog,
                                   guint        month);

/* A character that skup_text_fold() need not normalise (exposed for its test). */
gboolean    _skup_text_is_stable_char (gunichar c);

G_END_DECLS
