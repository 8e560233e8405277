/* skup-cli-certificates.c — `skup certificates …` and `skup verify`
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same issuer as the window's (skup-issuer.h): one transaction for a batch, numbers
 * without gaps, a snapshot that prints the same document again. The command line adds only
 * the words: a certificate is named by its number, as it is printed, and an event or a
 * person by the id `skup list` shows.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-issuer.h"
#include "skup-signer.h"
#include "exports/skup-csv.h"
#include "skup-cli-private.h"
#include "skup-error.h"

#define CERTIFICATES_USAGE \
  "skup certificates issue|plan|list|print|reissue|revoke|key …"

typedef struct {
  gint64    event;
  char    **people;
  char     *template_name;
  char     *date;
  char     *output;
  char     *reason;
  char     *format;
  char     *state;
  gint64    person;
  int       year;
  gboolean  export_key;
} CertOptions;

static void
cert_options_clear (CertOptions *options)
{
  g_clear_pointer (&options->people, g_strfreev);
  g_clear_pointer (&options->template_name, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->reason, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->state, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CertOptions, cert_options_clear)

/* Finding what the words name *******************************************************/

/* The ids given with --person (repeatable), or FALSE after saying which word is not one. */
static gboolean
parse_people (SkupCli      *cli,
              char        **words,
              GArray       *ids,
              int          *status)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      gint64 id = 0;

      if (!g_ascii_string_to_signed (words[i], 10, 1, G_MAXINT64, &id, NULL))
        {
          *status = _skup_cli_usage_error (cli, "certificates",
                                           _("“--person” needs the id of a person, as “skup "
                                             "list people” shows it, not “%s”"), words[i]);
          return FALSE;
        }
      g_array_append_val (ids, id);
    }
  return TRUE;
}

/* The template an organiser names: its id, its name (any case) or a built-in's key
 * ("participation-sr"). 0 with no name: the issuer picks by language and role. */
static gboolean
find_template (SkupStore   *store,
               const char  *name,
               gint64      *out_id,
               GError     **error)
{
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GString) known = g_string_new (NULL);
  gint64 id = 0;

  *out_id = 0;
  if (name == NULL)
    return TRUE;
  templates = skup_store_list_certificate_templates (store, error);
  if (templates == NULL)
    return FALSE;
  g_ascii_string_to_signed (name, 10, 1, G_MAXINT64, &id, NULL);
  for (guint i = 0; i < templates->len; i++)
    {
      SkupCertificateTemplate *t = g_ptr_array_index (templates, i);
      g_autofree char *folded = g_utf8_casefold (t->name, -1);
      g_autofree char *wanted = g_utf8_casefold (name, -1);

      if (t->id == id || g_str_equal (folded, wanted) || g_strcmp0 (t->built_in, name) == 0)
        {
          *out_id = t->id;
          return TRUE;
        }
      g_string_append_printf (known, "\n  %s%s%s", t->built_in ? t->built_in : "",
                              t->built_in ? "  " : "", t->name);
    }
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
               /* Translators: %s is the name given, then a list of templates, one a line */
               _("There is no certificate template “%s”. The templates are:%s"), name,
               known->str);
  return FALSE;
}

/* The certificate printed with @number, or NULL with an error that says none is. */
static SkupCertificateEntry *
find_certificate (SkupStore   *store,
                  const char  *number,
                  GError     **error)
{
  g_autoptr(GError) local = NULL;
  SkupCertificateEntry *entry = skup_store_find_certificate (store, number, &local);

  if (entry == NULL && local == NULL)
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                 /* Translators: %s is a certificate number, "KBPD-2026-0001" */
                 _("There is no certificate numbered %s in this register."), number);
  else if (entry == NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return entry;
}

static GArray *
entry_ids (GPtrArray *entries)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), entries->len);

  for (guint i = 0; i < entries->len; i++)
    g_array_append_val (ids, ((SkupCertificateEntry *) g_ptr_array_index (entries, i))->id);
  return ids;
}

/* A file ending in .pdf gets every page; anything else is a folder of one file a person. */
static gboolean
is_one_file (const char *output)
{
  g_autofree char *lower = g_ascii_strdown (output, -1);

  return g_str_has_suffix (lower, ".pdf");
}

