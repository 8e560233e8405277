/* skup-store-delete.c — deleting: never more than the user was told
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-registration.h"
#include "skup-store-private.h"

typedef enum {
  EFFECT_REMOVE_ROOMS,
  EFFECT_REMOVE_SESSIONS,
  EFFECT_REMOVE_REGISTRATIONS,
  EFFECT_REMOVE_ATTENDANCE,
  EFFECT_REMOVE_EVENT_LINKS,
  EFFECT_DETACH_PEOPLE,
  EFFECT_DETACH_CHILD_ORGANISATIONS,
  EFFECT_DETACH_PROJECTS,
  EFFECT_DETACH_EVENTS_VENUE,
  EFFECT_DETACH_EVENTS_ROOM,
  EFFECT_DETACH_SESSIONS_ROOM,
  EFFECT_DETACH_EVENTS_PROJECT,
  EFFECT_KEEP_CERTIFICATES,
  EFFECT_REMOVE_SHEET,
  EFFECT_REMOVE_SHEETS,
  EFFECT_REMOVE_SCORES,
  EFFECT_REMOVE_FORMS,
} Effect;

/* What deleting a row of @table does to others, in the order the changes must be made. ?1 is
 * the id being deleted. All foreign keys are ON DELETE RESTRICT (certificates aside), so an
 * effect missing here makes the delete fail rather than take rows silently. An organisation's
 * logo is part of it, not a record that depends on it: it goes with it (ON DELETE CASCADE),
 * unlisted. A session's signed sheet cascades too, but it is evidence an auditor may ask for:
 * its going is listed, so the user is told before it is lost. */
