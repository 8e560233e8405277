/* skup-record-private.h — rules the record types share with each other
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-record.h"

G_BEGIN_DECLS

/* For a type's validate: fails, naming @end_field, when it is before @start_field. Either
 * date may be unset. */
gboolean _skup_record_check_date_range (SkupRecord  *self,
                                        const char  *start_field,
                                        const char  *end_field,
                                        GError     **error);

G_END_DECLS
