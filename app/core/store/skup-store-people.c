/* skup-store-people.c — likely duplicates (people, venues), and merging people
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-person.h"
#include "skup-record-private.h"
#include "skup-store-private.h"
#include "skup-text.h"
#include "skup-venue.h"

static void
add_duplicate (GPtrArray    *found,
               SkupStmt     *stmt,
               const char   *email,
               const char   *name_key,
               const char   *swapped_key,
               gint64        organisation_id)
{
  SkupDuplicate *d = g_new0 (SkupDuplicate, 1);
  const char *their_email = skup_stmt_column_text (stmt, 3);
  gboolean same_email = email != NULL && their_email != NULL
                        && g_ascii_strcasecmp (email, their_email) == 0;
  const char *their_key = skup_stmt_column_text (stmt, 4);
  gboolean same_name = g_strcmp0 (name_key, their_key) == 0
                       || g_strcmp0 (swapped_key, their_key) == 0;
  gboolean same_org = organisation_id > 0 && skup_stmt_column_int (stmt, 5) == organisation_id;

  d->record_id = skup_stmt_column_int (stmt, 0);
  d->name = g_strdup (skup_stmt_column_text (stmt, 1));
  d->organisation = g_strdup (skup_stmt_column_text (stmt, 2));
  if (same_email && same_name)
    d->score = 100, d->reason = g_strdup (_("Same name and email address"));
  else if (same_email)
    d->score = 90, d->reason = g_strdup (_("Same email address"));
  else if (same_org)
    d->score = 85, d->reason = g_strdup (_("Same name and organisation"));
  else
    d->score = 70, d->reason = g_strdup (_("Same name"));
  g_ptr_array_add (found, d);
}

static GPtrArray *find_duplicates (SkupStore   *self,
                                   SkupRecord  *person,
                                   GError     **error);

static int
compare_duplicates (gconstpointer a,
                    gconstpointer b)
{
  const SkupDuplicate *x = *(SkupDuplicate **) a, *y = *(SkupDuplicate **) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->record_id < y->record_id ? -1 : x->record_id > y->record_id;
}

static GPtrArray *find_venue_duplicates (SkupStore   *self,
                                         SkupRecord  *venue,
                                         GError     **error);

/* The kinds whose new records are checked against the register, each with how it matches. */
static const struct {
  GType       (*type) (void);
  GPtrArray * (*find) (SkupStore *self, SkupRecord *record, GError **error);
} finders[] = {
  { skup_person_get_type, find_duplicates },
  { skup_venue_get_type, find_venue_duplicates },
};

static guint
finder_for (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (finders); i++)
    if (finders[i].type () == type)
      return i;
  return G_N_ELEMENTS (finders);
}

/**
 * skup_store_can_find_duplicates:
 * @type: a record type
 *
 * Returns: whether skup_store_find_duplicates() knows how to match records of @type
 */
gboolean
skup_store_can_find_duplicates (GType type)
{
  return finder_for (type) < G_N_ELEMENTS (finders);
}

/**
 * skup_store_find_duplicates:
 * @record: a record being created or imported (or an existing one), of a kind
 *   skup_store_can_find_duplicates() accepts
 *
 * Finds records that are likely the same, each kind by its own rule. People: the same email,
 * or the same name once case, diacritics and script are folded away (Milošević = Милошевић =
 * Milosevic), either way round. Venues: the same folded name in the same folded city (an
 * empty city matches only an empty city).
 *
 * Returns: (transfer full) (element-type SkupDuplicate): the matches, most likely first
 */
GPtrArray *
skup_store_find_duplicates (SkupStore   *self,
                            SkupRecord  *record,
                            GError     **error)
{
  guint i;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (SKUP_IS_RECORD (record), NULL);
  i = finder_for (G_OBJECT_TYPE (record));
  g_return_val_if_fail (i < G_N_ELEMENTS (finders), NULL);

  return finders[i].find (self, record, error);
}

