/* skup-cli-export.c — `skup export`: documents and lists written to files
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One subcommand a document: `skup export sign-in-sheet …` today; attendance lists and
 * reports join it. The options say what the window's dialogs let a user choose.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exports/skup-attendance-list.h"
#include "skup-cli-private.h"
#include "skup-event.h"
#include "skup-sign-in-sheet.h"
#include "skup-text.h"

typedef struct {
  gint64  event;
  int     session;   /* from 1; -1 for every session */
  char   *columns;
  int     blank_rows;
  char   *script;
  char   *language;
  char   *paper;
  gboolean landscape;
  gboolean portrait;
  char   *font;
  char   *output;
} SheetOptions;

static void
sheet_options_clear (SheetOptions *options)
{
  g_clear_pointer (&options->columns, g_free);
  g_clear_pointer (&options->script, g_free);
  g_clear_pointer (&options->language, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->font, g_free);
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SheetOptions, sheet_options_clear)

/* Usage errors point at this command's own help. */
#define SHEET_COMMAND "export sign-in-sheet"

#define SHEET_USAGE "skup [--database LOCATION] export sign-in-sheet --event ID [--session N] " \
                    "[--columns LIST] [--blank-rows N] [--language en|sr] " \
                    "[--script latin|cyrillic] [--paper a4|letter] [--landscape|--portrait] " \
                    "--output FILE.pdf"

/* Turns what was typed into the sheet's options; a mistake is a usage error (status 2). */
static int
read_sheet_options (SkupCli           *cli,
                    const SheetOptions *typed,
                    SkupSignInOptions *options)
{
  g_autoptr(GError) error = NULL;
  SkupPaper paper = SKUP_PAPER_A4;
  SkupSheetColumns columns = SKUP_SHEET_DEFAULT_COLUMNS;

  if (typed->event <= 0)
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("give the event: “--event ID”"));
  if (typed->session == 0 || typed->session < -1)
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("“--session” counts from 1"));
  if (typed->blank_rows < 0 || typed->blank_rows > 200)
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("“--blank-rows” takes 0 to 200"));
  if (typed->paper != NULL && !skup_paper_from_string (typed->paper, &paper))
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("“--paper” takes a4 or letter"));
  if (typed->script != NULL && !g_str_equal (typed->script, "latin")
      && !g_str_equal (typed->script, "cyrillic"))
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("“--script” takes latin or cyrillic"));
  if (typed->language != NULL && !g_str_equal (typed->language, "en")
      && !g_str_equal (typed->language, "sr"))
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("“--language” takes en or sr"));
  if (typed->columns != NULL && !skup_sign_in_columns_parse (typed->columns, &columns, &error))
    return _skup_cli_usage_error (cli, SHEET_COMMAND, "%s", error->message);
  if (typed->landscape && typed->portrait)
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("give “--landscape” or “--portrait”, not both"));
  if (typed->output == NULL)
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("give the file to write: “--output FILE.pdf”"));

  skup_sign_in_options_init (options, typed->event);
  options->blank_rows = (guint) typed->blank_rows;
  /* Without --language, write_sheet() takes the event's; Serbian sheets are Cyrillic unless
   * asked otherwise, as official Serbian documents are. */
  options->language = typed->language;
  options->cyrillic = typed->script != NULL ? g_str_equal (typed->script, "cyrillic")
                                            : g_strcmp0 (options->language, "sr") == 0;
  skup_page_setup_init (&options->page, paper, typed->landscape);
  options->choose_orientation = !typed->landscape && !typed->portrait;
  if (typed->font != NULL)
    options->font_family = typed->font;
  if (typed->columns != NULL)
    options->columns = columns;
  return SKUP_CLI_CONTINUE;
}

/* The event's own language and script, unless --script said which script. */
static gboolean
take_event_language (SkupStore         *store,
                     SkupSignInOptions *options,
                     const char        *script,
                     GError           **error)
{
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, options->event_id, error);

  if (event == NULL)
    return FALSE;
  skup_sign_in_options_set_event_language (options, skup_record_get_string (event, "language"));
  if (script != NULL)
    options->cyrillic = g_str_equal (script, "cyrillic");
  return TRUE;
}

