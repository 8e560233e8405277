/* skup-store-exports.c — the attendance list's two queries
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-store-exports.h"
#include "skup-store-private.h"

/**
 * skup_store_list_export_events:
 * @self: a store
 * @scope: an event, a project or a range of dates
 * @error: where to put a read error
 *
 * Cancelled events were not held, so a project's or a range's list leaves them out; an event
 * asked for by its id is listed whatever its status, as the sign-in sheet prints it.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the events' ids
 */
GArray *
skup_store_list_export_events (SkupStore             *self,
                               const SkupReportScope *scope,
                               GError               **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  gboolean range = scope->kind == SKUP_REPORT_SCOPE_RANGE;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  /* One text for every scope, so one cached statement; the casts type a NULL for PostgreSQL. */
  stmt = skup_db_prepare (self->db,
                          "SELECT e.id FROM events e WHERE"
                          " (CAST (?1 AS BIGINT) = 0 OR e.id = ?1)"
                          " AND (CAST (?1 AS BIGINT) <> 0 OR e.status <> 'cancelled')"
                          " AND (CAST (?2 AS BIGINT) = 0 OR e.project_id = ?2)"
                          " AND (CAST (?3 AS TEXT) IS NULL OR e.end_date >= ?3)"
                          " AND (CAST (?4 AS TEXT) IS NULL OR e.start_date <= ?4)"
                          " ORDER BY e.start_date, e.id", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, scope->kind == SKUP_REPORT_SCOPE_EVENT ? scope->id : 0);
  skup_stmt_bind_int (stmt, 2, scope->kind == SKUP_REPORT_SCOPE_PROJECT ? scope->id : 0);
  skup_stmt_bind_text (stmt, 3, range ? scope->from : NULL);
  skup_stmt_bind_text (stmt, 4, range ? scope->to : NULL);
  return skup_stmt_collect_ids (stmt, error);
}

/**
 * skup_store_list_roster_cities:
 * @self: a store
 * @event_id: the event
 * @error: where to put a read error
 *
 * Returns: (transfer full) (nullable): person id → city, for everyone registered
 */
GHashTable *
skup_store_list_roster_cities (SkupStore  *self,
                               gint64      event_id,
                               GError    **error)
{
  g_autoptr(GHashTable) cities = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        g_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (self->db,
                          "SELECT p.id, p.city FROM registrations r"
                          " JOIN people p ON p.id = r.person_id WHERE r.event_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      gint64 person_id = skup_stmt_column_int (stmt, 0);
      const char *city = skup_stmt_column_text (stmt, 1);

      g_hash_table_replace (cities, g_memdup2 (&person_id, sizeof person_id),
                            g_strdup (city != NULL ? city : ""));
    }
  return step == SKUP_STEP_DONE ? g_steal_pointer (&cities) : NULL;
}
