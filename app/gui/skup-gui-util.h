/* skup-gui-util.h — small pieces of behaviour several widgets share
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows @message in @label, or hides the label when @message is NULL. */
void       _skup_gui_show_error        (GtkLabel   *label,
                                        const char *message);
/* Marks @row as wrong, with @message for screen readers; NULL clears the mark. */
void       _skup_gui_set_row_error     (GtkWidget  *row,
                                        const char *message);
/* A flat trash-can button for a row's suffix; @label is its tooltip and accessible name. */
GtkWidget *_skup_gui_new_remove_button (const char *label);
/* Scrolls the scrolled window around @first and @last so that both show (from @first down to
 * @last, its sibling below), once layout has caught up with them. */
void       _skup_gui_scroll_into_view  (GtkWidget  *first,
                                        GtkWidget  *last);

/* @spin (counted from 0) shows 0 as empty, and reads an emptied one as 0: a count nobody set
 * ("capacity") reads as not set, as its row's subtitle says. */
void       _skup_gui_spin_blank_zero   (GtkSpinButton *spin);

/* What a toast says once a file was written to @path, or could not be (@error set): the
 * same words wherever Skup saves a file. */
char      *_skup_gui_dup_save_message  (const char   *path,
                                        const GError *error);
/* A modal "Save" file chooser above @anchor's window, offering @name. */
GtkFileChooserNative *_skup_gui_new_save_chooser (GtkWidget  *anchor,
                                                  const char *title,
                                                  const char *name);

G_END_DECLS
