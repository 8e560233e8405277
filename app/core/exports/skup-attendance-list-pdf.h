/* skup-attendance-list-pdf.h — the attendance list on paper
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-attendance-list.h"
#include "skup-document.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ATTENDANCE_LIST_DOCUMENT (skup_attendance_list_document_get_type ())
G_DECLARE_FINAL_TYPE (SkupAttendanceListDocument, skup_attendance_list_document, SKUP,
                      ATTENDANCE_LIST_DOCUMENT, SkupDocument)

/* Measures and paginates @list on @page (NULL: A4 upright). */
SkupAttendanceListDocument *skup_attendance_list_document_new (SkupAttendanceList  *list,
                                                               const SkupPageSetup *page,
                                                               GError             **error);

G_END_DECLS
