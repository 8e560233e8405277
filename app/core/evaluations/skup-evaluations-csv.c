/* skup-evaluations-csv.c — an event's test scores and satisfaction forms as CSV, out and in
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "skup-error.h"
#include "skup-evaluations-csv.h"
#include "skup-event.h"
#include "skup-store-evaluations.h"
#include "skup-text.h"

/* What a column of an imported file holds. */
typedef enum {
  COL_NONE,
  COL_NAME,
  COL_GIVEN,
  COL_FAMILY,
  COL_EMAIL,
  COL_PRE,
  COL_POST,
  COL_QUESTION,  /* + the question's index */
  COL_COMMENT = COL_QUESTION + SKUP_N_QUESTIONS,
  N_COLS,
} Column;

/* Headers folded (lower case, no diacritics, Latin script, so Cyrillic meets Latin), in
 * English, in Serbian and as this file's export writes them in either language. */
static const struct { const char *header; Column column; } known_headers[] = {
  { "name", COL_NAME }, { "full name", COL_NAME }, { "participant", COL_NAME },
  { "ime i prezime", COL_NAME }, { "ucesnik", COL_NAME }, { "ucesnica", COL_NAME },
  { "ime", COL_GIVEN }, { "given name", COL_GIVEN }, { "first name", COL_GIVEN },
  { "prezime", COL_FAMILY }, { "family name", COL_FAMILY }, { "last name", COL_FAMILY },
  { "surname", COL_FAMILY },
  { "email", COL_EMAIL }, { "e-mail", COL_EMAIL }, { "e mail", COL_EMAIL },
  { "imejl", COL_EMAIL }, { "mejl", COL_EMAIL }, { "e-posta", COL_EMAIL },
  { "pre-test", COL_PRE }, { "pretest", COL_PRE }, { "pre test", COL_PRE }, { "pre", COL_PRE },
  { "ulazni test", COL_PRE }, { "ulazni", COL_PRE },
  { "post-test", COL_POST }, { "posttest", COL_POST }, { "post test", COL_POST },
  { "post", COL_POST }, { "izlazni test", COL_POST }, { "izlazni", COL_POST },
  { "overall", COL_QUESTION + SKUP_QUESTION_OVERALL },
  { "ukupno", COL_QUESTION + SKUP_QUESTION_OVERALL },
  { "ukupna ocena", COL_QUESTION + SKUP_QUESTION_OVERALL },
  { "content", COL_QUESTION + SKUP_QUESTION_CONTENT },
  { "sadrzaj", COL_QUESTION + SKUP_QUESTION_CONTENT },
  { "trainers", COL_QUESTION + SKUP_QUESTION_TRAINERS },
  { "predavaci", COL_QUESTION + SKUP_QUESTION_TRAINERS },
  { "treneri", COL_QUESTION + SKUP_QUESTION_TRAINERS },
  { "organisation", COL_QUESTION + SKUP_QUESTION_ORGANISATION },
  { "organization", COL_QUESTION + SKUP_QUESTION_ORGANISATION },
  { "organizacija", COL_QUESTION + SKUP_QUESTION_ORGANISATION },
  { "usefulness", COL_QUESTION + SKUP_QUESTION_USEFULNESS },
  { "korisnost", COL_QUESTION + SKUP_QUESTION_USEFULNESS },
  { "comment", COL_COMMENT }, { "comments", COL_COMMENT }, { "komentar", COL_COMMENT },
  { "napomena", COL_COMMENT },
};

/* The columns as exported; an import knows them in either language (see known_headers). */
static const char *const score_titles[] = {
  NC_("evaluations-csv", "Name"), NC_("evaluations-csv", "Email"),
  NC_("evaluations-csv", "Pre-test"), NC_("evaluations-csv", "Post-test"),
  NC_("evaluations-csv", "Passed"),
};

