/* skup-paste-list.c — registering a pasted list of names: each line read, matched, reviewed
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Organisers get lists as e-mails and spreadsheets: "Ana Petrović, ana@duga.rs, Duga". Each
 * line is read on its own (a bad line never spoils the others), then matched against the
 * register so that nobody is created twice: the same email is the same person; the same name
 * is likely so, and the user decides. Nothing is written until the user has seen the review.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "attendance/skup-check-in.h"
#include "skup-error.h"
#include "skup-organisation.h"
#include "skup-paste-list.h"
#include "skup-person.h"
#include "skup-text.h"

void
skup_paste_line_free (SkupPasteLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_free (line->given_name);
  g_free (line->family_name);
  g_free (line->email);
  g_free (line->organisation);
  g_free (line->person_name);
  g_free (line->reason);
  g_free (line->error);
  g_free (line);
}

/* Reading ******************************************************************/

/* Spreadsheets copy cells with tabs and Serbian CSV uses semicolons, for names and
 * organisations may hold commas only where nothing else separates. */
static char **
split_fields (const char *text)
{
  const char *separator = strchr (text, '\t') ? "\t" : strchr (text, ';') ? ";" : ",";
  char **fields = g_strsplit (text, separator, -1);

  for (guint i = 0; fields[i] != NULL; i++)
    g_strstrip (fields[i]);
  return fields;
}

static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* "Name, email, organisation": with two fields the second is the email only if it looks
 * like one ("Ana Petrović, Duga" names her organisation); a third and more are the
 * organisation, commas and all ("Ministry of Health, Serbia"). */
static void
read_contact (SkupPasteLine *line,
              char         **fields)
{
  guint n = g_strv_length (fields);

  if (n == 2 && strchr (fields[1], '@') == NULL)
    line->organisation = dup_nonempty (fields[1]);
  else if (n >= 2)
    {
      g_autofree char *organisation = n > 2 ? g_strjoinv (", ", fields + 2) : NULL;

      line->email = dup_nonempty (fields[1]);
      line->organisation = dup_nonempty (organisation);
    }
}

static void
set_error (SkupPasteLine *line,
           char          *message)
{
  line->verdict = SKUP_PASTE_ERROR;
  g_free (line->error);
  line->error = message;
}

static SkupPasteLine *
read_line (const char *text,
           guint       number)
{
  SkupPasteLine *line = g_new0 (SkupPasteLine, 1);
  g_auto(GStrv) fields = split_fields (text);

  line->line = number;
  line->text = g_strdup (text);
  read_contact (line, fields);
  if (fields[0] == NULL || *fields[0] == '\0')
    set_error (line, g_strdup (_("No name: a line begins with the person’s name.")));
  else if (!skup_check_in_split_name (fields[0], &line->given_name, &line->family_name))
    set_error (line, g_strdup (_("A given and a family name are needed.")));
  else if (line->email != NULL && !skup_text_is_plausible_email (line->email))
    /* Translators: %s is what was pasted where an email address goes */
    set_error (line, g_strdup_printf (_("“%s” is not an email address."), line->email));
  return line;
}

static char *
dup_name_key (const SkupPasteLine *line)
{
  g_autofree char *name = g_strdup_printf ("%s %s", line->given_name, line->family_name);

  return skup_text_fold (name);
}

/* The same email, or the same name where at most one of them gives an email. */
static gboolean
same_person (const SkupPasteLine *a,
             const SkupPasteLine *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  if (a->email != NULL && b->email != NULL)
    {
      key_a = g_utf8_casefold (a->email, -1);
      key_b = g_utf8_casefold (b->email, -1);
      return g_str_equal (key_a, key_b);
    }
  key_a = dup_name_key (a);
  key_b = dup_name_key (b);
  return g_strcmp0 (key_a, key_b) == 0;
}

