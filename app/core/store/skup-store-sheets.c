/* skup-store-sheets.c — the scanned, signed sign-in sheet of a session
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-error.h"
#include "skup-store-private.h"

/* Donors count only the participants who signed the official list, and auditors ask for it
 * years later: the sheet is evidence. So it is kept as the scanner wrote it, bytes untouched,
 * with a SHA-256 digest taken when it was attached, and every read checks the bytes against
 * that digest, so a damaged or altered file is said to be so and never passed on as the
 * original. What goes in is judged by its content, never by its name: the command line and
 * other clients write here too. One sheet per session, in a table of its own
 * (session_sheets): lists read sessions without ever touching the bytes. */

static gboolean
has_prefix (const guint8 *data,
            gsize         size,
            const char   *prefix,
            gsize         len)
{
  return size >= len && memcmp (data, prefix, len) == 0;
}

/* The type of a scan or a PDF by its first bytes, or NULL if it is none kept as evidence. */
static const char *
sniff_mime_type (GBytes *data)
{
  gsize size = 0;
  const guint8 *bytes = g_bytes_get_data (data, &size);

  if (bytes == NULL || size == 0)
    return NULL;
  if (has_prefix (bytes, size, "%PDF-", 5))
    return "application/pdf";
  if (has_prefix (bytes, size, "\x89PNG\r\n\x1a\n", 8))
    return "image/png";
  if (has_prefix (bytes, size, "\xff\xd8\xff", 3))
    return "image/jpeg";
  if (has_prefix (bytes, size, "II*\0", 4) || has_prefix (bytes, size, "MM\0*", 4))
    return "image/tiff";
  return NULL;
}

static gboolean
check_sheet (GBytes      *data,
             const char **out_mime_type,
             GError     **error)
{
  if (g_bytes_get_size (data) == 0)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("The file is empty. Scan the signed sheet again."));
      return FALSE;
    }
  if (g_bytes_get_size (data) > SKUP_SHEET_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (SKUP_SHEET_MAX_SIZE);

      /* Translators: %s is a size, e.g. "50.0 MB" */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The file is larger than %s. Scan the sheet at a lower resolution."),
                   limit);
      return FALSE;
    }
  *out_mime_type = sniff_mime_type (data);
  if (*out_mime_type == NULL)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("A signed sheet must be a PDF, PNG, JPEG or TIFF file."));
      return FALSE;
    }
  return TRUE;
}

/* Inside the write transaction, so the session cannot go between the check and the write; a
 * clear message rather than a refused foreign key. */
static gboolean
check_session_locked (SkupStore  *self,
                      gint64      session_id,
                      GError    **error)
{
  gint64 n = 0;
  g_autofree char *id = NULL;

  if (!_skup_store_query_int (self, "SELECT count(*) FROM sessions WHERE id = ?1",
                              session_id, 0, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, session_id);
  /* Translators: %s is a session's id number */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
               _("There is no session with the id %s."), id);
  return FALSE;
}

/* The name only, never the folder it was scanned to (that says something about the user's
 * disk, not about the sheet), and text both engines keep. */
static char *
clean_file_name (const char *file_name)
{
  g_autofree char *valid = g_utf8_make_valid (file_name, -1);
  g_autofree char *base = g_path_get_basename (valid);

  if (*base == '\0' || g_str_equal (base, ".") || g_str_equal (base, G_DIR_SEPARATOR_S))
    return g_strdup ("sheet");
  return g_steal_pointer (&base);
}

static gboolean
put_sheet_locked (SkupStore   *self,
                  gint64       session_id,
                  const char  *file_name,
                  GBytes      *data,
                  const char  *mime_type,
                  GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autofree char *name = clean_file_name (file_name);
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  g_autofree char *user = skup_store_dup_user_name (self);
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db,
                     "INSERT INTO session_sheets (session_id, file_name, mime_type, data, sha256, "
                     "size, attached_at, attached_by, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?7) "
                     "ON CONFLICT (session_id) DO UPDATE SET file_name = excluded.file_name, "
                     "mime_type = excluded.mime_type, data = excluded.data, "
                     "sha256 = excluded.sha256, size = excluded.size, "
                     "attached_at = excluded.attached_at, attached_by = excluded.attached_by, "
                     "updated_at = excluded.updated_at", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, session_id);
  skup_stmt_bind_text (stmt, 2, name);
  skup_stmt_bind_text (stmt, 3, mime_type);
  skup_stmt_bind_blob (stmt, 4, data);
  skup_stmt_bind_text (stmt, 5, digest);
  skup_stmt_bind_int (stmt, 6, (gint64) g_bytes_get_size (data));
  skup_stmt_bind_text (stmt, 7, stamp);
  skup_stmt_bind_text (stmt, 8, user);
  return skup_stmt_run (stmt, error);
}