/* Writes @entries' documents to @output and says where. */
static gboolean
write_documents (SkupCli     *cli,
                 SkupStore   *store,
                 GPtrArray   *entries,
                 const char  *output,
                 GError     **error)
{
  g_autoptr(GArray) ids = entry_ids (entries);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *where = g_filename_display_name (output);
  gboolean one_file = is_one_file (output);

  if (!skup_certificates_render (store, (const gint64 *) (gpointer) ids->data, ids->len, output,
                                 !one_file, paths, error))
    return FALSE;
  if (one_file)
    /* Translators: %s is a file name */
    _skup_cli_print (cli, _("Wrote %s.\n"), where);
  else
    _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "Wrote %u file into %s.\n",
                                       "Wrote %u files into %s.\n", paths->len),
                     paths->len, where);
  return TRUE;
}

/* plan and issue **********************************************************************/

static const char *
verdict_word (SkupIssueVerdict verdict)
{
  switch (verdict)
    {
    case SKUP_ISSUE_WILL:
      return C_("issue plan", "will be given one");
    case SKUP_ISSUE_NOT_ELIGIBLE:
      return C_("issue plan", "not eligible");
    case SKUP_ISSUE_NOT_YET:
      return C_("issue plan", "not yet");
    case SKUP_ISSUE_HOLDS_ONE:
    default:
      return C_("issue plan", "holds one");
    }
}

static void
print_plan (SkupCli   *cli,
            GPtrArray *plan,
            gboolean   only_left_out)
{
  guint will = 0;

  for (guint i = 0; i < plan->len; i++)
    {
      SkupIssuePlanEntry *entry = g_ptr_array_index (plan, i);

      if (entry->verdict == SKUP_ISSUE_WILL)
        will++;
      if (only_left_out && entry->verdict == SKUP_ISSUE_WILL)
        continue;
      /* "Žana Glavendekić (person 12): not eligible — Attended 1 of 3 sessions; 2 needed." */
      _skup_cli_print (cli, "%s (%s %" G_GINT64_FORMAT "): %s — %s\n", entry->name,
                       C_("issue plan", "person"), entry->person_id,
                       verdict_word (entry->verdict), entry->reason ? entry->reason : "");
    }
  if (!only_left_out)
    {
      g_autofree char *of = g_strdup_printf ("%u", plan->len);

      _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %s will be given a certificate.\n",
                                         "%u of %s will be given a certificate.\n", will),
                       will, of);
    }
}

static GPtrArray *
read_plan (SkupStore          *store,
           const CertOptions  *options,
           GArray             *people,
           GError            **error)
{
  return skup_certificates_plan (store, options->event, (const gint64 *) (gpointer) people->data,
                                 people->len, error);
}

static int
run_plan (SkupCli           *cli,
          SkupStore         *store,
          const CertOptions *options,
          GArray            *people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = read_plan (store, options, people, &error);

  if (plan == NULL)
    return _skup_cli_fail_error (cli, error);
  print_plan (cli, plan, FALSE);
  return SKUP_CLI_OK;
}

static void
print_issued (SkupCli   *cli,
              GPtrArray *issued)
{
  const SkupCertificateEntry *first = g_ptr_array_index (issued, 0);
  const SkupCertificateEntry *last = g_ptr_array_index (issued, issued->len - 1);

  if (issued->len == 1)
    /* Translators: a number, then a name */
    _skup_cli_print (cli, _("Issued %s to %s.\n"), first->number, first->recipient_name);
  else
    /* Translators: how many, then the first and the last number */
    _skup_cli_print (cli, g_dngettext (GETTEXT_PACKAGE, "Issued %u certificate, %s to %s.\n",
                                       "Issued %u certificates, %s to %s.\n", issued->len),
                     issued->len, first->number, last->number);
}