/* A person pasted twice is registered once: the later line says which it repeats. */
static void
mark_repeats (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      SkupPasteLine *line = g_ptr_array_index (lines, i);

      for (guint j = 0; j < i && line->verdict != SKUP_PASTE_ERROR; j++)
        {
          SkupPasteLine *earlier = g_ptr_array_index (lines, j);

          if (earlier->verdict != SKUP_PASTE_ERROR && same_person (earlier, line))
            /* Translators: %u is the number of an earlier line of a pasted list */
            set_error (line, g_strdup_printf (_("The same person as line %u."), earlier->line));
        }
    }
}

/**
 * skup_paste_list_parse:
 * @text: (nullable): what was pasted
 *
 * Returns: (transfer full) (element-type SkupPasteLine): the lines, in their order
 */
GPtrArray *
skup_paste_list_parse (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_paste_line_free);
  g_auto(GStrv) rows = g_strsplit (text ? text : "", "\n", -1);

  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autofree char *valid = g_utf8_make_valid (rows[i], -1);

      /* A pasted spreadsheet ends its rows with "\r\n". */
      g_strstrip (valid);
      if (*valid != '\0')
        g_ptr_array_add (lines, read_line (valid, i + 1));
    }
  mark_repeats (lines);
  return lines;
}

/* Matching *****************************************************************/

static SkupRecord *
person_from_line (SkupStore           *store,
                  const SkupPasteLine *line,
                  gboolean             with_name)
{
  SkupRecord *person = skup_record_new_for_type (SKUP_TYPE_PERSON);

  if (with_name)
    {
      skup_record_set_string (person, "given-name", line->given_name);
      skup_record_set_string (person, "family-name", line->family_name);
    }
  skup_record_set_string (person, "email", line->email);
  if (line->organisation != NULL)
    skup_record_set_int (person, "organisation-id",
                         skup_store_find_by_title (store, SKUP_TYPE_ORGANISATION,
                                                   line->organisation));
  return person;
}

static void
take_duplicate (SkupPasteLine    *line,
                SkupPasteVerdict  verdict,
                SkupDuplicate    *found)
{
  line->verdict = verdict;
  line->person_id = found->record_id;
  line->person_name = g_strdup (found->name);
  line->reason = g_strdup (found->reason);
}

static gboolean
match_line (SkupStore      *store,
            SkupPasteLine  *line,
            GError        **error)
{
  g_autoptr(SkupRecord) by_email = NULL;
  g_autoptr(SkupRecord) by_name = NULL;
  g_autoptr(GPtrArray) found = NULL;

  line->verdict = SKUP_PASTE_NEW;
  /* An email is one person's: it decides before any name does. */
  if (line->email != NULL)
    {
      by_email = person_from_line (store, line, FALSE);
      found = skup_store_find_duplicates (store, by_email, error);
      if (found == NULL)
        return FALSE;
      if (found->len > 0)
        {
          take_duplicate (line, SKUP_PASTE_MATCH, g_ptr_array_index (found, 0));
          return TRUE;
        }
      g_clear_pointer (&found, g_ptr_array_unref);
    }
  by_name = person_from_line (store, line, TRUE);
  found = skup_store_find_duplicates (store, by_name, error);
  if (found == NULL)
    return FALSE;
  if (found->len > 0)
    take_duplicate (line, SKUP_PASTE_LIKELY, g_ptr_array_index (found, 0));
  else
    line->new_organisation = line->organisation != NULL
                             && skup_record_get_int (by_name, "organisation-id") == 0;
  return TRUE;
}

