/* skup-store-evaluations.c — an event's test scores and anonymous satisfaction forms
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-store-evaluations.h"
#include "skup-store-private.h"

/* Scores are kept per registration, and only participants who hold a place take the tests:
 * trainers, guests and the waitlisted are not listed. */

void
skup_score_entry_free (SkupScoreEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->given_name);
  g_free (entry->family_name);
  g_free (entry->email);
  g_free (entry);
}

void
skup_satisfaction_form_free (SkupSatisfactionForm *form)
{
  if (form == NULL)
    return;
  g_free (form->comment);
  g_free (form);
}

static SkupScoreEntry *
read_score (SkupStmt *stmt)
{
  SkupScoreEntry *entry = g_new0 (SkupScoreEntry, 1);

  entry->registration_id = skup_stmt_column_int (stmt, 0);
  entry->given_name = g_strdup (skup_stmt_column_text (stmt, 1));
  entry->family_name = g_strdup (skup_stmt_column_text (stmt, 2));
  entry->email = g_strdup (skup_stmt_column_text (stmt, 3));
  entry->has_pre = !skup_stmt_column_is_null (stmt, 4);
  entry->pre = entry->has_pre ? skup_stmt_column_real (stmt, 4) : 0;
  entry->has_post = !skup_stmt_column_is_null (stmt, 5);
  entry->post = entry->has_post ? skup_stmt_column_real (stmt, 5) : 0;
  return entry;
}

/**
 * skup_store_list_scores:
 *
 * Every participant holding a place at @event_id (registered or confirmed), as people are
 * listed (by family and given name), with their scores.
 *
 * Returns: (transfer full) (element-type SkupScoreEntry): the entries, or %NULL on a read error
 */
GPtrArray *
skup_store_list_scores (SkupStore  *self,
                        gint64      event_id,
                        GError    **error)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) skup_score_entry_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (_skup_store_get_db (self),
                          "SELECT r.id, p.given_name, p.family_name, p.email, s.pre_score, "
                          "s.post_score FROM registrations r JOIN people p ON p.id = r.person_id "
                          "LEFT JOIN evaluation_scores s ON s.registration_id = r.id "
                          "WHERE r.event_id = ?1 AND r.role = 'participant' "
                          "AND r.status IN ('registered', 'confirmed') "
                          "ORDER BY p.sort_key, p.given_name_key, r.id", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (entries, read_score (stmt));
  if (step == SKUP_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&entries);
}

static gboolean
check_score (double   value,
             GError **error)
{
  if (value >= 0)
    return TRUE;
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("A test score is never below 0."));
  return FALSE;
}

/* A registration with neither score has no row: "not taken" is said once, by absence. */
static gboolean
set_score_locked (SkupStore            *self,
                  const SkupScoreEntry *entry,
                  GError              **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  g_autofree char *stamp = _skup_store_now_stamp ();

  if ((entry->has_pre && !check_score (entry->pre, error))
      || (entry->has_post && !check_score (entry->post, error)))
    return FALSE;
  if (!entry->has_pre && !entry->has_post)
    stmt = skup_db_prepare (_skup_store_get_db (self),
                            "DELETE FROM evaluation_scores WHERE registration_id = ?1", error);
  else
    stmt = skup_db_prepare (_skup_store_get_db (self),
                            "INSERT INTO evaluation_scores (registration_id, pre_score, "
                            "post_score, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) "
                            "ON CONFLICT (registration_id) DO UPDATE SET "
                            "pre_score = excluded.pre_score, post_score = excluded.post_score, "
                            "updated_at = excluded.updated_at", error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, entry->registration_id);
  if (entry->has_pre || entry->has_post)
    {
      if (entry->has_pre)
        skup_stmt_bind_real (stmt, 2, entry->pre);
      else
        skup_stmt_bind_null (stmt, 2);
      if (entry->has_post)
        skup_stmt_bind_real (stmt, 3, entry->post);
      else
        skup_stmt_bind_null (stmt, 3);
      skup_stmt_bind_text (stmt, 4, stamp);
    }
  return skup_stmt_run (stmt, error);
}

/**
 * skup_store_set_score:
 *
 * Stores one registration's pre- and post-test; with neither, clears them.
 */
gboolean
skup_store_set_score (SkupStore            *self,
                      const SkupScoreEntry *entry,
                      GError              **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (entry != NULL, FALSE);

  g_ptr_array_add (one, (gpointer) entry);
  return skup_store_set_scores (self, one, error);
}

/**
 * skup_store_set_scores:
 * @entries: (element-type SkupScoreEntry): the scores to store
 *
 * Stores every entry in one transaction: all are stored, or none.
 */
gboolean
skup_store_set_scores (SkupStore  *self,
                       GPtrArray  *entries,
                       GError    **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  if (!_skup_store_begin_write (self, error))
    return FALSE;
  for (guint i = 0; ok && i < entries->len; i++)
    ok = set_score_locked (self, g_ptr_array_index (entries, i), error);
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;
  _skup_store_emit_changed (self, "evaluation", 0);
  return TRUE;
}

#define FORM_COLUMNS "q_overall, q_content, q_trainers, q_organisation, q_usefulness"

static SkupSatisfactionForm *
read_form (SkupStmt *stmt)
{
  SkupSatisfactionForm *form = g_new0 (SkupSatisfactionForm, 1);

  form->id = skup_stmt_column_int (stmt, 0);
  form->event_id = skup_stmt_column_int (stmt, 1);
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    form->answers[q] = skup_stmt_column_is_null (stmt, q + 2)
                       ? 0 : (int) skup_stmt_column_int (stmt, q + 2);
  form->comment = g_strdup (skup_stmt_column_text (stmt, 7) ?: "");
  return form;
}