static int
run_issue (SkupCli           *cli,
           SkupStore         *store,
           const CertOptions *options,
           GArray            *people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  gint64 template_id = 0;

  if (!find_template (store, options->template_name, &template_id, &error)
      || (plan = read_plan (store, options, people, &error)) == NULL)
    return _skup_cli_fail_error (cli, error);
  if (!skup_certificates_issue (store, options->event,
                                people->len > 0 ? (const gint64 *) (gpointer) people->data : NULL,
                                people->len, template_id, options->date, &issued, &error))
    return _skup_cli_fail_error (cli, error);
  if (issued == NULL || issued->len == 0)
    {
      print_plan (cli, plan, TRUE);
      return _skup_cli_fail (cli, _("Nobody at this event is to be given a certificate now; "
                                    "nothing was issued."));
    }
  print_issued (cli, issued);
  print_plan (cli, plan, TRUE);
  /* Issued is issued: a file that cannot be written is written again with `print`. */
  if (!write_documents (cli, store, issued, options->output, &error))
    return _skup_cli_fail_error (cli, error);
  return SKUP_CLI_OK;
}

/* list ********************************************************************************/

static int
parse_state (const char *nick)
{
  static const char * const states[] = { "valid", "superseded", "revoked" };

  if (nick == NULL)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (g_str_equal (nick, states[i]))
      return (int) i;
  return -2;
}

static void
write_list_csv (SkupCli   *cli,
                GPtrArray *entries)
{
  g_autoptr(GString) out = g_string_new ("number,state,name,event,dates,issue_date,role,"
                                         "hours,person_id,event_id,superseded_by\n");

  for (guint i = 0; i < entries->len; i++)
    {
      SkupCertificateEntry *e = g_ptr_array_index (entries, i);
      const char *cells[] = { e->number, skup_certificate_state_to_nick (e->state),
                              e->recipient_name, e->event_title, e->event_dates, e->issue_date,
                              e->role };

      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          skup_csv_append_text (out, SKUP_CSV_RFC4180, cells[c]);
          g_string_append_c (out, ',');
        }
      g_string_append_printf (out, "%g,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%"
                              G_GINT64_FORMAT "\n", e->credited_hours, e->person_id,
                              e->event_id, e->superseded_by_id);
    }
  _skup_cli_write (cli, out->str, (gssize) out->len);
}

static void
append_json_field (GString    *out,
                   const char *key,
                   const char *value)
{
  g_string_append_printf (out, "\"%s\": ", key);
  if (value == NULL)
    g_string_append (out, "null");
  else
    _skup_cli_json_escape (out, value);
  g_string_append (out, ", ");
}

static void
write_list_json (SkupCli   *cli,
                 GPtrArray *entries)
{
  g_autoptr(GString) out = g_string_new ("[");

  for (guint i = 0; i < entries->len; i++)
    {
      SkupCertificateEntry *e = g_ptr_array_index (entries, i);

      g_string_append (out, i > 0 ? ",\n {" : "\n {");
      append_json_field (out, "number", e->number);
      append_json_field (out, "state", skup_certificate_state_to_nick (e->state));
      append_json_field (out, "name", e->recipient_name);
      append_json_field (out, "event", e->event_title);
      append_json_field (out, "dates", e->event_dates);
      append_json_field (out, "issue_date", e->issue_date);
      append_json_field (out, "role", e->role);
      append_json_field (out, "correction_reason", e->correction_reason);
      append_json_field (out, "pdf_sha256", e->pdf_sha256);
      g_string_append_printf (out, "\"person_id\": %" G_GINT64_FORMAT ", \"event_id\": %"
                              G_GINT64_FORMAT "}", e->person_id, e->event_id);
    }
  g_string_append (out, "\n]\n");
  _skup_cli_write (cli, out->str, (gssize) out->len);
}

static void
write_list_table (SkupCli   *cli,
                  GPtrArray *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      SkupCertificateEntry *e = g_ptr_array_index (entries, i);

      /* "KBPD-2026-0001  Valid  2026-05-22  Žana Glavendekić — Harm Reduction …" */
      _skup_cli_print (cli, "%s  %s  %s  %s — %s\n", e->number,
                       skup_certificate_state_to_label (e->state), e->issue_date,
                       e->recipient_name, e->event_title);
    }
  if (entries->len == 0)
    _skup_cli_print (cli, "%s\n", _("No certificates."));
}

static int
run_list (SkupCli           *cli,
          SkupStore         *store,
          const CertOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  SkupCertificateFilter filter = { options->event, options->person, options->year,
                                   parse_state (options->state) };

  entries = skup_store_list_certificates (store, &filter, &error);
  if (entries == NULL)
    return _skup_cli_fail_error (cli, error);
  if (g_strcmp0 (options->format, "csv") == 0)
    write_list_csv (cli, entries);
  else if (g_strcmp0 (options->format, "json") == 0)
    write_list_json (cli, entries);
  else
    write_list_table (cli, entries);
  return SKUP_CLI_OK;
}

