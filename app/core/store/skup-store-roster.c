/* skup-store-roster.c — who is expected at an event, read in one query
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents (sign-in sheets, lists) print every registered person with their organisation;
 * loading each person and organisation as a record would cost two queries a person. The
 * roster is one join, and holds plain copies, so a document can be drawn in any thread.
 */

#include "config.h"

#include "skup-store-private.h"

void
skup_roster_entry_free (SkupRosterEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->role);
  g_free (entry->status);
  g_free (entry->given_name);
  g_free (entry->family_name);
  g_free (entry->other_script_name);
  g_free (entry->gender);
  g_free (entry->position);
  g_free (entry->email);
  g_free (entry->phone);
  g_free (entry->organisation);
  g_free (entry->sector);
  g_free (entry->licence_number);
  g_free (entry);
}

static SkupRosterEntry *
read_entry (SkupStmt *stmt)
{
  SkupRosterEntry *entry = g_new0 (SkupRosterEntry, 1);
  char **texts[] = { &entry->role, &entry->status, &entry->given_name, &entry->family_name,
                     &entry->other_script_name, &entry->gender, &entry->position,
                     &entry->email, &entry->phone, &entry->organisation, &entry->sector,
                     &entry->licence_number };

  entry->registration_id = skup_stmt_column_int (stmt, 0);
  entry->person_id = skup_stmt_column_int (stmt, 1);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    *texts[i] = g_strdup (skup_stmt_column_text (stmt, i + 2));
  return entry;
}

/**
 * skup_store_list_roster:
 * @self: a store
 * @event_id: the event
 * @error: where to put a read error
 *
 * Reads everyone expected at @event_id: every registration that is not cancelled, declined
 * or on the waiting list, with the person's details and organisation, in registration order.
 *
 * Returns: (transfer full) (element-type SkupRosterEntry): the roster (empty for an event
 *   nobody is registered for), or %NULL on a read error
 */
GPtrArray *
skup_store_list_roster (SkupStore  *self,
                        gint64      event_id,
                        GError    **error)
{
  g_autoptr(GPtrArray) roster = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_roster_entry_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (_skup_store_get_db (self),
                          "SELECT r.id, p.id, r.role, r.status, p.given_name, p.family_name, "
                          "p.other_script_name, p.gender, p.position, p.email, p.phone, "
                          "o.name, o.sector, p.licence_number "
                          "FROM registrations r JOIN people p ON p.id = r.person_id "
                          "LEFT JOIN organisations o ON o.id = p.organisation_id "
                          "WHERE r.event_id = ?1 "
                          "AND r.status NOT IN ('cancelled', 'declined', 'waitlisted') "
                          "ORDER BY r.id", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (roster, read_entry (stmt));
  return step == SKUP_STEP_ERROR ? NULL : g_steal_pointer (&roster);
}
