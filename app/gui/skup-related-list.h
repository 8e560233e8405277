/* skup-related-list.h — a titled list of the records related to the one a page shows
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SKUP_TYPE_RELATED_LIST (skup_related_list_get_type ())
G_DECLARE_FINAL_TYPE (SkupRelatedList, skup_related_list, SKUP, RELATED_LIST, AdwPreferencesGroup)

/* Signals:
 *  "open-record" (GType, gint64 id) — the user activated a row made with a target */
GtkWidget  *skup_related_list_new            (void);
/* Shows the first items of @model (see set_limit), each as @create_row makes it, and
 * "and N more" under them. */
void        skup_related_list_set_model      (SkupRelatedList            *self,
                                              GListModel                 *model,
                                              GtkListBoxCreateWidgetFunc  create_row,
                                              gpointer                    user_data);
void        skup_related_list_set_limit      (SkupRelatedList            *self,
                                              guint                       limit);
void        skup_related_list_set_empty_text (SkupRelatedList            *self,
                                              const char                 *text);
guint       skup_related_list_get_n_items    (SkupRelatedList            *self);
GtkListBox *skup_related_list_get_list_box   (SkupRelatedList            *self);

/* A row showing @title and @subtitle; activating it opens the record of @type and @id
 * (G_TYPE_INVALID for a row that opens nothing). */
GtkWidget  *skup_related_row_new             (const char                 *title,
                                              const char                 *subtitle,
                                              GType                       type,
                                              gint64                      id);

G_END_DECLS
