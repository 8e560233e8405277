/* skup-cli-sheet.c — `skup sheet`: attach, write out or remove a session's signed sheet
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanned sign-in sheet people signed at a session, kept in the register as evidence. A
 * session is named as `skup export sign-in-sheet` names it: by its place in the programme
 * (--session 2 for the second), so the sheet printed and the sheet scanned go by one number.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "skup-cli-private.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-sign-in-sheet.h"

#define SHEET_USAGE "skup sheet --event ID --session N FILE | --output FILE | --remove"

typedef struct {
  gint64    event;
  int       session;
  gboolean  remove;
  char     *output;
} SheetOptions;

static void
sheet_options_clear (SheetOptions *options)
{
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SheetOptions, sheet_options_clear)

/* The session the options name, and how to speak of it ("session 2 of “…”"). */
typedef struct {
  gint64  id;
  char   *name;
} Target;

static void
target_clear (Target *target)
{
  g_clear_pointer (&target->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Target, target_clear)

/* The event named by --event, or NULL with an error that says which id names none. */
static SkupRecord *
load_event (SkupStore  *store,
            gint64      id,
            GError    **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *number = NULL;
  SkupRecord *event = skup_store_load (store, SKUP_TYPE_EVENT, id, &local);

  if (event != NULL)
    return event;
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  if (g_error_matches (local, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    /* Translators: %s is the number given with --event */
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, _("There is no event with the id %s."),
                 number);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

static gboolean
find_target (SkupStore           *store,
             const SheetOptions  *options,
             Target              *target,
             GError             **error)
{
  g_autoptr(SkupRecord) event = load_event (store, options->event, error);
  g_autofree char *title = NULL;

  if (event == NULL)
    return FALSE;
  target->id = skup_sign_in_find_session (store, options->event, (guint) options->session,
                                          error);
  if (target->id == 0)
    return FALSE;
  title = skup_record_dup_title (event);
  /* Translators: "session 2 of “Women, Violence, and the Use of Drugs”" */
  target->name = g_strdup_printf (_("session %d of “%s”"), options->session, title);
  return TRUE;
}

/* Mapped, not read: a film chosen by mistake costs nothing before the store refuses it. */
static GBytes *
read_scan (SkupCli    *cli,
           const char *path,
           int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);

  if (file != NULL)
    return g_mapped_file_get_bytes (file);
  /* GLib's message names the file and says why. */
  *status = _skup_cli_fail_error (cli, error);
  return NULL;
}

/* "PDF" or "PNG": what a user calls the type. */
static char *
type_name (const char *mime_type)
{
  const char *slash = strchr (mime_type, '/');

  return g_ascii_strup (slash != NULL ? slash + 1 : mime_type, -1);
}

static int
attach_sheet (SkupCli      *cli,
              SkupStore    *store,
              const Target *target,
              const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr(SkupSheetInfo) info = NULL;
  g_autoptr(GBytes) scan = NULL;
  g_autofree char *size = NULL;
  g_autofree char *type = NULL;
  int status = SKUP_CLI_OK;

  scan = read_scan (cli, path, &status);
  if (scan == NULL)
    return status;
  if (!skup_store_attach_sheet (store, target->id, name, scan, &error)
      || (info = skup_store_dup_sheet_info (store, target->id, &error)) == NULL)
    return _skup_cli_fail_error (cli, error);
  size = g_format_size ((guint64) info->size);
  type = type_name (info->mime_type);
  /* Translators: the first %s is "session 2 of “…”", then a type ("PDF") and a size */
  _skup_cli_print (cli, _("Attached the signed sheet of %s (%s, %s).\n"), target->name, type,
                   size);
  _skup_cli_print (cli, "SHA-256 %s\n", info->sha256);
  return SKUP_CLI_OK;
}

static int
remove_sheet (SkupCli      *cli,
              SkupStore    *store,
              const Target *target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSheetInfo) had = skup_store_dup_sheet_info (store, target->id, &error);

  if (error != NULL || !skup_store_remove_sheet (store, target->id, &error))
    return _skup_cli_fail_error (cli, error);
  if (had != NULL)
    /* Translators: %s is "session 2 of “…”" */
    _skup_cli_print (cli, _("Removed the signed sheet of %s.\n"), target->name);
  else
    /* Translators: %s is "session 2 of “…”" */
    _skup_cli_print (cli, _("There was no signed sheet for %s; nothing was removed.\n"),
                     target->name);
  return SKUP_CLI_OK;
}

/* To a file, or with "-" to standard output for a pipe. Only bytes that match the digest
 * taken when they were attached are written: a damaged sheet is an error, not a file. */
static int
write_sheet (SkupCli      *cli,
             SkupStore    *store,
             const Target *target,
             const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) sheet = skup_store_dup_sheet (store, target->id, &error);
  g_autofree char *where = NULL;
  gsize size = 0;
  const char *data;

  if (error != NULL)
    return _skup_cli_fail_error (cli, error);
  if (sheet == NULL)
    /* Translators: %s is "session 2 of “…”" */
    return _skup_cli_fail (cli, _("There is no signed sheet for %s."), target->name);
  data = g_bytes_get_data (sheet, &size);
  if (g_str_equal (path, "-"))
    {
      _skup_cli_write (cli, data, (gssize) size);
      return SKUP_CLI_OK;
    }
  if (!g_file_set_contents (path, data, (gssize) size, &error))
    return _skup_cli_fail_error (cli, error);
  where = g_filename_display_name (path);
  /* Translators: the first %s is "session 2 of “…”", the second a file name */
  _skup_cli_print (cli, _("Wrote the signed sheet of %s to %s.\n"), target->name, where);
  return SKUP_CLI_OK;
}

