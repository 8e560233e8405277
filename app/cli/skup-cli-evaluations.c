/* skup-cli-evaluations.c — `skup evaluations export|import`: scores and forms as CSV
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import checks every row before it stores any: a refused row is named with its line and
 * nothing is stored (exit 1), so a script can fix the file and run it again as it is.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-cli-private.h"
#include "skup-error.h"
#include "skup-evaluations-csv.h"
#include "skup-event.h"

typedef struct {
  gint64    event;
  char     *what;
  gboolean  excel;
  char     *output;
  gboolean  dry_run;
} EvaluationsOptions;

static void
evaluations_options_clear (EvaluationsOptions *options)
{
  g_clear_pointer (&options->what, g_free);
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EvaluationsOptions, evaluations_options_clear)

/* The store, and the event checked to exist so that a wrong id is said as such. */
static SkupStore *
open_event (SkupCli  *cli,
            gint64    event_id,
            int      *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_autoptr(SkupRecord) event = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, event_id);

  if (store == NULL)
    {
      *status = _skup_cli_fail_error (cli, error);
      return NULL;
    }
  event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, &error);
  if (event == NULL && g_error_matches (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    {
      /* Translators: %s is the number given with --event */
      *status = _skup_cli_fail (cli, _("There is no event with the id %s."), id);
      return NULL;
    }
  if (event == NULL)
    {
      *status = _skup_cli_fail_error (cli, error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

static int
run_export (SkupCli             *cli,
            EvaluationsOptions  *options,
            SkupEvaluationsKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  int status = SKUP_CLI_OK;

  store = open_event (cli, options->event, &status);
  if (store == NULL)
    return status;
  if (!skup_evaluations_csv_write (store, options->event, kind,
                                   options->excel ? SKUP_CSV_EXCEL : SKUP_CSV_RFC4180,
                                   options->output, &error))
    return _skup_cli_fail_error (cli, error);
  _skup_cli_print (cli, _("Wrote %s.\n"), options->output);
  return SKUP_CLI_OK;
}

static void
print_report (SkupCli               *cli,
              SkupEvaluationsReport *report,
              gboolean               dry_run)
{
  if (dry_run)
    _skup_cli_print (cli, "%s\n", _("Dry run: nothing was written."));
  _skup_cli_print (cli, _("Rows read: %u\n"), report->read);
  if (report->problems->len > 0)
    _skup_cli_print (cli, "%s\n", _("Nothing was saved: every row must be right first."));
  else if (dry_run)
    _skup_cli_print (cli, _("Rows that would be saved: %u\n"), report->saved);
  else
    _skup_cli_print (cli, _("Rows saved: %u\n"), report->saved);
  for (guint i = 0; i < report->problems->len; i++)
    _skup_cli_print (cli, "  %s\n", (const char *) report->problems->pdata[i]);
}

static int
run_import (SkupCli             *cli,
            EvaluationsOptions  *options,
            SkupEvaluationsKind  kind,
            const char          *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvTable) table = skup_csv_read_file (path, &error);
  g_autoptr(SkupStore) store = NULL;
  SkupEvaluationsReport report = { 0 };
  int status = SKUP_CLI_OK;

  if (table == NULL)
    return _skup_cli_fail_error (cli, error);
  store = open_event (cli, options->event, &status);
  if (store == NULL)
    return status;
  if (!skup_evaluations_csv_import (store, options->event, kind, table, options->dry_run,
                                    &report, &error))
    {
      skup_evaluations_report_clear (&report);
      return _skup_cli_fail_error (cli, error);
    }
  print_report (cli, &report, options->dry_run);
  status = report.problems->len > 0 ? SKUP_CLI_FAILED : SKUP_CLI_OK;
  skup_evaluations_report_clear (&report);
  return status;
}

/* The usage mistakes of either subcommand, named; SKUP_CLI_CONTINUE when there is none. */
static int
check_options (SkupCli            *cli,
               EvaluationsOptions *options,
               char              **rest,
               SkupEvaluationsKind *kind)
{
  gboolean exporting = g_strcmp0 (rest[0], "export") == 0;

  if (!exporting && g_strcmp0 (rest[0], "import") != 0)
    return _skup_cli_usage_error (cli, "evaluations", _("say “export” or “import”"));
  if (options->event <= 0)
    return _skup_cli_usage_error (cli, "evaluations", _("give the event: “--event ID”"));
  if (options->what == NULL)
    return _skup_cli_usage_error (cli, "evaluations", _("say what: “--what scores” or "
                                                        "“--what forms”"));
  if (!skup_evaluations_parse_kind (options->what, kind))
    return _skup_cli_usage_error (cli, "evaluations",
                                  _("“--what” takes scores or forms, not “%s”"), options->what);
  if (exporting && options->dry_run)
    return _skup_cli_usage_error (cli, "evaluations", _("“--dry-run” is for an import"));
  if (!exporting && (options->excel || options->output != NULL))
    return _skup_cli_usage_error (cli, "evaluations",
                                  _("“--excel” and “--output” are for an export"));
  if (exporting && options->output == NULL)
    return _skup_cli_usage_error (cli, "evaluations",
                                  _("give the file to write: “--output FILE.csv”"));
  if (!exporting && rest[1] == NULL)
    return _skup_cli_usage_error (cli, "evaluations", _("give the CSV file to import"));
  if (rest[exporting ? 1 : 2] != NULL)
    return _skup_cli_usage_error (cli, "evaluations", _("unexpected “%s”"),
                                  rest[exporting ? 1 : 2]);
  return SKUP_CLI_CONTINUE;
}

static int
print_help (SkupCli            *cli,
            const GOptionEntry *entries)
{
  g_autofree char *usage =
    g_strdup_printf ("%s\n       %s",
                     _("skup [--database LOCATION] evaluations export --event ID "
                       "--what scores|forms [--excel] --output FILE"),
                     _("skup [--database LOCATION] evaluations import --event ID "
                       "--what scores|forms FILE [--dry-run]"));

  return _skup_cli_print_command_help (cli, "evaluations", usage, entries,
                                       "  skup evaluations export --event 12 --what scores "
                                       "--excel -o testovi.csv\n"
                                       "  skup evaluations import --event 12 --what forms "
                                       "upitnici.csv --dry-run\n");
}

int
_skup_cli_evaluations (SkupCli  *cli,
                       int       argc,
                       char    **argv)
{
  g_auto(EvaluationsOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event,
      N_("The event with this id, as “skup list events” shows it"), N_("ID") },
    { "what", 0, 0, G_OPTION_ARG_STRING, &options.what,
      N_("The participants’ test scores, or the satisfaction forms"), N_("scores|forms") },
    { "excel", 0, 0, G_OPTION_ARG_NONE, &options.excel,
      N_("Write for Excel: “;” between fields, a decimal comma, a byte order mark"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("Write the CSV to FILE"), N_("FILE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Check and report everything, but write nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  SkupEvaluationsKind kind = SKUP_EVALUATIONS_SCORES;
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return print_help (cli, entries);

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "evaluations", argc, argv, &rest);
  if (status == SKUP_CLI_CONTINUE)
    status = check_options (cli, &options, rest, &kind);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (g_str_equal (rest[0], "export"))
    return run_export (cli, &options, kind);
  return run_import (cli, &options, kind, rest[1]);
}
