/* skup-store-settings.c — the office profile and other settings shared by the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-store-private.h"

/* Reads column @col of the setting @key; NULL when unset, and NULL (with a warning, since
 * these getters have no error to give) when the register cannot be read. */
static SkupStmt *
read_setting (SkupStore  *self,
              const char *key)
{
  g_autoptr(GError) error = NULL;
  SkupStmt *stmt = skup_db_prepare (self->db, "SELECT value, data FROM settings WHERE key = ?1",
                                    &error);
  SkupStep step;

  if (stmt == NULL)
    {
      g_warning ("Could not read the setting %s: %s", key, error->message);
      return NULL;
    }
  skup_stmt_bind_text (stmt, 1, key);
  step = skup_stmt_step (stmt, &error);
  if (step == SKUP_STEP_ROW)
    return stmt;
  if (step == SKUP_STEP_ERROR)
    g_warning ("Could not read the setting %s: %s", key, error->message);
  skup_stmt_reset (stmt);
  return NULL;
}

/**
 * skup_store_dup_setting:
 *
 * Returns: (transfer full) (nullable): the text value of @key, or %NULL if unset
 */
char *
skup_store_dup_setting (SkupStore  *self,
                        const char *key)
{
  g_autoptr(SkupStmt) stmt = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = read_setting (self, key);
  return stmt ? g_strdup (skup_stmt_column_text (stmt, 0)) : NULL;
}

/**
 * skup_store_dup_setting_data:
 *
 * Returns: (transfer full) (nullable): the bytes stored for @key (an image …), or %NULL
 */
GBytes *
skup_store_dup_setting_data (SkupStore  *self,
                             const char *key)
{
  g_autoptr(SkupStmt) stmt = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = read_setting (self, key);
  return stmt ? skup_stmt_column_blob (stmt, 1) : NULL;
}

static gboolean
write_setting_locked (SkupStore   *self,
                      const char  *key,
                      const char  *value,
                      GBytes      *data,
                      GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db,
                     "INSERT INTO settings (key, value, data, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (key) DO UPDATE SET "
                     "value = excluded.value, data = excluded.data, "
                     "updated_at = excluded.updated_at", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_text (stmt, 1, key);
  skup_stmt_bind_text (stmt, 2, value && *value ? value : NULL);
  skup_stmt_bind_blob (stmt, 3, data && g_bytes_get_size (data) > 0 ? data : NULL);
  skup_stmt_bind_text (stmt, 4, stamp);
  return skup_stmt_run (stmt, error);
}

static gboolean
write_setting (SkupStore   *self,
               const char  *key,
               const char  *value,
               GBytes      *data,
               GError     **error)
{
  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, write_setting_locked (self, key, value, data, error),
                                 error))
    {
      g_prefix_error (error, "%s", _("Could not save the setting: "));
      return FALSE;
    }
  _skup_store_emit_changed (self, "setting", 0);
  return TRUE;
}

gboolean
skup_store_set_setting (SkupStore   *self,
                        const char  *key,
                        const char  *value,
                        GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return write_setting (self, key, value, NULL, error);
}

gboolean
skup_store_set_setting_data (SkupStore   *self,
                             const char  *key,
                             GBytes      *data,
                             GError     **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  return write_setting (self, key, NULL, data, error);
}
