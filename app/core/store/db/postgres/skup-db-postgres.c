/* skup-db-postgres.c — the shared engine: one register on an office's PostgreSQL server
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <poll.h>
#include <string.h>

#include "skup-db-postgres-private.h"

/* Type oids of the values we bind and read (pg_type.h is a server header). */
#define OID_INT8    20
#define OID_INT2    21
#define OID_INT4    23
#define OID_TEXT    25
#define OID_FLOAT4  700
#define OID_FLOAT8  701
#define OID_BYTEA   17
#define OID_NUMERIC 1700

typedef struct {
  SkupDbType type;
  char      *text;   /* decimal text, or the bytes of a blob */
  gsize      size;
} Param;

typedef struct {
  SkupStmt    base;
  char       *pg_sql;     /* with $N */
  guint       n_params;
  Param      *params;
  GHashTable *prepared;   /* type signature → server statement name */
  PGresult   *result;
  int         row;        /* current row, -1 before the first step */
  gboolean    executed;
  gboolean    failed;
} SkupPgStmt;

#define STMT(s) ((SkupPgStmt *) (s))
#define CONN(db) (PG_DB (db)->conn)

/* ---- Errors ----------------------------------------------------------------------------- */

static SkupDbFailure
failure_for (const char *state,
             PGconn     *conn)
{
  if (PQstatus (conn) != CONNECTION_OK)
    return SKUP_DB_FAILURE_CONNECTION;
  if (state == NULL)
    return SKUP_DB_FAILURE_OTHER;
  if (g_str_equal (state, "55P03") || g_str_equal (state, "40P01")
      || g_str_equal (state, "40001"))
    return SKUP_DB_FAILURE_BUSY;
  if (g_str_has_prefix (state, "08"))
    return SKUP_DB_FAILURE_CONNECTION;
  if (g_str_equal (state, "42501") || g_str_equal (state, "25006"))
    return SKUP_DB_FAILURE_PERMISSION;
  if (g_str_has_prefix (state, "23"))
    return SKUP_DB_FAILURE_CONSTRAINT;
  return SKUP_DB_FAILURE_OTHER;
}

void
_skup_pg_set_error (GError         **error,
                    SkupDb          *db,
                    const PGresult  *result,
                    const char      *what)
{
  const char *state = result ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *column = result ? PQresultErrorField (result, PG_DIAG_COLUMN_NAME) : NULL;
  const char *message = result ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  g_autofree char *detail = NULL;

  if (message == NULL)
    message = PQerrorMessage (CONN (db));
  detail = g_strdup_printf ("%s%s%s", message, state ? ", SQLSTATE " : "", state ? state : "");
  g_strchomp (detail);
  skup_db_set_error (error, failure_for (state, CONN (db)), what, column, detail);
}

/* The number a write transaction took from skup_writes (NULL before the schema exists: nextval
 * of a missing sequence is NULL, not an error): our view stays current when nobody else took
 * one in between. */
static void
note_own_write (SkupPgDb       *self,
                const PGresult *result)
{
  gint64 taken;

  if (PQntuples (result) != 1 || PQgetisnull (result, 0, 0))
    return;
  taken = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  if (taken == self->writes_seen + 1)
    self->writes_seen = taken;
}

gboolean
_skup_pg_exec (SkupDb      *db,
               const char  *sql,
               GError     **error)
{
  PGresult *result = PQexec (CONN (db), sql);
  ExecStatusType status = PQresultStatus (result);
  gboolean ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;

  if (!ok)
    _skup_pg_set_error (error, db, result, _("Could not update the register"));
  /* PostgreSQL answers COMMIT of a transaction a statement failed in with ROLLBACK, and no
   * error: the work is gone, and the caller must hear that it is. */
  else if (g_str_equal (sql, "COMMIT") && g_str_equal (PQcmdStatus (result), "ROLLBACK"))
    {
      ok = FALSE;
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DATABASE,
                           _("Could not save: a step of the change failed, so none of it was "
                             "kept."));
    }
  PQclear (result);
  /* A BEGIN that failed half-way (its write lock not had in time) leaves the connection in an
   * aborted transaction nobody knows of: end it, so the next statement works. */
  if (!ok && db->depth == 0 && PQtransactionStatus (CONN (db)) != PQTRANS_IDLE)
    PQclear (PQexec (CONN (db), "ROLLBACK"));
  return ok;
}

