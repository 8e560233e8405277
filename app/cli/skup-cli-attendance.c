/* skup-cli-attendance.c — `skup register`, `skup attendance` and `skup check-in`
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same registrar and grid as the window's: capacity and the waitlist apply, a second
 * check-in changes nothing, and anything unknown (event, session, person, status) is said
 * before anything is written.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "skup-attendance-grid.h"
#include "skup-check-in.h"
#include "skup-choices.h"
#include "exports/skup-csv.h"
#include "skup-cli-private.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-person.h"
#include "skup-registration.h"
#include "skup-session.h"
#include "skup-text.h"

typedef struct {
  gint64  event;
  gint64  person;
  int     session;     /* from 1; 0 for today's, else the first */
  char   *role;
  char   *status;
  char   *format;
} AttendanceOptions;

static void
attendance_options_clear (AttendanceOptions *options)
{
  g_clear_pointer (&options->role, g_free);
  g_clear_pointer (&options->status, g_free);
  g_clear_pointer (&options->format, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AttendanceOptions, attendance_options_clear)

/* "present, late, left-early, absent, excused" */
static char *
dup_vocabulary (const char *set)
{
  g_auto(GStrv) nicks = skup_choices_dup_nicks (set);

  return g_strjoinv (", ", nicks);
}

static int
check_choice (SkupCli    *cli,
              const char *set,
              const char *what,
              const char *value)
{
  g_autofree char *known = NULL;

  if (value == NULL || skup_choices_contains (set, value))
    return SKUP_CLI_CONTINUE;
  known = dup_vocabulary (set);
  /* Translators: “%s” is what was typed; the first %s is "role" or "status", the last a list
   * of the words that are understood */
  return _skup_cli_fail (cli, _("“%s” is not a %s Skup knows; use one of: %s."), value, what,
                         known);
}

static SkupRecord *
load_one (SkupStore  *store,
          GType       type,
          gint64      id,
          const char *message,
          GError    **error)
{
  g_autoptr(GError) local = NULL;
  SkupRecord *record = id > 0 ? skup_store_load (store, type, id, &local) : NULL;

  if (record != NULL)
    return record;
  if (local == NULL || g_error_matches (local, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, message, number);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

static SkupRecord *
load_event (SkupStore  *store,
            gint64      id,
            GError    **error)
{
  /* Translators: %s is the number given with --event */
  return load_one (store, SKUP_TYPE_EVENT, id, _("There is no event with the id %s."), error);
}

static SkupRecord *
load_person (SkupStore  *store,
             gint64      id,
             GError    **error)
{
  /* Translators: %s is the number given with --person */
  return load_one (store, SKUP_TYPE_PERSON, id, _("There is no person with the id %s."), error);
}

/* The column of --session N, or without it today's session, else the first. */
static int
pick_column (SkupAttendanceGrid  *grid,
             int                  session,
             GError             **error)
{
  guint n = skup_attendance_grid_get_n_sessions (grid);
  int today;

  if (n == 0)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                           _("The event has no sessions."));
      return -1;
    }
  if (session > 0 && (guint) session <= n)
    return session - 1;
  if (session > 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                   g_dngettext (GETTEXT_PACKAGE, "The event has no session %d: it has only %u.",
                                "The event has no session %d: it has only %u.", n), session, n);
      return -1;
    }
  today = skup_attendance_grid_find_today (grid);
  return today >= 0 ? today : 0;
}