static GPtrArray *
find_venue_duplicates (SkupStore   *self,
                       SkupRecord  *venue,
                       GError     **error)
{
  g_autofree char *name = skup_record_dup_sort_key (venue);
  g_autofree char *city = skup_text_fold (skup_record_get_string (venue, "city"));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_duplicate_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  if (name == NULL || *name == '\0')
    return g_steal_pointer (&found);
  stmt = skup_db_prepare (self->db, "SELECT id, name, address, city FROM venues WHERE id <> ?1 "
                                    "AND sort_key = ?2 AND coalesce(city_key, '') = ?3 "
                                    "ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, skup_record_get_id (venue));
  skup_stmt_bind_text (stmt, 2, name);
  skup_stmt_bind_text (stmt, 3, city ? city : "");
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    {
      SkupDuplicate *d = g_new0 (SkupDuplicate, 1);
      const char *parts[] = { skup_stmt_column_text (stmt, 2), skup_stmt_column_text (stmt, 3) };

      d->record_id = skup_stmt_column_int (stmt, 0);
      d->name = g_strdup (skup_stmt_column_text (stmt, 1));
      d->organisation = skup_text_join_parts (parts, G_N_ELEMENTS (parts));
      d->reason = g_strdup (parts[1] ? _("Same name and city") : _("Same name"));
      d->score = parts[1] ? 90 : 70;
      g_ptr_array_add (found, d);
    }
  return step == SKUP_STEP_ERROR ? NULL : g_steal_pointer (&found);
}

static GPtrArray *
find_duplicates (SkupStore   *self,
                 SkupRecord  *person,
                 GError     **error)
{
  const char *given = skup_record_get_string (person, "given-name");
  const char *family = skup_record_get_string (person, "family-name");
  const char *email = skup_record_get_string (person, "email");
  g_autofree char *forward = g_strdup_printf ("%s %s", given ? given : "", family ? family : "");
  g_autofree char *backward = g_strdup_printf ("%s %s", family ? family : "", given ? given : "");
  g_autofree char *key = skup_text_fold (forward);
  g_autofree char *key_swapped = skup_text_fold (backward);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_duplicate_free);
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  stmt = skup_db_prepare (self->db,
                          "SELECT p.id, p.given_name || ' ' || p.family_name, o.name, p.email, "
                          "p.name_key, p.organisation_id FROM people p "
                          "LEFT JOIN organisations o ON o.id = p.organisation_id "
                          "WHERE p.id <> ?1 AND ((CAST(?2 AS TEXT) IS NOT NULL "
                          "AND lower(p.email) = lower(CAST(?2 AS TEXT))) "
                          "OR (CAST(?3 AS TEXT) <> '' AND p.name_key IN (?3, ?4)))", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, skup_record_get_id (person));
  skup_stmt_bind_text (stmt, 2, email);
  skup_stmt_bind_text (stmt, 3, key ? key : "");
  skup_stmt_bind_text (stmt, 4, key_swapped ? key_swapped : "");

  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    add_duplicate (found, stmt, email, key, key_swapped,
                   skup_record_get_int (person, "organisation-id"));
  if (step == SKUP_STEP_ERROR)
    return NULL;

  g_ptr_array_sort (found, compare_duplicates);
  return g_steal_pointer (&found);
}

static char *
snapshot_record (SkupRecord *record)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);
  g_autoptr(GKeyFile) file = g_key_file_new ();

  g_key_file_set_int64 (file, klass->kind, "id", skup_record_get_id (record));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *text = NULL;
      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      text = skup_record_dup_text (record, klass->fields[i].name);
      if (*text != '\0')
        g_key_file_set_string (file, klass->kind, klass->fields[i].name, text);
    }
  return g_key_file_to_data (file, NULL, NULL);
}

static void
fill_empty_fields (SkupRecord *keep,
                   SkupRecord *drop)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (keep);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      GValue *mine = _skup_record_peek_value (keep, i);
      GValue *theirs = _skup_record_peek_value (drop, i);
      gboolean empty;

      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      if (G_VALUE_HOLDS_STRING (mine))
        empty = g_value_get_string (mine) == NULL;
      else if (G_VALUE_HOLDS_INT64 (mine))
        empty = g_value_get_int64 (mine) == 0;
      else if (G_VALUE_HOLDS_BOOLEAN (mine))
        empty = !g_value_get_boolean (mine);
      else
        empty = g_value_get_double (mine) == 0.0;
      if (empty)
        g_object_set_property (G_OBJECT (keep), klass->fields[i].name, theirs);
    }
}

static gboolean
run_merge_sql (SkupStore   *self,
               const char  *sql,
               gint64       keep_id,
               gint64       drop_id,
               GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, keep_id);
  skup_stmt_bind_int (stmt, 2, drop_id);
  return skup_stmt_run (stmt, error);
}

/* Where both people were registered for the same event, the kept registration takes over the
 * other's attendance for sessions it has none for, and its certificates; the rest of the
 * dropped person's registrations simply change hands. */