static const struct {
  const char *table;
  const char *affected;
  Effect      effect;
  gboolean    removed;
  const char *count_sql;
  const char *apply_sql;
} effects[] = {
  { "organisations", "event_organisations", EFFECT_REMOVE_EVENT_LINKS, TRUE,
    "SELECT count(*) FROM event_organisations WHERE organisation_id = ?1",
    "DELETE FROM event_organisations WHERE organisation_id = ?1" },
  { "organisations", "people", EFFECT_DETACH_PEOPLE, FALSE,
    "SELECT count(*) FROM people WHERE organisation_id = ?1",
    "UPDATE people SET organisation_id = NULL WHERE organisation_id = ?1" },
  { "organisations", "organisations", EFFECT_DETACH_CHILD_ORGANISATIONS, FALSE,
    "SELECT count(*) FROM organisations WHERE parent_id = ?1",
    "UPDATE organisations SET parent_id = NULL WHERE parent_id = ?1" },
  { "organisations", "projects", EFFECT_DETACH_PROJECTS, FALSE,
    "SELECT count(*) FROM projects WHERE donor_id = ?1",
    "UPDATE projects SET donor_id = NULL WHERE donor_id = ?1" },
  { "venues", "events", EFFECT_DETACH_EVENTS_VENUE, FALSE,
    "SELECT count(*) FROM events WHERE venue_id = ?1",
    "UPDATE events SET venue_id = NULL, room_id = NULL WHERE venue_id = ?1" },
  { "venues", "sessions", EFFECT_DETACH_SESSIONS_ROOM, FALSE,
    "SELECT count(*) FROM sessions WHERE room_id IN (SELECT id FROM rooms WHERE venue_id = ?1)",
    "UPDATE sessions SET room_id = NULL WHERE room_id IN (SELECT id FROM rooms WHERE venue_id = ?1)" },
  { "venues", "rooms", EFFECT_REMOVE_ROOMS, TRUE,
    "SELECT count(*) FROM rooms WHERE venue_id = ?1",
    "DELETE FROM rooms WHERE venue_id = ?1" },
  { "rooms", "events", EFFECT_DETACH_EVENTS_ROOM, FALSE,
    "SELECT count(*) FROM events WHERE room_id = ?1",
    "UPDATE events SET room_id = NULL WHERE room_id = ?1" },
  { "rooms", "sessions", EFFECT_DETACH_SESSIONS_ROOM, FALSE,
    "SELECT count(*) FROM sessions WHERE room_id = ?1",
    "UPDATE sessions SET room_id = NULL WHERE room_id = ?1" },
  { "projects", "events", EFFECT_DETACH_EVENTS_PROJECT, FALSE,
    "SELECT count(*) FROM events WHERE project_id = ?1",
    "UPDATE events SET project_id = NULL WHERE project_id = ?1" },
  { "people", "certificates", EFFECT_KEEP_CERTIFICATES, FALSE,
    "SELECT count(*) FROM certificates WHERE person_id = ?1", NULL },
  { "people", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE person_id = ?1)",
    "DELETE FROM attendance WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE person_id = ?1)" },
  { "people", "evaluation_scores", EFFECT_REMOVE_SCORES, TRUE,
    "SELECT count(*) FROM evaluation_scores WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE person_id = ?1)",
    "DELETE FROM evaluation_scores WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE person_id = ?1)" },
  { "people", "registrations", EFFECT_REMOVE_REGISTRATIONS, TRUE,
    "SELECT count(*) FROM registrations WHERE person_id = ?1",
    "DELETE FROM registrations WHERE person_id = ?1" },
  { "events", "certificates", EFFECT_KEEP_CERTIFICATES, FALSE,
    "SELECT count(*) FROM certificates WHERE event_id = ?1", NULL },
  { "events", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE session_id IN "
    "(SELECT id FROM sessions WHERE event_id = ?1)",
    "DELETE FROM attendance WHERE session_id IN (SELECT id FROM sessions WHERE event_id = ?1)" },
  { "events", "evaluation_scores", EFFECT_REMOVE_SCORES, TRUE,
    "SELECT count(*) FROM evaluation_scores WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE event_id = ?1)",
    "DELETE FROM evaluation_scores WHERE registration_id IN "
    "(SELECT id FROM registrations WHERE event_id = ?1)" },
  /* Anonymous forms belong to the event alone. */
  { "events", "satisfaction_forms", EFFECT_REMOVE_FORMS, TRUE,
    "SELECT count(*) FROM satisfaction_forms WHERE event_id = ?1",
    "DELETE FROM satisfaction_forms WHERE event_id = ?1" },
  { "events", "registrations", EFFECT_REMOVE_REGISTRATIONS, TRUE,
    "SELECT count(*) FROM registrations WHERE event_id = ?1",
    "DELETE FROM registrations WHERE event_id = ?1" },
  /* The signed sheets are evidence: their going is said, though the rows cascade. */
  { "events", "session_sheets", EFFECT_REMOVE_SHEETS, TRUE,
    "SELECT count(*) FROM session_sheets WHERE session_id IN "
    "(SELECT id FROM sessions WHERE event_id = ?1)",
    "DELETE FROM session_sheets WHERE session_id IN (SELECT id FROM sessions WHERE event_id = ?1)" },
  { "events", "sessions", EFFECT_REMOVE_SESSIONS, TRUE,
    "SELECT count(*) FROM sessions WHERE event_id = ?1",
    "DELETE FROM sessions WHERE event_id = ?1" },
  { "events", "event_organisations", EFFECT_REMOVE_EVENT_LINKS, TRUE,
    "SELECT count(*) FROM event_organisations WHERE event_id = ?1",
    "DELETE FROM event_organisations WHERE event_id = ?1" },
  { "sessions", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE session_id = ?1",
    "DELETE FROM attendance WHERE session_id = ?1" },
  { "sessions", "session_sheets", EFFECT_REMOVE_SHEET, TRUE,
    "SELECT count(*) FROM session_sheets WHERE session_id = ?1",
    "DELETE FROM session_sheets WHERE session_id = ?1" },
  { "registrations", "certificates", EFFECT_KEEP_CERTIFICATES, FALSE,
    "SELECT count(*) FROM certificates WHERE registration_id = ?1", NULL },
  { "registrations", "attendance", EFFECT_REMOVE_ATTENDANCE, TRUE,
    "SELECT count(*) FROM attendance WHERE registration_id = ?1",
    "DELETE FROM attendance WHERE registration_id = ?1" },
  { "registrations", "evaluation_scores", EFFECT_REMOVE_SCORES, TRUE,
    "SELECT count(*) FROM evaluation_scores WHERE registration_id = ?1",
    "DELETE FROM evaluation_scores WHERE registration_id = ?1" },
};

