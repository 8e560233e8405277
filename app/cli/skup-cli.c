/* skup-cli.c — the headless command line: global options, commands and help
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "skup-cli.h"
#include "skup-cli-private.h"

/* The command line never touches GTK: it runs on servers, in scripts and in tests with no
 * display at all. It parses arguments, calls the core and prints; nothing else. */

typedef struct {
  const char *name;
  const char *summary;
  int       (*run) (SkupCli *cli,
                    int      argc,
                    char   **argv);
} SkupCliCommand;

/* The whole command surface is listed now, so scripts and the help see what is coming; a
 * command with no @run says so and fails rather than pretend to work. */
static const SkupCliCommand commands[] = {
  { "demo", N_("Fill the register with the sample events, or a large synthetic one"),
    _skup_cli_demo },
  { "list", N_("List events, people, trainers, organisations, venues or projects"),
    _skup_cli_list },
  { "copy", N_("Copy the whole register to or from another one, such as a shared server"),
    _skup_cli_copy },
  { "logo", N_("Set, remove or write out an organisation’s logo"), _skup_cli_logo },
  { "sheet", N_("Attach, write out or remove the signed sign-in sheet of a session"),
    _skup_cli_sheet },
  { "import", N_("Import people from a CSV file"), _skup_cli_import },
  { "register", N_("Register a person for an event (the waitlist when it is full)"),
    _skup_cli_register },
  { "attendance", N_("Mark attendance, or show an event’s attendance as a table, CSV or JSON"),
    _skup_cli_attendance },
  { "check-in", N_("Check a person in at the door by name, in either script"),
    _skup_cli_check_in },
  { "export", N_("Write documents: sign-in sheets and attendance lists"), _skup_cli_export },
  { "evaluations", N_("Export or import an event’s test scores and satisfaction forms as CSV"),
    _skup_cli_evaluations },
  { "report", N_("Summarise events for donors: sectors, women and men, cities"),
    _skup_cli_report },
  { "certificates", N_("Issue numbered certificates of participation as PDF"),
    _skup_cli_certificates },
  { "verify", N_("Check that a certificate number is genuine"), _skup_cli_verify },
  { "backup", N_("Save a copy of the register to a file"), NULL },
  { "restore", N_("Replace the register with a backup copy"), NULL },
};

/* Column of the descriptions in the help; command names are never translated. */
#define NAME_WIDTH 14

static const SkupCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  return NULL;
}

static gboolean
is_help_option (const char *arg)
{
  return g_str_equal (arg, "--help") || g_str_equal (arg, "-h");
}

static void
write_to (GString    *buffer,
          FILE       *stream,
          const char *text,
          gssize      len)
{
  if (len < 0)
    len = strlen (text);

  if (buffer != NULL)
    g_string_append_len (buffer, text, len);
  else
    fwrite (text, 1, len, stream);
}

void
_skup_cli_write (SkupCli    *cli,
                 const char *text,
                 gssize      len)
{
  write_to (cli->out, stdout, text, len);
}

void
_skup_cli_print (SkupCli    *cli,
                 const char *format,
                 ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  _skup_cli_write (cli, text, -1);
}

static void write_error_line (SkupCli    *cli,
                              const char *format,
                              va_list     args) G_GNUC_PRINTF (2, 0);

static void
write_error_line (SkupCli    *cli,
                  const char *format,
                  va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *line = g_strdup_printf ("skup: %s\n", message);

  write_to (cli->err, stderr, line, -1);
}

int
_skup_cli_fail (SkupCli    *cli,
                const char *format,
                ...)
{
  va_list args;

  va_start (args, format);
  write_error_line (cli, format, args);
  va_end (args);

  return SKUP_CLI_FAILED;
}

int
_skup_cli_fail_error (SkupCli      *cli,
                      const GError *error)
{
  return _skup_cli_fail (cli, "%s", error->message);
}

