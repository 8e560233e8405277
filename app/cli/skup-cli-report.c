/* skup-cli-report.c — `skup report`: the donor report, or an event's accredited-training
 * report, written as PDF, XLSX or CSV
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "reports/skup-accredited-report.h"
#include "reports/skup-report-output.h"
#include "skup-cli-private.h"

#define REPORT_USAGE N_("skup [--database LOCATION] report [--event ID | --project ID | " \
                        "--from DATE --to DATE | --all] [--accredited] [--suppress-small] " \
                        "--format pdf|xlsx|csv --output FILE")

typedef struct {
  gint64    event;
  gint64    project;
  char     *from;
  char     *to;
  gboolean  all;
  gboolean  accredited;
  gboolean  suppress_small;
  char     *format;
  char     *output;
} ReportOptions;

static void
report_options_clear (ReportOptions *options)
{
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

/* A calendar date written as 2024-03-05, the one form every output and the register use. */
static gboolean
is_iso_date (const char *text)
{
  unsigned year, month, day;
  char end;

  return text != NULL && strlen (text) == 10
         && sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3
         && g_date_valid_dmy (day, month, year);
}

/* Fills @scope from the options: exactly one scope, or a usage error naming what is wrong. */
static int
choose_scope (SkupCli         *cli,
              ReportOptions   *options,
              SkupReportScope *scope)
{
  guint n = (options->event > 0) + (options->project > 0)
            + (options->from != NULL || options->to != NULL) + options->all;

  if (n != 1)
    return _skup_cli_usage_error (cli, "report", _("choose one of “--event ID”, "
                                                   "“--project ID”, “--from DATE --to DATE” "
                                                   "or “--all”"));
  if ((options->from != NULL) != (options->to != NULL))
    return _skup_cli_usage_error (cli, "report", _("give both “--from DATE” and “--to DATE”"));
  if (options->from != NULL && (!is_iso_date (options->from) || !is_iso_date (options->to)))
    return _skup_cli_usage_error (cli, "report", _("write dates as YYYY-MM-DD, e.g. 2024-03-05"));
  if (options->from != NULL && strcmp (options->from, options->to) > 0)
    return _skup_cli_usage_error (cli, "report", _("“--from” comes after “--to”"));
  if (options->accredited && options->event <= 0)
    return _skup_cli_usage_error (cli, "report", _("“--accredited” needs “--event ID”"));
  *scope = (SkupReportScope) { SKUP_REPORT_SCOPE_ALL, 0, "", "" };
  if (options->event > 0)
    *scope = (SkupReportScope) { SKUP_REPORT_SCOPE_EVENT, options->event, "", "" };
  else if (options->project > 0)
    *scope = (SkupReportScope) { SKUP_REPORT_SCOPE_PROJECT, options->project, "", "" };
  else if (options->from != NULL)
    {
      scope->kind = SKUP_REPORT_SCOPE_RANGE;
      g_strlcpy (scope->from, options->from, sizeof scope->from);
      g_strlcpy (scope->to, options->to, sizeof scope->to);
    }
  return SKUP_CLI_CONTINUE;
}

static int
check_output (SkupCli          *cli,
              ReportOptions    *options,
              SkupReportFormat *format)
{
  if (options->format == NULL)
    return _skup_cli_usage_error (cli, "report", _("give the format: “--format pdf”, "
                                                   "“--format xlsx” or “--format csv”"));
  if (!skup_report_format_parse (options->format, format))
    return _skup_cli_usage_error (cli, "report", _("there is no format “%s”: choose pdf, xlsx "
                                                   "or csv"), options->format);
  if (options->output == NULL || *options->output == '\0')
    return _skup_cli_usage_error (cli, "report", _("give the file to write: “--output FILE”"));
  return SKUP_CLI_CONTINUE;
}

/* The total of hours leaves out events without times: say so, as the report does. */
static void
print_hours_note (SkupCli          *cli,
                  const SkupReport *report)
{
  g_autofree char *note = report != NULL ? skup_report_dup_hours_note (report) : NULL;

  if (note != NULL)
    /* Translators: %s is “hours not recorded for 3 events” */
    _skup_cli_print (cli, _("Note: %s.\n"), note);
}

static int
run_report (SkupCli               *cli,
            const ReportOptions   *options,
            const SkupReportScope *scope,
            SkupReportFormat       format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_autoptr(SkupReport) report = NULL;
  g_autofree char *where = NULL;

  if (store == NULL)
    return _skup_cli_fail_error (cli, error);
  if (options->accredited)
    {
      if (!skup_accredited_report_write (store, options->event, format, options->output,
                                         &error))
        return _skup_cli_fail_error (cli, error);
    }
  else
    {
      report = skup_report_compute (store, scope, options->suppress_small, &error);
      if (report == NULL || !skup_report_write (store, report, format, options->output, &error))
        return _skup_cli_fail_error (cli, error);
    }
  where = g_filename_display_name (options->output);
  /* Translators: %s is the file the report was written to */
  _skup_cli_print (cli, _("Wrote %s.\n"), where);
  print_hours_note (cli, report);
  return SKUP_CLI_OK;
}

int
_skup_cli_report (SkupCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_auto(ReportOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event, N_("Report on one event"), N_("ID") },
    { "project", 0, 0, G_OPTION_ARG_INT64, &options.project,
      N_("Report on the events of a project"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from,
      N_("Report on the events from this day (with --to)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to, N_("… up to this day, inclusive"),
      N_("DATE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &options.all, N_("Report on every event"), NULL },
    { "accredited", 0, 0, G_OPTION_ARG_NONE, &options.accredited,
      N_("The accredited-training report of the event (needs --event)"), NULL },
    { "suppress-small", 0, 0, G_OPTION_ARG_NONE, &options.suppress_small,
      N_("Show counts of 1 to 4 people as “<5”, for publication"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format, N_("pdf, xlsx or csv"),
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The file to write"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  SkupReportScope scope;
  SkupReportFormat format;
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "report", _(REPORT_USAGE), entries,
                                         "  skup report --all --format pdf --output report.pdf\n"
                                         "  skup report --project 2 --suppress-small "
                                         "--format xlsx -o donor.xlsx\n"
                                         "  skup report --event 7 --accredited --format csv "
                                         "-o accredited.csv\n");
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "report", argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (rest[0] != NULL)
    return _skup_cli_usage_error (cli, "report", _("unexpected “%s”"), rest[0]);
  status = choose_scope (cli, &options, &scope);
  if (status == SKUP_CLI_CONTINUE)
    status = check_output (cli, &options, &format);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return run_report (cli, &options, &scope, format);
}
