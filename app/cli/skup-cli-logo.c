/* skup-cli-logo.c — `skup logo`: set, remove or write out an organisation's logo
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-cli-private.h"
#include "skup-error.h"
#include "skup-organisation.h"

typedef struct {
  gint64    organisation;
  gboolean  remove;
  char     *output;
} LogoOptions;

static void
logo_options_clear (LogoOptions *options)
{
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LogoOptions, logo_options_clear)

/* The organisation named by --organisation, or NULL with an error that says which id names
 * none. */
static SkupRecord *
load_organisation (SkupStore  *store,
                   gint64      id,
                   GError    **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *number = NULL;
  SkupRecord *organisation = skup_store_load (store, SKUP_TYPE_ORGANISATION, id, &local);

  if (organisation != NULL)
    return organisation;
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  if (g_error_matches (local, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    /* Translators: %s is the number given with --organisation */
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                 _("There is no organisation with the id %s."), number);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

/* Mapped, not read: a film chosen by mistake costs nothing before the store refuses it. */
static GBytes *
read_image (SkupCli    *cli,
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

static int
set_logo (SkupCli    *cli,
          SkupStore  *store,
          SkupRecord *organisation,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = skup_record_dup_title (organisation);
  g_autofree char *size = NULL;
  g_autoptr(GBytes) image = NULL;
  int status = SKUP_CLI_OK;

  image = read_image (cli, path, &status);
  if (image == NULL)
    return status;
  if (!skup_store_set_logo (store, skup_record_get_id (organisation), image, &error))
    return _skup_cli_fail_error (cli, error);
  size = g_format_size (g_bytes_get_size (image));
  /* Translators: the first %s is an organisation's name, the second a size ("12.3 kB") */
  _skup_cli_print (cli, _("Saved the logo of “%s” (%s).\n"), name, size);
  return SKUP_CLI_OK;
}

static int
remove_logo (SkupCli    *cli,
             SkupStore  *store,
             SkupRecord *organisation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = skup_record_dup_title (organisation);
  gint64 id = skup_record_get_id (organisation);
  g_autoptr(GBytes) had = skup_store_dup_logo (store, id, &error);

  if (error != NULL || !skup_store_set_logo (store, id, NULL, &error))
    return _skup_cli_fail_error (cli, error);
  if (had != NULL)
    /* Translators: %s is an organisation's name */
    _skup_cli_print (cli, _("Removed the logo of “%s”.\n"), name);
  else
    /* Translators: %s is an organisation's name */
    _skup_cli_print (cli, _("“%s” had no logo; nothing was removed.\n"), name);
  return SKUP_CLI_OK;
}

/* To a file, or with "-" to standard output for a pipe. */
static int
write_logo (SkupCli    *cli,
            SkupStore  *store,
            SkupRecord *organisation,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = skup_record_dup_title (organisation);
  g_autoptr(GBytes) logo = skup_store_dup_logo (store, skup_record_get_id (organisation), &error);
  gsize size = 0;
  const char *data;

  if (error != NULL)
    return _skup_cli_fail_error (cli, error);
  if (logo == NULL)
    /* Translators: %s is an organisation's name */
    return _skup_cli_fail (cli, _("“%s” has no logo."), name);
  data = g_bytes_get_data (logo, &size);
  if (g_str_equal (path, "-"))
    {
      _skup_cli_write (cli, data, (gssize) size);
      return SKUP_CLI_OK;
    }
  if (!g_file_set_contents (path, data, (gssize) size, &error))
    return _skup_cli_fail_error (cli, error);
  /* Translators: the first %s is an organisation's name, the second a file name */
  _skup_cli_print (cli, _("Wrote the logo of “%s” to %s.\n"), name, path);
  return SKUP_CLI_OK;
}

static int
run_logo (SkupCli           *cli,
          const LogoOptions *options,
          const char        *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);
  g_autoptr(SkupRecord) organisation = NULL;

  if (store != NULL)
    organisation = load_organisation (store, options->organisation, &error);
  if (organisation == NULL)
    return _skup_cli_fail_error (cli, error);
  if (options->remove)
    return remove_logo (cli, store, organisation);
  if (options->output != NULL)
    return write_logo (cli, store, organisation, options->output);
  return set_logo (cli, store, organisation, file);
}

/* One organisation, and one thing to do with its logo. */
static int
check_request (SkupCli           *cli,
               const LogoOptions *options,
               GStrv              rest)
{
  guint n_files = g_strv_length (rest);
  guint n_asked = (n_files > 0) + (options->remove != FALSE) + (options->output != NULL);

  if (options->organisation <= 0)
    return _skup_cli_usage_error (cli, "logo",
                                  _("“--organisation” needs the id of an organisation, "
                                    "as “skup list organisations” shows it"));
  if (n_files > 1)
    return _skup_cli_usage_error (cli, "logo", _("unexpected “%s”"), rest[1]);
  if (n_asked != 1)
    return _skup_cli_usage_error (cli, "logo",
                                  _("give an image file, “--remove” or “--output FILE”"));
  return SKUP_CLI_CONTINUE;
}

int
_skup_cli_logo (SkupCli  *cli,
                int       argc,
                char    **argv)
{
  g_auto(LogoOptions) options = { 0, FALSE, NULL };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "organisation", 0, 0, G_OPTION_ARG_INT64, &options.organisation,
      N_("The organisation with this id, as “skup list organisations” shows it"), N_("ID") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &options.remove,
      N_("Remove the organisation’s logo"), NULL },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("Write the logo to FILE (“-” for standard output)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "logo",
                                         _("skup logo --organisation ID FILE | --remove | "
                                           "--output FILE"),
                                         entries,
                                         "  skup logo --organisation 3 izlazak.svg\n"
                                         "  skup logo --organisation 3 --output izlazak.svg\n"
                                         "  skup logo --organisation 3 --remove\n");

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "logo", argc, argv, &rest);
  if (status == SKUP_CLI_CONTINUE)
    status = check_request (cli, &options, rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return run_logo (cli, &options, rest[0]);
}
