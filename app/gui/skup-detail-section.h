/* skup-detail-section.h — a part of a record's page below its form
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_DETAIL_SECTION (skup_detail_section_get_type ())
G_DECLARE_INTERFACE (SkupDetailSection, skup_detail_section, SKUP, DETAIL_SECTION, GtkWidget)

/**
 * SkupDetailSectionInterface:
 * @set_record: the page shows @record (as last saved; it has an id): read what hangs off it
 * @refresh: read again what the section shows, after a change in the register
 *
 * What the detail page asks of each section (an event's sessions, a venue's rooms, a person's
 * history …), so the page adds any section the kind's registration names without knowing it.
 * Every section has the construct-only properties "context" (SkupContext) and "section" (the
 * const SkupKindSection * the kind registered it with; may be NULL).
 *
 * Signals:
 *  "open-record" (GType type, gint64 id) — the user asked to open another record
 *  "delete-requested" (SkupRecord *record) — deleting @record takes others with it: the window
 *                                            confirms first, and offers Undo
 */
struct _SkupDetailSectionInterface
{
  GTypeInterface parent_iface;

  void (*set_record) (SkupDetailSection *self,
                      SkupRecord        *record);
  void (*refresh)    (SkupDetailSection *self);
};

void         skup_detail_section_set_record     (SkupDetailSection *self,
                                                 SkupRecord        *record);
void         skup_detail_section_refresh        (SkupDetailSection *self);
SkupContext *skup_detail_section_get_context    (SkupDetailSection *self);
/* For implementations: ask the page to open a record, or to delete one with confirmation. */
void         skup_detail_section_open_record    (SkupDetailSection *self,
                                                 GType              type,
                                                 gint64             id);
void         skup_detail_section_request_delete (SkupDetailSection *self,
                                                 SkupRecord        *record);

G_END_DECLS