/* "Tuesday, 08.12.2026. 09:00–13:00" */
static char *
dup_session_label (SkupRecord *session)
{
  g_autofree char *day = skup_text_format_date_weekday (skup_record_get_string (session, "date"));
  g_autofree char *times = skup_session_dup_times (session);
  const char *parts[] = { day, times, skup_record_get_string (session, "title") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* `skup register` *************************************************************************/

static gboolean
register_locked (SkupStore                *store,
                 const AttendanceOptions  *options,
                 gint64                   *out_id,
                 GError                  **error)
{
  if (!skup_store_register (store, options->event, options->person, options->role, NULL, out_id,
                            error))
    return FALSE;
  if (options->status == NULL)
    return TRUE;
  return skup_store_set_registration_status (store, *out_id, options->status, NULL, error);
}

static int
say_registered (SkupCli    *cli,
                SkupStore  *store,
                gint64      registration_id,
                SkupRecord *event)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) reg = skup_store_load (store, SKUP_TYPE_REGISTRATION, registration_id,
                                               &error);
  g_autofree char *title = NULL;

  if (reg == NULL)
    return _skup_cli_fail_error (cli, error);
  title = skup_record_dup_title (event);
  if (g_strcmp0 (skup_record_get_string (reg, "status"), "waitlisted") == 0)
    /* Translators: the first %s is a person's name, the second an event's title */
    _skup_cli_print (cli, _("%s is on the waitlist for “%s”: the event is full.\n"),
                     skup_record_get_string (reg, "person-name"), title);
  else
    /* Translators: %s are a person's name, an event's title, a role and a status */
    _skup_cli_print (cli, _("Registered %s for “%s” as %s (%s).\n"),
                     skup_record_get_string (reg, "person-name"), title,
                     skup_record_get_choice_label (reg, "role"),
                     skup_record_get_choice_label (reg, "status"));
  return SKUP_CLI_OK;
}

static int
run_register (SkupCli                 *cli,
              const AttendanceOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_autoptr(SkupRecord) event = NULL;
  g_autoptr(SkupRecord) person = NULL;
  gint64 id = 0;

  if (store != NULL)
    event = load_event (store, options->event, &error);
  if (event != NULL)
    person = load_person (store, options->person, &error);
  if (person == NULL || !skup_store_begin (store, &error))
    return _skup_cli_fail_error (cli, error);
  /* The registration and its status together, or nothing (a full event refuses the second). */
  if (!register_locked (store, options, &id, &error) || !skup_store_commit (store, &error))
    {
      skup_store_rollback (store);
      return _skup_cli_fail_error (cli, error);
    }
  return say_registered (cli, store, id, event);
}

int
_skup_cli_register (SkupCli  *cli,
                    int       argc,
                    char    **argv)
{
  g_auto(AttendanceOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event,
      N_("The event with this id, as “skup list events” shows it"), N_("ID") },
    { "person", 0, 0, G_OPTION_ARG_INT64, &options.person,
      N_("The person with this id, as “skup list people” shows it"), N_("ID") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &options.role,
      N_("participant (the default), trainer, speaker, facilitator, organiser or guest"),
      N_("ROLE") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status,
      N_("invited, registered, confirmed, waitlisted, cancelled or declined; without it "
         "registered, or waitlisted when the event is full"), N_("STATUS") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "register",
                                         _("skup register --event ID --person ID [--role ROLE] "
                                           "[--status STATUS]"), entries,
                                         "  skup register --event 12 --person 345\n"
                                         "  skup register --event 12 --person 7 --role trainer "
                                         "--status confirmed\n");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "register", argc, argv, &rest);
  if (status == SKUP_CLI_CONTINUE && rest[0] != NULL)
    status = _skup_cli_usage_error (cli, "register", _("unexpected “%s”"), rest[0]);
  if (status == SKUP_CLI_CONTINUE && (options.event <= 0 || options.person <= 0))
    status = _skup_cli_usage_error (cli, "register", _("give “--event ID” and “--person ID”"));
  if (status == SKUP_CLI_CONTINUE)
    status = check_choice (cli, SKUP_CHOICES_REGISTRATION_ROLE, _("role"), options.role);
  if (status == SKUP_CLI_CONTINUE)
    status = check_choice (cli, SKUP_CHOICES_REGISTRATION_STATUS, _("status"), options.status);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return run_register (cli, &options);
}

/* `skup attendance` ***********************************************************************/

static SkupAttendanceGrid *
open_grid (SkupCli                  *cli,
           const AttendanceOptions  *options,
           SkupStore               **out_store,
           SkupRecord              **out_event,
           GError                  **error)
{
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, error);
  g_autoptr(SkupRecord) event = store ? load_event (store, options->event, error) : NULL;
  SkupAttendanceGrid *grid = event ? skup_attendance_grid_load (store, options->event, error)
                                   : NULL;

  if (grid == NULL)
    return NULL;
  *out_store = g_steal_pointer (&store);
  *out_event = g_steal_pointer (&event);
  return grid;
}