/**
 * skup_store_list_forms:
 *
 * Returns: (transfer full) (element-type SkupSatisfactionForm): @event_id's forms in the
 *   order they were entered, or %NULL on a read error
 */
GPtrArray *
skup_store_list_forms (SkupStore  *self,
                       gint64      event_id,
                       GError    **error)
{
  g_autoptr(GPtrArray) forms =
    g_ptr_array_new_with_free_func ((GDestroyNotify) skup_satisfaction_form_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (_skup_store_get_db (self),
                          "SELECT id, event_id, " FORM_COLUMNS ", comment FROM "
                          "satisfaction_forms WHERE event_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, event_id);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (forms, read_form (stmt));
  if (step == SKUP_STEP_ERROR)
    return NULL;
  return g_steal_pointer (&forms);
}

static gboolean
check_form (const SkupSatisfactionForm *form,
            GError                    **error)
{
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    if (form->answers[q] < 0 || form->answers[q] > 5)
      {
        g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                     _("An answer on a satisfaction form is from 1 to 5, or left blank."));
        return FALSE;
      }
  return TRUE;
}

static void
bind_answers (SkupStmt                   *stmt,
              const SkupSatisfactionForm *form)
{
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    if (form->answers[q] == 0)
      skup_stmt_bind_null (stmt, q + 2);
    else
      skup_stmt_bind_int (stmt, q + 2, form->answers[q]);
  skup_stmt_bind_text (stmt, 7, form->comment ? form->comment : "");
}

static gboolean
write_form (SkupStore                  *self,
            const SkupSatisfactionForm *form,
            const char                 *sql,
            gint64                      key,
            gint64                     *out_id,
            GError                    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  gboolean ok;

  if (!check_form (form, error) || !_skup_store_begin_write (self, error))
    return FALSE;
  stmt = skup_db_prepare (_skup_store_get_db (self), sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      skup_stmt_bind_int (stmt, 1, key);
      bind_answers (stmt, form);
      ok = skup_stmt_step (stmt, error) != SKUP_STEP_ERROR;
      if (ok && out_id != NULL)
        *out_id = skup_stmt_column_int (stmt, 0);
      g_clear_pointer (&stmt, skup_stmt_reset);
    }
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;
  _skup_store_emit_changed (self, "evaluation", form->event_id);
  return TRUE;
}

/**
 * skup_store_add_form:
 *
 * Adds @form to its event and sets its id.
 */
gboolean
skup_store_add_form (SkupStore            *self,
                     SkupSatisfactionForm *form,
                     GError              **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (form != NULL, FALSE);

  return write_form (self, form, "INSERT INTO satisfaction_forms (event_id, " FORM_COLUMNS
                     ", comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
                     form->event_id, &form->id, error);
}

/**
 * skup_store_update_form:
 *
 * Stores @form's answers and comment over the form with its id.
 */
gboolean
skup_store_update_form (SkupStore                  *self,
                        const SkupSatisfactionForm *form,
                        GError                    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (form != NULL, FALSE);

  return write_form (self, form, "UPDATE satisfaction_forms SET q_overall = ?2, "
                     "q_content = ?3, q_trainers = ?4, q_organisation = ?5, q_usefulness = ?6, "
                     "comment = ?7 WHERE id = ?1", form->id, NULL, error);
}

gboolean
skup_store_delete_form (SkupStore  *self,
                        gint64      form_id,
                        GError    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!_skup_store_begin_write (self, error))
    return FALSE;
  stmt = skup_db_prepare (_skup_store_get_db (self),
                          "DELETE FROM satisfaction_forms WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      skup_stmt_bind_int (stmt, 1, form_id);
      ok = skup_stmt_run (stmt, error);
      g_clear_pointer (&stmt, skup_stmt_reset);
    }
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;
  _skup_store_emit_changed (self, "evaluation", 0);
  return TRUE;
}

#define AVG(q) "CAST (avg(" q ") AS DOUBLE PRECISION)"

/**
 * skup_store_average_forms:
 * @out: (out caller-allocates): per question, how many forms answered it and their mean
 *
 * A blank answer counts for nothing: it is neither a low mark nor a form that answered.
 */
gboolean
skup_store_average_forms (SkupStore           *self,
                          gint64               event_id,
                          SkupQuestionAverage  out[SKUP_N_QUESTIONS],
                          GError             **error)
{
  g_autoptr(SkupStmt) stmt = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  stmt = skup_db_prepare (_skup_store_get_db (self),
                          /* PostgreSQL's avg() of integers is numeric: made a double alike on
                           * both engines. */
                          "SELECT count(q_overall), " AVG ("q_overall") ", count(q_content), "
                          AVG ("q_content") ", count(q_trainers), " AVG ("q_trainers") ", "
                          "count(q_organisation), " AVG ("q_organisation") ", "
                          "count(q_usefulness), " AVG ("q_usefulness") " "
                          "FROM satisfaction_forms WHERE event_id = ?1",
                          error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, event_id);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    {
      out[q].count = (guint) skup_stmt_column_int (stmt, 2 * q);
      out[q].mean = out[q].count ? skup_stmt_column_real (stmt, 2 * q + 1) : 0;
    }
  return TRUE;
}