/* print, reissue, revoke, key *********************************************************/

static int
run_print (SkupCli           *cli,
           SkupStore         *store,
           const CertOptions *options,
           GStrv              numbers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_entry_free);

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      SkupCertificateEntry *entry = find_certificate (store, numbers[i], &error);

      if (entry == NULL)
        return _skup_cli_fail_error (cli, error);
      g_ptr_array_add (entries, entry);
    }
  if (!write_documents (cli, store, entries, options->output, &error))
    return _skup_cli_fail_error (cli, error);
  return SKUP_CLI_OK;
}

static int
run_reissue (SkupCli           *cli,
             SkupStore         *store,
             const CertOptions *options,
             const char        *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCertificateEntry) old = find_certificate (store, number, &error);
  g_autoptr(SkupCertificateEntry) fresh = NULL;
  g_autoptr(GPtrArray) written = NULL;

  if (old == NULL
      || !skup_certificates_reissue (store, old->id, options->reason, options->date, &fresh,
                                     &error))
    return _skup_cli_fail_error (cli, error);
  /* Translators: the old number, then the new one */
  _skup_cli_print (cli, _("Reissued %s as %s; %s is marked superseded.\n"), old->number,
                   fresh->number, old->number);
  if (options->output == NULL)
    return SKUP_CLI_OK;
  written = g_ptr_array_new ();
  g_ptr_array_add (written, fresh);
  if (!write_documents (cli, store, written, options->output, &error))
    return _skup_cli_fail_error (cli, error);
  return SKUP_CLI_OK;
}

static int
run_revoke (SkupCli           *cli,
            SkupStore         *store,
            const CertOptions *options,
            const char        *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCertificateEntry) entry = find_certificate (store, number, &error);

  if (entry == NULL
      || !skup_certificates_revoke (store, entry->id, options->reason, options->date, &error))
    return _skup_cli_fail_error (cli, error);
  /* Translators: %s is a certificate number */
  _skup_cli_print (cli, _("Revoked %s. It stays in the register, marked revoked.\n"),
                   entry->number);
  return SKUP_CLI_OK;
}

static int
run_key (SkupCli           *cli,
         SkupStore         *store,
         const CertOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = options->export_key ? skup_signer_export_public_key (store, &error)
                                             : skup_signer_dup_public_key (store, &error);
  g_autofree char *where = NULL;

  if (key == NULL)
    return _skup_cli_fail_error (cli, error);
  if (options->output == NULL)
    {
      _skup_cli_print (cli, options->export_key ? "%s" : "%s\n", key);
      return SKUP_CLI_OK;
    }
  if (!g_file_set_contents (options->output, key, -1, &error))
    return _skup_cli_fail_error (cli, error);
  where = g_filename_display_name (options->output);
  /* Translators: %s is a file name */
  _skup_cli_print (cli, _("Wrote the office’s public key to %s.\n"), where);
  return SKUP_CLI_OK;
}

/* The command **********************************************************************/

/* What each subcommand needs, said before the register is opened. */
static int
check_request (SkupCli           *cli,
               const char        *sub,
               const CertOptions *options,
               GStrv              rest)
{
  guint n = g_strv_length (rest);
  gboolean needs_event = g_str_equal (sub, "issue") || g_str_equal (sub, "plan");
  gboolean needs_number = g_str_equal (sub, "reissue") || g_str_equal (sub, "revoke");

  if (needs_event && options->event <= 0)
    return _skup_cli_usage_error (cli, "certificates",
                                  _("“--event” needs the id of an event, as “skup list events” "
                                    "shows it"));
  if (g_str_equal (sub, "issue") && options->output == NULL)
    return _skup_cli_usage_error (cli, "certificates",
                                  _("give where to write them: “--output FOLDER” for one file "
                                    "a person, or “--output FILE.pdf” for one file"));
  if (g_str_equal (sub, "print") && (n == 0 || options->output == NULL))
    return _skup_cli_usage_error (cli, "certificates",
                                  _("give the numbers to print and “--output FILE.pdf|FOLDER”"));
  if (needs_number && n != 1)
    return _skup_cli_usage_error (cli, "certificates", _("give one certificate number"));
  if (needs_number && (options->reason == NULL || *g_strstrip (options->reason) == '\0'))
    return _skup_cli_usage_error (cli, "certificates",
                                  _("a correction needs its reason: “--reason TEXT”"));
  if (!needs_number && !g_str_equal (sub, "print") && n > 0)
    return _skup_cli_usage_error (cli, "certificates", _("unexpected “%s”"), rest[0]);
  if (options->format != NULL && !g_str_equal (options->format, "table")
      && !g_str_equal (options->format, "csv") && !g_str_equal (options->format, "json"))
    return _skup_cli_usage_error (cli, "certificates", _("“--format” is table, csv or json"));
  if (parse_state (options->state) == -2)
    return _skup_cli_usage_error (cli, "certificates",
                                  _("“--state” is valid, superseded or revoked"));
  return SKUP_CLI_CONTINUE;
}

