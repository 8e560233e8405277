/* skup-store-certificates.c — certificate templates, issued certificates and their images
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-error.h"
#include "skup-store-certificates.h"
#include "skup-store-private.h"
#include "skup-text.h"

/* Rows in and out, nothing more: what a certificate says is decided by the issuer
 * (certificates/skup-issuer.c). The rule that nothing issued is deleted or changed is the
 * database's own (triggers of schema 6), so no client, old or new, can break it; the store
 * only writes the columns those triggers let change. A template's logos are kept in one
 * column as lines (one reference a line, an empty line for none) and its signatories as
 * "1,2,0": three slots each, never searched. */

/* ---- Templates ---------------------------------------------------------------------------- */

#define TEMPLATE_COLUMNS \
  "id, name, built_in, role, language, script, layout, paper, landscape, accent, font_family, " \
  "title, preamble, body, issued_line, second_language, second_script, second_title, " \
  "second_preamble, second_body, logos, signatories, background"

static char *
dup_text (SkupStmt *stmt,
          guint     col)
{
  return skup_stmt_column_is_null (stmt, col) ? NULL : g_strdup (skup_stmt_column_text (stmt,
                                                                                        col));
}

static void
read_slots (SkupCertificateTemplate *t,
            const char              *logos,
            const char              *signatories)
{
  g_auto(GStrv) refs = g_strsplit (logos != NULL ? logos : "", "\n", SKUP_CERTIFICATE_MAX_LOGOS);
  g_auto(GStrv) numbers = g_strsplit (signatories != NULL ? signatories : "", ",",
                                      SKUP_CERTIFICATE_MAX_SIGNATORIES);

  for (guint i = 0; refs[i] != NULL && i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    t->logos[i] = *refs[i] != '\0' ? g_strdup (refs[i]) : NULL;
  for (guint i = 0; numbers[i] != NULL && i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    t->signatories[i] = (guint) CLAMP (g_ascii_strtoll (numbers[i], NULL, 10), 0,
                                       SKUP_MAX_SIGNATORIES);
}

static SkupCertificateTemplate *
read_template (SkupStmt *stmt)
{
  SkupCertificateTemplate *t = g_new0 (SkupCertificateTemplate, 1);

  t->id = skup_stmt_column_int (stmt, 0);
  t->name = dup_text (stmt, 1);
  t->built_in = dup_text (stmt, 2);
  t->role = skup_certificate_role_from_nick (skup_stmt_column_text (stmt, 3));
  t->language = dup_text (stmt, 4);
  t->script = dup_text (stmt, 5);
  t->layout = g_strcmp0 (skup_stmt_column_text (stmt, 6), "classic") == 0
              ? SKUP_CERTIFICATE_LAYOUT_CLASSIC : SKUP_CERTIFICATE_LAYOUT_UN;
  t->paper = g_strcmp0 (skup_stmt_column_text (stmt, 7), "letter") == 0 ? SKUP_PAPER_LETTER
                                                                       : SKUP_PAPER_A4;
  t->landscape = skup_stmt_column_int (stmt, 8) != 0;
  t->accent = (guint32) skup_stmt_column_int (stmt, 9);
  t->font_family = dup_text (stmt, 10);
  t->title = dup_text (stmt, 11);
  t->preamble = dup_text (stmt, 12);
  t->body = dup_text (stmt, 13);
  t->issued = dup_text (stmt, 14);
  t->second_language = dup_text (stmt, 15);
  t->second_script = dup_text (stmt, 16);
  t->second_title = dup_text (stmt, 17);
  t->second_preamble = dup_text (stmt, 18);
  t->second_body = dup_text (stmt, 19);
  read_slots (t, skup_stmt_column_text (stmt, 20), skup_stmt_column_text (stmt, 21));
  t->background = dup_text (stmt, 22);
  return t;
}

static char *
join_logos (const SkupCertificateTemplate *t)
{
  return g_strdup_printf ("%s\n%s\n%s", t->logos[0] ? t->logos[0] : "",
                          t->logos[1] ? t->logos[1] : "", t->logos[2] ? t->logos[2] : "");
}

static char *
join_signatories (const SkupCertificateTemplate *t)
{
  return g_strdup_printf ("%u,%u,%u", t->signatories[0], t->signatories[1], t->signatories[2]);
}

/* Binds ?1 … ?22 in the order of TEMPLATE_COLUMNS after id, and ?23 the stamp. */
static void
bind_template (SkupStmt                      *stmt,
               const SkupCertificateTemplate *t,
               const char                    *stamp)
{
  g_autofree char *logos = join_logos (t);
  g_autofree char *signatories = join_signatories (t);
  g_autofree char *sort_key = skup_text_fold (t->name);

  skup_stmt_bind_text (stmt, 1, t->name);
  skup_stmt_bind_text (stmt, 2, t->built_in);
  skup_stmt_bind_text (stmt, 3, skup_certificate_role_to_nick (t->role));
  skup_stmt_bind_text (stmt, 4, t->language);
  skup_stmt_bind_text (stmt, 5, t->script);
  skup_stmt_bind_text (stmt, 6, t->layout == SKUP_CERTIFICATE_LAYOUT_CLASSIC ? "classic" : "un");
  skup_stmt_bind_text (stmt, 7, t->paper == SKUP_PAPER_LETTER ? "letter" : "a4");
  skup_stmt_bind_int (stmt, 8, t->landscape ? 1 : 0);
  skup_stmt_bind_int (stmt, 9, t->accent);
  skup_stmt_bind_text (stmt, 10, t->font_family);
  skup_stmt_bind_text (stmt, 11, t->title);
  skup_stmt_bind_text (stmt, 12, t->preamble);
  skup_stmt_bind_text (stmt, 13, t->body);
  skup_stmt_bind_text (stmt, 14, t->issued);
  skup_stmt_bind_text (stmt, 15, t->second_language);
  skup_stmt_bind_text (stmt, 16, t->second_script);
  skup_stmt_bind_text (stmt, 17, t->second_title);
  skup_stmt_bind_text (stmt, 18, t->second_preamble);
  skup_stmt_bind_text (stmt, 19, t->second_body);
  skup_stmt_bind_text (stmt, 20, logos);
  skup_stmt_bind_text (stmt, 21, signatories);
  skup_stmt_bind_text (stmt, 22, t->background);
  skup_stmt_bind_text (stmt, 23, stamp);
  skup_stmt_bind_text (stmt, 24, sort_key);
}

#define TEMPLATE_INSERT \
  "INSERT INTO certificate_templates (name, built_in, role, language, script, layout, paper, " \
  "landscape, accent, font_family, title, preamble, body, issued_line, second_language, " \
  "second_script, second_title, second_preamble, second_body, logos, signatories, " \
  "background, created_at, updated_at, sort_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, " \
  "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?23, ?24)"

GPtrArray *
skup_store_list_certificate_templates (SkupStore  *self,
                                       GError    **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(SkupStmt) stmt = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  stmt = skup_db_prepare (self->db, "SELECT " TEMPLATE_COLUMNS " FROM certificate_templates "
                                    "ORDER BY built_in IS NULL, sort_key, id", error);
  if (stmt == NULL)
    return NULL;
  all = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_template_free);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (all, read_template (stmt));
  return step == SKUP_STEP_DONE ? g_steal_pointer (&all) : NULL;
}

static SkupCertificateTemplate *
load_template_where (SkupStore   *self,
                     const char  *sql,
                     gint64       id,
                     const char  *key,
                     GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return NULL;
  if (key != NULL)
    skup_stmt_bind_text (stmt, 1, key);
  else
    skup_stmt_bind_int (stmt, 1, id);
  switch (skup_stmt_step (stmt, error))
    {
    case SKUP_STEP_ROW:
      return read_template (stmt);
    case SKUP_STEP_DONE:
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                           _("There is no such certificate template."));
      return NULL;
    case SKUP_STEP_ERROR:
    default:
      return NULL;
    }
}