static const char *const form_titles[] = {
  NC_("evaluations-csv", "Overall"), NC_("evaluations-csv", "Content"),
  NC_("evaluations-csv", "Trainers"), NC_("evaluations-csv", "Organisation"),
  NC_("evaluations-csv", "Usefulness"), NC_("evaluations-csv", "Comment"),
};

gboolean
skup_evaluations_parse_kind (const char          *name,
                             SkupEvaluationsKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_strcmp0 (name, "scores") == 0)
    *kind = SKUP_EVALUATIONS_SCORES;
  else if (g_strcmp0 (name, "forms") == 0)
    *kind = SKUP_EVALUATIONS_FORMS;
  else
    return FALSE;
  return TRUE;
}

void
skup_evaluations_report_clear (SkupEvaluationsReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
}

/* ---- Export ------------------------------------------------------------------------------- */

static void
add_titles (SkupCsvWriter      *csv,
            const char *const  *titles,
            guint               n_titles)
{
  for (guint i = 0; i < n_titles; i++)
    skup_csv_writer_add_text (csv, g_dpgettext2 (GETTEXT_PACKAGE, "evaluations-csv",
                                                 titles[i]));
  skup_csv_writer_end_row (csv);
}

static void
add_optional_number (SkupCsvWriter *csv,
                     gboolean       has,
                     double         value)
{
  if (has)
    skup_csv_writer_add_number (csv, value);
  else
    skup_csv_writer_add_empty (csv);
}

static void
add_score_row (SkupCsvWriter        *csv,
               const SkupScoreEntry *e,
               gint64                pass_mark)
{
  g_autofree char *name = g_strstrip (g_strdup_printf ("%s %s", e->given_name ?: "",
                                                       e->family_name ?: ""));

  skup_csv_writer_add_text (csv, name);
  skup_csv_writer_add_text (csv, e->email ?: "");
  add_optional_number (csv, e->has_pre, e->pre);
  add_optional_number (csv, e->has_post, e->post);
  /* Passing is judged on the post-test, as the knowledge-gain summary judges it. */
  if (pass_mark > 0 && e->has_post)
    skup_csv_writer_add_text (csv, e->post >= pass_mark ? C_("passed", "yes")
                                                        : C_("passed", "no"));
  else
    skup_csv_writer_add_empty (csv);
  skup_csv_writer_end_row (csv);
}

static gboolean
export_scores (SkupStore     *store,
               gint64         event_id,
               SkupCsvWriter *csv,
               GError       **error)
{
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, error);
  g_autoptr(GPtrArray) scores = NULL;

  if (event == NULL)
    return FALSE;
  scores = skup_store_list_scores (store, event_id, error);
  if (scores == NULL)
    return FALSE;
  add_titles (csv, score_titles, G_N_ELEMENTS (score_titles));
  for (guint i = 0; i < scores->len; i++)
    add_score_row (csv, g_ptr_array_index (scores, i),
                   skup_record_get_int (event, "test-pass-mark"));
  return TRUE;
}

static gboolean
export_forms (SkupStore     *store,
              gint64         event_id,
              SkupCsvWriter *csv,
              GError       **error)
{
  g_autoptr(GPtrArray) forms = skup_store_list_forms (store, event_id, error);

  if (forms == NULL)
    return FALSE;
  add_titles (csv, form_titles, G_N_ELEMENTS (form_titles));
  for (guint i = 0; i < forms->len; i++)
    {
      SkupSatisfactionForm *form = g_ptr_array_index (forms, i);

      for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
        if (form->answers[q] > 0)
          skup_csv_writer_add_int (csv, form->answers[q]);
        else
          skup_csv_writer_add_empty (csv);
      skup_csv_writer_add_text (csv, form->comment ?: "");
      skup_csv_writer_end_row (csv);
    }
  return TRUE;
}

/**
 * skup_evaluations_csv_export:
 *
 * Writes @event_id's scores or forms, a header row first.
 *
 * Returns: (transfer full): the writer holding the file, or %NULL on a read error
 */