/* A write transaction takes its number just before it commits, so a reader who sees the
 * number move finds the change there a moment later at most. */
static gboolean
pg_exec (SkupDb      *db,
         const char  *sql,
         GError     **error)
{
  if (db->writing && db->depth == 1 && g_str_equal (sql, "COMMIT"))
    {
      PGresult *result = PQexec (CONN (db), "SELECT nextval (to_regclass ('skup_writes'))");

      if (PQresultStatus (result) == PGRES_TUPLES_OK)
        note_own_write (PG_DB (db), result);
      PQclear (result);
    }
  return _skup_pg_exec (db, sql, error);
}

/* ---- Opening ---------------------------------------------------------------------------- */

/* The register is the connection's current schema; its oid keys the register's own locks and
 * change channel, so several registers can share one database. */
static gboolean
learn_schema (SkupDb  *db,
              GError **error)
{
  SkupPgDb *self = PG_DB (db);
  PGresult *result = PQexec (self->conn, "SELECT oid FROM pg_namespace "
                                         "WHERE nspname = current_schema ()");
  gint64 oid;

  if (PQresultStatus (result) != PGRES_TUPLES_OK || PQntuples (result) != 1)
    {
      if (PQresultStatus (result) == PGRES_TUPLES_OK)
        g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                     _("The database has no schema to keep the register in: ask whoever manages "
                       "it to create one (see the README)."));
      else
        _skup_pg_set_error (error, db, result, _("Could not open the register"));
      PQclear (result);
      return FALSE;
    }
  oid = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  PQclear (result);
  self->schema_key = (gint32) (oid & 0x7fffffff);
  self->channel = g_strdup_printf ("skup_changes_%" G_GINT64_FORMAT, oid);
  self->begin_write = g_strdup_printf ("BEGIN; SELECT pg_advisory_xact_lock (%d, %d)",
                                       SKUP_PG_LOCK_WRITE, self->schema_key);
  return TRUE;
}

static gboolean
configure (SkupDb  *db,
           GError **error)
{
  g_autofree char *listen = NULL;

  if (PQsetClientEncoding (CONN (db), "UTF8") != 0)
    {
      _skup_pg_set_error (error, db, NULL, _("Could not open the register"));
      return FALSE;
    }
  /* Every statement waits up to 5 s for a lock held by another organiser, then says so. */
  if (!_skup_pg_exec (db, "SET lock_timeout = '5s'", error)
      || !_skup_pg_exec (db, "SET client_min_messages = warning", error)
      || !learn_schema (db, error))
    return FALSE;
  listen = g_strdup_printf ("LISTEN %s", PG_DB (db)->channel);
  return _skup_pg_exec (db, listen, error);
}

/* The server's notices ("there is no transaction in progress" …) are for whoever debugs,
 * not for the terminal of someone running Skup. */
static void
on_notice (void       *data,
           const char *message)
{
  g_debug ("PostgreSQL: %s", message);
}

static SkupDb *
pg_open (const char  *location,
         GError     **error)
{
  SkupPgDb *self = g_new0 (SkupPgDb, 1);
  SkupDb *db = &self->base;

  _skup_db_init_base (db, &_skup_db_postgres_driver, location);
  self->conn = PQconnectdb (location);
  if (self->conn == NULL || PQstatus (self->conn) != CONNECTION_OK)
    {
      g_autofree char *where = skup_db_location_for_display (location);
      g_autofree char *why = g_strdup (self->conn ? PQerrorMessage (self->conn) : "");

      g_strstrip (why);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_CONNECTION,
                   _("Could not connect to the shared register %s: %s"), where, why);
      skup_db_close (db);
      return NULL;
    }
  PQsetNoticeProcessor (self->conn, on_notice, NULL);
  if (!configure (db, error))
    {
      skup_db_close (db);
      return NULL;
    }
  return db;
}

static void
pg_close (SkupDb *db)
{
  SkupPgDb *self = PG_DB (db);

  if (self->conn != NULL)
    PQfinish (self->conn);
  g_free (self->channel);
  g_free (self->begin_write);
  g_free (self);
}

static gboolean
pg_is_temporary (SkupDb *db)
{
  return FALSE;
}