static int
run_sheet (SkupCli            *cli,
           const SheetOptions *options,
           const char         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_auto(Target) target = { 0, NULL };

  if (store == NULL || !find_target (store, options, &target, &error))
    return _skup_cli_fail_error (cli, error);
  if (options->remove)
    return remove_sheet (cli, store, &target);
  if (options->output != NULL)
    return write_sheet (cli, store, &target, options->output);
  return attach_sheet (cli, store, &target, file);
}

/* One session, and one thing to do with its sheet. */
static int
check_request (SkupCli            *cli,
               const SheetOptions *options,
               GStrv               rest)
{
  guint n_files = g_strv_length (rest);
  guint n_asked = (n_files > 0) + (options->remove != FALSE) + (options->output != NULL);

  if (options->event <= 0)
    return _skup_cli_usage_error (cli, "sheet", _("give the event: “--event ID”"));
  if (options->session <= 0)
    return _skup_cli_usage_error (cli, "sheet",
                                  _("give the session by its place in the programme, from 1: "
                                    "“--session N”"));
  if (n_files > 1)
    return _skup_cli_usage_error (cli, "sheet", _("unexpected “%s”"), rest[1]);
  if (n_asked != 1)
    return _skup_cli_usage_error (cli, "sheet",
                                  _("give the scanned file, “--remove” or “--output FILE”"));
  return SKUP_CLI_CONTINUE;
}

int
_skup_cli_sheet (SkupCli  *cli,
                 int       argc,
                 char    **argv)
{
  g_auto(SheetOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event,
      N_("The event with this id, as “skup list events” shows it"), N_("ID") },
    { "session", 0, 0, G_OPTION_ARG_INT, &options.session,
      N_("The Nth session of the programme (1 for the first)"), N_("N") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &options.remove,
      N_("Remove the session’s signed sheet"), NULL },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("Write the signed sheet to FILE (“-” for standard output)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "sheet", SHEET_USAGE, entries,
                                         "  skup sheet --event 12 --session 2 lista-dan-2.pdf\n"
                                         "  skup sheet --event 12 --session 2 "
                                         "--output lista-dan-2.pdf\n"
                                         "  skup sheet --event 12 --session 2 --remove\n");

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "sheet", argc, argv, &rest);
  if (status == SKUP_CLI_CONTINUE)
    status = check_request (cli, &options, rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return run_sheet (cli, &options, rest[0]);
}