SkupCertificateTemplate *
skup_store_load_certificate_template (SkupStore  *self,
                                      gint64      id,
                                      GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  return load_template_where (self, "SELECT " TEMPLATE_COLUMNS " FROM certificate_templates "
                                    "WHERE id = ?1", id, NULL, error);
}

SkupCertificateTemplate *
skup_store_load_built_in_template (SkupStore  *self,
                                   const char *key,
                                   GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return load_template_where (self, "SELECT " TEMPLATE_COLUMNS " FROM certificate_templates "
                                    "WHERE built_in = ?1", 0, key, error);
}

static void
set_built_in_error (GError **error)
{
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_READ_ONLY,
                       _("A built-in template cannot be changed or deleted. Make a copy of it "
                         "and change the copy."));
}

/* Looked up in the register, not trusted from the struct: the caller's copy may be old. */
static gboolean
refuse_built_in (SkupStore  *self,
                 gint64      id,
                 GError    **error)
{
  gint64 n = 0;

  if (!_skup_store_query_int (self, "SELECT count(*) FROM certificate_templates WHERE id = ?1 "
                                    "AND built_in IS NOT NULL", id, 0, &n, error))
    return FALSE;
  if (n == 0)
    return TRUE;
  set_built_in_error (error);
  return FALSE;
}