static const char *merge_statements[] = {
  "UPDATE attendance SET registration_id = (SELECT k.id FROM registrations k "
  "  JOIN registrations d ON d.event_id = k.event_id WHERE k.person_id = ?1 AND d.person_id = ?2 "
  "  AND d.id = attendance.registration_id) "
  "WHERE registration_id IN (SELECT d.id FROM registrations d JOIN registrations k "
  "  ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2) "
  "AND NOT EXISTS (SELECT 1 FROM attendance a JOIN registrations k ON k.id = a.registration_id "
  "  JOIN registrations d ON d.event_id = k.event_id AND d.id = attendance.registration_id "
  "  WHERE k.person_id = ?1 AND a.session_id = attendance.session_id)",
  "DELETE FROM attendance WHERE registration_id IN (SELECT d.id FROM registrations d "
  "  JOIN registrations k ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2)",
  "UPDATE certificates SET registration_id = (SELECT k.id FROM registrations k "
  "  JOIN registrations d ON d.event_id = k.event_id WHERE k.person_id = ?1 AND d.person_id = ?2 "
  "  AND d.id = certificates.registration_id) "
  "WHERE registration_id IN (SELECT d.id FROM registrations d JOIN registrations k "
  "  ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2)",
  /* Test scores likewise: the kept registration's own, if it has any, else the other's. */
  "UPDATE evaluation_scores SET registration_id = (SELECT k.id FROM registrations k "
  "  JOIN registrations d ON d.event_id = k.event_id WHERE k.person_id = ?1 AND d.person_id = ?2 "
  "  AND d.id = evaluation_scores.registration_id) "
  "WHERE registration_id IN (SELECT d.id FROM registrations d JOIN registrations k "
  "  ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2 "
  "  AND NOT EXISTS (SELECT 1 FROM evaluation_scores s WHERE s.registration_id = k.id))",
  "DELETE FROM evaluation_scores WHERE registration_id IN (SELECT d.id FROM registrations d "
  "  JOIN registrations k ON k.event_id = d.event_id AND k.person_id = ?1 WHERE d.person_id = ?2)",
  "DELETE FROM registrations WHERE person_id = ?2 AND event_id IN "
  "  (SELECT event_id FROM registrations WHERE person_id = ?1)",
  "UPDATE registrations SET person_id = ?1 WHERE person_id = ?2",
  "UPDATE certificates SET person_id = ?1 WHERE person_id = ?2",
};

static gboolean
merge_in_transaction (SkupStore   *self,
                      SkupRecord  *keep,
                      SkupRecord  *drop,
                      GError     **error)
{
  g_autofree char *snapshot = snapshot_record (drop);
  g_autoptr(SkupStmt) log = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (merge_statements); i++)
    if (!run_merge_sql (self, merge_statements[i], skup_record_get_id (keep),
                        skup_record_get_id (drop), error))
      return FALSE;

  log = skup_db_prepare (self->db, "INSERT INTO merges (kind, kept_id, merged_id, merged_record) "
                                    "VALUES ('person', ?1, ?2, ?3)", error);
  if (log == NULL)
    return FALSE;
  skup_stmt_bind_int (log, 1, skup_record_get_id (keep));
  skup_stmt_bind_int (log, 2, skup_record_get_id (drop));
  skup_stmt_bind_text (log, 3, snapshot);
  if (!skup_stmt_run (log, error))
    return FALSE;

  fill_empty_fields (keep, drop);
  return _skup_store_apply_delete (self, drop, error)
         && skup_record_validate (keep, error) && _skup_store_save_locked (self, keep, error);
}

/**
 * skup_store_merge_people:
 *
 * Merges the person @drop_id into @keep_id: registrations, attendance and certificates move
 * over, empty fields of the kept person are filled from the other, the merge is logged with a
 * copy of the merged person, and @drop_id is deleted.
 */
gboolean
skup_store_merge_people (SkupStore  *self,
                         gint64      keep_id,
                         gint64      drop_id,
                         GError    **error)
{
  g_autoptr(SkupRecord) keep = NULL;
  g_autoptr(SkupRecord) drop = NULL;
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (keep_id == drop_id)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("A person cannot be merged into themselves."));
      return FALSE;
    }
  if (!_skup_store_begin_write (self, error))
    return FALSE;
  keep = skup_store_load (self, SKUP_TYPE_PERSON, keep_id, error);
  drop = keep ? skup_store_load (self, SKUP_TYPE_PERSON, drop_id, error) : NULL;
  ok = drop != NULL && merge_in_transaction (self, keep, drop, error);
  /* Told only once it is committed: a list that refreshes then sees the merged register. */
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;

  _skup_store_emit_changed (self, "person", drop_id);
  return TRUE;
}