/* The row of --person, or -1 with an error saying they are not expected at the event. */
static int
find_person_row (SkupAttendanceGrid  *grid,
                 SkupStore           *store,
                 gint64               person_id,
                 GError             **error)
{
  g_autoptr(SkupRecord) person = load_person (store, person_id, error);
  g_autofree char *name = NULL;

  if (person == NULL)
    return -1;
  for (guint i = 0; i < skup_attendance_grid_get_n_people (grid); i++)
    if (skup_attendance_grid_get_person (grid, i)->entry->person_id == person_id)
      return (int) i;
  name = skup_record_dup_title (person);
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
               /* Translators: %s is a person's name */
               _("%s is not registered for the event (or is on the waitlist, cancelled or "
                 "declined)."), name);
  return -1;
}

static int
mark_person (SkupCli                 *cli,
             const AttendanceOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) event = NULL;
  g_autoptr(SkupAttendanceGrid) grid = open_grid (cli, options, &store, &event, &error);
  g_autofree char *label = NULL;
  SkupMark mark = skup_mark_from_nick (options->status);
  int column = grid ? pick_column (grid, options->session, &error) : -1;
  int row = column >= 0 ? find_person_row (grid, store, options->person, &error) : -1;

  if (row < 0 || !skup_attendance_grid_set_mark (grid, (guint) row, (guint) column, mark,
                                                 &error))
    return _skup_cli_fail_error (cli, error);
  label = dup_session_label (skup_attendance_grid_get_session (grid, (guint) column));
  /* Translators: the first %s is a person's name, the second a mark ("Present"), the last a
   * session ("Tuesday, 08.12.2026. 09:00–13:00") */
  _skup_cli_print (cli, _("%s: %s at %s.\n"), skup_attendance_grid_get_person (grid, row)->name,
                   mark == SKUP_MARK_NONE ? _("not taken")
                                          : skup_choice_get_label (SKUP_CHOICES_ATTENDANCE_STATUS,
                                                                   options->status),
                   label);
  return SKUP_CLI_OK;
}

static void
write_grid_csv (SkupCli            *cli,
                SkupAttendanceGrid *grid)
{
  g_autoptr(GString) out = g_string_new ("registration_id,person_id,name,role");
  guint n = skup_attendance_grid_get_n_sessions (grid);

  for (guint c = 0; c < n; c++)
    {
      SkupRecord *session = skup_attendance_grid_get_session (grid, c);
      g_autofree char *times = skup_session_dup_times (session);
      g_autofree char *head = g_strdup_printf ("%s %s", skup_record_get_string (session, "date"),
                                               times ? times : "");

      g_string_append_c (out, ',');
      skup_csv_append_text (out, SKUP_CSV_RFC4180, g_strstrip (head));
    }
  g_string_append (out, ",attended,rate\r\n");
  for (guint r = 0; r < skup_attendance_grid_get_n_people (grid); r++)
    {
      const SkupGridPerson *person = skup_attendance_grid_get_person (grid, r);

      g_string_append_printf (out, "%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",",
                              person->entry->registration_id, person->entry->person_id);
      skup_csv_append_text (out, SKUP_CSV_RFC4180, person->name);
      g_string_append_printf (out, ",%s", person->entry->role);
      for (guint c = 0; c < n; c++)
        {
          const char *nick = skup_mark_to_nick (skup_attendance_grid_get_mark (grid, r, c));

          g_string_append_printf (out, ",%s", nick ? nick : "");
        }
      g_string_append_printf (out, ",%u,%.2f\r\n", skup_attendance_grid_get_attended (grid, r),
                              skup_attendance_grid_get_rate (grid, r));
    }
  _skup_cli_write (cli, out->str, (gssize) out->len);
}

static void
append_json_session (GString    *out,
                     SkupRecord *session)
{
  const char *keys[] = { "date", "start-time", "end-time", "title" };

  g_string_append_printf (out, "{\"id\": %" G_GINT64_FORMAT, skup_record_get_id (session));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *value = skup_record_get_string (session, keys[i]);
      g_autofree char *key = g_strdelimit (g_strdup (keys[i]), "-", '_');

      g_string_append_printf (out, ", \"%s\": ", key);
      if (value == NULL)
        g_string_append (out, "null");
      else
        _skup_cli_json_escape (out, value);
    }
  g_string_append_c (out, '}');
}

