/* skup-store-logos.c — organisations' logos
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-error.h"
#include "skup-store-private.h"

/* A logo is kept as the file was chosen, bytes untouched, one per organisation in a table of
 * its own (organisation_logos) that goes with the organisation when it is deleted. What goes
 * in is checked by its content, never by a file name: the command line and other clients
 * write here too, and a sheet or certificate must be able to print whatever is found. */

static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix)
{
  gsize len = strlen (prefix);

  return (gsize) (end - p) >= len && memcmp (p, prefix, len) == 0;
}

/* Past the first @close from @p on, or NULL if there is none before @end. */
static const char *
skip_past (const char *p,
           const char *end,
           const char *close)
{
  gsize len = strlen (close);

  for (; p != NULL && (gsize) (end - p) >= len; p++)
    if (memcmp (p, close, len) == 0)
      return p + len;
  return NULL;
}

/* Past a <!DOCTYPE …>, whose internal subset ([…], as Illustrator writes it) may hold '>'. */
static const char *
skip_doctype (const char *p,
              const char *end)
{
  const char *close = skip_past (p, end, ">");
  const char *subset = skip_past (p, end, "[");

  if (subset != NULL && close != NULL && subset < close)
    return skip_past (skip_past (subset, end, "]"), end, ">");
  return close;
}

/* An SVG file: an <svg> element first, after an XML declaration, comments, a doctype and
 * white space, as drawing programs write them. */
static gboolean
looks_like_svg (const char *data,
                gsize       size)
{
  const char *end = data + size;
  const char *p = has_prefix (data, end, "\xef\xbb\xbf") ? data + 3 : data;

  while (p != NULL && p < end)
    {
      if (g_ascii_isspace (*p))
        p++;
      else if (has_prefix (p, end, "<svg"))
        return p + 4 < end && (g_ascii_isspace (p[4]) || p[4] == '>' || p[4] == '/');
      else if (has_prefix (p, end, "<?"))
        p = skip_past (p, end, "?>");
      else if (has_prefix (p, end, "<!--"))
        p = skip_past (p, end, "-->");
      else if (has_prefix (p, end, "<!"))
        p = skip_doctype (p, end);
      else
        return FALSE;
    }
  return FALSE;
}

/* The image type of @logo by its first bytes, or NULL if it is none a document can print. */
static const char *
sniff_mime_type (GBytes *logo)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (logo, &size);
  const char *end;

  if (data == NULL || size == 0)
    return NULL;
  end = data + size;
  if (has_prefix (data, end, "\x89PNG\r\n\x1a\n"))
    return "image/png";
  if (has_prefix (data, end, "\xff\xd8\xff"))
    return "image/jpeg";
  if (looks_like_svg (data, size))
    return "image/svg+xml";
  return NULL;
}

/* The same limits as the window's image row (SKUP_IMAGE_ROW_MAX_SIZE): a photo chosen by
 * mistake, or a file that is not an image, never reaches the register. */
static gboolean
check_logo (GBytes      *logo,
            const char **out_mime_type,
            GError     **error)
{
  if (g_bytes_get_size (logo) > SKUP_LOGO_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (SKUP_LOGO_MAX_SIZE);

      /* Translators: %s is a size, e.g. "2.0 MB" */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The logo is larger than %s. Choose a smaller image."), limit);
      return FALSE;
    }
  *out_mime_type = sniff_mime_type (logo);
  if (*out_mime_type == NULL)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("The logo is not a PNG, JPEG or SVG image."));
      return FALSE;
    }
  return TRUE;
}

/* Inside the write transaction, so the organisation cannot go between the check and the
 * write; a clear message rather than a refused foreign key. */
static gboolean
check_organisation_locked (SkupStore  *self,
                           gint64      organisation_id,
                           GError    **error)
{
  gint64 n = 0;
  g_autofree char *id = NULL;

  if (!_skup_store_query_int (self, "SELECT count(*) FROM organisations WHERE id = ?1",
                              organisation_id, 0, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, organisation_id);
  /* Translators: %s is an organisation's id number */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
               _("There is no organisation with the id %s."), id);
  return FALSE;
}

static gboolean
remove_logo_locked (SkupStore  *self,
                    gint64      organisation_id,
                    gboolean   *out_changed,
                    GError    **error)
{
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "DELETE FROM organisation_logos WHERE organisation_id = ?1",
                     error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, organisation_id);
  if (!skup_stmt_run (stmt, error))
    return FALSE;
  *out_changed = skup_stmt_changes (stmt) > 0;
  return TRUE;
}

static gboolean
put_logo_locked (SkupStore   *self,
                 gint64       organisation_id,
                 GBytes      *logo,
                 const char  *mime_type,
                 GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db,
                     "INSERT INTO organisation_logos (organisation_id, mime_type, data, "
                     "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) "
                     "ON CONFLICT (organisation_id) DO UPDATE SET mime_type = excluded.mime_type, "
                     "data = excluded.data, updated_at = excluded.updated_at", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, organisation_id);
  skup_stmt_bind_text (stmt, 2, mime_type);
  skup_stmt_bind_blob (stmt, 3, logo);
  skup_stmt_bind_text (stmt, 4, stamp);
  return skup_stmt_run (stmt, error);
}

static gboolean
write_logo_locked (SkupStore   *self,
                   gint64       organisation_id,
                   GBytes      *logo,
                   const char  *mime_type,
                   gboolean    *out_changed,
                   GError     **error)
{
  if (!check_organisation_locked (self, organisation_id, error))
    return FALSE;
  if (logo == NULL)
    return remove_logo_locked (self, organisation_id, out_changed, error);
  *out_changed = TRUE;
  return put_logo_locked (self, organisation_id, logo, mime_type, error);
}

/**
 * skup_store_dup_logo:
 * @organisation_id: the organisation's id
 *
 * Returns: (transfer full) (nullable): the organisation's logo as it was chosen (PNG, JPEG or
 *   SVG), or %NULL without an error if it has none; %NULL with @error set if the register
 *   could not be read
 */
GBytes *
skup_store_dup_logo (SkupStore  *self,
                     gint64      organisation_id,
                     GError    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = skup_db_prepare (self->db, "SELECT data FROM organisation_logos "
                                    "WHERE organisation_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_int (stmt, 1, organisation_id);
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      return skup_stmt_column_blob (stmt, 0);
    case SKUP_STEP_DONE:
    case SKUP_STEP_ERROR:
    default:
      return NULL;
    }
}

/**
 * skup_store_set_logo:
 * @organisation_id: the organisation's id
 * @logo: (nullable): an image file's contents, or %NULL to remove the logo
 *
 * Keeps @logo as the organisation's logo, in place of any it had. Data larger than
 * %SKUP_LOGO_MAX_SIZE, or that is not a PNG, JPEG or SVG image by its content, is refused
 * with %SKUP_ERROR_INVALID; an organisation that does not exist with %SKUP_ERROR_NOT_FOUND.
 * Lists and pages of organisations hear of the change (::changed, "organisation"), here and
 * in other organisers' windows.
 */
gboolean
skup_store_set_logo (SkupStore  *self,
                     gint64      organisation_id,
                     GBytes     *logo,
                     GError    **error)
{
  const char *mime_type = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (logo != NULL && !check_logo (logo, &mime_type, error))
    return FALSE;
  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, write_logo_locked (self, organisation_id, logo, mime_type,
                                                          &changed, error),
                                 error))
    return FALSE;
  if (changed)
    _skup_store_emit_changed (self, "organisation", organisation_id);
  return TRUE;
}
