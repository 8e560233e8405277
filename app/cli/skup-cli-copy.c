/* skup-cli-copy.c — `skup copy`: move a whole register between a file and a shared server
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-cli-private.h"

typedef struct {
  char *to;
  char *from;
} CopyOptions;

static void
copy_options_clear (CopyOptions *options)
{
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->from, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CopyOptions, copy_options_clear)

static void
print_counts (SkupCli    *cli,
              const char *heading,
              SkupStore  *store,
              GPtrArray  *counts)
{
  g_autofree char *where = skup_store_dup_display_name (store);

  /* Translators: %s is where a register is: a file or a postgresql:// address. */
  _skup_cli_print (cli, heading, where);
  _skup_cli_print (cli, "\n");
  for (guint i = 0; i < counts->len; i++)
    {
      g_auto(GStrv) pair = g_strsplit (g_ptr_array_index (counts, i), "=", 2);
      _skup_cli_print (cli, "  %-22s %s\n", pair[0], pair[1] ? pair[1] : "");
    }
}

static int
run_copy (SkupCli     *cli,
          const char  *from_location,
          const char  *to_location)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from_path = skup_store_canonical_location (from_location);
  g_autofree char *to_path = skup_store_canonical_location (to_location);
  g_autoptr(SkupStore) from = NULL;
  g_autoptr(SkupStore) to = NULL;
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) copied = NULL;

  if (g_str_equal (from_path, to_path))
    return _skup_cli_usage_error (cli, "copy", _("the register cannot be copied onto itself"));
  from = skup_store_open (from_path, &error);
  to = from ? skup_store_open (to_path, &error) : NULL;
  if (to == NULL || !skup_store_copy (from, to, counts, &error))
    return _skup_cli_fail_error (cli, error);

  copied = skup_store_count_rows (to, &error);
  if (copied == NULL)
    return _skup_cli_fail_error (cli, error);
  print_counts (cli, _("Copied from %s:"), from, counts);
  print_counts (cli, _("Now in %s:"), to, copied);
  return SKUP_CLI_OK;
}

int
_skup_cli_copy (SkupCli  *cli,
                int       argc,
                char    **argv)
{
  g_auto(CopyOptions) options = { NULL };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *current = NULL;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to,
      N_("Copy this register into the empty register at LOCATION"), N_("LOCATION") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from,
      N_("Copy the register at LOCATION into this one, which must be empty"), N_("LOCATION") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "copy",
                                         _("skup [--database LOCATION] copy --to LOCATION | "
                                           "--from LOCATION"),
                                         entries,
                                         "  skup copy --to postgresql://skup@office-server/skup\n"
                                         "  skup --database new.db copy --from "
                                         "postgresql://skup@office-server/skup\n");

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "copy", argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (rest[0] != NULL)
    return _skup_cli_usage_error (cli, "copy", _("unexpected “%s”"), rest[0]);
  if ((options.to == NULL) == (options.from == NULL))
    return _skup_cli_usage_error (cli, "copy", _("give either “--to” or “--from”"));

  current = cli->database ? g_strdup (cli->database) : skup_store_default_path ();
  if (options.to != NULL)
    return run_copy (cli, current, options.to);
  return run_copy (cli, options.from, current);
}
