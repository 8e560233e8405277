/* skup-cli-list.c — `skup list`: records of one kind as a table, CSV or JSON
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-cli-private.h"
#include "skup-error.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-record-list.h"

typedef struct {
  char     *search;
  char     *format;
  char     *sort;
  char     *database;
  gboolean  descending;
  gboolean  trainers;
  gint64    organisation;
} ListOptions;

static void
list_options_clear (ListOptions *options)
{
  g_clear_pointer (&options->search, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->sort, g_free);
  g_clear_pointer (&options->database, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListOptions, list_options_clear)

/* What the options and words ask for, checked. */
typedef struct {
  const SkupKindView *view;
  GType           type;
  SkupCliFormat   format;
  SkupQuery       query;
  char           *sort_field;
} ListRequest;

static void
list_request_clear (ListRequest *request)
{
  g_clear_pointer (&request->sort_field, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ListRequest, list_request_clear)

/* "events, people, trainers, organisations, venues or projects": every list a kind offers. */
static char *
dup_view_names (void)
{
  g_autofree GType *types = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *head = NULL;
  const char *last;
  guint n;

  types = skup_kinds_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      const SkupKind *kind = skup_kind_for_type (types[i]);

      for (guint v = 0; v < kind->n_views; v++)
        g_ptr_array_add (names, (gpointer) kind->views[v].name);
    }
  if (names->len < 2)
    return g_strdup (names->len > 0 ? names->pdata[0] : "");
  last = names->pdata[names->len - 1];
  names->pdata[names->len - 1] = NULL;  /* the head ends before the last name */
  head = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: the end of a list of words, e.g. "events, people or projects" */
  return g_strdup_printf (_("%s or %s"), head, last);
}

static gboolean
parse_format (const char    *word,
              SkupCliFormat *out)
{
  static const char *names[] = { "table", "csv", "json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (word, names[i]))
      {
        *out = (SkupCliFormat) i;
        return TRUE;
      }

  return FALSE;
}

static char *
dup_field_keys (GType type)
{
  SkupRecordClass *klass = _skup_cli_record_class (type);
  g_autoptr(GString) keys = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *key = _skup_cli_field_key (&klass->fields[i]);

      g_string_append_printf (keys, "%s%s", i > 0 ? ", " : "", key);
    }

  return g_string_free (g_steal_pointer (&keys), FALSE);
}

/* Sort fields are accepted as the JSON and CSV keys (start_date) and as the field names
 * (start-date), so what a script reads it can sort by. */
static gboolean
resolve_sort (SkupCli     *cli,
              ListRequest *request,
              const char  *word,
              int         *status)
{
  GType type = request->type;
  SkupRecordClass *klass = _skup_cli_record_class (type);
  g_autofree char *name = g_strdelimit (g_strdup (word), "_", '-');
  g_autofree char *keys = NULL;

  if (skup_record_class_find_field (klass, name) != NULL)
    {
      request->sort_field = g_steal_pointer (&name);
      request->query.sort = request->sort_field;
      return TRUE;
    }

  keys = dup_field_keys (type);
  *status = _skup_cli_usage_error (cli, "list",
                                   /* Translators: “%s” is what was typed; a list of field
                                    * names follows the colon. */
                                   _("cannot sort %s by “%s”; the fields are: %s"),
                                   request->view->name, word, keys);
  return FALSE;
}

static gboolean
resolve_kind (SkupCli     *cli,
              ListRequest *request,
              GStrv        rest,
              int         *status)
{
  g_autofree char *names = dup_view_names ();

  if (rest[0] == NULL)
    *status = _skup_cli_usage_error (cli, "list", _("say what to list: %s"), names);
  else if ((request->view = skup_kinds_find_view (rest[0], &request->type)) == NULL)
    *status = _skup_cli_usage_error (cli, "list", _("cannot list “%s”; use %s"), rest[0], names);
  else if (rest[1] != NULL)
    *status = _skup_cli_usage_error (cli, "list", _("unexpected “%s”"), rest[1]);
  else
    return TRUE;

  return FALSE;
}

/* --organisation ID: the people of one organisation, by the id `skup list organisations`
 * prints. */
static gboolean
resolve_organisation (SkupCli           *cli,
                      const ListOptions *options,
                      ListRequest       *request,
                      int               *status)
{
  if (options->organisation == 0)
    return TRUE;
  if (request->type != SKUP_TYPE_PERSON)
    *status = _skup_cli_usage_error (cli, "list", _("“--organisation” goes with people only"));
  else if (options->organisation < 0)
    *status = _skup_cli_usage_error (cli, "list",
                                     _("“--organisation” needs the id of an organisation, "
                                       "as “skup list organisations” shows it"));
  else
    {
      request->query.filter_field = "organisation-id";
      request->query.filter_value = options->organisation;
      return TRUE;
    }
  return FALSE;
}