static int
write_sheet (SkupCli           *cli,
             SkupSignInOptions *options,
             guint              session,
             const char        *script,
             const char        *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *where = NULL;
  guint pages;

  if (store == NULL)
    return _skup_cli_fail_error (cli, error);
  if (options->language == NULL && !take_event_language (store, options, script, &error))
    return _skup_cli_fail_error (cli, error);
  if (session > 0)
    {
      options->session_id = skup_sign_in_find_session (store, options->event_id, session, &error);
      if (options->session_id == 0)
        return _skup_cli_fail_error (cli, error);
    }
  sheet = skup_sign_in_sheet_new (store, options, &error);
  if (sheet == NULL || !skup_document_write_pdf (SKUP_DOCUMENT (sheet), output, &error))
    return _skup_cli_fail_error (cli, error);
  where = g_filename_display_name (output);
  pages = skup_document_get_n_pages (SKUP_DOCUMENT (sheet));
  /* Translators: "Wrote sheet.pdf: 3 pages, 60 people." */
  _skup_cli_print (cli, "%s\n", where);
  _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", pages), pages);
  _skup_cli_print (cli, ", ");
  _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                     skup_sign_in_sheet_get_n_people (sheet)),
                   skup_sign_in_sheet_get_n_people (sheet));
  _skup_cli_print (cli, "\n");
  return SKUP_CLI_OK;
}

