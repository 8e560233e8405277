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
} ImportOptions;

static void
import_options_clear (ImportOptions *options)
{
  g_clear_pointer (&options->maps, g_strfreev);
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
              gboolean                dry_run)
{
  if (dry_run)
    _skup_cli_print (cli, "%s\n", _("Dry run: nothing was written."));
  _skup_cli_print (cli, _("Created: %u\n"), report->created);
  _skup_cli_print (cli, _("Skipped: %u\n"), report->skipped);
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
  SkupPeopleImportReport report;
  const char * const *headers;
  int status;

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
  if (!skup_people_import_run (store, table, (const char * const *) mapping,
                               options->dry_run, &report, &error))
    return _skup_cli_fail_error (cli, error);
  /* --map given once serves every later file with the same headers */
  if (!options->dry_run && report.created > 0 &&
      !skup_people_import_remember_mapping (store, headers, (const char * const *) mapping,
                                            &error))
    {
      skup_people_import_report_clear (&report);
      return _skup_cli_fail_error (cli, error);
    }
  print_report (cli, &report, options->dry_run);
  /* Nothing imported because every row had a problem is a failure for scripts. */
  status = report.created == 0 && report.skipped > 0 ? SKUP_CLI_FAILED : SKUP_CLI_OK;
  skup_people_import_report_clear (&report);
  return status;
}

int
_skup_cli_import (SkupCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_auto(ImportOptions) options = { FALSE, NULL };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("Check and report everything, but write nothing"), NULL },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.maps,
      N_("Read COLUMN into FIELD (a person field, full-name, or ignore); repeatable"),
      N_("COLUMN=FIELD") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "import",
                                         _("skup [--database LOCATION] import people FILE "
                                           "[--dry-run] [--map COLUMN=FIELD …]"),
                                         entries,
                                         "  skup import people polaznici.csv --dry-run\n"
                                         "  skup import people list.csv --map "
                                         "\"Mejl=email\"\n");

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