static const char *
pg_begin_sql (SkupDb   *db,
              gboolean  write)
{
  /* Writers take the register's write lock first, as SQLite's BEGIN IMMEDIATE does: a check
   * made inside a write transaction holds until it commits. Readers see one snapshot. */
  return write ? PG_DB (db)->begin_write : "BEGIN ISOLATION LEVEL REPEATABLE READ";
}

/* ---- Statements ------------------------------------------------------------------------- */

/* ?N → $N, outside quoted strings and identifiers. Returns the highest N. */
static char *
rewrite_placeholders (const char *sql,
                      guint      *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 8);
  char quote = 0;

  *n_params = 0;
  for (const char *p = sql; *p != '\0'; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
          g_string_append_c (out, *p);
        }
      else if (*p == '\'' || *p == '"')
        {
          quote = *p;
          g_string_append_c (out, *p);
        }
      else if (*p == '?' && g_ascii_isdigit (p[1]))
        {
          guint n = 0;

          for (p++; g_ascii_isdigit (*p); p++)
            n = n * 10 + (guint) (*p - '0');
          p--;
          *n_params = MAX (*n_params, n);
          g_string_append_printf (out, "$%u", n);
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static SkupStmt *
pg_prepare (SkupDb      *db,
            const char  *sql,
            GError     **error)
{
  SkupPgStmt *stmt = g_new0 (SkupPgStmt, 1);

  _skup_stmt_init_base (&stmt->base, db, sql);
  stmt->pg_sql = rewrite_placeholders (sql, &stmt->n_params);
  stmt->params = g_new0 (Param, MAX (stmt->n_params, 1));
  stmt->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt->row = -1;
  return &stmt->base;
}

static void
clear_params (SkupPgStmt *stmt)
{
  for (guint i = 0; i < stmt->n_params; i++)
    {
      g_clear_pointer (&stmt->params[i].text, g_free);
      stmt->params[i].type = SKUP_DB_NULL;
      stmt->params[i].size = 0;
    }
}

static void
pg_reset (SkupStmt *base)
{
  SkupPgStmt *stmt = STMT (base);

  clear_params (stmt);
  g_clear_pointer (&stmt->result, PQclear);
  stmt->row = -1;
  stmt->executed = FALSE;
  stmt->failed = FALSE;
}

static void
pg_finalize (SkupStmt *base)
{
  SkupPgStmt *stmt = STMT (base);

  pg_reset (base);
  g_free (stmt->params);
  g_free (stmt->pg_sql);
  g_hash_table_unref (stmt->prepared);
  g_free (base->sql);
  g_free (stmt);
}

static Param *
param_at (SkupStmt *base,
          guint     index)
{
  SkupPgStmt *stmt = STMT (base);

  if (index == 0 || index > stmt->n_params)
    return NULL;
  g_clear_pointer (&stmt->params[index - 1].text, g_free);
  return &stmt->params[index - 1];
}

static void
pg_bind_int (SkupStmt *stmt,
             guint     index,
             gint64    value)
{
  Param *p = param_at (stmt, index);

  if (p == NULL)
    return;
  p->type = SKUP_DB_INT;
  p->text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
pg_bind_real (SkupStmt *stmt,
              guint     index,
              double    value)
{
  Param *p = param_at (stmt, index);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (p == NULL)
    return;
  p->type = SKUP_DB_REAL;
  p->text = g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
pg_bind_text (SkupStmt   *stmt,
              guint       index,
              const char *value)
{
  Param *p = param_at (stmt, index);

  if (p == NULL)
    return;
  p->type = SKUP_DB_TEXT;
  p->text = g_strdup (value);
}

static void
pg_bind_blob (SkupStmt      *stmt,
              guint          index,
              gconstpointer  data,
              gsize          size)
{
  Param *p = param_at (stmt, index);

  if (p == NULL)
    return;
  p->type = SKUP_DB_BLOB;
  p->text = g_malloc (MAX (size, 1));
  memcpy (p->text, data, size);
  p->size = size;
}

static void
pg_bind_null (SkupStmt *stmt,
              guint     index)
{
  Param *p = param_at (stmt, index);

  if (p != NULL)
    p->type = SKUP_DB_NULL;
}

static unsigned int
oid_for (SkupDbType type)
{
  switch (type)
    {
    case SKUP_DB_INT:
      return OID_INT8;
    case SKUP_DB_REAL:
      return OID_FLOAT8;
    case SKUP_DB_BLOB:
      return OID_BYTEA;
    case SKUP_DB_TEXT:
    case SKUP_DB_NULL:
    default:
      /* Unknown: the server takes the type from where the value goes. */
      return 0;
    }
}

/* A server-side statement per combination of bound types: the same SQL bound once with NULL
 * and once with a number needs two plans. */
static const char *
server_statement (SkupPgStmt  *stmt,
                  GError     **error)
{
  SkupPgDb *db = PG_DB (stmt->base.db);
  g_autofree char *signature = g_malloc0 (stmt->n_params + 1);
  g_autofree Oid *types = g_new0 (Oid, MAX (stmt->n_params, 1));
  const char *name;
  PGresult *result;

  for (guint i = 0; i < stmt->n_params; i++)
    {
      signature[i] = "nirtb"[stmt->params[i].type];
      types[i] = oid_for (stmt->params[i].type);
    }
  name = g_hash_table_lookup (stmt->prepared, signature);
  if (name != NULL)
    return name;

  name = g_strdup_printf ("skup_%u", ++db->n_prepared);
  result = PQprepare (db->conn, name, stmt->pg_sql, (int) stmt->n_params, types);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      _skup_pg_set_error (error, stmt->base.db, result, _("Could not read the register"));
      PQclear (result);
      g_free ((char *) name);
      return NULL;
    }
  PQclear (result);
  g_hash_table_insert (stmt->prepared, g_steal_pointer (&signature), (char *) name);
  return name;
}

static gboolean
execute (SkupPgStmt  *stmt,
         GError     **error)
{
  guint n = stmt->n_params;
  const char *name = server_statement (stmt, error);
  g_autofree const char **values = g_new0 (const char *, MAX (n, 1));
  g_autofree int *lengths = g_new0 (int, MAX (n, 1));
  g_autofree int *formats = g_new0 (int, MAX (n, 1));
  ExecStatusType status;

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      Param *p = &stmt->params[i];

      values[i] = p->type == SKUP_DB_NULL ? NULL : p->text;
      lengths[i] = (int) p->size;
      formats[i] = p->type == SKUP_DB_BLOB ? 1 : 0;
    }
  stmt->result = PQexecPrepared (CONN (stmt->base.db), name, (int) n, values, lengths, formats,
                                 0);
  status = PQresultStatus (stmt->result);
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
    {
      const char *tuples = PQcmdTuples (stmt->result);
      stmt->base.changes = tuples && *tuples ? g_ascii_strtoll (tuples, NULL, 10) : 0;
      return TRUE;
    }
  _skup_pg_set_error (error, stmt->base.db, stmt->result,
                      g_str_has_prefix (stmt->pg_sql, "SELECT") ? _("Could not read the register")
                                                                : _("Could not save"));
  return FALSE;
}

static SkupStep
pg_step (SkupStmt  *base,
         GError   **error)
{
  SkupPgStmt *stmt = STMT (base);

  if (stmt->failed)
    return SKUP_STEP_DONE;
  if (!stmt->executed)
    {
      stmt->executed = TRUE;
      if (!execute (stmt, error))
        {
          stmt->failed = TRUE;
          return SKUP_STEP_ERROR;
        }
    }
  if (stmt->result == NULL || PQresultStatus (stmt->result) != PGRES_TUPLES_OK)
    return SKUP_STEP_DONE;
  stmt->row++;
  return stmt->row < PQntuples (stmt->result) ? SKUP_STEP_ROW : SKUP_STEP_DONE;
}

static guint
pg_column_count (SkupStmt *base)
{
  return STMT (base)->result ? (guint) PQnfields (STMT (base)->result) : 0;
}

static const char *
pg_column_name (SkupStmt *base,
                guint     col)
{
  return PQfname (STMT (base)->result, (int) col);
}

static SkupDbType
pg_column_type (SkupStmt *base,
                guint     col)
{
  SkupPgStmt *stmt = STMT (base);

  if (PQgetisnull (stmt->result, stmt->row, (int) col))
    return SKUP_DB_NULL;
  switch (PQftype (stmt->result, (int) col))
    {
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
      return SKUP_DB_INT;
    case OID_FLOAT4:
    case OID_FLOAT8:
    case OID_NUMERIC:
      return SKUP_DB_REAL;
    case OID_BYTEA:
      return SKUP_DB_BLOB;
    default:
      return SKUP_DB_TEXT;
    }
}

static const char *
pg_column_text (SkupStmt *base,
                guint     col)
{
  SkupPgStmt *stmt = STMT (base);

  if (PQgetisnull (stmt->result, stmt->row, (int) col))
    return NULL;
  return PQgetvalue (stmt->result, stmt->row, (int) col);
}

static gint64
pg_column_int (SkupStmt *base,
               guint     col)
{
  const char *text = pg_column_text (base, col);

  if (text == NULL)
    return 0;
  /* A boolean or a whole number written as 2.0 (numeric) still reads as a number. */
  if (g_str_equal (text, "t"))
    return 1;
  if (g_str_equal (text, "f"))
    return 0;
  return g_ascii_strtoll (text, NULL, 10);
}

static double
pg_column_real (SkupStmt *base,
                guint     col)
{
  const char *text = pg_column_text (base, col);

  return text ? g_ascii_strtod (text, NULL) : 0.0;
}

static GBytes *
pg_column_blob (SkupStmt *base,
                guint     col)
{
  const char *text = pg_column_text (base, col);
  unsigned char *data;
  size_t size = 0;
  GBytes *bytes;

  if (text == NULL)
    return NULL;
  data = PQunescapeBytea ((const unsigned char *) text, &size);
  if (data == NULL)
    return NULL;
  bytes = g_bytes_new (data, size);
  PQfreemem (data);
  return bytes;
}

/* ---- Search: a table of words, one row per word of a record's folded key ------------------ */

/* The words FTS5's word breaker would find: anything but an ASCII letter or digit (or a byte
 * of a non-ASCII letter) separates them, so both engines find the same records. */
static char *
split_words (const char *key)
{
  char *words = g_strdup (key ? key : "");

  for (char *p = words; *p != '\0'; p++)
    if ((guchar) *p < 0x80 && !g_ascii_isalnum (*p))
      *p = ' ';
  return words;
}

static gboolean
pg_index_remove (SkupDb  *db,
                 int      kind,
                 gint64   id,
                 GError **error)
{
  g_autoptr(SkupStmt) del =
    skup_db_prepare (db, "DELETE FROM search_words WHERE kind = ?1 AND id = ?2", error);

  if (del == NULL)
    return FALSE;
  skup_stmt_bind_int (del, 1, kind);
  skup_stmt_bind_int (del, 2, id);
  return skup_stmt_run (del, error);
}

/* A word in both the name and the rest is a word of the name. */
static gboolean
pg_index_put (SkupDb      *db,
              int          kind,
              gint64       id,
              const char  *name,
              const char  *other,
              GError     **error)
{
  g_autoptr(SkupStmt) ins = NULL;
  g_autofree char *name_words = split_words (name);
  g_autofree char *other_words = split_words (other);

  if (!pg_index_remove (db, kind, id, error))
    return FALSE;
  ins = skup_db_prepare (db,
                         "INSERT INTO search_words (kind, id, word, in_name) "
                         "SELECT CAST(?1 AS SMALLINT), ?2, w, max (n) FROM ("
                         "SELECT w, 1 AS n FROM unnest (string_to_array (CAST(?3 AS TEXT), ' ')) w "
                         "UNION ALL "
                         "SELECT w, 0 FROM unnest (string_to_array (CAST(?4 AS TEXT), ' ')) w"
                         ") words WHERE w <> '' GROUP BY w", error);
  if (ins == NULL)
    return FALSE;
  skup_stmt_bind_int (ins, 1, kind);
  skup_stmt_bind_int (ins, 2, id);
  skup_stmt_bind_text (ins, 3, name_words);
  skup_stmt_bind_text (ins, 4, other_words);
  return skup_stmt_run (ins, error);
}

/* One range per term: the words that start with it, in byte order (the column's collation is
 * C), up to the term followed by the highest character there is. Per term, each record once,
 * with whether the term is in its name; a record matches when every term found it, and its
 * name matches when every term is in the name. */
static char *
matches_sql (int   kind,
             guint n_terms,
             guint first)
{
  GString *sql = g_string_new (NULL);

  if (n_terms > 1)
    g_string_append (sql, "SELECT id, min (in_name) AS in_name FROM (");
  for (guint i = 0; i < n_terms; i++)
    g_string_append_printf (sql, "%sSELECT id, max (in_name) AS in_name FROM search_words "
                            "WHERE kind = %d AND word >= ?%u AND word < ?%u GROUP BY id",
                            i ? " UNION ALL " : "", kind, first + 2 * i, first + 2 * i + 1);
  if (n_terms > 1)
    g_string_append_printf (sql, ") terms GROUP BY id HAVING count(*) = %u", n_terms);
  return g_string_free (sql, FALSE);
}

static void
pg_bind_search (SkupStmt           *stmt,
                guint               first,
                const char * const *terms)
{
  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autofree char *upper = g_strconcat (terms[i], "\xF4\x8F\xBF\xBF", NULL);

      skup_stmt_bind_text (stmt, first + 2 * i, terms[i]);
      skup_stmt_bind_text (stmt, first + 2 * i + 1, upper);
    }
}