static int
export_sign_in_sheet (SkupCli  *cli,
                      int       argc,
                      char    **argv)
{
  g_auto(SheetOptions) typed = { .blank_rows = 5, .session = -1 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  SkupSignInOptions options;
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &typed.event, N_("The event"), N_("ID") },
    { "session", 0, 0, G_OPTION_ARG_INT, &typed.session,
      N_("Only the Nth session (1 for the first); without it, a signature column a day"),
      N_("N") },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &typed.columns,
      N_("Columns: number, name, organisation, position, sector, gender, email, phone, "
         "signature, per-diem, photo-consent"), N_("LIST") },
    { "blank-rows", 0, 0, G_OPTION_ARG_INT, &typed.blank_rows,
      N_("Numbered empty rows for walk-ins (5)"), N_("N") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &typed.language,
      N_("The sheet’s language: en or sr (the event’s own, if not given)"), N_("LANG") },
    { "script", 0, 0, G_OPTION_ARG_STRING, &typed.script,
      N_("Write names in latin or cyrillic"), N_("SCRIPT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &typed.paper, N_("a4 or letter"), N_("PAPER") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &typed.landscape, N_("Turn the page"), NULL },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &typed.portrait, N_("Keep the page upright"), NULL },
    { "font", 0, 0, G_OPTION_ARG_STRING, &typed.font,
      N_("The font family (Noto Sans)"), N_("FAMILY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &typed.output, N_("The PDF to write"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "export", SHEET_USAGE, entries,
                                         "  skup export sign-in-sheet --event 12 "
                                         "--output sheet.pdf\n"
                                         "  skup export sign-in-sheet --event 12 --session 2 "
                                         "--language sr --script latin --columns "
                                         "number,name,organisation,signature,per-diem "
                                         "--output dan-2.pdf\n");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, SHEET_COMMAND, argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (rest[0] != NULL)
    return _skup_cli_usage_error (cli, SHEET_COMMAND, _("unexpected “%s”"), rest[0]);
  status = read_sheet_options (cli, &typed, &options);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return write_sheet (cli, &options, typed.session > 0 ? (guint) typed.session : 0, typed.script,
                      typed.output);
}

/* export attendance ********************************************************/

typedef struct {
  gint64   event;
  int      session;   /* from 1; -1 for every session */
  gint64   project;
  char    *from;
  char    *to;
  char    *format;
  gboolean excel;
  char    *columns;
  char    *script;
  char    *paper;
  gboolean landscape;
  char    *output;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->columns, g_free);
  g_clear_pointer (&options->script, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

#define LIST_COMMAND "export attendance"

#define LIST_USAGE "skup [--database LOCATION] export attendance " \
                   "(--event ID [--session N] | --project ID | --from DATE --to DATE) " \
                   "--format csv|xlsx|pdf [--excel] [--columns LIST] " \
                   "[--script latin|cyrillic] [--paper a4|letter] [--landscape] --output FILE"

/* Exactly one scope: an event, a project, or a range of dates. */
static int
read_list_scope (SkupCli           *cli,
                 const ListOptions *typed,
                 SkupReportScope   *scope)
{
  gboolean range = typed->from != NULL || typed->to != NULL;

  if ((typed->event > 0) + (typed->project > 0) + range != 1)
    return _skup_cli_usage_error (cli, LIST_COMMAND,
                                  _("give one of “--event ID”, “--project ID” or “--from DATE "
                                    "--to DATE”"));
  if (typed->session != -1 && (typed->event <= 0 || typed->session < 1))
    return _skup_cli_usage_error (cli, LIST_COMMAND,
                                  _("“--session” counts from 1 and goes with “--event”"));
  *scope = (SkupReportScope) { .kind = SKUP_REPORT_SCOPE_EVENT, .id = typed->event };
  if (typed->project > 0)
    *scope = (SkupReportScope) { .kind = SKUP_REPORT_SCOPE_PROJECT, .id = typed->project };
  if (!range)
    return SKUP_CLI_CONTINUE;
  if (typed->from == NULL || typed->to == NULL || !skup_text_is_iso_date (typed->from)
      || !skup_text_is_iso_date (typed->to) || strcmp (typed->from, typed->to) > 0)
    return _skup_cli_usage_error (cli, LIST_COMMAND,
                                  _("“--from” and “--to” take dates, YYYY-MM-DD, the first not "
                                    "after the second"));
  scope->kind = SKUP_REPORT_SCOPE_RANGE;
  g_strlcpy (scope->from, typed->from, sizeof scope->from);
  g_strlcpy (scope->to, typed->to, sizeof scope->to);
  return SKUP_CLI_CONTINUE;
}

static int
read_list_format (SkupCli           *cli,
                  const ListOptions *typed,
                  SkupListFormat    *format)
{
  if (g_strcmp0 (typed->format, "csv") == 0)
    *format = typed->excel ? SKUP_LIST_FORMAT_EXCEL_CSV : SKUP_LIST_FORMAT_CSV;
  else if (g_strcmp0 (typed->format, "xlsx") == 0)
    *format = SKUP_LIST_FORMAT_XLSX;
  else if (g_strcmp0 (typed->format, "pdf") == 0)
    *format = SKUP_LIST_FORMAT_PDF;
  else
    return _skup_cli_usage_error (cli, LIST_COMMAND, _("“--format” takes csv, xlsx or pdf"));
  if (typed->excel && *format != SKUP_LIST_FORMAT_EXCEL_CSV)
    return _skup_cli_usage_error (cli, LIST_COMMAND, _("“--excel” goes with “--format csv”"));
  return SKUP_CLI_CONTINUE;
}

/* Turns what was typed into the list's options; a mistake is a usage error (status 2). */
static int
read_list_options (SkupCli                   *cli,
                   const ListOptions         *typed,
                   SkupAttendanceListOptions *options,
                   SkupListFormat            *format,
                   SkupPageSetup             *page)
{
  g_autoptr(GError) error = NULL;
  SkupPaper paper = SKUP_PAPER_A4;
  int status;

  skup_attendance_list_options_init (options, 0);
  if ((status = read_list_scope (cli, typed, &options->scope)) != SKUP_CLI_CONTINUE
      || (status = read_list_format (cli, typed, format)) != SKUP_CLI_CONTINUE)
    return status;
  if (typed->columns != NULL && !skup_list_columns_parse (typed->columns, &options->columns, &error))
    return _skup_cli_usage_error (cli, LIST_COMMAND, "%s", error->message);
  if (typed->script != NULL && !g_str_equal (typed->script, "latin")
      && !g_str_equal (typed->script, "cyrillic"))
    return _skup_cli_usage_error (cli, LIST_COMMAND, _("“--script” takes latin or cyrillic"));
  if (typed->paper != NULL && !skup_paper_from_string (typed->paper, &paper))
    return _skup_cli_usage_error (cli, LIST_COMMAND, _("“--paper” takes a4 or letter"));
  if (typed->output == NULL)
    return _skup_cli_usage_error (cli, LIST_COMMAND, _("give the file to write: “--output FILE”"));
  options->cyrillic = g_strcmp0 (typed->script, "cyrillic") == 0;
  skup_page_setup_init (page, paper, typed->landscape);
  return SKUP_CLI_CONTINUE;
}

static int
write_list (SkupCli                   *cli,
            SkupAttendanceListOptions *options,
            int                        session,
            SkupListFormat             format,
            const SkupPageSetup       *page,
            const char                *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_autoptr(SkupAttendanceList) list = NULL;
  g_autofree char *where = NULL;

  if (store == NULL)
    return _skup_cli_fail_error (cli, error);
  if (session > 0)
    {
      options->session_id = skup_sign_in_find_session (store, options->scope.id, (guint) session,
                                                       &error);
      if (options->session_id == 0)
        return _skup_cli_fail_error (cli, error);
    }
  list = skup_attendance_list_read (store, options, &error);
  if (list == NULL || !skup_attendance_list_write (list, format, page, output, &error))
    return _skup_cli_fail_error (cli, error);
  where = g_filename_display_name (output);
  _skup_cli_print (cli, "%s\n", where);
  _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                     list->people->len), list->people->len);
  _skup_cli_print (cli, ", ");
  _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions",
                                     list->sessions->len), list->sessions->len);
  _skup_cli_print (cli, "\n");
  return SKUP_CLI_OK;
}