static gboolean
insert_template_locked (SkupStore               *self,
                        SkupCertificateTemplate *t,
                        GError                 **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, TEMPLATE_INSERT " RETURNING id", error);

  if (stmt == NULL)
    return FALSE;
  bind_template (stmt, t, stamp);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  t->id = skup_stmt_column_int (stmt, 0);
  return skup_stmt_run (stmt, error);
}

static gboolean
update_template_locked (SkupStore                     *self,
                        const SkupCertificateTemplate *t,
                        GError                       **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) stmt = NULL;

  if (!refuse_built_in (self, t->id, error))
    return FALSE;
  stmt = skup_db_prepare (self->db, "UPDATE certificate_templates SET name = ?1, "
                          "built_in = ?2, role = ?3, language = ?4, script = ?5, layout = ?6, "
                          "paper = ?7, landscape = ?8, accent = ?9, font_family = ?10, "
                          "title = ?11, preamble = ?12, body = ?13, issued_line = ?14, "
                          "second_language = ?15, second_script = ?16, second_title = ?17, "
                          "second_preamble = ?18, second_body = ?19, logos = ?20, "
                          "signatories = ?21, background = ?22, updated_at = ?23, "
                          "sort_key = ?24 WHERE id = ?25", error);
  if (stmt == NULL)
    return FALSE;
  bind_template (stmt, t, stamp);
  skup_stmt_bind_int (stmt, 25, t->id);
  if (!skup_stmt_run (stmt, error))
    return FALSE;
  if (skup_stmt_changes (stmt) > 0)
    return TRUE;
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_STALE,
                       _("The template was deleted meanwhile."));
  return FALSE;
}

gboolean
skup_store_save_certificate_template (SkupStore                *self,
                                      SkupCertificateTemplate  *template_,
                                      GError                  **error)
{
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (template_ != NULL, FALSE);

  if (template_->built_in != NULL)
    {
      set_built_in_error (error);
      return FALSE;
    }
  if (!skup_certificate_template_check (template_, error)
      || !_skup_store_begin_write (self, error))
    return FALSE;
  ok = template_->id == 0 ? insert_template_locked (self, template_, error)
                          : update_template_locked (self, template_, error);
  if (!_skup_store_end_write (self, ok, error))
    return FALSE;
  _skup_store_emit_changed (self, "certificate-template", template_->id);
  return TRUE;
}

static gboolean
delete_template_locked (SkupStore  *self,
                        gint64      id,
                        GError    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;

  if (!refuse_built_in (self, id, error))
    return FALSE;
  stmt = skup_db_prepare (self->db, "DELETE FROM certificate_templates WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, id);
  return skup_stmt_run (stmt, error);
}

gboolean
skup_store_delete_certificate_template (SkupStore  *self,
                                        gint64      id,
                                        GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, delete_template_locked (self, id, error), error))
    return FALSE;
  _skup_store_emit_changed (self, "certificate-template", id);
  return TRUE;
}

