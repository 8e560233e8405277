/* skup-session.c — session records
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-choices.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-room.h"
#include "skup-session.h"

struct _SkupSession
{
  SkupRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupSession, skup_session, SKUP_TYPE_RECORD)

static const SkupField fields[] = {
  { "event-id", "event_id", SKUP_FIELD_REF, SKUP_FIELD_REQUIRED, N_("Event"), NULL, NULL, skup_event_get_type },
  { "date", "date", SKUP_FIELD_DATE, SKUP_FIELD_REQUIRED, N_("Date"), NULL },
  { "start-time", "start_time", SKUP_FIELD_TIME, 0, N_("Starts"), NULL },
  { "end-time", "end_time", SKUP_FIELD_TIME, 0, N_("Ends"), NULL },
  { "title", "title", SKUP_FIELD_TEXT, 0, N_("Title"), NULL },
  { "room-id", "room_id", SKUP_FIELD_REF, 0, N_("Room"), NULL, NULL, skup_room_get_type },
  /* Whether a scanned, signed sign-in sheet is kept for it (skup-store-sheets.c); asked of
   * the table, never stored, so it can never disagree with what is kept. */
  { "has-sheet", "(SELECT count(*) FROM session_sheets ss WHERE ss.session_id = t.id)", SKUP_FIELD_BOOL, SKUP_FIELD_COMPUTED, N_("Signed sheet"), NULL },
};

static gboolean
skup_session_validate (SkupRecord  *record,
                       GError     **error)
{
  const char *start = skup_record_get_string (record, "start-time");
  const char *end = skup_record_get_string (record, "end-time");

  if (start != NULL && end != NULL && strcmp (end, start) <= 0)
    {
      skup_set_field_error (error, SKUP_ERROR_INVALID, "end-time",
                            _("A session must end after it starts."));
      return FALSE;
    }
  return TRUE;
}

static char *
skup_session_dup_title (SkupRecord *record)
{
  const char *title = skup_record_get_string (record, "title");
  const char *date = skup_record_get_string (record, "date");

  return g_strdup (title ? title : date);
}

/**
 * skup_session_dup_times:
 * @session: a session
 *
 * The same in every language and on every document, so not translated.
 *
 * Returns: (transfer full) (nullable): "09:00–17:00", the one time that is set, or %NULL
 */
char *
skup_session_dup_times (SkupRecord *session)
{
  const char *start = skup_record_get_string (session, "start-time");
  const char *end = skup_record_get_string (session, "end-time");

  if (start != NULL && *start != '\0' && end != NULL && *end != '\0')
    return g_strdup_printf ("%s–%s", start, end);
  if (start != NULL && *start != '\0')
    return g_strdup (start);
  return end != NULL && *end != '\0' ? g_strdup (end) : NULL;
}

static const SkupKind kind = { N_("Session"), NULL, NULL };

static void
skup_session_class_init (SkupSessionClass *klass)
{
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  /* A session with no start time comes first on its day on both engines (SQLite sorts NULL
   * first, PostgreSQL last): `--session 2` and the sheet scanned for it must name the same
   * session on a shared register as on a file. */
  skup_record_class_install_fields (record_class, "sessions", "session",
                                    "t.date, coalesce (t.start_time, '')",
                                    fields, G_N_ELEMENTS (fields));
  skup_record_class_set_kind (record_class, &kind);
  record_class->validate = skup_session_validate;
  record_class->dup_title = skup_session_dup_title;
}

static void
skup_session_init (SkupSession *self)
{
}

SkupSession *
skup_session_new (void)
{
  return g_object_new (SKUP_TYPE_SESSION, NULL);
}