SkupCsvWriter *
skup_evaluations_csv_export (SkupStore           *store,
                             gint64               event_id,
                             SkupEvaluationsKind  kind,
                             SkupCsvDialect       dialect,
                             GError             **error)
{
  g_autoptr(SkupCsvWriter) csv = skup_csv_writer_new (dialect);
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  if (kind == SKUP_EVALUATIONS_SCORES)
    ok = export_scores (store, event_id, csv, error);
  else
    ok = export_forms (store, event_id, csv, error);
  return ok ? g_steal_pointer (&csv) : NULL;
}

gboolean
skup_evaluations_csv_write (SkupStore           *store,
                            gint64               event_id,
                            SkupEvaluationsKind  kind,
                            SkupCsvDialect       dialect,
                            const char          *path,
                            GError             **error)
{
  g_autoptr(SkupCsvWriter) csv = skup_evaluations_csv_export (store, event_id, kind, dialect,
                                                               error);

  g_return_val_if_fail (path != NULL, FALSE);

  return csv != NULL && skup_csv_writer_write_file (csv, path, error);
}

/* ---- Reading fields ------------------------------------------------------------------------ */

/**
 * skup_evaluations_parse_score:
 *
 * Reads a score as an organiser types it: "17", "17.5" or "17,5" (Serbian Excel's decimal
 * comma), spaces around ignored.
 */
gboolean
skup_evaluations_parse_score (const char  *text,
                              gint64       max_score,
                              double      *out,
                              GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  char *end = NULL;
  double value;

  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  /* Only digits, one sign and a point: strtod would also take "inf", "1e3" and hex. */
  if (copy[0] == '\0' || strspn (copy, "0123456789.-") != strlen (copy)
      || end == NULL || *end != '\0' || !isfinite (value))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("“%s” is not a number"), text);
      return FALSE;
    }
  if (value < 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("A test score is never below 0."));
      return FALSE;
    }
  if (value > max_score)
    {
      g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, max_score);

      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("%s is above the test’s %s points"),
                   copy, max);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

/* Undoes the CSV writer's guard against formulas: an apostrophe before = + - @. */
static char *
dup_field (const char *field)
{
  if (field[0] == '\'' && field[1] != '\0' && strchr ("=+-@\t\r", field[1]) != NULL)
    field++;
  return g_strstrip (g_strdup (field));
}

static Column
column_of (const char *header)
{
  g_autofree char *folded = skup_text_fold (header);

  for (gsize i = 0; folded != NULL && i < G_N_ELEMENTS (known_headers); i++)
    if (g_str_equal (folded, known_headers[i].header))
      return known_headers[i].column;
  return COL_NONE;
}

/* Where each kind of column is in the file (-1 when it has none); the first one counts. */
static void
find_columns (SkupCsvTable *table,
              int           where[N_COLS])
{
  guint n_fields = 0;
  const char *const *headers = skup_csv_table_get_row (table, 0, &n_fields, NULL);

  for (guint c = 0; c < N_COLS; c++)
    where[c] = -1;
  for (guint i = 0; i < n_fields; i++)
    {
      Column column = column_of (headers[i]);

      if (column != COL_NONE && where[column] < 0)
        where[column] = (int) i;
    }
}

/* The field of @column in @row, "" when the file has no such column or the row is short. */
static char *
dup_cell (const char *const *row,
          guint              n_fields,
          const int          where[N_COLS],
          Column             column)
{
  if (where[column] < 0 || (guint) where[column] >= n_fields)
    return g_strdup ("");
  return dup_field (row[where[column]]);
}

