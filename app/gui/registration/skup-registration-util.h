/* skup-registration-util.h — what the windows that register people say alike
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

/* "42 of 60 seats taken · 3 on the waitlist"; without a limit "42 registered". */
char      *_skup_registration_dup_seats_text    (const SkupEventSeats      *seats);
/* "3 people registered", "2 registered, 1 on the waitlist: the event is full", "1 was
 * registered already". */
char      *_skup_registration_dup_summary_text  (const SkupRegisterSummary *summary);
/* "Waitlisted since 2 December 2026", from the registration's status and its
 * status-changed-at; NULL without a date. */
char      *_skup_registration_dup_status_text   (SkupRecord                *registration);
/* "Attended 2 of 3 sessions", or NULL while no attendance is taken. */
char      *_skup_registration_dup_attendance_text (SkupRecord              *registration);

/* Shows @text as a toast in the Skup window @widget is in (or that its dialog is for). */
void       _skup_registration_toast             (GtkWidget                 *widget,
                                                 const char                *text);

/* A list of the registration roles' labels, for a GtkDropDown or an AdwComboRow, and the role
 * at a position of it. */
GListModel *_skup_registration_new_role_model   (void);
const char *_skup_registration_role_at          (guint                      position);

/* The people registered for @event_id (gint64 ids), and with @active_only not those who
 * cancelled or declined; NULL with @error set when it cannot be read. */
GHashTable *_skup_registration_dup_people       (SkupStore                 *store,
                                                 gint64                     event_id,
                                                 gboolean                   active_only,
                                                 GError                   **error);

/* How many of @from_event_id's participants copying them to @to_event_id would register,
 * and how many of those are registered there already. */
gboolean   _skup_registration_count_copyable    (SkupStore                 *store,
                                                 gint64                     from_event_id,
                                                 gint64                     to_event_id,
                                                 guint                     *out_copied,
                                                 guint                     *out_already,
                                                 GError                   **error);

G_END_DECLS
