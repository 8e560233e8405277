/* main.c — Skup's entry point
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cli/skup-cli.h"
#include "gui/skup-application.h"

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  /* Run from the build tree (build-aux/run, the tests), the catalogues are the ones just
   * built, not those of an installed Skup, which may be missing or older. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKUP_LOCALEDIR") != NULL
                                   && *g_getenv ("SKUP_LOCALEDIR") != '\0'
                                   ? g_getenv ("SKUP_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A command word (or --help/--version) means headless work: no display is touched. */
  if (skup_cli_wants (argc, argv))
    return skup_cli_run (argc, argv);

  {
    g_autoptr(SkupApplication) app = skup_application_new ();
    status = g_application_run (G_APPLICATION (app), argc, argv);
  }

  return status;
}