static int
export_attendance (SkupCli  *cli,
                   int       argc,
                   char    **argv)
{
  g_auto(ListOptions) typed = { .session = -1 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  SkupAttendanceListOptions options;
  SkupListFormat format = SKUP_LIST_FORMAT_CSV;
  SkupPageSetup page;
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &typed.event, N_("The event"), N_("ID") },
    { "session", 0, 0, G_OPTION_ARG_INT, &typed.session,
      N_("Only the event’s Nth session (1 for the first)"), N_("N") },
    { "project", 0, 0, G_OPTION_ARG_INT64, &typed.project, N_("The project’s events"),
      N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &typed.from,
      N_("The events overlapping a range of dates, from…"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &typed.to, N_("…to (both included)"), N_("DATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &typed.format, N_("csv, xlsx or pdf"),
      N_("FORMAT") },
    { "excel", 0, 0, G_OPTION_ARG_NONE, &typed.excel,
      N_("CSV as Excel in a Serbian locale reads it: a byte order mark and “;”"), NULL },
    { "columns", 0, 0, G_OPTION_ARG_STRING, &typed.columns,
      N_("Columns: name, organisation, sector, position, city, gender, email, phone, role, "
         "licence, sessions, attendance"), N_("LIST") },
    { "script", 0, 0, G_OPTION_ARG_STRING, &typed.script,
      N_("Write names in latin or cyrillic"), N_("SCRIPT") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &typed.paper, N_("a4 or letter"), N_("PAPER") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &typed.landscape, N_("Turn the page"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &typed.output, N_("The file to write"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "export", LIST_USAGE, entries,
                                         "  skup export attendance --event 12 --format xlsx "
                                         "--output list.xlsx\n"
                                         "  skup export attendance --event 12 --session 2 "
                                         "--format csv --excel --output day-2.csv\n"
                                         "  skup export attendance --project 3 --format pdf "
                                         "--script cyrillic --landscape --output project.pdf\n"
                                         "  skup export attendance --from 2026-01-01 --to "
                                         "2026-06-30 --format csv --columns "
                                         "name,gender,sector,attendance --output h1.csv\n");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, LIST_COMMAND, argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (rest[0] != NULL)
    return _skup_cli_usage_error (cli, LIST_COMMAND, _("unexpected “%s”"), rest[0]);
  status = read_list_options (cli, &typed, &options, &format, &page);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return write_list (cli, &options, typed.session, format, &page, typed.output);
}

int
_skup_cli_export (SkupCli  *cli,
                  int       argc,
                  char    **argv)
{
  if (argc < 2 || (_skup_cli_wants_help (argc, argv) && argc < 3))
    {
      _skup_cli_print (cli, "%s\n\n  sign-in-sheet  %s\n", _("Usage: skup export DOCUMENT …"),
                       _("The list people sign as they come in, as a PDF"));
      _skup_cli_print (cli, "  attendance     %s\n",
                       _("Who was expected and who came, as CSV, XLSX or PDF"));
      return argc < 2 ? SKUP_CLI_USAGE : SKUP_CLI_OK;
    }
  if (g_str_equal (argv[1], "sign-in-sheet"))
    return export_sign_in_sheet (cli, argc - 1, argv + 1);
  if (g_str_equal (argv[1], "attendance"))
    return export_attendance (cli, argc - 1, argv + 1);
  return _skup_cli_usage_error (cli, "export", _("there is no document “%s”"), argv[1]);
}