static void
append_json_person (GString            *out,
                    SkupAttendanceGrid *grid,
                    guint               row)
{
  const SkupGridPerson *person = skup_attendance_grid_get_person (grid, row);

  g_string_append_printf (out, "{\"registration_id\": %" G_GINT64_FORMAT
                          ", \"person_id\": %" G_GINT64_FORMAT ", \"name\": ",
                          person->entry->registration_id, person->entry->person_id);
  _skup_cli_json_escape (out, person->name);
  g_string_append (out, ", \"role\": ");
  _skup_cli_json_escape (out, person->entry->role);
  g_string_append (out, ", \"marks\": [");
  for (guint c = 0; c < skup_attendance_grid_get_n_sessions (grid); c++)
    {
      const char *nick = skup_mark_to_nick (skup_attendance_grid_get_mark (grid, row, c));

      g_string_append (out, c > 0 ? ", " : "");
      if (nick == NULL)
        g_string_append (out, "null");
      else
        _skup_cli_json_escape (out, nick);
    }
  g_string_append_printf (out, "], \"attended\": %u, \"rate\": %.4f}",
                          skup_attendance_grid_get_attended (grid, row),
                          skup_attendance_grid_get_rate (grid, row));
}

static void
write_grid_json (SkupCli            *cli,
                 SkupAttendanceGrid *grid)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = skup_attendance_grid_get_n_sessions (grid);

  g_string_append_printf (out, "{\"event_id\": %" G_GINT64_FORMAT ",\n \"sessions\": [",
                          skup_attendance_grid_get_event_id (grid));
  for (guint c = 0; c < n; c++)
    {
      SkupGridTotals totals;

      skup_attendance_grid_get_totals (grid, c, &totals);
      g_string_append (out, c > 0 ? ",\n  " : "\n  ");
      append_json_session (out, skup_attendance_grid_get_session (grid, c));
      g_string_truncate (out, out->len - 1);
      g_string_append_printf (out, ", \"attended\": %u, \"registered\": %u, \"women\": %u, "
                              "\"men\": %u, \"other\": %u}", totals.attended, totals.registered,
                              totals.women, totals.men, totals.other);
    }
  g_string_append (out, "],\n \"people\": [");
  for (guint r = 0; r < skup_attendance_grid_get_n_people (grid); r++)
    {
      g_string_append (out, r > 0 ? ",\n  " : "\n  ");
      append_json_person (out, grid, r);
    }
  g_string_append (out, "]}\n");
  _skup_cli_write (cli, out->str, (gssize) out->len);
}

/* Short, so ten sessions fit a terminal: ✓ present, L late, E left early, A absent, X excused. */
static const char *
mark_letter (SkupMark mark)
{
  static const char * const letters[] = { "·", "✓", "L", "E", "A", "X" };

  return letters[mark];
}

static void
append_padded (GString    *out,
               const char *text,
               guint       width)
{
  glong n = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (glong i = n; i < (glong) width; i++)
    g_string_append_c (out, ' ');
}

static void
write_grid_table (SkupCli            *cli,
                  SkupAttendanceGrid *grid)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = skup_attendance_grid_get_n_sessions (grid);
  guint width = (guint) g_utf8_strlen (_("Name"), -1);

  for (guint r = 0; r < skup_attendance_grid_get_n_people (grid); r++)
    width = MAX (width, (guint) g_utf8_strlen (skup_attendance_grid_get_person (grid, r)->name,
                                               -1));
  append_padded (out, _("Name"), width + 2);
  for (guint c = 0; c < n; c++)
    {
      const char *date = skup_record_get_string (skup_attendance_grid_get_session (grid, c),
                                                 "date");

      /* The day and month of each session: "08.12" */
      g_string_append_printf (out, "%.2s.%.2s ", date + 8, date + 5);
    }
  g_string_append_printf (out, " %s\n", _("Attended"));
  for (guint r = 0; r < skup_attendance_grid_get_n_people (grid); r++)
    {
      append_padded (out, skup_attendance_grid_get_person (grid, r)->name, width + 2);
      for (guint c = 0; c < n; c++)
        {
          append_padded (out, mark_letter (skup_attendance_grid_get_mark (grid, r, c)), 6);
        }
      g_string_append_printf (out, " %u/%u (%.0f %%)\n", skup_attendance_grid_get_attended (grid, r),
                              n, 100 * skup_attendance_grid_get_rate (grid, r));
    }
  append_padded (out, _("Present"), width + 2);
  for (guint c = 0; c < n; c++)
    {
      SkupGridTotals totals;
      g_autofree char *count = NULL;

      skup_attendance_grid_get_totals (grid, c, &totals);
      count = g_strdup_printf ("%u", totals.attended);
      append_padded (out, count, 6);
    }
  g_string_append_printf (out, "\n%s\n", _("✓ present · L late · E left early · A absent · "
                                           "X excused · · not taken"));
  _skup_cli_write (cli, out->str, (gssize) out->len);
}

