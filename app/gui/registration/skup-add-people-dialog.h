/* skup-add-people-dialog.h — people ticked in the register, or one made new, registered at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_ADD_PEOPLE_DIALOG (skup_add_people_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkupAddPeopleDialog, skup_add_people_dialog, SKUP, ADD_PEOPLE_DIALOG,
                      AdwWindow)

/* Actions: "add-people.add" registers everyone ticked and closes, saying what happened in a
 * toast on @parent; "add-people.new-person", "add-people.create" (checking for duplicates
 * first; a second time creates anyway), "add-people.back". */
GtkWindow  *skup_add_people_dialog_new            (GtkWindow           *parent,
                                                   SkupStore           *store,
                                                   gint64               event_id);
/* What the search entry holds; the list follows at once. */
void        skup_add_people_dialog_set_search_text (SkupAddPeopleDialog *self,
                                                    const char          *text);
/* The rows shown for the search: a person each, with a check button. */
GtkListBox *skup_add_people_dialog_get_list       (SkupAddPeopleDialog *self);
/* How many people are ticked. */
guint       skup_add_people_dialog_get_n_ticked   (SkupAddPeopleDialog *self);
/* The person a row of the list shows. */
gint64      skup_add_people_dialog_get_row_person (GtkWidget           *row);

G_END_DECLS