/* Spreadsheets save the empty rows under a table as rows of empty fields: they are no rows. */
static gboolean
is_blank_row (const char *const *row,
              guint              n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *field = g_strstrip (g_strdup (row[i]));

      if (field[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

static void
add_problem (SkupEvaluationsReport *report,
             guint                  line,
             const char            *why)
{
  g_ptr_array_add (report->problems, g_strdup_printf (_("Line %u: %s"), line, why));
}

/* ---- Importing scores ---------------------------------------------------------------------- */

/* The one entry whose @key matches: NULL with a reason when none or several do. */
static SkupScoreEntry *
match_by (GPtrArray   *entries,
          GPtrArray   *keys,
          const char  *key,
          guint       *n_found)
{
  SkupScoreEntry *found = NULL;

  *n_found = 0;
  for (guint i = 0; i < entries->len; i++)
    {
      char *const *entry_keys = g_ptr_array_index (keys, i);

      for (guint k = 0; entry_keys[k] != NULL; k++)
        if (g_str_equal (entry_keys[k], key))
          {
            found = g_ptr_array_index (entries, i);
            (*n_found)++;
            break;
          }
    }
  return *n_found == 1 ? found : NULL;
}

/* Each participant's keys: the email folded, and the name folded both ways round, so
 * "Милица Петровић", "Petrović Milica" and "milica petrovic" all find her. */
static GStrv
keys_of (const SkupScoreEntry *e)
{
  g_autofree char *given_family = g_strdup_printf ("%s %s", e->given_name ?: "",
                                                   e->family_name ?: "");
  g_autofree char *family_given = g_strdup_printf ("%s %s", e->family_name ?: "",
                                                   e->given_name ?: "");
  g_autofree char *email = g_utf8_strdown (e->email ? e->email : "", -1);
  GStrv keys = g_new0 (char *, 4);

  keys[0] = g_strconcat ("@", email, NULL);
  keys[1] = skup_text_fold (given_family);
  keys[2] = skup_text_fold (family_given);
  return keys;
}

typedef struct {
  GPtrArray *entries;   /* (element-type SkupScoreEntry): the event's participants */
  GPtrArray *keys;      /* (element-type GStrv): theirs, index for index */
  GHashTable *seen;     /* registration ids already given a row */
  gint64     max_score;
  int        where[N_COLS];
} ScoreImport;

static void
score_import_clear (ScoreImport *self)
{
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScoreImport, score_import_clear)

static char *
dup_row_name (const char *const *row,
              guint              n_fields,
              const int          where[N_COLS])
{
  g_autofree char *name = dup_cell (row, n_fields, where, COL_NAME);
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  if (name[0] != '\0')
    return g_steal_pointer (&name);
  given = dup_cell (row, n_fields, where, COL_GIVEN);
  family = dup_cell (row, n_fields, where, COL_FAMILY);
  return g_strstrip (g_strdup_printf ("%s %s", given, family));
}

/* By email when the row gives one that a participant has; by name otherwise. */
static SkupScoreEntry *
match_row (ScoreImport       *self,
           const char *const *row,
           guint              n_fields,
           char             **why)
{
  g_autofree char *email = dup_cell (row, n_fields, self->where, COL_EMAIL);
  g_autofree char *name = dup_row_name (row, n_fields, self->where);
  g_autofree char *name_key = skup_text_fold (name);
  SkupScoreEntry *found;
  guint n_found = 0;

  if (email[0] != '\0')
    {
      g_autofree char *lower = g_utf8_strdown (email, -1);
      g_autofree char *email_key = g_strconcat ("@", lower, NULL);

      found = match_by (self->entries, self->keys, email_key, &n_found);
      if (found != NULL || n_found > 1 || name_key[0] == '\0')
        goto done;
    }
  if (name_key[0] == '\0')
    {
      *why = g_strdup (_("the row names no participant"));
      return NULL;
    }
  found = match_by (self->entries, self->keys, name_key, &n_found);
done:
  if (n_found == 0)
    *why = g_strdup_printf (_("“%s” is not a participant of this event"),
                            name[0] != '\0' ? name : email);
  else if (n_found > 1)
    *why = g_strdup_printf (_("“%s” matches more than one participant"),
                            name[0] != '\0' ? name : email);
  return found;
}

/* One score column into the entry: absent keeps the stored score, empty clears it. */
static gboolean
read_score (ScoreImport       *self,
            const char *const *row,
            guint              n_fields,
            Column             column,
            gboolean          *has,
            double            *value,
            char             **why)
{
  g_autofree char *text = dup_cell (row, n_fields, self->where, column);
  g_autoptr(GError) error = NULL;

  if (self->where[column] < 0)
    return TRUE;
  *has = text[0] != '\0';
  if (!*has || skup_evaluations_parse_score (text, self->max_score, value, &error))
    return TRUE;
  *why = g_strdup (error->message);
  return FALSE;
}

static SkupScoreEntry *
score_from_row (ScoreImport       *self,
                const char *const *row,
                guint              n_fields,
                char             **why)
{
  SkupScoreEntry *match = match_row (self, row, n_fields, why);
  g_autoptr(SkupScoreEntry) entry = NULL;

  gboolean again;

  if (match == NULL)
    return NULL;
  again = !g_hash_table_add (self->seen, &match->registration_id);
  entry = g_new0 (SkupScoreEntry, 1);
  *entry = *match;
  entry->given_name = entry->family_name = entry->email = NULL;
  if (!read_score (self, row, n_fields, COL_PRE, &entry->has_pre, &entry->pre, why)
      || !read_score (self, row, n_fields, COL_POST, &entry->has_post, &entry->post, why))
    return NULL;
  /* Two rows for one participant: which is right is the organiser's call, not ours. */
  if (again)
    {
      *why = g_strdup (_("this participant has a row above already"));
      return NULL;
    }
  return g_steal_pointer (&entry);
}

static gboolean
score_import_init (ScoreImport  *self,
                   SkupStore    *store,
                   gint64        event_id,
                   SkupCsvTable *table,
                   GError      **error)
{
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, error);

  if (event == NULL)
    return FALSE;
  self->max_score = skup_record_get_int (event, "test-max-score");
  self->entries = skup_store_list_scores (store, event_id, error);
  if (self->entries == NULL)
    return FALSE;
  self->keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < self->entries->len; i++)
    g_ptr_array_add (self->keys, keys_of (g_ptr_array_index (self->entries, i)));
  self->seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  find_columns (table, self->where);
  if ((self->where[COL_NAME] < 0 && self->where[COL_EMAIL] < 0 && self->where[COL_GIVEN] < 0)
      || (self->where[COL_PRE] < 0 && self->where[COL_POST] < 0))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The file needs a column of names or emails and a column of pre- or "
                     "post-test scores."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_scores (SkupStore             *store,
               gint64                 event_id,
               SkupCsvTable          *table,
               gboolean               dry_run,
               SkupEvaluationsReport *report,
               GError               **error)
{
  g_auto(ScoreImport) self = { 0 };
  g_autoptr(GPtrArray) scores =
    g_ptr_array_new_with_free_func ((GDestroyNotify) skup_score_entry_free);

  if (!score_import_init (&self, store, event_id, table, error))
    return FALSE;
  for (guint r = 1; r < skup_csv_table_get_n_rows (table); r++)
    {
      guint n_fields = 0, line = 0;
      const char *const *row = skup_csv_table_get_row (table, r, &n_fields, &line);
      g_autofree char *why = NULL;
      SkupScoreEntry *entry;

      if (is_blank_row (row, n_fields))
        continue;
      report->read++;
      entry = score_from_row (&self, row, n_fields, &why);
      if (entry == NULL)
        add_problem (report, line, why);
      else
        g_ptr_array_add (scores, entry);
    }
  if (report->problems->len > 0)
    return TRUE;
  if (!dry_run && !skup_store_set_scores (store, scores, error))
    return FALSE;
  report->saved = scores->len;
  return TRUE;
}

/* ---- Importing forms ----------------------------------------------------------------------- */

static gboolean
read_answer (const char *text,
             int        *answer)
{
  if (text[0] == '\0')
    {
      *answer = 0;
      return TRUE;
    }
  if (text[0] < '1' || text[0] > '5' || text[1] != '\0')
    return FALSE;
  *answer = text[0] - '0';
  return TRUE;
}

static SkupSatisfactionForm *
form_from_row (const char *const *row,
               guint              n_fields,
               const int          where[N_COLS],
               gint64             event_id,
               char             **why)
{
  g_autoptr(SkupSatisfactionForm) form = g_new0 (SkupSatisfactionForm, 1);

  form->event_id = event_id;
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    {
      g_autofree char *text = dup_cell (row, n_fields, where, COL_QUESTION + q);

      if (!read_answer (text, &form->answers[q]))
        {
          *why = g_strdup_printf (_("“%s” is not an answer from 1 to 5"), text);
          return NULL;
        }
    }
  form->comment = dup_cell (row, n_fields, where, COL_COMMENT);
  return g_steal_pointer (&form);
}

static gboolean
has_question_column (const int where[N_COLS])
{
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    if (where[COL_QUESTION + q] >= 0)
      return TRUE;
  return FALSE;
}

/* Every form in one transaction: a failure halfway leaves none of them. */
static gboolean
add_forms (SkupStore  *store,
           GPtrArray  *forms,
           GError    **error)
{
  gboolean ok = TRUE;

  if (!skup_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < forms->len; i++)
    ok = skup_store_add_form (store, g_ptr_array_index (forms, i), error);
  if (!ok)
    {
      skup_store_rollback (store);
      return FALSE;
    }
  return skup_store_commit (store, error);
}

static gboolean
import_forms (SkupStore             *store,
              gint64                 event_id,
              SkupCsvTable          *table,
              gboolean               dry_run,
              SkupEvaluationsReport *report,
              GError               **error)
{
  g_autoptr(GPtrArray) forms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) skup_satisfaction_form_free);
  int where[N_COLS];

  find_columns (table, where);
  if (!has_question_column (where))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The file has no column of a satisfaction form’s questions."));
      return FALSE;
    }
  for (guint r = 1; r < skup_csv_table_get_n_rows (table); r++)
    {
      guint n_fields = 0, line = 0;
      const char *const *row = skup_csv_table_get_row (table, r, &n_fields, &line);
      g_autofree char *why = NULL;
      SkupSatisfactionForm *form;

      if (is_blank_row (row, n_fields))
        continue;
      report->read++;
      form = form_from_row (row, n_fields, where, event_id, &why);
      if (form == NULL)
        add_problem (report, line, why);
      else
        g_ptr_array_add (forms, form);
    }
  if (report->problems->len > 0)
    return TRUE;
  if (!dry_run && !add_forms (store, forms, error))
    return FALSE;
  report->saved = forms->len;
  return TRUE;
}

