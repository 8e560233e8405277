/* skup-list-page.h — one section of the register as a searchable, sortable list
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_LIST_PAGE (skup_list_page_get_type ())
G_DECLARE_FINAL_TYPE (SkupListPage, skup_list_page, SKUP, LIST_PAGE, AdwBin)

/* A list of the view @kind a kind of record registered ("events", "people", "trainers" …), with its own header bar: a New button (win.new), search (Ctrl+F through
 * win.search), a sort menu (list.sort-by, list.sort-descending) and the count of what it
 * shows. Events are grouped into Upcoming and Past.
 *
 * Signals:
 *  "record-activated" (gint64 id)      — the user opened a row
 *  "delete-requested" (SkupRecord *)   — the user pressed Delete on a row (list.delete)
 *
 * The rows come from skup_store_list(), which reads records a page at a time: the list never
 * walks its whole model, so it opens as fast on 100,000 people as on 100. */
SkupListPage *skup_list_page_new              (SkupContext   *context,
                                               const char    *kind);
/* The register listed: the context's, followed when it changes. */
SkupStore    *skup_list_page_get_store        (SkupListPage  *self);
const char   *skup_list_page_get_kind         (SkupListPage  *self);
GType         skup_list_page_get_record_type  (SkupListPage  *self);
/* The model the view shows (a SkupRecordList; for events a flattened list with a
 * GtkStringObject heading before each group), replaced whenever the query changes. */
GListModel   *skup_list_page_get_model        (SkupListPage  *self);
/* Records shown (headings not counted); notify::n-items follows every change. */
guint         skup_list_page_get_n_items      (SkupListPage  *self);
/* The count as the page shows it ("1,234 people"). */
const char   *skup_list_page_get_count_text   (SkupListPage  *self);
/* Types @text into the search entry and updates the list at once. */
void          skup_list_page_set_search_text  (SkupListPage  *self,
                                               const char    *text);
const char   *skup_list_page_get_search_text  (SkupListPage  *self);
/* Shows the search bar and puts the focus in it. */
void          skup_list_page_start_search     (SkupListPage  *self);
/* Records to leave out: those whose deletion waits for its Undo toast. */
void          skup_list_page_set_hidden_ids   (SkupListPage  *self,
                                               const gint64  *ids,
                                               guint          n_ids);
/* Reads the list again (now if shown, else when next shown). */
void          skup_list_page_refresh          (SkupListPage  *self);
/* Reads the list now if it is out of date, although it is not shown. */
void          skup_list_page_prepare          (SkupListPage  *self);
/* Selects the row of @id, if it is shown; returns whether it is. */
gboolean      skup_list_page_select_record    (SkupListPage  *self,
                                               gint64         id);
gint64        skup_list_page_get_selected_id  (SkupListPage  *self);
/* Focuses the chosen row, else the first record, choosing it (or, with no rows, the empty
 * state's buttons); returns whether the focus moved. */
gboolean      skup_list_page_focus_rows       (SkupListPage  *self);
/* Lists of people only: show the people of organisation @id (0: everyone). */
void          skup_list_page_set_organisation_filter (SkupListPage *self,
                                                      gint64        id);
gint64        skup_list_page_get_organisation_filter (SkupListPage *self);

G_END_DECLS