static gboolean
seed_locked (SkupStore  *self,
             GPtrArray  *built_ins,
             GError    **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();

  for (guint i = 0; i < built_ins->len; i++)
    {
      g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, TEMPLATE_INSERT
                                                  " ON CONFLICT (built_in) DO NOTHING", error);

      if (stmt == NULL)
        return FALSE;
      bind_template (stmt, g_ptr_array_index (built_ins, i), stamp);
      if (!skup_stmt_run (stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
skup_store_seed_certificate_templates (SkupStore  *self,
                                       GError    **error)
{
  g_autoptr(GPtrArray) built_ins = skup_certificate_template_built_ins ();
  gint64 n = 0;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);

  /* Read first: a register opened by someone who may only read it has them already. */
  if (!_skup_store_query_int (self, "SELECT count(*) FROM certificate_templates "
                                    "WHERE built_in IS NOT NULL", 0, 0, &n, error))
    return FALSE;
  if (n >= built_ins->len)
    return TRUE;
  return _skup_store_begin_write (self, error)
         && _skup_store_end_write (self, seed_locked (self, built_ins, error), error);
}

/* For a copy of a register: the built-ins the empty target was seeded with make way for the
 * source's own (same keys, other ids). The write lock held. */
gboolean
_skup_store_unseed_certificate_templates (SkupStore  *self,
                                          GError    **error)
{
  return skup_db_exec (self->db, "DELETE FROM certificate_templates WHERE built_in IS NOT NULL "
                                 "AND id NOT IN (SELECT template_id FROM certificates "
                                 "WHERE template_id IS NOT NULL)", error);
}

/* ---- Images -------------------------------------------------------------------------------- */

static const char *
sniff_image (GBytes *data)
{
  gsize size = 0;
  const char *bytes = g_bytes_get_data (data, &size);

  if (size >= 8 && memcmp (bytes, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "image/png";
  if (size >= 3 && memcmp (bytes, "\xff\xd8\xff", 3) == 0)
    return "image/jpeg";
  if (size > 0 && g_strstr_len (bytes, MIN (size, 1024), "<svg") != NULL)
    return "image/svg+xml";
  return NULL;
}

static gboolean
put_asset_locked (SkupStore   *self,
                  GBytes      *data,
                  const char  *sha256,
                  const char  *mime_type,
                  GError     **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "INSERT INTO certificate_assets (sha256, mime_type, data, size, "
                               "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) "
                               "ON CONFLICT (sha256) DO NOTHING", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_text (stmt, 1, sha256);
  skup_stmt_bind_text (stmt, 2, mime_type);
  skup_stmt_bind_blob (stmt, 3, data);
  skup_stmt_bind_int (stmt, 4, (gint64) g_bytes_get_size (data));
  skup_stmt_bind_text (stmt, 5, stamp);
  return skup_stmt_run (stmt, error);
}

char *
skup_store_put_certificate_asset (SkupStore  *self,
                                  GBytes     *data,
                                  GError    **error)
{
  g_autofree char *sha256 = NULL;
  const char *mime_type;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (data != NULL, NULL);

  mime_type = sniff_image (data);
  if (mime_type == NULL || g_bytes_get_size (data) > SKUP_LOGO_MAX_SIZE)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("A certificate image must be a PNG, JPEG or SVG file of at most "
                             "2 MB."));
      return NULL;
    }
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  if (!_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, put_asset_locked (self, data, sha256, mime_type, error),
                                 error))
    return NULL;
  return g_steal_pointer (&sha256);
}

GBytes *
skup_store_dup_certificate_asset (SkupStore  *self,
                                  const char *sha256,
                                  GError    **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *digest = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  stmt = skup_db_prepare (self->db, "SELECT data FROM certificate_assets WHERE sha256 = ?1",
                          error);
  if (stmt == NULL)
    return NULL;
  skup_stmt_bind_text (stmt, 1, sha256);
  step = skup_stmt_step (stmt, error);
  if (step == SKUP_STEP_ERROR)
    return NULL;
  if (step == SKUP_STEP_DONE)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                           _("An image of the certificate is missing from the register."));
      return NULL;
    }
  data = skup_stmt_column_blob (stmt, 0);
  digest = data ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data) : NULL;
  if (digest != NULL && g_str_equal (digest, sha256))
    return g_steal_pointer (&data);
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DAMAGED,
                       _("An image of the certificate in the register is damaged."));
  return NULL;
}

/* ---- Issued certificates ------------------------------------------------------------------ */

static const char * const state_nicks[] = { "valid", "superseded", "revoked" };