static int
run_sub (SkupCli           *cli,
         const char        *sub,
         const CertOptions *options,
         GArray            *people,
         GStrv              rest)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = _skup_cli_open_store (cli, &error);

  if (store == NULL)
    return _skup_cli_fail_error (cli, error);
  if (g_str_equal (sub, "issue"))
    return run_issue (cli, store, options, people);
  if (g_str_equal (sub, "plan"))
    return run_plan (cli, store, options, people);
  if (g_str_equal (sub, "list"))
    return run_list (cli, store, options);
  if (g_str_equal (sub, "print"))
    return run_print (cli, store, options, rest);
  if (g_str_equal (sub, "reissue"))
    return run_reissue (cli, store, options, rest[0]);
  if (g_str_equal (sub, "revoke"))
    return run_revoke (cli, store, options, rest[0]);
  return run_key (cli, store, options);
}

static gboolean
is_subcommand (const char *word)
{
  static const char * const subs[] = { "issue", "plan", "list", "print", "reissue", "revoke",
                                       "key" };

  for (guint i = 0; word != NULL && i < G_N_ELEMENTS (subs); i++)
    if (g_str_equal (word, subs[i]))
      return TRUE;
  return FALSE;
}

static const char certificates_examples[] =
  "  skup certificates plan --event 12\n"
  "  skup certificates issue --event 12 --output sertifikati/\n"
  "  skup certificates issue --event 12 --person 40 --template participation-sr "
  "--output Glavendekic.pdf\n"
  "  skup certificates list --event 12 --format csv\n"
  "  skup certificates print KBPD-2026-0001 --output KBPD-2026-0001.pdf\n"
  "  skup certificates reissue KBPD-2026-0001 --reason \"Name misspelt\"\n"
  "  skup certificates revoke KBPD-2026-0002 --reason \"Did not attend\"\n"
  "  skup certificates key --export --output kljuc.txt\n";