/* An id that names no organisation is a mistake, not an organisation without people. */
static gboolean
check_organisation (SkupStore          *store,
                    const ListRequest  *request,
                    GError            **error)
{
  g_autoptr(SkupRecord) organisation = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *id = NULL;

  if (request->query.filter_field == NULL)
    return TRUE;
  organisation = skup_store_load (store, SKUP_TYPE_ORGANISATION, request->query.filter_value,
                                  &local);
  if (organisation != NULL)
    return TRUE;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, request->query.filter_value);
  if (g_error_matches (local, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    /* Translators: %s is the number given with --organisation */
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                 _("There is no organisation with the id %s."), id);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
resolve_request (SkupCli           *cli,
                 const ListOptions *options,
                 GStrv              rest,
                 ListRequest       *request,
                 int               *status)
{
  if (!resolve_kind (cli, request, rest, status))
    return FALSE;

  if (options->format != NULL && !parse_format (options->format, &request->format))
    {
      *status = _skup_cli_usage_error (cli, "list",
                                       _("unknown format “%s”; use table, csv or json"),
                                       options->format);
      return FALSE;
    }
  if (options->trainers)
    {
      GType trainers_type = G_TYPE_INVALID;
      const SkupKindView *trainers = skup_kinds_find_view ("trainers", &trainers_type);

      if (trainers == NULL || trainers_type != request->type)
        {
          *status = _skup_cli_usage_error (cli, "list", _("“--trainers” goes with people only"));
          return FALSE;
        }
      request->view = trainers;
    }

  if (!resolve_organisation (cli, options, request, status))
    return FALSE;
  request->query.search = options->search;
  request->query.descending = options->descending;
  request->query.only_if = request->view->only_if;

  return options->sort == NULL || resolve_sort (cli, request, options->sort, status);
}

/* Reads every page before anything is printed: a register that cannot be read gives an error
 * and exit status 1, never rows with only their ids. */
static gboolean
read_all (GListModel  *records,
          GError     **error)
{
  guint n = g_list_model_get_n_items (records);

  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (records, i));
  return skup_record_list_get_error (SKUP_RECORD_LIST (records), error);
}

static int
write_list (SkupCli           *cli,
            const ListRequest *request)
{
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  GType type = request->type;

  store = _skup_cli_open_store (cli, &error);
  if (store != NULL && check_organisation (store, request, &error))
    records = skup_store_list (store, type, &request->query, &error);
  if (records == NULL || !read_all (records, &error))
    return _skup_cli_fail_error (cli, error);

  switch (request->format)
    {
    case SKUP_CLI_FORMAT_CSV:
      _skup_cli_write_csv (cli, records, type);
      break;
    case SKUP_CLI_FORMAT_JSON:
      _skup_cli_write_json (cli, records, type);
      break;
    case SKUP_CLI_FORMAT_TABLE:
    default:
      _skup_cli_write_table (cli, records, request->view);
      break;
    }

  return SKUP_CLI_OK;
}

static int
run_list (SkupCli           *cli,
          const ListOptions *options,
          GStrv              rest)
{
  g_auto(ListRequest) request = { NULL, G_TYPE_INVALID, SKUP_CLI_FORMAT_TABLE, { NULL }, NULL };
  int status = SKUP_CLI_OK;

  if (!resolve_request (cli, options, rest, &request, &status))
    return status;
  if (options->database != NULL)
    _skup_cli_take_database (cli, options->database);

  return write_list (cli, &request);
}

int
_skup_cli_list (SkupCli  *cli,
                int       argc,
                char    **argv)
{
  g_auto(ListOptions) options = { NULL };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &options.search,
      N_("Only records matching TEXT, typed in either script"), N_("TEXT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("table (the default), csv or json"), N_("FORMAT") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &options.sort,
      N_("Sort by FIELD, one of the csv and json keys"), N_("FIELD") },
    { "descending", 0, 0, G_OPTION_ARG_NONE, &options.descending,
      N_("Sort from last to first"), NULL },
    { "trainers", 0, 0, G_OPTION_ARG_NONE, &options.trainers,
      N_("People: only trainers (the same as “list trainers”)"), NULL },
    { "organisation", 0, 0, G_OPTION_ARG_INT64, &options.organisation,
      N_("People: only those of the organisation with this id"), N_("ID") },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &options.database,
      N_("The register to read"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "list",
                                         _("skup list events|people|trainers|organisations|"
                                           "venues|projects [OPTION…]"),
                                         entries,
                                         "  skup list people --search милошевић\n"
                                         "  skup list trainers --format csv > trainers.csv\n"
                                         "  skup list people --organisation 3\n"
                                         "  skup list events --sort start_date --format json\n");

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "list", argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;

  return run_list (cli, &options, rest);
}