/**
 * skup_evaluations_csv_import:
 * @table: the file read, its first row the headers
 * @dry_run: check every row, store nothing
 * @report: (out caller-allocates): what was read and stored; clear it with
 *   skup_evaluations_report_clear(), also after a failure
 *
 * Reads scores (each row matched to a participant by email, else by name in either script)
 * or forms into @event_id, all in one transaction: if any row is refused, none is stored and
 * the report names each refused row's line.
 *
 * Returns: %FALSE when the file cannot be imported at all (no usable column) or the store
 *   failed; a refused row is not a failure but a problem in @report
 */
gboolean
skup_evaluations_csv_import (SkupStore             *store,
                             gint64                 event_id,
                             SkupEvaluationsKind    kind,
                             SkupCsvTable          *table,
                             gboolean               dry_run,
                             SkupEvaluationsReport *report,
                             GError               **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (table != NULL && report != NULL, FALSE);

  *report = (SkupEvaluationsReport) { 0, 0, g_ptr_array_new_with_free_func (g_free) };
  if (skup_csv_table_get_n_rows (table) == 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("The file is empty."));
      return FALSE;
    }
  if (kind == SKUP_EVALUATIONS_SCORES)
    return import_scores (store, event_id, table, dry_run, report, error);
  return import_forms (store, event_id, table, dry_run, report, error);
}