const char *
skup_certificate_state_to_nick (SkupCertificateState state)
{
  g_return_val_if_fail (state <= SKUP_CERTIFICATE_REVOKED, "valid");
  return state_nicks[state];
}

SkupCertificateState
skup_certificate_state_from_nick (const char *nick)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_nicks); i++)
    if (g_strcmp0 (nick, state_nicks[i]) == 0)
      return (SkupCertificateState) i;
  return SKUP_CERTIFICATE_VALID;
}

const char *
skup_certificate_state_to_label (SkupCertificateState state)
{
  switch (state)
    {
    case SKUP_CERTIFICATE_SUPERSEDED:
      return _("Superseded");
    case SKUP_CERTIFICATE_REVOKED:
      return _("Revoked");
    case SKUP_CERTIFICATE_VALID:
    default:
      return _("Valid");
    }
}

void
skup_certificate_entry_free (SkupCertificateEntry *e)
{
  if (e == NULL)
    return;
  g_free (e->number);
  g_free (e->verification_code);
  g_free (e->recipient_name);
  g_free (e->event_title);
  g_free (e->event_dates);
  g_free (e->event_place);
  g_free (e->role);
  g_free (e->language);
  g_free (e->script);
  g_free (e->issue_date);
  g_free (e->issued_at);
  g_free (e->signature);
  g_free (e->qr_payload);
  g_free (e->correction_reason);
  g_free (e->correction_date);
  g_free (e->snapshot);
  g_free (e->design);
  g_free (e->pdf_sha256);
  g_free (e);
}

#define CERTIFICATE_COLUMNS \
  "id, number, verification_code, state, person_id, event_id, registration_id, template_id, " \
  "recipient_name, event_title, event_dates, event_place, credited_hours, role, language, " \
  "script, issue_date, issued_at, signature, qr_payload, supersedes_id, superseded_by_id, " \
  "correction_reason, correction_date, snapshot, design, pdf_sha256, pdf_size"

static gint64
column_id (SkupStmt *stmt,
           guint     col)
{
  return skup_stmt_column_is_null (stmt, col) ? 0 : skup_stmt_column_int (stmt, col);
}

static SkupCertificateEntry *
read_entry (SkupStmt *stmt)
{
  SkupCertificateEntry *e = g_new0 (SkupCertificateEntry, 1);

  e->id = skup_stmt_column_int (stmt, 0);
  e->number = dup_text (stmt, 1);
  e->verification_code = dup_text (stmt, 2);
  e->state = skup_certificate_state_from_nick (skup_stmt_column_text (stmt, 3));
  e->person_id = column_id (stmt, 4);
  e->event_id = column_id (stmt, 5);
  e->registration_id = column_id (stmt, 6);
  e->template_id = column_id (stmt, 7);
  e->recipient_name = dup_text (stmt, 8);
  e->event_title = dup_text (stmt, 9);
  e->event_dates = dup_text (stmt, 10);
  e->event_place = dup_text (stmt, 11);
  e->credited_hours = skup_stmt_column_real (stmt, 12);
  e->role = dup_text (stmt, 13);
  e->language = dup_text (stmt, 14);
  e->script = dup_text (stmt, 15);
  e->issue_date = dup_text (stmt, 16);
  e->issued_at = dup_text (stmt, 17);
  e->signature = dup_text (stmt, 18);
  e->qr_payload = dup_text (stmt, 19);
  e->supersedes_id = column_id (stmt, 20);
  e->superseded_by_id = column_id (stmt, 21);
  e->correction_reason = dup_text (stmt, 22);
  e->correction_date = dup_text (stmt, 23);
  e->snapshot = dup_text (stmt, 24);
  e->design = dup_text (stmt, 25);
  e->pdf_sha256 = dup_text (stmt, 26);
  e->pdf_size = skup_stmt_column_int (stmt, 27);
  return e;
}

static void
bind_id (SkupStmt *stmt,
         guint     index,
         gint64    id)
{
  if (id > 0)
    skup_stmt_bind_int (stmt, index, id);
  else
    skup_stmt_bind_null (stmt, index);
}