int
_skup_cli_usage_error (SkupCli    *cli,
                       const char *command,
                       const char *format,
                       ...)
{
  g_autofree char *hint = NULL;
  va_list args;

  va_start (args, format);
  write_error_line (cli, format, args);
  va_end (args);

  if (command != NULL)
    /* Translators: %s is a command word such as "list"; keep “skup %s --help” as it is. */
    hint = g_strdup_printf (_("Run “skup %s --help” to see its options."), command);
  else
    hint = g_strdup (_("Run “skup --help” to see the commands."));
  write_to (cli->err, stderr, hint, -1);
  write_to (cli->err, stderr, "\n", 1);

  return SKUP_CLI_USAGE;
}

gboolean
_skup_cli_wants_help (int    argc,
                      char **argv)
{
  for (int i = 1; i < argc && !g_str_equal (argv[i], "--"); i++)
    if (is_help_option (argv[i]))
      return TRUE;

  return FALSE;
}

/**
 * _skup_cli_parse_options:
 * @out_rest: (out): the words left after the options, without the command word
 *
 * Parses the options of @command into the variables @context points at. Help is not
 * GOptionContext's: it would exit() the process, which a test running in-process cannot
 * survive, so each command prints its own.
 *
 * Returns: %SKUP_CLI_CONTINUE, or %SKUP_CLI_USAGE after telling what is wrong
 */
int
_skup_cli_parse_options (SkupCli         *cli,
                         GOptionContext  *context,
                         const char      *command,
                         int              argc,
                         char           **argv,
                         GStrv           *out_rest)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_new0 (char *, argc + 1);

  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* The strv form takes arguments as UTF-8 whatever the locale, so a Cyrillic search still
   * works in a bare "C" locale. */
  if (!g_option_context_parse_strv (context, &args, &error))
    return _skup_cli_usage_error (cli, command, "%s", error->message);

  *out_rest = g_strdupv (args[0] != NULL ? args + 1 : args);
  return SKUP_CLI_CONTINUE;
}

static void
append_padded (GString    *text,
               const char *cell,
               guint       width)
{
  glong len = g_utf8_strlen (cell, -1);

  g_string_append (text, cell);
  for (glong i = len; i < (glong) width; i++)
    g_string_append_c (text, ' ');
}

static char *
dup_option_label (const GOptionEntry *entry)
{
  if (entry->arg == G_OPTION_ARG_NONE)
    return g_strdup_printf ("--%s", entry->long_name);

  return g_strdup_printf ("--%s %s", entry->long_name, _(entry->arg_description));
}

static void
append_options (GString            *help,
                const GOptionEntry *entries)
{
  guint width = 0;

  for (const GOptionEntry *e = entries; e->long_name != NULL; e++)
    {
      g_autofree char *label = dup_option_label (e);

      width = MAX (width, (guint) g_utf8_strlen (label, -1));
    }

  g_string_append_printf (help, "\n%s\n", _("Options:"));
  for (const GOptionEntry *e = entries; e->long_name != NULL; e++)
    {
      g_autofree char *label = dup_option_label (e);

      g_string_append (help, "  ");
      append_padded (help, label, width + 2);
      g_string_append_printf (help, "%s\n", _(e->description));
    }
}

/**
 * _skup_cli_print_command_help:
 * @command: the command word
 * @usage: the translated usage line, starting with "skup COMMAND"
 * @examples: (nullable): example command lines, one a line, each ending in a newline
 *
 * Returns: %SKUP_CLI_OK
 */
int
_skup_cli_print_command_help (SkupCli            *cli,
                              const char         *command,
                              const char         *usage,
                              const GOptionEntry *entries,
                              const char         *examples)
{
  g_autoptr(GString) help = g_string_new (NULL);
  const SkupCliCommand *found = find_command (command);

  g_assert (found != NULL);
  g_string_append_printf (help, "%s\n  %s\n\n%s\n", _("Usage:"), usage, _(found->summary));
  append_options (help, entries);
  if (examples != NULL)
    g_string_append_printf (help, "\n%s\n%s", _("Examples:"), examples);

  _skup_cli_write (cli, help->str, help->len);
  return SKUP_CLI_OK;
}

