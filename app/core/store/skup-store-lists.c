/* skup-store-lists.c — lists, counts and search
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-person.h"
#include "skup-store-private.h"
#include "skup-text.h"

/* Where each value of a list query is bound; 0 for values the query does not use. */
typedef struct {
  guint filter;
  guint exclude;
  guint today;
  guint search;
  guint n;
} ListParams;

static char *
sort_expression (SkupStore       *self,
                 SkupRecordClass *klass,
                 const SkupQuery *query)
{
  const SkupField *field;
  g_autofree char *column = NULL;

  if (query == NULL || query->sort == NULL)
    return NULL;
  field = skup_record_class_find_field (klass, query->sort);
  if (field == NULL)
    return NULL;
  /* A stored folded key, so Đ sorts with D and Cyrillic with Latin on both engines. */
  if (field->sort != NULL)
    return g_strdup (field->sort);
  /* The title field sorts by its folded key, so Đ sorts with D and Cyrillic with Latin. */
  if ((field == &klass->fields[0] && field->type == SKUP_FIELD_TEXT)
      || g_str_equal (field->name, "family-name"))
    return g_strdup ("t.sort_key");
  /* A computed field is an expression over t already; a column needs the alias. */
  if (field->flags & SKUP_FIELD_COMPUTED)
    column = g_strdup (field->column);
  else
    column = g_strdup_printf ("t.%s", field->column);
  if (field->type == SKUP_FIELD_TEXT)
    return skup_db_text_order (self->db, column);
  return g_steal_pointer (&column);
}

static void
append_conditions (SkupStore        *self,
                   GString          *sql,
                   SkupRecordClass  *klass,
                   const SkupQuery  *query,
                   const SkupField  *filter,
                   ListParams       *params)
{
  if (filter != NULL)
    {
      params->filter = ++params->n;
      g_string_append_printf (sql, " AND t.%s = ?%u", filter->column, params->filter);
    }
  if (query && query->n_exclude > 0)
    {
      g_autofree char *in_set = NULL;

      params->exclude = ++params->n;
      in_set = skup_db_in_id_set (self->db, "t.id", params->exclude);
      g_string_append_printf (sql, " AND NOT (%s)", in_set);
    }
  if (query && query->only_if != NULL)
    {
      const SkupField *flag = skup_record_class_find_field (klass, query->only_if);

      g_return_if_fail (flag != NULL && flag->type == SKUP_FIELD_BOOL);
      g_string_append_printf (sql, " AND t.%s = 1", flag->column);
    }
  /* Today comes from here, in the organiser's time zone: both engines compare the ISO text. */
  if (query && query->when != 0 && g_str_equal (klass->kind, "event"))
    {
      params->today = ++params->n;
      g_string_append_printf (sql, query->when > 0 ? " AND t.end_date >= ?%u"
                                                   : " AND t.end_date < ?%u", params->today);
    }
}

/* Builds "SELECT t.id FROM … WHERE … ORDER BY …" for @query, with @n_terms search terms.
 * Only names and expressions from our field tables go into the text; values are bound. */
static char *
list_sql (SkupStore        *self,
          SkupRecordClass  *klass,
          const SkupQuery  *query,
          guint             n_terms,
          ListParams       *params)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *sort = sort_expression (self, klass, query);
  g_autofree char *where = NULL;
  const SkupField *filter = NULL;

  if (query && query->filter_field)
    {
      filter = skup_record_class_find_field (klass, query->filter_field);
      if (filter == NULL || (filter->flags & SKUP_FIELD_COMPUTED))
        return NULL;
    }

  *params = (ListParams) { 0 };
  g_string_append_printf (sql, "SELECT t.id FROM %s t", klass->table);
  if (n_terms > 0)
    {
      guint used = 0;
      g_autofree char *join = NULL;

      params->search = 1;
      join = skup_db_search_join (self->db, _skup_store_search_code (klass), n_terms, 1, &used);
      g_string_append (sql, join);
      params->n = used;
    }
  g_string_append (sql, " WHERE 1 = 1");
  append_conditions (self, sql, klass, query, filter, params);
  /* Records whose name has every term come first, each part in the list's order. */
  g_string_append (sql, n_terms > 0 ? " ORDER BY s.in_name DESC, " : " ORDER BY ");
  if (sort != NULL)
    g_string_append_printf (sql, "%s%s, t.id", sort, query->descending ? " DESC" : "");
  else
    g_string_append_printf (sql, "%s, t.id", klass->default_sort);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