int
_skup_cli_certificates (SkupCli  *cli,
                        int       argc,
                        char    **argv)
{
  g_auto(CertOptions) options = { 0 };
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *sub = argc > 1 ? argv[1] : NULL;
  const GOptionEntry entries[] = {
    { "event", 0, 0, G_OPTION_ARG_INT64, &options.event,
      N_("issue, plan, list: the event with this id"), N_("ID") },
    { "person", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.people,
      N_("issue, plan, list: only this person (repeat for several)"), N_("ID") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &options.template_name,
      N_("issue: the template, by name or built-in key (default: by the event’s language "
         "and each person’s role)"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &options.date,
      N_("issue, reissue, revoke: the date, YYYY-MM-DD (default: today)"), N_("DATE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("issue, print, reissue: a FILE.pdf with every page, or a folder of one file a "
         "person; key: the file for the key"), N_("PATH") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &options.reason,
      N_("reissue, revoke: why (kept with the certificate)"), N_("TEXT") },
    { "year", 0, 0, G_OPTION_ARG_INT, &options.year, N_("list: issued in this year"),
      N_("YEAR") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &options.state,
      N_("list: valid, superseded or revoked"), N_("STATE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("list: table (the default), csv or json"), N_("FORMAT") },
    { "export", 0, 0, G_OPTION_ARG_NONE, &options.export_key,
      N_("key: the public key as text to hand out"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status;

  if (_skup_cli_wants_help (argc, argv) || sub == NULL)
    return _skup_cli_print_command_help (cli, "certificates", CERTIFICATES_USAGE, entries,
                                         certificates_examples);
  if (!is_subcommand (sub))
    return _skup_cli_usage_error (cli, "certificates",
                                  _("“%s” is not one of issue, plan, list, print, reissue, "
                                    "revoke or key"), sub);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = _skup_cli_parse_options (cli, context, "certificates", argc - 1, argv + 1, &rest);
  if (status == SKUP_CLI_CONTINUE && !parse_people (cli, options.people, people, &status))
    return status;
  if (status == SKUP_CLI_CONTINUE)
    status = check_request (cli, sub, &options, rest);
  if (status == SKUP_CLI_CONTINUE && people->len == 1)
    options.person = g_array_index (people, gint64, 0);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  return run_sub (cli, sub, &options, people, rest);
}

/* skup verify ***********************************************************************/

static void
print_verdict (SkupCli                    *cli,
               SkupStore                  *store,
               SkupVerifyResult            result,
               const SkupCertificateEntry *entry,
               const char                 *asked)
{
  g_autoptr(SkupCertificateEntry) by = NULL;

  switch (result)
    {
    case SKUP_VERIFY_VALID:
      /* Translators: number, name, event, issue date */
      _skup_cli_print (cli, _("Valid: %s, issued to %s for “%s” on %s.\n"), entry->number,
                       entry->recipient_name, entry->event_title, entry->issue_date);
      break;
    case SKUP_VERIFY_SUPERSEDED:
      if (entry->superseded_by_id != 0)
        by = skup_store_load_certificate (store, entry->superseded_by_id, NULL);
      /* Translators: number, the number that replaced it, date, reason */
      _skup_cli_print (cli, _("Superseded: %s was replaced by %s on %s (%s).\n"), entry->number,
                       by != NULL ? by->number : "?", entry->correction_date,
                       entry->correction_reason);
      break;
    case SKUP_VERIFY_REVOKED:
      /* Translators: number, date, reason */
      _skup_cli_print (cli, _("Revoked: %s was revoked on %s (%s).\n"), entry->number,
                       entry->correction_date, entry->correction_reason);
      break;
    case SKUP_VERIFY_FORGED:
      _skup_cli_print (cli, "%s\n", _("Forged: this code was not signed by this office, or it "
                                      "was changed after it was."));
      break;
    case SKUP_VERIFY_UNKNOWN:
    default:
      /* Translators: %s is what was given to check */
      _skup_cli_print (cli, _("Unknown: no certificate %s in this register.\n"), asked);
      break;
    }
}

int
_skup_cli_verify (SkupCli  *cli,
                  int       argc,
                  char    **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(SkupCertificateEntry) entry = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  const GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  SkupVerifyResult result;
  int status;

  if (_skup_cli_wants_help (argc, argv))
    return _skup_cli_print_command_help (cli, "verify", _("skup verify PAYLOAD|NUMBER"), entries,
                                         "  skup verify KBPD-2026-0001\n"
                                         "  skup verify \"$(zbarimg -q --raw scan.png)\"\n");
  status = _skup_cli_parse_options (cli, context, "verify", argc, argv, &rest);
  if (status != SKUP_CLI_CONTINUE)
    return status;
  if (g_strv_length (rest) != 1)
    return _skup_cli_usage_error (cli, "verify",
                                  _("give what the QR code holds, or a certificate number"));
  store = _skup_cli_open_store (cli, &error);
  if (store == NULL)
    return _skup_cli_fail_error (cli, error);
  result = skup_certificates_verify (store, rest[0], &entry, &error);
  if (error != NULL)
    return _skup_cli_fail_error (cli, error);
  if (entry == NULL && (result == SKUP_VERIFY_VALID || result == SKUP_VERIFY_SUPERSEDED
                        || result == SKUP_VERIFY_REVOKED))
    result = SKUP_VERIFY_UNKNOWN;
  print_verdict (cli, store, result, entry, rest[0]);
  /* Only a valid certificate is a success: scripts test the exit status. */
  return result == SKUP_VERIFY_VALID ? SKUP_CLI_OK : SKUP_CLI_FAILED;
}