static GArray *
pg_search (SkupDb              *db,
           int                  kind,
           const char * const  *terms,
           GArray              *in_name,
           GError             **error)
{
  g_autofree char *sql = matches_sql (kind, g_strv_length ((char **) terms), 1);
  g_autoptr(SkupStmt) stmt = skup_db_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  pg_bind_search (stmt, 1, terms);
  return _skup_db_collect_matches (stmt, in_name, error);
}

static char *
pg_search_join (SkupDb *db,
                int     kind,
                guint   n_terms,
                guint   first,
                guint  *n_params)
{
  g_autofree char *matches = matches_sql (kind, n_terms, first);

  *n_params = 2 * n_terms;
  return g_strdup_printf (" JOIN (%s) s ON s.id = t.id", matches);
}

static char *
pg_text_order (SkupDb     *db,
               const char *expression)
{
  return g_strdup_printf ("%s COLLATE skup_fold", expression);
}

static char *
pg_in_id_set (SkupDb     *db,
              const char *expression,
              guint       index)
{
  return g_strdup_printf ("%s = ANY (CAST(?%u AS BIGINT[]))", expression, index);
}

static void
pg_bind_id_set (SkupStmt     *stmt,
                guint         index,
                const gint64 *ids,
                guint         n_ids)
{
  g_autofree char *array = _skup_db_join_ids (ids, n_ids, '{', '}');

  skup_stmt_bind_text (stmt, index, array);
}

