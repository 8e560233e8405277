/* skup-registration-util.c — what the windows that register people say alike
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gui/skup-window.h"
#include "skup-registration-util.h"

char *
_skup_registration_dup_seats_text (const SkupEventSeats *seats)
{
  g_autofree char *taken = NULL;
  g_autofree char *waiting = NULL;
  const char *parts[2];

  if (seats->capacity == 0)
    /* Translators: an event without a limit of seats, e.g. "42 registered" */
    taken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u registered", "%u registered",
                                          seats->taken), seats->taken);
  else
    /* Translators: e.g. "42 of 60 seats taken" */
    taken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u seat taken",
                                          "%u of %u seats taken", seats->capacity),
                             seats->taken, seats->capacity);
  if (seats->waitlisted > 0)
    /* Translators: after the seats taken, e.g. "3 on the waitlist" */
    waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u on the waitlist",
                                            "%u on the waitlist", seats->waitlisted),
                               seats->waitlisted);
  parts[0] = taken;
  parts[1] = waiting;
  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* The clauses of a summary stand on their own in the catalogue: each has its own number, and
 * so its own plural form. */
char *
_skup_registration_dup_summary_text (const SkupRegisterSummary *summary)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);
  guint r = summary->registered, w = summary->waitlisted, a = summary->already;

  if (r > 0 && w == 0 && a == 0)
    /* Translators: what adding people to an event did */
    g_ptr_array_add (clauses, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u person registered",
                                                            "%u people registered", r), r));
  else if (r > 0)
    /* Translators: the first of several outcomes, e.g. "2 registered, 1 on the waitlist" */
    g_ptr_array_add (clauses, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u registered",
                                                            "%u registered", r), r));
  if (w > 0)
    /* Translators: of people added to an event */
    g_ptr_array_add (clauses, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u on the waitlist: the event is full",
                                                            "%u on the waitlist: the event is full",
                                                            w), w));
  if (a > 0)
    /* Translators: of people added to an event they were registered for before */
    g_ptr_array_add (clauses, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u was registered already",
                                                            "%u were registered already", a),
                                               a));
  if (clauses->len == 0)
    return g_strdup (_("Nobody was registered"));
  g_ptr_array_add (clauses, NULL);
  return g_strjoinv (", ", (char **) clauses->pdata);
}

/* The day of a UTC stamp where the user is ("2026-12-02"). */
static char *
dup_local_day (const char *stamp)
{
  g_autoptr(GDateTime) utc = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d") : NULL;
}

static const char *
status_format (const char *status)
{
  static const struct {
    const char *nick;
    const char *format;
  } formats[] = {
    /* Translators: %s is a date, "2 December 2026" */
    { "invited", N_("Invited on %s") },
    { "registered", N_("Registered on %s") },
    { "confirmed", N_("Confirmed on %s") },
    { "waitlisted", N_("Waitlisted since %s") },
    { "cancelled", N_("Cancelled on %s") },
    { "declined", N_("Declined on %s") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (status, formats[i].nick) == 0)
      return _(formats[i].format);
  return NULL;
}

char *
_skup_registration_dup_status_text (SkupRecord *registration)
{
  const char *status = skup_record_get_string (registration, "status");
  g_autofree char *day = dup_local_day (skup_record_get_string (registration,
                                                                "status-changed-at"));
  g_autofree char *date = day ? skup_text_format_date (day) : NULL;
  const char *format = status_format (status);

  if (date == NULL || format == NULL)
    return g_strdup (skup_record_get_choice_label (registration, "status"));
  return g_strdup_printf (format, date);
}

char *
_skup_registration_dup_attendance_text (SkupRecord *registration)
{
  gint64 sessions = skup_record_get_int (registration, "sessions-total");
  gint64 attended = skup_record_get_int (registration, "sessions-attended");

  if (skup_record_get_int (registration, "sessions-marked") == 0 || sessions == 0)
    return NULL;
  /* As the person's history says it (skup-related-list.c). */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attended %u of %u session (%u%%)",
                                       "Attended %u of %u sessions (%u%%)", (gulong) sessions),
                          (guint) attended, (guint) sessions, (guint) (attended * 100 / sessions));
}

void
_skup_registration_toast (GtkWidget  *widget,
                          const char *text)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_autofree char *markup = NULL;

  /* A dialog's toast belongs to the window it was opened for: the dialog closes. */
  while (window != NULL && !SKUP_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (window == NULL)
    return;
  /* A toast's title is markup in libadwaita 1.2: names may hold "&". */
  markup = g_markup_escape_text (text, -1);
  skup_window_add_toast (SKUP_WINDOW (window), adw_toast_new (markup));
}

GListModel *
_skup_registration_new_role_model (void)
{
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_REGISTRATION_ROLE, &n);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, skup_choice_get_label (SKUP_CHOICES_REGISTRATION_ROLE,
                                                          roles[i].nick));
  return G_LIST_MODEL (labels);
}

const char *
_skup_registration_role_at (guint position)
{
  guint n = 0;
  const SkupChoice *roles = skup_choices_lookup (SKUP_CHOICES_REGISTRATION_ROLE, &n);

  return position < n ? roles[position].nick : "participant";
}

GHashTable *
_skup_registration_dup_people (SkupStore   *store,
                               gint64       event_id,
                               gboolean     active_only,
                               GError     **error)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) list = skup_store_list (store, SKUP_TYPE_REGISTRATION, &query, error);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);

  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkupRecord) registration = g_list_model_get_item (list, i);
      const char *status = skup_record_get_string (registration, "status");
      gint64 *id = g_new (gint64, 1);

      *id = skup_record_get_int (registration, "person-id");
      if (!active_only || (g_strcmp0 (status, "cancelled") != 0
                           && g_strcmp0 (status, "declined") != 0))
        g_hash_table_add (people, id);
      else
        g_free (id);
    }
  if (!skup_record_list_get_error (SKUP_RECORD_LIST (list), error))
    return NULL;
  return g_steal_pointer (&people);
}

gboolean
_skup_registration_count_copyable (SkupStore  *store,
                                   gint64      from_event_id,
                                   gint64      to_event_id,
                                   guint      *out_copied,
                                   guint      *out_already,
                                   GError    **error)
{
  g_autoptr(GHashTable) from = _skup_registration_dup_people (store, from_event_id, TRUE,
                                                              error);
  g_autoptr(GHashTable) to = from ? _skup_registration_dup_people (store, to_event_id, FALSE,
                                                                   error) : NULL;
  GHashTableIter iter;
  gpointer id;

  if (to == NULL)
    return FALSE;
  *out_copied = *out_already = 0;
  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      if (g_hash_table_contains (to, id))
        (*out_already)++;
      else
        (*out_copied)++;
    }
  return TRUE;
}
