/* skup-cli-import.c — `skup import people`: people from a CSV file into the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-cli-private.h"
#include "skup-people-import.h"

typedef struct {
  gboolean   dry_run;
  char     **maps;
  char      *duplicates;
  gint64     event_id;
} ImportOptions;

static void
import_options_clear (ImportOptions *options)
{
  g_clear_pointer (&options->maps, g_strfreev);
  g_clear_pointer (&options->duplicates, g_free);
}

/* --duplicates use|update|create; anything else is a usage error. */
static gboolean
parse_duplicates (const char          *text,
                  SkupImportDuplicate *out)
{
  static const struct { const char *word; SkupImportDuplicate choice; } words[] = {
    { "use", SKUP_IMPORT_DUPLICATE_USE }, { "update", SKUP_IMPORT_DUPLICATE_UPDATE },
    { "create", SKUP_IMPORT_DUPLICATE_CREATE },
  };

  *out = SKUP_IMPORT_DUPLICATE_USE;
  for (gsize i = 0; text != NULL && i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (text, words[i].word))
      {
        *out = words[i].choice;
        return TRUE;
      }
  return text == NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportOptions, import_options_clear)

/* Applies each --map COLUMN=FIELD over the guessed mapping; COLUMN is a header as written. */
static gboolean
apply_maps (SkupCli            *cli,
            const char * const *headers,
            char              **mapping,
            char              **maps)
{
  for (gsize m = 0; maps != NULL && maps[m] != NULL; m++)
    {
      g_auto(GStrv) pair = g_strsplit (maps[m], "=", 2);
      gboolean found = FALSE;

      for (gsize i = 0; pair[1] != NULL && headers[i] != NULL && mapping[i] != NULL; i++)
        if (g_str_equal (headers[i], pair[0]))
          {
            g_free (mapping[i]);
            mapping[i] = g_strdup (g_str_equal (pair[1], "ignore") ? "" : pair[1]);
            found = TRUE;
          }
      if (!found)
        {
          _skup_cli_usage_error (cli, "import", _("no column “%s” to map"), maps[m]);
          return FALSE;
        }
    }
  return TRUE;
}

static void
print_report (SkupCli                *cli,
              SkupPeopleImportReport *report,
              gboolean                dry_run,
              gint64                  event_id)
{
  if (dry_run)
    _skup_cli_print (cli, "%s\n", _("Dry run: nothing was written."));
  _skup_cli_print (cli, _("Created: %u\n"), report->created);
  _skup_cli_print (cli, _("Matched: %u\n"), report->matched);
  _skup_cli_print (cli, _("Updated: %u\n"), report->updated);
  _skup_cli_print (cli, _("Skipped: %u\n"), report->skipped);
  if (report->organisations_created > 0)
    _skup_cli_print (cli, _("Organisations created: %u\n"), report->organisations_created);
  if (event_id > 0)
    _skup_cli_print (cli, _("Registered: %u, waitlisted: %u, registered before: %u\n"),
                     report->registered, report->waitlisted, report->already_registered);
  for (guint i = 0; i < report->problems->len; i++)
    _skup_cli_print (cli, "  %s\n", (const char *) report->problems->pdata[i]);
}

static int
run_import (SkupCli       *cli,
            const char    *path,
            ImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvTable) table = skup_csv_read_file (path, &error);
  g_autoptr(SkupStore) store = NULL;
  g_auto(GStrv) mapping = NULL;
  SkupPeopleImportOptions run_options = { options->dry_run, SKUP_IMPORT_DUPLICATE_USE, NULL, 0,
                                           options->event_id };
  SkupPeopleImportReport report;
  const char * const *headers;
  int status;

  if (!parse_duplicates (options->duplicates, &run_options.duplicates))
    return _skup_cli_usage_error (cli, "import", _("--duplicates takes use, update or create"));

  if (table == NULL || skup_csv_table_get_n_rows (table) == 0)
    return table == NULL ? _skup_cli_fail_error (cli, error)
                         : _skup_cli_fail (cli, _("“%s” is empty"), path);
  headers = skup_csv_table_get_row (table, 0, NULL, NULL);
  store = _skup_cli_open_store (cli, &error);
  if (store == NULL)
    return _skup_cli_fail_error (cli, error);
  mapping = skup_people_import_recall_mapping (store, headers);
  if (!apply_maps (cli, headers, mapping, options->maps))
    return SKUP_CLI_USAGE;
  if (!skup_people_import_run_with_options (store, table, (const char * const *) mapping,
                                            &run_options, &report, &error))
    return _skup_cli_fail_error (cli, error);
  /* --map given once serves every later file with the same headers */
  if (!options->dry_run && report.created + report.matched + report.updated > 0 &&
      !skup_people_import_remember_mapping (store, headers, (const char * const *) mapping,
                                            &error))
    {
      skup_people_import_report_clear (&report);
      return _skup_cli_fail_error (cli, error);
    }
  print_report (cli, &report, options->dry_run, options->event_id);
  /* Nothing imported because every row had a problem is a failure for scripts. */
  status = report.created + report.matched + report.updated == 0 && report.skipped > 0
           ? SKUP_CLI_FAILED : SKUP_CLI_OK;
  skup_people_import_report_clear (&report);
  return status;
}

int
_skup_cli_import (SkupCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_auto(ImportOptions) options = { FALSE, NULL, NULL, 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Check and report everything, but write nothing"), NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.maps,
      N_("Read COLUMN into FIELD (a person field, full-name, or ignore); repeatable"),
      N_("COLUMN=FIELD") },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &options.duplicates,
      N_("For a row that is someone already there: use them as they are (the default), "
         "update (fill in their empty fields) or create a new person"), N_("use|update|create") },
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event_id,
      N_("Register everyone imported or matched for the event with this id"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "import",
                                         _("skup [--database LOCATION] import people FILE "
                                           "[--dry-run] [--map COLUMN=FIELD …] "
                                           "[--duplicates use|update|create] [--event ID]"),
                                         entries,
                                         "  skup import people polaznici.csv --dry-run\n"
                                         "  skup import people list.csv --map "
                                         "\"Mejl=email\"\n"
                                         "  skup import people prijave.csv --event 12 "
                                         "--duplicates update\n");

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "import", argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (rest[0] == NULL || !g_str_equal (rest[0], "people"))
    return _skup_cli_usage_error (cli, "import", _("say what to import: “people”"));
  if (rest[1] == NULL)
    return _skup_cli_usage_error (cli, "import", _("give the CSV file to import"));
  if (rest[2] != NULL)
    return _skup_cli_usage_error (cli, "import", _("unexpected “%s”"), rest[2]);
  return run_import (cli, rest[1], &options);
}