static char *
describe_effect (Effect effect,
                 guint  n)
{
  const char *fmt = NULL;

  switch (effect)
    {
    case EFFECT_REMOVE_ROOMS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u room.", "Also removes %u rooms.", n);
      break;
    case EFFECT_REMOVE_SESSIONS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u session.", "Also removes %u sessions.",
                         n);
      break;
    case EFFECT_REMOVE_REGISTRATIONS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u registration.",
                         "Also removes %u registrations.", n);
      break;
    case EFFECT_REMOVE_ATTENDANCE:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u attendance record.",
                         "Also removes %u attendance records.", n);
      break;
    case EFFECT_REMOVE_EVENT_LINKS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u link between an event and an organisation.",
                         "Also removes %u links between events and organisations.", n);
      break;
    case EFFECT_DETACH_PEOPLE:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u person will have no organisation.",
                         "%u people will have no organisation.", n);
      break;
    case EFFECT_DETACH_CHILD_ORGANISATIONS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u organisation will have no parent organisation.",
                         "%u organisations will have no parent organisation.", n);
      break;
    case EFFECT_DETACH_PROJECTS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u project will have no donor.",
                         "%u projects will have no donor.", n);
      break;
    case EFFECT_DETACH_EVENTS_VENUE:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u event will have no venue.",
                         "%u events will have no venue.", n);
      break;
    case EFFECT_DETACH_EVENTS_ROOM:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u event will have no room.",
                         "%u events will have no room.", n);
      break;
    case EFFECT_DETACH_SESSIONS_ROOM:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u session will have no room.",
                         "%u sessions will have no room.", n);
      break;
    case EFFECT_DETACH_EVENTS_PROJECT:
      fmt = g_dngettext (GETTEXT_PACKAGE, "%u event will belong to no project.",
                         "%u events will belong to no project.", n);
      break;
    case EFFECT_REMOVE_SHEET:
      /* A session has one sheet at most. */
      return g_strdup (_("Also removes the signed sign-in sheet attached to it."));
    case EFFECT_REMOVE_SHEETS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u signed sign-in sheet.",
                         "Also removes %u signed sign-in sheets.", n);
      break;
    case EFFECT_REMOVE_SCORES:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u participant’s test scores.",
                         "Also removes %u participants’ test scores.", n);
      break;
    case EFFECT_REMOVE_FORMS:
      fmt = g_dngettext (GETTEXT_PACKAGE, "Also removes %u satisfaction form.",
                         "Also removes %u satisfaction forms.", n);
      break;
    case EFFECT_KEEP_CERTIFICATES:
    default:
      fmt = g_dngettext (GETTEXT_PACKAGE,
                         "%u issued certificate is kept as it was issued.",
                         "%u issued certificates are kept as they were issued.", n);
      break;
    }

  return g_strdup_printf (fmt, n);
}

static GPtrArray *
plan_locked (SkupStore   *self,
             SkupRecord  *record,
             GError     **error)
{
  const char *table = SKUP_RECORD_GET_CLASS (record)->table;
  g_autoptr(GPtrArray) plan = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_consequence_free);

  for (guint i = 0; i < G_N_ELEMENTS (effects); i++)
    {
      SkupConsequence *c;
      gint64 n = 0;

      if (!g_str_equal (effects[i].table, table))
        continue;
      if (!_skup_store_query_int (self, effects[i].count_sql, skup_record_get_id (record), 0, &n,
                                  error))
        {
          g_prefix_error (error, "%s", _("Could not check what depends on this: "));
          return NULL;
        }
      if (n == 0)
        continue;

      c = g_new0 (SkupConsequence, 1);
      c->table = effects[i].affected;
      c->count = (guint) n;
      c->removed = effects[i].removed;
      c->description = describe_effect (effects[i].effect, (guint) n);
      g_ptr_array_add (plan, c);
    }

  return g_steal_pointer (&plan);
}

/**
 * skup_store_plan_delete:
 *
 * Returns: (transfer full) (element-type SkupConsequence): what else deleting @record changes;
 *   empty if nothing
 */