bind_list_values (SkupStore          *self,
                  SkupStmt           *stmt,
                  const ListParams   *params,
                  const char * const *terms,
                  const SkupQuery    *query)
{
  if (params->search > 0)
    skup_db_bind_search (self->db, stmt, params->search, terms);
  if (params->filter > 0)
    skup_stmt_bind_int (stmt, params->filter, query->filter_value);
  if (params->exclude > 0)
    skup_db_bind_id_set (stmt, params->exclude, query->exclude, query->n_exclude);
  if (params->today > 0)
    {
      g_autofree char *today = today_iso ();
      skup_stmt_bind_text (stmt, params->today, today);
    }
}

static GArray *
run_id_query (SkupStore          *self,
              const char         *sql,
              const ListParams   *params,
              const char * const *terms,
              const SkupQuery    *query,
              GError            **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);
  GArray *ids;

  if (stmt == NULL)
    return NULL;
  bind_list_values (self, stmt, params, terms, query);
  ids = skup_stmt_collect_ids (stmt, error);
  if (ids == NULL)
    g_prefix_error (error, "%s", _("Could not read the list: "));
  return ids;
}

/* ---- Searching a list just shown ----------------------------------------------------------- */

static char *
order_key_for (const char      *base_sql,
               const SkupQuery *query)
{
  g_autoptr(GString) key = g_string_new (base_sql);
  g_autofree char *today = today_iso ();

  g_string_append_printf (key, "|%" G_GINT64_FORMAT "|%s|", query ? query->filter_value : 0,
                          today);
  for (guint i = 0; query != NULL && i < query->n_exclude; i++)
    g_string_append_printf (key, "%" G_GINT64_FORMAT ",", query->exclude[i]);
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static void
remember_order (SkupStore       *self,
                const char      *base_sql,
                const SkupQuery *query,
                GArray          *ids)
{
  g_free (self->order_key);
  self->order_key = order_key_for (base_sql, query);
  g_clear_pointer (&self->order_ids, g_array_unref);
  self->order_ids = g_array_ref (ids);
  self->order_generation = self->generation;
}

/* The order is good while nothing was written since, by us or (as far as a look now tells)
 * by anyone else. */
static GArray *
remembered_order (SkupStore       *self,
                  const char      *base_sql,
                  const SkupQuery *query)
{
  g_autofree char *key = NULL;

  if (self->order_ids == NULL)
    return NULL;
  skup_store_poll_changes (self);
  if (self->generation != self->order_generation)
    return NULL;
  key = order_key_for (base_sql, query);
  return g_str_equal (key, self->order_key) ? self->order_ids : NULL;
}

/* The matches as a set: a bit per id where the ids are dense (the usual case, and the fastest
 * for the first letters, which match a quarter of a large register), a hash table where they
 * are not (ids near the 64-bit limit must not size a bitmap). */
typedef struct {
  guint8     *bits;
  gint64      max_id;
  GHashTable *table;
} IdSet;

static void
id_set_init (IdSet  *set,
             GArray *order,
             GArray *matches)
{
  gint64 max_id = 0;

  for (guint i = 0; i < order->len; i++)
    max_id = MAX (max_id, g_array_index (order, gint64, i));
  *set = (IdSet) { NULL, max_id, NULL };
  if (max_id / 64 <= (gint64) order->len + 1024)
    {
      set->bits = g_malloc0 ((gsize) (max_id / 8 + 1));
      for (guint i = 0; i < matches->len; i++)
        {
          gint64 id = g_array_index (matches, gint64, i);
          if (id > 0 && id <= max_id)
            set->bits[id / 8] |= (guint8) (1 << (id % 8));
        }
      return;
    }
  set->table = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < matches->len; i++)
    g_hash_table_add (set->table, &g_array_index (matches, gint64, i));
}

static gboolean
id_set_has (IdSet  *set,
            gint64  id)
{
  if (set->bits != NULL)
    return id > 0 && id <= set->max_id && (set->bits[id / 8] & (1 << (id % 8)));
  return g_hash_table_contains (set->table, &id);
}

static void
id_set_clear (IdSet *set)
{
  g_clear_pointer (&set->bits, g_free);
  g_clear_pointer (&set->table, g_hash_table_unref);
}

