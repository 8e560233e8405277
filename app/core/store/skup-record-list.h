/* skup-record-list.h — a lazy list of records paged in from the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "skup-record.h"

G_BEGIN_DECLS

#define SKUP_TYPE_RECORD_LIST (skup_record_list_get_type ())
G_DECLARE_FINAL_TYPE (SkupRecordList, skup_record_list, SKUP, RECORD_LIST, GObject)

/* Made by skup_store_list(). */
GType   skup_record_list_get_record_type (SkupRecordList *self);
gint64  skup_record_list_get_id          (SkupRecordList *self,
                                          guint           position);
/* Position of @id, or G_MAXUINT. */
guint   skup_record_list_find            (SkupRecordList *self,
                                          gint64          id);

/* FALSE with @error set if a page could not be read (its rows showed empty). */
gboolean skup_record_list_get_error      (SkupRecordList *self,
                                          GError        **error);

G_END_DECLS