SkupStore *
_skup_cli_open_store (SkupCli  *cli,
                      GError  **error)
{
  g_autofree char *fallback = NULL;

  /* The store makes the file (mode 0600) and its folder on first use. */
  if (cli->database == NULL)
    fallback = skup_store_default_path ();

  return skup_store_open (cli->database != NULL ? cli->database : fallback, error);
}

static void
append_commands (GString *help)
{
  g_string_append_printf (help, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_string_append_printf (help, "  %-*s%s", NAME_WIDTH, commands[i].name,
                              _(commands[i].summary));
      if (commands[i].run == NULL)
        /* Translators: marks a command listed in the help that does not work yet. */
        g_string_append_printf (help, " %s", _("(coming)"));
      g_string_append_c (help, '\n');
    }
}

static void
append_help (GString *help)
{
  g_string_append_printf (help, "%s\n  %s\n  %s\n\n", _("Usage:"),
                          _("skup [--database FILE] COMMAND [OPTION…]"),
                          _("skup [--database FILE]    (opens the window)"));
  g_string_append_printf (help, "%s\n\n",
                          _("Skup keeps the register of workshops, trainings and conferences."));
  append_commands (help);
  g_string_append_printf (help, "\n%s\n", _("Global options:"));
  g_string_append (help, "  ");
  append_padded (help, _("--database FILE"), 20);
  g_string_append_printf (help, "%s\n", _("The register to use"));
  g_string_append_printf (help, "  %-20s%s\n", "-h, --help", _("Show this help"));
  g_string_append_printf (help, "  %-20s%s\n", "--version", _("Show the version"));
  g_string_append_printf (help, "\n%s\n",
                          _("The register is the file given with --database, else $SKUP_DATABASE,"
                            "\nelse $XDG_DATA_HOME/skup/skup.db. It is made on first use, "
                            "readable only by you."));
  g_string_append_printf (help, "%s\n",
                          _("A shared register on a PostgreSQL server is named by its address:"
                            "\n--database postgresql://user@host/dbname (passwords come from"
                            "\n~/.pgpass or a PGSERVICE entry, never from the command line)."));
  g_string_append_printf (help, "\n%s\n", _("Examples:"));
  g_string_append (help, "  skup demo\n"
                         "  skup list people --search Milošević\n"
                         "  skup list events --format csv > events.csv\n"
                         "  skup --database big.db demo --people 10000 --events 500\n");
  g_string_append_printf (help, "\n%s\n",
                          _("Run “skup COMMAND --help” to see the options of a command."));
}

static int
print_help (SkupCli *cli)
{
  g_autoptr(GString) help = g_string_new (NULL);

  append_help (help);
  _skup_cli_write (cli, help->str, help->len);
  return SKUP_CLI_OK;
}

static int
unknown_command (SkupCli    *cli,
                 const char *word)
{
  g_autoptr(GString) help = g_string_new ("\n");

  _skup_cli_fail (cli, _("unknown command “%s”"), word);
  append_help (help);
  write_to (cli->err, stderr, help->str, help->len);
  return SKUP_CLI_USAGE;
}

static int
coming (SkupCli              *cli,
        const SkupCliCommand *command,
        int                   argc,
        char                **argv)
{
  if (!_skup_cli_wants_help (argc, argv))
    return _skup_cli_fail (cli, _("“%s” is not available yet in this version"), command->name);

  _skup_cli_print (cli, "%s\n  skup %s\n\n%s\n\n%s\n", _("Usage:"), command->name,
                   _(command->summary), _("This command is not available yet in this version."));
  return SKUP_CLI_OK;
}

static int
dispatch (SkupCli  *cli,
          int       argc,
          char    **argv)
{
  const SkupCliCommand *command = find_command (argv[0]);

  if (command == NULL)
    return unknown_command (cli, argv[0]);
  if (command->run == NULL)
    return coming (cli, command, argc, argv);

  return command->run (cli, argc, argv);
}