static void
bind_entry (SkupStmt                   *stmt,
            const SkupCertificateEntry *e)
{
  skup_stmt_bind_text (stmt, 1, e->number);
  skup_stmt_bind_text (stmt, 2, e->verification_code);
  skup_stmt_bind_text (stmt, 3, skup_certificate_state_to_nick (e->state));
  bind_id (stmt, 4, e->person_id);
  bind_id (stmt, 5, e->event_id);
  bind_id (stmt, 6, e->registration_id);
  bind_id (stmt, 7, e->template_id);
  skup_stmt_bind_text (stmt, 8, e->recipient_name);
  skup_stmt_bind_text (stmt, 9, e->event_title);
  skup_stmt_bind_text (stmt, 10, e->event_dates);
  skup_stmt_bind_text (stmt, 11, e->event_place);
  skup_stmt_bind_real (stmt, 12, e->credited_hours);
  skup_stmt_bind_text (stmt, 13, e->role);
  skup_stmt_bind_text (stmt, 14, e->language);
  skup_stmt_bind_text (stmt, 15, e->script);
  skup_stmt_bind_text (stmt, 16, e->issue_date);
  skup_stmt_bind_text (stmt, 17, e->issued_at);
  skup_stmt_bind_text (stmt, 18, e->signature);
  skup_stmt_bind_text (stmt, 19, e->qr_payload);
  bind_id (stmt, 20, e->supersedes_id);
  skup_stmt_bind_text (stmt, 21, e->snapshot);
  skup_stmt_bind_text (stmt, 22, e->design);
  skup_stmt_bind_text (stmt, 23, e->pdf_sha256);
  skup_stmt_bind_int (stmt, 24, e->pdf_size);
}

gboolean
skup_store_insert_certificate (SkupStore             *self,
                               SkupCertificateEntry  *entry,
                               GError               **error)
{
  g_autoptr(SkupStmt) stmt = NULL;
  g_autofree char *sort_key = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (entry != NULL && entry->id == 0, FALSE);
  g_return_val_if_fail (skup_db_get_depth (self->db) > 0, FALSE);

  stmt = skup_db_prepare (self->db,
                          "INSERT INTO certificates (number, verification_code, state, "
                          "person_id, event_id, registration_id, template_id, recipient_name, "
                          "event_title, event_dates, event_place, credited_hours, role, "
                          "language, script, issue_date, issued_at, signature, qr_payload, "
                          "supersedes_id, snapshot, design, pdf_sha256, pdf_size, sort_key, "
                          "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                          "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
                          "?23, ?24, ?25, ?17, ?17) RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  bind_entry (stmt, entry);
  sort_key = skup_text_fold (entry->number);
  skup_stmt_bind_text (stmt, 25, sort_key);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return FALSE;
  entry->id = skup_stmt_column_int (stmt, 0);
  if (!skup_stmt_run (stmt, error))
    return FALSE;
  _skup_store_emit_changed (self, "certificate", entry->id);
  return TRUE;
}

GPtrArray *
skup_store_list_certificates (SkupStore                   *self,
                              const SkupCertificateFilter *filter,
                              GError                     **error)
{
  SkupCertificateFilter all = { 0, 0, 0, -1 };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(SkupStmt) stmt = NULL;
  g_autofree char *year = NULL;
  SkupStep step;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  if (filter == NULL)
    filter = &all;
  stmt = skup_db_prepare (self->db, "SELECT " CERTIFICATE_COLUMNS " FROM certificates "
                          "WHERE (?1 = 0 OR event_id = ?1) AND (?2 = 0 OR person_id = ?2) "
                          "AND (CAST (?3 AS TEXT) IS NULL OR substr (issue_date, 1, 4) = ?3) "
                          "AND (CAST (?4 AS TEXT) IS NULL OR state = ?4) "
                          "ORDER BY issue_date DESC, sort_key DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  year = filter->year > 0 ? g_strdup_printf ("%04d", filter->year) : NULL;
  skup_stmt_bind_int (stmt, 1, filter->event_id);
  skup_stmt_bind_int (stmt, 2, filter->person_id);
  skup_stmt_bind_text (stmt, 3, year);
  skup_stmt_bind_text (stmt, 4, filter->state >= 0 ? skup_certificate_state_to_nick (filter->state)
                                                   : NULL);
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_entry_free);
  while ((step = skup_stmt_step (stmt, error)) == SKUP_STEP_ROW)
    g_ptr_array_add (entries, read_entry (stmt));
  return step == SKUP_STEP_DONE ? g_steal_pointer (&entries) : NULL;
}

static SkupCertificateEntry *
load_entry_where (SkupStore   *self,
                  const char  *sql,
                  gint64       id,
                  const char  *number,
                  GError     **error)
{
  g_autoptr(SkupStmt) stmt = skup_db_prepare (self->db, sql, error);

  if (stmt == NULL)
    return NULL;
  if (number != NULL)
    skup_stmt_bind_text (stmt, 1, number);
  else
    skup_stmt_bind_int (stmt, 1, id);
  if (skup_stmt_step (stmt, error) != SKUP_STEP_ROW)
    return NULL;
  return read_entry (stmt);
}

SkupCertificateEntry *
skup_store_load_certificate (SkupStore  *self,
                             gint64      id,
                             GError    **error)
{
  g_autoptr(GError) local = NULL;
  SkupCertificateEntry *e;

  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);

  e = load_entry_where (self, "SELECT " CERTIFICATE_COLUMNS " FROM certificates WHERE id = ?1",
                        id, NULL, &local);
  if (e == NULL && local == NULL)
    g_set_error_literal (&local, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                         _("There is no such certificate."));
  if (e == NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return e;
}

SkupCertificateEntry *
skup_store_find_certificate (SkupStore  *self,
                             const char *number,
                             GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), NULL);
  g_return_val_if_fail (number != NULL, NULL);
  return load_entry_where (self, "SELECT " CERTIFICATE_COLUMNS " FROM certificates "
                                 "WHERE number = ?1", 0, number, error);
}