/* ---- Other organisers' changes ---------------------------------------------------------- */

static gboolean
pg_notify (SkupDb      *db,
           const char  *kind,
           gint64       id,
           GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (db, "SELECT pg_notify (?1, ?2)", error);
  g_autofree char *payload = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind ? kind : "", id);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_text (stmt, 1, PG_DB (db)->channel);
  skup_stmt_bind_text (stmt, 2, payload);
  return skup_stmt_run (stmt, error);
}

static void
add_kind (GPtrArray  *kinds,
          const char *payload)
{
  const char *colon = strchr (payload, ':');
  g_autofree char *kind = colon ? g_strndup (payload, (gsize) (colon - payload))
                                : g_strdup (payload);

  if (kinds != NULL && !g_ptr_array_find_with_equal_func (kinds, kind, g_str_equal, NULL))
    g_ptr_array_add (kinds, g_steal_pointer (&kind));
}

/* Whether another connection began a write since we last looked. Inside a transaction the
 * answer waits (the caller looks again after it); a role that may not read the sequence
 * relies on notifications alone. */
static gboolean
writes_moved (SkupDb *db)
{
  SkupPgDb *self = PG_DB (db);
  g_autoptr(SkupStmt) stmt = NULL;
  gint64 last;

  if (db->depth > 0)
    return FALSE;
  stmt = skup_db_prepare (db, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END "
                              "FROM skup_writes", NULL);
  if (stmt == NULL || skup_stmt_step (stmt, NULL) != SKUP_STEP_ROW)
    return FALSE;
  last = skup_stmt_column_int (stmt, 0);
  if (last == self->writes_seen)
    return FALSE;
  self->writes_seen = last;
  return TRUE;
}