static int
print_version (SkupCli *cli)
{
  _skup_cli_print (cli, "%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
  return SKUP_CLI_OK;
}

gboolean
_skup_cli_take_database (SkupCli    *cli,
               const char *path)
{
  if (path == NULL || *path == '\0')
    return FALSE;

  g_free (cli->database);
  cli->database = g_strdup (path);
  return TRUE;
}

/* Global options come before the command word. Returns %TRUE with @first at the command
 * word, or %FALSE with @status set when the run ends here (help, version, a mistake). */
static gboolean
parse_global_options (SkupCli  *cli,
                      int       argc,
                      char    **argv,
                      int      *first,
                      int      *status)
{
  int i;

  for (i = 1; i < argc && argv[i][0] == '-'; i++)
    {
      const char *arg = argv[i];

      if (is_help_option (arg))
        *status = print_help (cli);
      else if (g_str_equal (arg, "--version"))
        *status = print_version (cli);
      else if (g_str_equal (arg, "--database") || g_str_has_prefix (arg, "--database="))
        {
          const char *path = arg[10] == '=' ? arg + 11 : (i + 1 < argc ? argv[++i] : NULL);

          if (_skup_cli_take_database (cli, path))
            continue;
          *status = _skup_cli_usage_error (cli, NULL, _("“--database” needs a file name"));
        }
      else if (g_str_equal (arg, "--"))
        {
          i++;
          break;
        }
      else
        *status = _skup_cli_usage_error (cli, NULL, _("unknown option “%s”"), arg);

      return FALSE;
    }

  *first = i;
  return TRUE;
}

static int
run (SkupCli  *cli,
     int       argc,
     char    **argv)
{
  int first = 0;
  int status = SKUP_CLI_OK;

  if (!parse_global_options (cli, argc, argv, &first, &status))
    return status;
  if (first >= argc)
    return _skup_cli_usage_error (cli, NULL, _("no command given"));

  return dispatch (cli, argc - first, argv + first);
}

/**
 * skup_cli_wants:
 *
 * Whether @argv asks for headless work: a command word, or --help or --version before it.
 * Only --database may come first; anything else starting with a dash belongs to GApplication
 * (--gapplication-service …), so the window handles it.
 *
 * Returns: %TRUE if skup_cli_run() should handle @argv
 */
gboolean
skup_cli_wants (int    argc,
                char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--database"))
        i++;
      else if (g_str_has_prefix (arg, "--database="))
        continue;
      else if (is_help_option (arg) || g_str_equal (arg, "--version"))
        return TRUE;
      else if (g_str_equal (arg, "--"))
        return i + 1 < argc;
      else
        return arg[0] != '-';
    }

  return FALSE;
}

/**
 * skup_cli_run_captured:
 * @out: (nullable): receives what would go to stdout, or %NULL for stdout
 * @err: (nullable): receives what would go to stderr, or %NULL for stderr
 *
 * Runs the command line in-process, for tests.
 *
 * Returns: the exit status: 0 done, 1 failed, 2 wrong usage
 */
int
skup_cli_run_captured (int       argc,
                       char    **argv,
                       GString  *out,
                       GString  *err)
{
  SkupCli cli = { out, err, NULL };
  int status;

  g_return_val_if_fail (argc >= 1 && argv != NULL, SKUP_CLI_USAGE);

  status = run (&cli, argc, argv);
  g_free (cli.database);
  return status;
}

/**
 * skup_cli_run:
 *
 * Runs the command line, writing to stdout and stderr.
 *
 * Returns: the exit status for main()
 */
int
skup_cli_run (int    argc,
              char **argv)
{
  int status = skup_cli_run_captured (argc, argv, NULL, NULL);

  /* A full disk or a closed pipe must not look like success to a script. */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr ("skup: %s\n", _("could not write the output"));
      return SKUP_CLI_FAILED;
    }

  return status;
}