static gboolean
change_state_locked (SkupStore             *self,
                     gint64                 id,
                     SkupCertificateState   state,
                     gint64                 new_id,
                     const char            *reason,
                     const char            *date,
                     GError               **error)
{
  g_autofree char *stamp = _skup_store_now_stamp ();
  g_autoptr(SkupStmt) stmt =
    skup_db_prepare (self->db, "UPDATE certificates SET state = ?2, superseded_by_id = ?3, "
                               "correction_reason = ?4, correction_date = ?5, updated_at = ?6 "
                               "WHERE id = ?1 AND state = 'valid'", error);

  if (stmt == NULL)
    return FALSE;
  skup_stmt_bind_int (stmt, 1, id);
  skup_stmt_bind_text (stmt, 2, skup_certificate_state_to_nick (state));
  bind_id (stmt, 3, new_id);
  skup_stmt_bind_text (stmt, 4, reason);
  skup_stmt_bind_text (stmt, 5, date);
  skup_stmt_bind_text (stmt, 6, stamp);
  if (!skup_stmt_run (stmt, error))
    return FALSE;
  if (skup_stmt_changes (stmt) > 0)
    return TRUE;
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("Only a valid certificate can be superseded or revoked; this one "
                         "is not (any more)."));
  return FALSE;
}

static gboolean
check_reason (const char  *reason,
              GError     **error)
{
  g_autofree char *copy = g_strdup (reason != NULL ? reason : "");

  if (*g_strstrip (copy) != '\0')
    return TRUE;
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("Say why: the reason is kept with the certificate."));
  return FALSE;
}

gboolean
skup_store_supersede_certificate (SkupStore  *self,
                                  gint64      id,
                                  gint64      new_id,
                                  const char *reason,
                                  const char *date,
                                  GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (skup_db_get_depth (self->db) > 0, FALSE);

  if (!check_reason (reason, error)
      || !change_state_locked (self, id, SKUP_CERTIFICATE_SUPERSEDED, new_id, reason, date,
                               error))
    return FALSE;
  _skup_store_emit_changed (self, "certificate", id);
  return TRUE;
}

gboolean
skup_store_revoke_certificate (SkupStore  *self,
                               gint64      id,
                               const char *reason,
                               const char *date,
                               GError    **error)
{
  g_return_val_if_fail (SKUP_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (!check_reason (reason, error) || !_skup_store_begin_write (self, error)
      || !_skup_store_end_write (self, change_state_locked (self, id, SKUP_CERTIFICATE_REVOKED, 0,
                                                            reason, date, error), error))
    return FALSE;
  _skup_store_emit_changed (self, "certificate", id);
  return TRUE;
}