GPtrArray *
skup_store_plan_delete (SkupStore   *self,
                        SkupRecord  *record,
                        GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (SKUP_IS_RECORD (record), NULL);

  return plan_locked (self, record, error);
}

static gboolean
plans_equal (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      SkupConsequence *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      if (x->count != y->count || g_strcmp0 (x->table, y->table) != 0)
        return FALSE;
    }
  return TRUE;
}

static char *
join_plan (GPtrArray *plan)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < plan->len; i++)
    {
      SkupConsequence *c = g_ptr_array_index (plan, i);
      g_string_append_printf (text, "%s%s", i ? " " : "", c->description);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether @record is a registration holding a seat now (as stored, not as it was read). */
static gboolean
holds_seat (SkupStore   *self,
            SkupRecord  *record,
            gboolean    *out_holds,
            GError     **error)
{
  gint64 n = 0;

  *out_holds = FALSE;
  if (!SKUP_IS_REGISTRATION (record))
    return TRUE;
  if (!_skup_store_query_int (self, "SELECT count(*) FROM registrations WHERE id = ?1 AND "
                                    "status IN ('registered', 'confirmed')",
                              skup_record_get_id (record), 0, &n, error))
    return FALSE;
  *out_holds = n > 0;
  return TRUE;
}

/* A registration removed that held a seat frees it for the first on the waitlist. */
static gboolean
give_up_seat (SkupStore   *self,
              SkupRecord  *record,
              gboolean     held,
              GError     **error)
{
  gint64 promoted = 0;

  if (!held)
    return TRUE;
  return _skup_store_promote_waiting (self, skup_record_get_int (record, "event-id"), &promoted,
                                      error);
}

gboolean
_skup_store_apply_delete (SkupStore   *self,
                          SkupRecord  *record,
                          GError     **error)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", klass->table);
  g_autoptr(SkupStmt) del = NULL;
  gboolean held = FALSE;

  if (!holds_seat (self, record, &held, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (effects); i++)
    {
      g_autoptr(SkupStmt) stmt = NULL;

      if (!g_str_equal (effects[i].table, klass->table) || effects[i].apply_sql == NULL)
        continue;
      stmt = skup_db_prepare (self->db, effects[i].apply_sql, error);
      if (stmt == NULL)
        return FALSE;
      skup_stmt_bind_int (stmt, 1, skup_record_get_id (record));
      if (!skup_stmt_run (stmt, error))
        return FALSE;
    }

  del = skup_db_prepare (self->db, sql, error);
  if (del == NULL)
    return FALSE;
  skup_stmt_bind_int (del, 1, skup_record_get_id (record));
  if (!skup_stmt_run (del, error) || !_skup_store_unindex_record (self, record, error))
    return FALSE;
  return give_up_seat (self, record, held, error);
}

/* The plan is made again under the write lock: what the user agreed to is what happens, even
 * if another organiser registered someone for the event a moment ago. */
static gboolean
delete_locked (SkupStore   *self,
               SkupRecord  *record,
               GPtrArray   *accepted,
               GError     **error)
{
  g_autoptr(GPtrArray) plan = plan_locked (self, record, error);

  if (plan == NULL)
    return FALSE;
  if (plan->len > 0 && (accepted == NULL || !plans_equal (plan, accepted)))
    {
      g_autofree char *what = join_plan (plan);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_IN_USE,
                   _("Not deleted, because other records depend on it. %s"), what);
      return FALSE;
    }
  return _skup_store_apply_delete (self, record, error);
}

/**
 * skup_store_delete:
 * @accepted: (nullable) (element-type SkupConsequence): the plan the user agreed to
 *
 * Deletes @record and makes exactly the changes its plan lists. If the plan is not empty and
 * differs from @accepted, nothing is deleted and the error says what would have happened.
 */
gboolean
skup_store_delete (SkupStore   *self,
                   SkupRecord  *record,
                   GPtrArray   *accepted,
                   GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (SKUP_IS_RECORD (record), FALSE);

  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, delete_locked (self, record, accepted, error), error))
    return FALSE;

  _skup_store_emit_changed (self, SKUP_RECORD_GET_CLASS (record)->kind,
                            skup_record_get_id (record));
  return TRUE;
}