static int
show_grid (SkupCli                 *cli,
           const AttendanceOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) event = NULL;
  g_autoptr(SkupAttendanceGrid) grid = open_grid (cli, options, &store, &event, &error);

  if (grid == NULL)
    return _skup_cli_fail_error (cli, error);
  if (g_strcmp0 (options->format, "csv") == 0)
    write_grid_csv (cli, grid);
  else if (g_strcmp0 (options->format, "json") == 0)
    write_grid_json (cli, grid);
  else
    write_grid_table (cli, grid);
  return SKUP_CLI_OK;
}

static int
check_attendance_request (SkupCli                 *cli,
                          const AttendanceOptions *options,
                          GStrv                    rest)
{
  g_autofree char *known = NULL;

  if (rest[0] != NULL)
    return _skup_cli_usage_error (cli, "attendance", _("unexpected “%s”"), rest[0]);
  if (options->event <= 0)
    return _skup_cli_usage_error (cli, "attendance",
                                  _("“--event” needs the id of an event, as “skup list events” "
                                    "shows it"));
  if (options->session < 0)
    return _skup_cli_usage_error (cli, "attendance", _("“--session” counts from 1"));
  if (options->format != NULL && !g_str_equal (options->format, "table")
      && !g_str_equal (options->format, "csv") && !g_str_equal (options->format, "json"))
    return _skup_cli_usage_error (cli, "attendance", _("“--format” is table, csv or json"));
  if ((options->person > 0) != (options->status != NULL))
    return _skup_cli_usage_error (cli, "attendance",
                                  _("give both “--person ID” and “--status STATUS”, or neither "
                                    "to see the attendance"));
  if (options->status == NULL || g_str_equal (options->status, "none")
      || skup_choices_contains (SKUP_CHOICES_ATTENDANCE_STATUS, options->status))
    return SKUP_CLI_CONTINUE;
  known = dup_vocabulary (SKUP_CHOICES_ATTENDANCE_STATUS);
  return _skup_cli_fail (cli, _("“%s” is not an attendance status Skup knows; use one of: %s, "
                                "or none to clear it."), options->status, known);
}