static gboolean
drain_notifications (SkupDb    *db,
                     GPtrArray *out_kinds)
{
  PGconn *conn = CONN (db);
  int self_pid = PQbackendPID (conn);
  gboolean any = FALSE;
  PGnotify *notify;

  while ((notify = PQnotifies (conn)) != NULL)
    {
      if (notify->be_pid != self_pid)
        {
          any = TRUE;
          add_kind (out_kinds, notify->extra ? notify->extra : "");
        }
      PQfreemem (notify);
    }
  return any;
}

static gboolean
await_notifications (SkupDb    *db,
                     GPtrArray *out_kinds)
{
  struct pollfd fd = { PQsocket (CONN (db)), POLLIN, 0 };

  /* Reading the counter may have brought the notification in already. */
  if (drain_notifications (db, out_kinds))
    return TRUE;
  if (fd.fd < 0 || poll (&fd, 1, 100) <= 0 || !PQconsumeInput (CONN (db)))
    return FALSE;
  return drain_notifications (db, out_kinds);
}

static gboolean
pg_poll_changes (SkupDb    *db,
                 GPtrArray *out_kinds)
{
  PGconn *conn = CONN (db);
  gboolean changed;

  /* A lost connection is news too: the caller reads again and meets the error. */
  if (!PQconsumeInput (conn) || PQstatus (conn) != CONNECTION_OK)
    {
      add_kind (out_kinds, "");
      return TRUE;
    }
  changed = drain_notifications (db, out_kinds);
  /* Looked at every time, so the last write seen stays current whoever told of it first. A
   * write seen before its notification (sent at commit, a moment later) is waited for
   * briefly, so the caller learns what changed. */
  if (writes_moved (db) && !changed)
    {
      changed = TRUE;
      if (!await_notifications (db, out_kinds))
        add_kind (out_kinds, "");
    }
  return changed;
}

