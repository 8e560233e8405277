/* skup-cli-demo.c — `skup demo`: the sample register, or a large synthetic one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-cli-private.h"
#include "skup-demo.h"

/* Upper bounds that still fit on a laptop: a slipped zero should fail at once, not after
 * filling the disk for an hour. */
#define MAX_PEOPLE 10000000
#define MAX_EVENTS 1000000

typedef struct {
  char *people;
  char *events;
  char *seed;
  char *database;
} DemoOptions;

static void
demo_options_clear (DemoOptions *options)
{
  g_clear_pointer (&options->people, g_free);
  g_clear_pointer (&options->events, g_free);
  g_clear_pointer (&options->seed, g_free);
  g_clear_pointer (&options->database, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoOptions, demo_options_clear)

/* Numbers are parsed here rather than by GOptionContext, so the message can name the option
 * and say what is allowed. */
static gboolean
parse_number (SkupCli    *cli,
              const char *option,
              const char *text,
              guint64     min,
              guint64     max,
              guint64    *out,
              int        *status)
{
  if (g_ascii_string_to_unsigned (text, 10, min, max, out, NULL))
    return TRUE;

  {
    /* The bounds are formatted first: a G_GUINT64_FORMAT inside the message would hide it
     * from xgettext. */
    g_autofree char *low = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
    g_autofree char *high = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

    *status = _skup_cli_usage_error (cli, "demo",
                                     /* Translators: the first “%s” is an option such as
                                      * --people, then the lowest and highest number. */
                                     _("“%s” needs a whole number from %s to %s, not “%s”"),
                                     option, low, high, text);
  }
  return FALSE;
}

static void append_line (GString    *list,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

static void
append_line (GString    *list,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  g_string_append (list, "  ");
  g_string_append_vprintf (list, format, args);
  g_string_append_c (list, '\n');
  va_end (args);
}

/* The plurals are written out in full so xgettext sees each pair. */
static void
print_stats (SkupCli             *cli,
             SkupStore           *store,
             const SkupDemoStats *s,
             const char          *nothing_added)
{
  g_autoptr(GString) list = g_string_new (NULL);

  if (s->organisations > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u organisation",
                                    "%u organisations", s->organisations),
                 s->organisations);
  if (s->venues > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u venue", "%u venues", s->venues),
                 s->venues);
  if (s->projects > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", s->projects),
                 s->projects);
  if (s->people > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", s->people),
                 s->people);
  if (s->events > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", s->events),
                 s->events);
  if (s->registrations > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u registration",
                                    "%u registrations", s->registrations),
                 s->registrations);
  if (s->attendance > 0)
    append_line (list, g_dngettext (GETTEXT_PACKAGE, "%u attendance record",
                                    "%u attendance records", s->attendance),
                 s->attendance);

  if (list->len == 0)
    _skup_cli_print (cli, "%s\n", nothing_added);
  else
    /* Translators: %s is the database file; a list of what was added follows. */
    _skup_cli_print (cli, _("Added to %s:\n%s"), skup_store_get_path (store), list->str);
}

static int
fill_synthetic (SkupCli           *cli,
                const DemoOptions *options)
{
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats = { 0 };
  guint64 people, events, seed = 1;
  int status = SKUP_CLI_OK;

  if (options->people == NULL || options->events == NULL)
    return _skup_cli_usage_error (cli, "demo", _("“--people” and “--events” go together"));
  if (!parse_number (cli, "--people", options->people, 1, MAX_PEOPLE, &people, &status) ||
      !parse_number (cli, "--events", options->events, 1, MAX_EVENTS, &events, &status) ||
      (options->seed != NULL &&
       !parse_number (cli, "--seed", options->seed, 0, G_MAXUINT32, &seed, &status)))
    return status;

  store = _skup_cli_open_store (cli, &error);
  if (store == NULL ||
      !skup_demo_fill_synthetic (store, people, events, seed, &stats, &error))
    return _skup_cli_fail_error (cli, error);

  print_stats (cli, store, &stats, _("Nothing added."));
  return SKUP_CLI_OK;
}

static int
fill_sample (SkupCli *cli)
{
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats = { 0 };

  store = _skup_cli_open_store (cli, &error);
  if (store == NULL || !skup_demo_fill_sample (store, &stats, &error))
    return _skup_cli_fail_error (cli, error);

  print_stats (cli, store, &stats, _("The sample register is already there; nothing added."));
  return SKUP_CLI_OK;
}

static int
run_demo (SkupCli           *cli,
          const DemoOptions *options,
          GStrv              rest)
{
  if (rest[0] != NULL)
    return _skup_cli_usage_error (cli, "demo", _("unexpected “%s”"), rest[0]);
  if (options->database != NULL)
    _skup_cli_take_database (cli, options->database);

  if (options->people != NULL || options->events != NULL || options->seed != NULL)
    return fill_synthetic (cli, options);

  return fill_sample (cli);
}

int
_skup_cli_demo (SkupCli  *cli,
                int       argc,
                char    **argv)
{
  g_auto(DemoOptions) options = { NULL };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_STRING, &options.people,
      N_("Add N invented people instead of the sample register"), N_("N") },
    { "events", 0, 0, G_OPTION_ARG_STRING, &options.events,
      N_("Add M invented events with their registrations and attendance"), N_("M") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &options.seed,
      N_("Invent from seed S: the same seed makes the same register (default 1)"), N_("S") },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &options.database,
      N_("The register to fill"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "demo",
                                         _("skup demo [--people N --events M [--seed S]]"),
                                         entries,
                                         "  skup demo\n"
                                         "  skup --database big.db demo --people 100000 "
                                         "--events 2000 --seed 7\n");

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "demo", argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;

  return run_demo (cli, &options, rest);
}