int
_skup_cli_attendance (SkupCli  *cli,
                      int       argc,
                      char    **argv)
{
  g_auto(AttendanceOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event,
      N_("The event with this id, as “skup list events” shows it"), N_("ID") },
    { "session", 0, 0, G_OPTION_ARG_INT, &options.session,
      N_("The Nth session of the programme (1 for the first); without it today’s, else the "
         "first"), N_("N") },
    { "person", 0, 0, G_OPTION_ARG_INT64, &options.person,
      N_("Mark the person with this id"), N_("ID") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status,
      N_("present, late, left-early, absent, excused, or none to clear the mark"),
      N_("STATUS") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("How to show the attendance: table (the default), csv or json"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "attendance",
                                         _("skup attendance --event ID [--session N] --person ID "
                                           "--status STATUS | skup attendance --event ID "
                                           "[--format table|csv|json]"), entries,
                                         "  skup attendance --event 12 --session 2 --person 345 "
                                         "--status late\n"
                                         "  skup attendance --event 12 --format csv > "
                                         "prisustvo.csv\n");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "attendance", argc, argv, &rest);
  if (status == SKUP_CLI_CONTINUE)
    status = check_attendance_request (cli, &options, rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return options.person > 0 ? mark_person (cli, &options) : show_grid (cli, &options);
}

/* `skup check-in` *************************************************************************/

static int
say_check_in (SkupCli            *cli,
              SkupCheckIn        *check_in,
              SkupCheckInOutcome  outcome,
              int                 row,
              const char         *typed,
              const GError       *error)
{
  SkupAttendanceGrid *grid = skup_check_in_get_grid (check_in);
  guint column = skup_check_in_get_column (check_in);
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GString) names = NULL;

  switch (outcome)
    {
    case SKUP_CHECK_IN_MARKED:
      /* Translators: %s is a person's name, then a time of day; then "34 of 60 here" */
      _skup_cli_print (cli, _("%s is checked in, %s. "),
                       skup_attendance_grid_get_person (grid, (guint) row)->name,
                       skup_attendance_grid_get_time (grid, (guint) row, column));
      _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "%u of %u here.\n",
                                         "%u of %u here.\n", skup_check_in_get_expected (check_in)),
                       skup_check_in_get_here (check_in), skup_check_in_get_expected (check_in));
      return SKUP_CLI_OK;
    case SKUP_CHECK_IN_ALREADY:
      /* Translators: %s is a person's name, then why nothing was done */
      _skup_cli_print (cli, _("%s: %s Nothing changed.\n"),
                       skup_attendance_grid_get_person (grid, (guint) row)->name, error->message);
      return SKUP_CLI_OK;
    case SKUP_CHECK_IN_AMBIGUOUS:
      matches = skup_check_in_find (check_in, typed, 10);
      names = g_string_new (NULL);
      for (guint i = 0; i < matches->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                skup_attendance_grid_get_person (grid,
                                                                 g_array_index (matches, guint, i))->name);
      /* Translators: “%s” is what was typed, then a list of names */
      return _skup_cli_fail (cli, _("“%s” matches several people: %s. Type more of the name."),
                             typed, names->str);
    case SKUP_CHECK_IN_NO_MATCH:
    default:
      if (error != NULL)
        return _skup_cli_fail_error (cli, error);
      return _skup_cli_fail (cli, _("Nobody registered for the event matches “%s”."), typed);
    }
}

static int
run_check_in (SkupCli                 *cli,
              const AttendanceOptions *options,
              const char              *typed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupRecord) event = NULL;
  g_autoptr(SkupAttendanceGrid) grid = open_grid (cli, options, &store, &event, &error);
  g_autoptr(SkupCheckIn) check_in = NULL;
  SkupCheckInOutcome outcome;
  int column = grid ? pick_column (grid, options->session, &error) : -1;
  int row = -1;

  if (column < 0)
    return _skup_cli_fail_error (cli, error);
  check_in = skup_check_in_new (grid, (guint) column);
  outcome = skup_check_in_enter (check_in, typed, &row, &error);
  return say_check_in (cli, check_in, outcome, row, typed, error);
}

int
_skup_cli_check_in (SkupCli  *cli,
                    int       argc,
                    char    **argv)
{
  g_auto(AttendanceOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *typed = NULL;
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event,
      N_("The event with this id, as “skup list events” shows it"), N_("ID") },
    { "session", 0, 0, G_OPTION_ARG_INT, &options.session,
      N_("The Nth session of the programme (1 for the first); without it today’s, else the "
         "first"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "check-in",
                                         _("skup check-in --event ID [--session N] NAME"), entries,
                                         "  skup check-in --event 12 ana petr\n"
                                         "  skup check-in --event 12 --session 3 Марковић\n");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "check-in", argc, argv, &rest);
  if (status == SKUP_CLI_CONTINUE && options.event <= 0)
    status = _skup_cli_usage_error (cli, "check-in",
                                    _("“--event” needs the id of an event, as “skup list "
                                      "events” shows it"));
  if (status == SKUP_CLI_CONTINUE && options.session < 0)
    status = _skup_cli_usage_error (cli, "check-in", _("“--session” counts from 1"));
  if (status == SKUP_CLI_CONTINUE && rest[0] == NULL)
    status = _skup_cli_usage_error (cli, "check-in", _("give the name of the person arriving"));
  if (status != SKUP_CLI_CONTINUE)
    return status;
  /* The name may come as several words, quoted or not. */
  typed = g_strjoinv (" ", rest);
  return run_check_in (cli, &options, typed);
}