static gboolean
pg_backup (SkupDb      *db,
           const char  *dest_path,
           GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("A shared register is backed up with pg_dump; see the README."));
  return FALSE;
}

static gboolean
pg_reset_ids (SkupDb      *db,
              const char  *table,
              GError     **error)
{
  g_autofree char *sql = NULL;

  /* The table is one of ours (skup_db_tables()); those without an id have no sequence. */
  if (g_str_equal (table, "settings") || g_str_equal (table, "counters")
      || g_str_equal (table, "organisation_logos")
      || g_str_equal (table, "session_sheets")
      || g_str_equal (table, "certificate_assets")
      || g_str_equal (table, "evaluation_scores"))
    return TRUE;
  sql = g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), "
                         "COALESCE ((SELECT max(id) FROM %s), 0) + 1, false)", table, table);
  return _skup_pg_exec (db, sql, error);
}

const SkupDbDriver _skup_db_postgres_driver = {
  .engine = SKUP_DB_POSTGRES,
  .open = pg_open,
  .close = pg_close,
  .is_temporary = pg_is_temporary,
  .migrations = _skup_pg_migrations,
  .set_version = "UPDATE skup_schema SET version = %d",
  .lock_migration = _skup_pg_lock_migration,
  .schema_version = _skup_pg_version,
  .prepare = pg_prepare,
  .finalize = pg_finalize,
  .reset = pg_reset,
  .bind_int = pg_bind_int,
  .bind_real = pg_bind_real,
  .bind_text = pg_bind_text,
  .bind_blob = pg_bind_blob,
  .bind_null = pg_bind_null,
  .step = pg_step,
  .column_count = pg_column_count,
  .column_name = pg_column_name,
  .column_type = pg_column_type,
  .column_int = pg_column_int,
  .column_real = pg_column_real,
  .column_text = pg_column_text,
  .column_blob = pg_column_blob,
  .exec = pg_exec,
  .begin_sql = pg_begin_sql,
  .index_put = pg_index_put,
  .index_remove = pg_index_remove,
  .search = pg_search,
  .search_join = pg_search_join,
  .bind_search = pg_bind_search,
  .text_order = pg_text_order,
  .in_id_set = pg_in_id_set,
  .bind_id_set = pg_bind_id_set,
  .notify = pg_notify,
  .poll_changes = pg_poll_changes,
  .backup = pg_backup,
  .reset_ids = pg_reset_ids,
};