gboolean
skup_paste_list_match (SkupStore  *store,
                       GPtrArray  *lines,
                       GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);

  for (guint i = 0; i < lines->len; i++)
    {
      SkupPasteLine *line = g_ptr_array_index (lines, i);

      if (line->verdict != SKUP_PASTE_ERROR && !match_line (store, line, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
creates_person (const SkupPasteLine *line)
{
  return line->verdict == SKUP_PASTE_NEW
         || (line->verdict == SKUP_PASTE_LIKELY && line->create_new);
}

guint
skup_paste_list_count_people (GPtrArray *lines)
{
  guint n = 0;

  g_return_val_if_fail (lines != NULL, 0);

  for (guint i = 0; i < lines->len; i++)
    if (((SkupPasteLine *) g_ptr_array_index (lines, i))->verdict != SKUP_PASTE_ERROR)
      n++;
  return n;
}

guint
skup_paste_list_count_new (GPtrArray *lines)
{
  guint n = 0;

  g_return_val_if_fail (lines != NULL, 0);

  for (guint i = 0; i < lines->len; i++)
    if (creates_person (g_ptr_array_index (lines, i)))
      n++;
  return n;
}

/* Registering **************************************************************/

/* The organisation named @name, made if the register has none of that name. */
static gboolean
find_or_create_organisation (SkupStore   *store,
                             const char  *name,
                             gint64      *out_id,
                             GError     **error)
{
  g_autoptr(SkupRecord) organisation = NULL;

  *out_id = skup_store_find_by_title (store, SKUP_TYPE_ORGANISATION, name);
  if (*out_id != 0)
    return TRUE;
  organisation = skup_record_new_for_type (SKUP_TYPE_ORGANISATION);
  skup_record_set_string (organisation, "name", name);
  if (!skup_store_save (store, organisation, error))
    return FALSE;
  *out_id = skup_record_get_id (organisation);
  return TRUE;
}

static gboolean
create_person (SkupStore            *store,
               const SkupPasteLine  *line,
               gint64               *out_id,
               GError              **error)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);
  gint64 organisation_id = 0;

  skup_record_set_string (person, "given-name", line->given_name);
  skup_record_set_string (person, "family-name", line->family_name);
  skup_record_set_string (person, "email", line->email);
  if (line->organisation != NULL
      && !find_or_create_organisation (store, line->organisation, &organisation_id, error))
    return FALSE;
  skup_record_set_int (person, "organisation-id", organisation_id);
  if (!skup_store_save (store, person, error))
    return FALSE;
  *out_id = skup_record_get_id (person);
  return TRUE;
}

static gboolean
register_locked (SkupStore            *store,
                 gint64                event_id,
                 GPtrArray            *lines,
                 const char           *role,
                 guint                *out_created,
                 SkupRegisterSummary  *out_summary,
                 GError              **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  *out_created = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      SkupPasteLine *line = g_ptr_array_index (lines, i);
      gint64 id = line->person_id;

      if (line->verdict == SKUP_PASTE_ERROR)
        continue;
      if (creates_person (line))
        {
          if (!create_person (store, line, &id, error))
            return FALSE;
          (*out_created)++;
        }
      g_array_append_val (ids, id);
    }
  return skup_store_register_people (store, event_id, (const gint64 *) (gpointer) ids->data,
                                     ids->len, role, out_summary, error);
}

/**
 * skup_paste_list_register:
 * @lines: (element-type SkupPasteLine): as skup_paste_list_match() left them, with the user's
 *   choices (@create_new)
 * @out_created: (out) (optional): the people created
 * @out_summary: (out) (optional): as skup_store_register_people() gives it; clear it with
 *   skup_register_summary_clear()
 */
gboolean
skup_paste_list_register (SkupStore            *store,
                          gint64                event_id,
                          GPtrArray            *lines,
                          const char           *role,
                          guint                *out_created,
                          SkupRegisterSummary  *out_summary,
                          GError              **error)
{
  SkupRegisterSummary summary = { 0 };
  guint created = 0;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (lines != NULL, FALSE);

  if (!skup_store_begin (store, error))
    return FALSE;
  if (!register_locked (store, event_id, lines, role, &created, &summary, error)
      || !skup_store_commit (store, error))
    {
      skup_store_rollback (store);
      skup_register_summary_clear (&summary);
      return FALSE;
    }
  if (out_created != NULL)
    *out_created = created;
  if (out_summary != NULL)
    *out_summary = summary;
  else
    skup_register_summary_clear (&summary);
  return TRUE;
}