static gboolean
attach_locked (SkupStore   *self,
               gint64       session_id,
               const char  *file_name,
               GBytes      *data,
               const char  *mime_type,
               GError     **error)
{
  return check_session_locked (self, session_id, error)
         && put_sheet_locked (self, session_id, file_name, data, mime_type, error);
}

static gboolean
remove_locked (SkupStore  *self,
               gint64      session_id,
               gboolean   *out_changed,
               GError    **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "DELETE FROM session_sheets WHERE session_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, session_id);
  if (!skup_stmt_run (stmt, error))
    return FALSE;
  *out_changed = skup_stmt_changes (stmt) > 0;
  return TRUE;
}

void
skup_sheet_info_free (SkupSheetInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->file_name);
  g_free (info->mime_type);
  g_free (info->sha256);
  g_free (info->attached_at);
  g_free (info->attached_by);
  g_free (info);
}

/**
 * skup_store_attach_sheet:
 * @session_id: the session the sheet was signed at
 * @file_name: the file's name as the user knows it (its folder is not kept)
 * @data: the file's contents
 *
 * Keeps @data as the signed sign-in sheet of the session, in place of any it had, with its
 * digest, size, the time and who attached it. Data that is empty, larger than
 * %SKUP_SHEET_MAX_SIZE, or not a PDF, PNG, JPEG or TIFF file by its content is refused with
 * %SKUP_ERROR_INVALID; a session that does not exist with %SKUP_ERROR_NOT_FOUND. Windows
 * showing the session hear of it (::changed, "session").
 */
gboolean
skup_store_attach_sheet (SkupStore   *self,
                         gint64       session_id,
                         const char  *file_name,
                         GBytes      *data,
                         GError     **error)
{
  const char *mime_type = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_sheet (data, &mime_type, error))
    return FALSE;
  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, attach_locked (self, session_id, file_name, data,
                                                      mime_type, error),
                                 error))
    return FALSE;
  _skup_store_emit_changed (self, "session", session_id);
  return TRUE;
}

/**
 * skup_store_dup_sheet_info:
 * @session_id: the session
 *
 * What is known of the session's signed sheet, without reading its bytes.
 *
 * Returns: (transfer full) (nullable): the sheet's description, or %NULL without an error if
 *   the session has none; %NULL with @error set if the register could not be read
 */
SkupSheetInfo *
skup_store_dup_sheet_info (SkupStore  *self,
                           gint64      session_id,
                           GError    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  SkupSheetInfo *info;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = skup_db_prepare (self->db, "SELECT file_name, mime_type, sha256, size, attached_at, "
                                    "attached_by FROM session_sheets WHERE session_id = ?1",
                          error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, session_id);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return NULL;
  info = g_new0 (SkupSheetInfo, 1);
  info->session_id = session_id;
  info->file_name = g_strdup (skup_stmt_column_text (stmt, 0));
  info->mime_type = g_strdup (skup_stmt_column_text (stmt, 1));
  info->sha256 = g_strdup (skup_stmt_column_text (stmt, 2));
  info->size = skup_stmt_column_int (stmt, 3);
  info->attached_at = g_strdup (skup_stmt_column_text (stmt, 4));
  info->attached_by = g_strdup (skup_stmt_column_text (stmt, 5));
  return info;
}

/* The bytes read, if they are the ones attached. */
static GBytes *
verify (GBytes      *data,
        const char  *sha256,
        GError     **error)
{
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);

  if (sha256 != NULL && g_ascii_strcasecmp (digest, sha256) == 0)
    return g_bytes_ref (data);
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DAMAGED,
                       _("The signed sheet in the register is damaged: it is no longer the "
                         "file that was attached. Attach the original again."));
  return NULL;
}

/**
 * skup_store_dup_sheet:
 * @session_id: the session
 *
 * Returns: (transfer full) (nullable): the file as it was attached, or %NULL without an error
 *   if the session has none; %NULL with %SKUP_ERROR_DAMAGED if the bytes kept no longer
 *   match their digest, or another error if the register could not be read
 */
GBytes *
skup_store_dup_sheet (SkupStore  *self,
                      gint64      session_id,
                      GError    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = skup_db_prepare (self->db, "SELECT data, sha256 FROM session_sheets "
                                    "WHERE session_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, session_id);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return NULL;
  data = skup_stmt_column_blob (stmt, 0);
  if (data == NULL)
    data = g_bytes_new (NULL, 0);
  return verify (data, skup_stmt_column_text (stmt, 1), error);
}

/**
 * skup_store_remove_sheet:
 * @session_id: the session
 *
 * Removes the session's signed sheet. A session with none is left as it is, without an error
 * and without ::changed.
 */
gboolean
skup_store_remove_sheet (SkupStore  *self,
                         gint64      session_id,
                         GError    **error)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, remove_locked (self, session_id, &changed, error), error))
    return FALSE;
  if (changed)
    _skup_store_emit_changed (self, "session", session_id);
  return TRUE;
}