/* Search-as-you-type on a list just shown: the matches, in the order already known, those
 * whose name matches first. Sorting a quarter of a large register again costs more than the
 * search itself; picking the matches out of the known order costs a pass over it. */
static GArray *
search_in_order (SkupStore          *self,
                 GArray             *order,
                 int                 code,
                 const char * const *terms,
                 GError            **error)
{
  g_autoptr(GArray) in_name = NULL;
  g_autoptr(GArray) matches = skup_db_search (self->db, code, terms, &in_name, error);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) rest = NULL;
  IdSet set, name_set;

  if (matches == NULL)
    return NULL;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), matches->len);
  rest = g_array_sized_new (FALSE, FALSE, sizeof (gint64), matches->len - in_name->len);
  id_set_init (&set, order, matches);
  id_set_init (&name_set, order, in_name);
  for (guint i = 0; i < order->len; i++)
    {
      gint64 id = g_array_index (order, gint64, i);
      if (id_set_has (&name_set, id))
        g_array_append_val (ids, id);
      else if (id_set_has (&set, id))
        g_array_append_val (rest, id);
    }
  id_set_clear (&name_set);
  id_set_clear (&set);
  g_array_append_vals (ids, rest->data, rest->len);
  return g_steal_pointer (&ids);
}

static GArray *
query_ids (SkupStore        *self,
           GType             type,
           const SkupQuery  *query,
           GError          **error)
{
  SkupRecordClass *klass = g_type_class_ref (type);
  int code = _skup_store_search_code (klass);
  g_auto(GStrv) terms = query && code != 0 ? skup_text_search_terms (query->search) : NULL;
  ListParams base_params, search_params;
  g_autofree char *base_sql = list_sql (self, klass, query, 0, &base_params);
  g_autofree char *sql = terms ? list_sql (self, klass, query, g_strv_length (terms),
                                           &search_params) : NULL;
  GArray *order;
  GArray *ids;

  g_type_class_unref (klass);
  if (base_sql == NULL)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("Unknown filter field."));
      return NULL;
    }

  if (terms == NULL)
    {
      ids = run_id_query (self, base_sql, &base_params, NULL, query, error);
      if (ids != NULL)
        remember_order (self, base_sql, query, ids);
      return ids;
    }
  order = remembered_order (self, base_sql, query);
  if (order != NULL)
    return search_in_order (self, order, code, (const char * const *) terms, error);
  return run_id_query (self, sql, &search_params, (const char * const *) terms, query, error);
}

/**
 * skup_store_list:
 * @query: (nullable): search, filter and order
 *
 * Returns: (transfer full) (nullable): a #SkupRecordList of @type; records are read from the
 *   database only when asked for, a page at a time
 */
GListModel *
skup_store_list (SkupStore        *self,
                 GType             type,
                 const SkupQuery  *query,
                 GError          **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, SKUP_TYPE_RECORD), NULL);

  ids = query_ids (self, type, query, error);
  if (ids == NULL)
    return NULL;
  return G_LIST_MODEL (_skup_record_list_new (self, type, ids));
}

/**
 * skup_store_count:
 *
 * Returns: how many records @query lists; 0 with @error set if the register could not be read
 */
guint
skup_store_count (SkupStore        *self,
                  GType             type,
                  const SkupQuery  *query,
                  GError          **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), 0);

  ids = query_ids (self, type, query, error);
  return ids ? ids->len : 0;
}

/**
 * skup_store_find_by_title:
 *
 * Returns: the id of the first record of @type whose title folds to the same key as @title
 *   (the full name for people), or 0
 */
gint64
skup_store_find_by_title (SkupStore  *self,
                          GType       type,
                          const char *title)
{
  SkupRecordClass *klass;
  g_autofree char *key = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(SkupStmt) stmt = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), 0);

  klass = g_type_class_ref (type);
  key = skup_text_fold (title);
  sql = g_strdup_printf ("SELECT id FROM %s WHERE %s = ?1 ORDER BY id LIMIT 1", klass->table,
                         g_type_is_a (type, SKUP_TYPE_PERSON) ? "name_key" : "sort_key");
  g_type_class_unref (klass);
  stmt = skup_db_prepare (self->db, sql, NULL);
  if (stmt == NULL || key == NULL)
    return 0;
  skup_stmt_bind_text (stmt, 1, key);
  return skup_stmt_step (stmt, NULL) == SKUP_STEP_ROW ? skup_stmt_column_int (stmt, 0) : 0;
}
