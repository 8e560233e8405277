/* skup-issuer.c — issuing certificates, printing them again, correcting them
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "skup-certificate-number.h"
#include "skup-certificate-values.h"
#include "skup-eligibility.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-issued-document.h"
#include "skup-issuer.h"
#include "skup-signer.h"
#include "skup-text.h"

/* An issued certificate is drawn from two texts only, its snapshot and its design (see
 * skup-issuer.h), and the issuer draws it at issuing through the very function that prints it
 * again (render_entry()): what was hashed is what a reprint must give. Everything a batch
 * writes, numbers included, is in one transaction, so a failure mid-way leaves no certificate
 * and no number taken. */

#define COUNTER "certificate"

void
skup_issue_plan_entry_free (SkupIssuePlanEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->name);
  g_free (entry->role);
  g_free (entry->reason);
  g_free (entry->existing_number);
  g_free (entry);
}

/* ---- Planning ------------------------------------------------------------------------------ */

static GHashTable *
valid_numbers_by_person (SkupStore  *store,
                         gint64      event_id,
                         GError    **error)
{
  SkupCertificateFilter filter = { event_id, 0, 0, SKUP_CERTIFICATE_VALID };
  g_autoptr(GPtrArray) held = skup_store_list_certificates (store, &filter, error);
  GHashTable *numbers;

  if (held == NULL)
    return NULL;
  numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < held->len; i++)
    {
      SkupCertificateEntry *e = g_ptr_array_index (held, i);

      if (e->person_id != 0)
        g_hash_table_insert (numbers, g_memdup2 (&e->person_id, sizeof (gint64)),
                             g_strdup (e->number));
    }
  return numbers;
}

static gboolean
wanted (gint64        person_id,
        const gint64 *person_ids,
        guint         n_people)
{
  if (n_people == 0)
    return TRUE;
  for (guint i = 0; i < n_people; i++)
    if (person_ids[i] == person_id)
      return TRUE;
  return FALSE;
}

static SkupIssuePlanEntry *
plan_entry (SkupStandingEntry *s,
            GHashTable        *held)
{
  SkupIssuePlanEntry *p = g_new0 (SkupIssuePlanEntry, 1);
  const char *number = g_hash_table_lookup (held, &s->person_id);

  p->registration_id = s->registration_id;
  p->person_id = s->person_id;
  p->name = g_strdup (s->name);
  p->role = g_strdup (s->role);
  if (number != NULL)
    {
      p->verdict = SKUP_ISSUE_HOLDS_ONE;
      p->existing_number = g_strdup (number);
      /* Translators: %s is a certificate number */
      p->reason = g_strdup_printf (_("Holds %s already."), number);
      return p;
    }
  p->verdict = s->standing == SKUP_STANDING_ELIGIBLE ? SKUP_ISSUE_WILL
               : s->standing == SKUP_STANDING_NOT_YET ? SKUP_ISSUE_NOT_YET
                                                       : SKUP_ISSUE_NOT_ELIGIBLE;
  p->reason = g_strdup (s->reason);
  return p;
}

GPtrArray *
skup_certificates_plan (SkupStore     *store,
                        gint64         event_id,
                        const gint64  *person_ids,
                        guint          n_people,
                        GError       **error)
{
  g_autoptr(GPtrArray) standings = NULL;
  g_autoptr(GHashTable) held = NULL;
  GPtrArray *plan;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  standings = skup_eligibility_list (store, event_id, error);
  held = standings ? valid_numbers_by_person (store, event_id, error) : NULL;
  if (held == NULL)
    return NULL;
  plan = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_issue_plan_entry_free);
  for (guint i = 0; i < standings->len; i++)
    {
      SkupStandingEntry *s = g_ptr_array_index (standings, i);

      if (wanted (s->person_id, person_ids, n_people))
        g_ptr_array_add (plan, plan_entry (s, held));
    }
  return plan;
}

/* ---- Designs: the template as used, images resolved and kept once -------------------------- */

static GBytes *
dup_image (SkupStore   *store,
           const char  *ref,
           GError     **error)
{
  if (ref == NULL || *ref == '\0')
    return NULL;
  if (g_str_equal (ref, "office"))
    return skup_store_dup_setting_data (store, SKUP_SETTING_LOGO);
  if (g_str_has_prefix (ref, "organisation:"))
    return skup_store_dup_logo (store, g_ascii_strtoll (ref + 13, NULL, 10), error);
  if (g_str_has_prefix (ref, "asset:"))
    return skup_store_dup_certificate_asset (store, ref + 6, error);
  return NULL;
}

/* Keeps @image once and writes its digest under @key; nothing for no image. */
static gboolean
keep_image (SkupStore   *store,
            GKeyFile    *file,
            const char  *key,
            GBytes      *image,
            GError     **error)
{
  g_autofree char *sha = NULL;

  if (image == NULL || g_bytes_get_size (image) == 0)
    return TRUE;
  sha = skup_store_put_certificate_asset (store, image, error);
  if (sha == NULL)
    return FALSE;
  g_key_file_set_string (file, "design", key, sha);
  return TRUE;
}

static gboolean
resolve_signatory (SkupStore   *store,
                   GKeyFile    *file,
                   guint        slot,
                   guint        number,
                   GError     **error)
{
  g_autofree char *name_key = g_strdup_printf ("signatory-%u-name", number);
  g_autofree char *title_key = g_strdup_printf ("signatory-%u-title", number);
  g_autofree char *image_key = g_strdup_printf ("signatory-%u-signature", number);
  g_autofree char *name = skup_store_dup_setting (store, name_key);
  g_autofree char *title = skup_store_dup_setting (store, title_key);
  g_autoptr(GBytes) image = skup_store_dup_setting_data (store, image_key);
  g_autofree char *prefix = g_strdup_printf ("signatory-%u", slot + 1);
  g_autofree char *k_name = g_strconcat (prefix, "-name", NULL);
  g_autofree char *k_title = g_strconcat (prefix, "-title", NULL);
  g_autofree char *k_image = g_strconcat (prefix, "-signature", NULL);

  if (name == NULL)
    return TRUE;
  g_key_file_set_string (file, "design", k_name, name);
  g_key_file_set_string (file, "design", k_title, title != NULL ? title : "");
  return keep_image (store, file, k_image, image, error);
}

static gboolean
resolve_images (SkupStore                     *store,
                const SkupCertificateTemplate *t,
                GKeyFile                      *file,
                GError                       **error)
{
  g_autoptr(GBytes) background = NULL;

  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      g_autofree char *key = g_strdup_printf ("logo-%u", i + 1);
      g_autoptr(GError) local = NULL;
      g_autoptr(GBytes) logo = dup_image (store, t->logos[i], &local);

      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (!keep_image (store, file, key, logo, error))
        return FALSE;
    }
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    if (t->signatories[i] > 0 && !resolve_signatory (store, file, i, t->signatories[i], error))
      return FALSE;
  background = dup_image (store, t->background, error);
  return keep_image (store, file, "background", background, error);
}

/* The design text of @t: the template as used, and what its references stood for today. */
static char *
design_text (SkupStore                     *store,
             const SkupCertificateTemplate *t,
             GError                       **error)
{
  g_autofree char *data = skup_certificate_template_to_data (t);
  g_autoptr(GKeyFile) file = g_key_file_new ();

  g_key_file_load_from_data (file, data, -1, G_KEY_FILE_NONE, NULL);
  g_key_file_set_string (file, "design", "language", t->language);
  if (!resolve_images (store, t, file, error))
    return NULL;
  return g_key_file_to_data (file, NULL, NULL);
}

/* ---- Snapshots ----------------------------------------------------------------------------- */

static void
set_text (GKeyFile   *file,
          const char *group,
          const char *key,
          const char *value)
{
  if (value != NULL)
    g_key_file_set_string (file, group, key, value);
}

/* The one-page PDF of a snapshot in a design: the same call at issuing and at reprinting. */
static GBytes *
render_texts (const SkupCertificateDesign *design,
              SkupCertificateText         *text,
              const char                  *issue_date,
              GError                     **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(SkupDocument) doc = NULL;

  g_ptr_array_add (texts, text);
  doc = skup_certificate_document_new (design, texts);
  return skup_certificate_document_page_to_bytes (SKUP_CERTIFICATE_DOCUMENT (doc), 0, issue_date,
                                                  error);
}

static GBytes *
render_entry (SkupStore                  *store,
              const SkupCertificateEntry *e,
              GError                    **error)
{
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(SkupCertificateText) text = NULL;

  if (!skup_issued_design_read (store, e->design, &design, error))
    return NULL;
  text = skup_issued_text_read (e, error);
  return text != NULL ? render_texts (&design, text, e->issue_date, error) : NULL;
}

/* ---- Issuing ------------------------------------------------------------------------------- */

typedef struct
{
  SkupStore  *store;
  gint64      event_id;
  gint64      template_id;
  const char *issue_date;
  int         year;
  char       *pattern;
  char       *prefix;
  GHashTable *templates;   /* key ("id:N" or built-in key) → SkupCertificateTemplate */
  GHashTable *designs;     /* same key → design text */
  gint64      supersedes_id;
} Batch;

static void
batch_clear (Batch *b)
{
  g_free (b->pattern);
  g_free (b->prefix);
  g_clear_pointer (&b->templates, g_hash_table_unref);
  g_clear_pointer (&b->designs, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Batch, batch_clear)

static char *
dup_event_language (SkupStore *store,
                    gint64     event_id)
{
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, NULL);

  return event ? g_strdup (skup_record_get_string (event, "language")) : NULL;
}

/* The template of a person of @role, loaded once a batch. */
static const SkupCertificateTemplate *
template_for (Batch       *b,
              const char  *role,
              const char **out_key,
              GError     **error)
{
  g_autofree char *language = NULL;
  g_autofree char *key = NULL;
  SkupCertificateTemplate *t;

  if (b->template_id > 0)
    key = g_strdup_printf ("id:%" G_GINT64_FORMAT, b->template_id);
  else
    {
      language = dup_event_language (b->store, b->event_id);
      key = g_strdup (skup_certificate_template_built_in_for (
        language, skup_certificate_role_for_registration (role)));
    }
  t = g_hash_table_lookup (b->templates, key);
  if (t == NULL)
    {
      t = b->template_id > 0
          ? skup_store_load_certificate_template (b->store, b->template_id, error)
          : skup_store_load_built_in_template (b->store, key, error);
      if (t == NULL)
        return NULL;
      g_hash_table_insert (b->templates, g_strdup (key), t);
    }
  g_hash_table_lookup_extended (b->templates, key, (gpointer *) out_key, NULL);
  return t;
}

static const char *
design_for (Batch                         *b,
            const char                    *key,
            const SkupCertificateTemplate *t,
            GError                       **error)
{
  char *design = g_hash_table_lookup (b->designs, key);

  if (design == NULL)
    {
      design = design_text (b->store, t, error);
      if (design != NULL)
        g_hash_table_insert (b->designs, g_strdup (key), design);
    }
  return design;
}

static char *
expand (const char             *text,
        GHashTable             *values,
        SkupPlaceholderGender   gender,
        GError                **error)
{
  return text != NULL ? skup_placeholders_expand (text, values, gender, error) : g_strdup ("");
}

/* The place-and-date line names the city as it is named, not in a sentence's locative. */
static char *
expand_place_line (const char             *text,
                   GHashTable             *values,
                   SkupPlaceholderGender   gender,
                   GError                **error)
{
  char *locative = g_strdup (g_hash_table_lookup (values, SKUP_PLACEHOLDER_CITY));
  const char *named = g_hash_table_lookup (values, SKUP_CERTIFICATE_CITY_AS_NAMED);
  char *line;

  g_hash_table_insert (values, g_strdup (SKUP_PLACEHOLDER_CITY), g_strdup (named ? named : ""));
  line = expand (text, values, gender, error);
  g_hash_table_insert (values, g_strdup (SKUP_PLACEHOLDER_CITY), locative);
  return line;
}

/* Expands one language's texts into [group] of @snapshot. */
static gboolean
write_texts (GKeyFile               *snapshot,
             const char             *group,
             const char             *title,
             const char             *preamble,
             const char             *body,
             const char             *issued,
             GHashTable             *values,
             SkupPlaceholderGender   gender,
             GError                **error)
{
  g_autofree char *t = expand (title, values, gender, error);
  g_autofree char *p = t ? expand (preamble, values, gender, error) : NULL;
  g_autofree char *b = p ? expand (body, values, gender, error) : NULL;
  g_autofree char *i = b && issued ? expand_place_line (issued, values, gender, error) : NULL;

  if (b == NULL || (issued != NULL && i == NULL))
    return FALSE;
  set_text (snapshot, group, "title", t);
  if (preamble != NULL)
    set_text (snapshot, group, "preamble", p);
  set_text (snapshot, group, "name", g_hash_table_lookup (values, SKUP_PLACEHOLDER_NAME));
  set_text (snapshot, group, "body", b);
  set_text (snapshot, group, "issued", i);
  return TRUE;
}

static void
write_values (GKeyFile   *snapshot,
              GHashTable *values)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_key_file_set_string (snapshot, "values", key, value);
}

/* The second language's texts, with values in its language and script. */
static gboolean
write_second (Batch                         *b,
              GKeyFile                      *snapshot,
              const SkupCertificateTemplate *t,
              gint64                         registration_id,
              const char                    *number,
              GError                       **error)
{
  SkupCertificateFacts facts = { t->second_language, t->second_script ? t->second_script
                                                                      : "latin",
                                 number, b->issue_date };
  SkupPlaceholderGender gender;
  g_autoptr(GHashTable) values = NULL;

  if (t->second_language == NULL || t->second_body == NULL)
    return TRUE;
  values = skup_certificate_values_new (b->store, registration_id, &facts, &gender, NULL, error);
  return values != NULL
         && write_texts (snapshot, "second", t->second_title, t->second_preamble, t->second_body,
                         NULL, values, gender, error);
}

/* Fills what a certificate says, signs it, keeps the snapshot. */
static gboolean
fill_entry (Batch                         *b,
            SkupCertificateEntry          *e,
            const SkupCertificateTemplate *t,
            GHashTable                    *values,
            SkupPlaceholderGender          gender,
            GError                       **error)
{
  g_autoptr(GKeyFile) snapshot = g_key_file_new ();
  g_autofree char *message = NULL;
  static const char * const gender_nicks[] = { "male", "female", "other" };

  e->recipient_name = g_strdup (g_hash_table_lookup (values, SKUP_PLACEHOLDER_NAME));
  e->event_title = g_strdup (g_hash_table_lookup (values, SKUP_PLACEHOLDER_EVENT));
  e->event_dates = g_strdup (g_hash_table_lookup (values, SKUP_PLACEHOLDER_DATES));
  e->event_place = g_strdup (g_hash_table_lookup (values, SKUP_PLACEHOLDER_CITY));
  e->credited_hours = g_ascii_strtod (g_hash_table_lookup (values, SKUP_PLACEHOLDER_HOURS),
                                      NULL);
  message = skup_signer_message (e->number, e->verification_code, e->recipient_name,
                                 e->event_title, e->issue_date);
  e->signature = skup_signer_sign (b->store, message, error);
  if (e->signature == NULL)
    return FALSE;
  e->qr_payload = skup_signer_qr_payload (b->store, e->number, e->verification_code,
                                          e->signature);
  write_values (snapshot, values);
  g_key_file_set_string (snapshot, "person", "gender", gender_nicks[gender]);
  if (!write_texts (snapshot, "text", t->title, t->preamble, t->body, t->issued, values, gender,
                    error)
      || !write_second (b, snapshot, t, e->registration_id, e->number, error))
    return FALSE;
  set_text (snapshot, "text", "number", e->number);
  set_text (snapshot, "text", "qr", e->qr_payload);
  e->snapshot = g_key_file_to_data (snapshot, NULL, NULL);
  return TRUE;
}

static gboolean
take_number (Batch                 *b,
             SkupCertificateEntry  *e,
             GError               **error)
{
  gint64 seq = 0;

  if (!skup_store_next_number (b->store, COUNTER, b->year, &seq, error))
    return FALSE;
  e->number = skup_certificate_number_format (b->pattern, b->prefix, b->year, seq, error);
  e->verification_code = skup_signer_new_code ();
  return e->number != NULL;
}

/* Hashes the page as a reprint will draw it, from the snapshot and design just written. */
static gboolean
seal (Batch                 *b,
      SkupCertificateEntry  *e,
      GError               **error)
{
  g_autoptr(GBytes) pdf = render_entry (b->store, e, error);

  if (pdf == NULL)
    return FALSE;
  e->pdf_sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  e->pdf_size = (gint64) g_bytes_get_size (pdf);
  return TRUE;
}

static char *
now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static SkupCertificateEntry *
issue_one (Batch               *b,
           gint64               registration_id,
           gint64               person_id,
           const char          *role,
           GError             **error)
{
  g_autoptr(SkupCertificateEntry) e = g_new0 (SkupCertificateEntry, 1);
  const SkupCertificateTemplate *t;
  const char *key = NULL, *design;
  SkupCertificateFacts facts;
  SkupPlaceholderGender gender;
  g_autoptr(GHashTable) values = NULL;

  if ((t = template_for (b, role, &key, error)) == NULL
      || (design = design_for (b, key, t, error)) == NULL || !take_number (b, e, error))
    return NULL;
  facts = (SkupCertificateFacts) { t->language, t->script, e->number, b->issue_date };
  values = skup_certificate_values_new (b->store, registration_id, &facts, &gender, NULL, error);
  if (values == NULL)
    return NULL;
  e->person_id = person_id;
  e->event_id = b->event_id;
  e->registration_id = registration_id;
  e->template_id = t->id;
  e->role = g_strdup (role);
  e->language = g_strdup (t->language);
  e->script = g_strdup (t->script);
  e->issue_date = g_strdup (b->issue_date);
  e->issued_at = now_stamp ();
  e->design = g_strdup (design);
  e->supersedes_id = b->supersedes_id;
  if (!fill_entry (b, e, t, values, gender, error) || !seal (b, e, error)
      || !skup_store_insert_certificate (b->store, e, error))
    return NULL;
  return g_steal_pointer (&e);
}

/* The corrected certificate: today's register, the old one's template (else the built-in),
 * a new number. */
static SkupCertificateEntry *
issue_one_superseding (Batch                      *b,
                       const SkupCertificateEntry *old,
                       GError                    **error)
{
  g_autoptr(SkupCertificateTemplate) t = NULL;

  /* A template deleted since: the built-in for the event and role. */
  if (b->template_id > 0
      && (t = skup_store_load_certificate_template (b->store, b->template_id, NULL)) == NULL)
    b->template_id = 0;
  b->supersedes_id = old->id;
  return issue_one (b, old->registration_id, old->person_id, old->role, error);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The office's pattern and prefix, refused before anything is written if they cannot make a
 * number (a prefix typed in another client, or straight into the register). */
static gboolean
batch_init (Batch       *b,
            SkupStore   *store,
            gint64       event_id,
            gint64       template_id,
            const char  *issue_date,
            GError     **error)
{
  b->store = store;
  b->event_id = event_id;
  b->template_id = template_id;
  b->issue_date = issue_date;
  b->year = (int) g_ascii_strtoll (issue_date, NULL, 10);
  b->pattern = skup_store_dup_setting (store, SKUP_SETTING_CERTIFICATE_PATTERN);
  if (b->pattern == NULL)
    b->pattern = g_strdup (SKUP_CERTIFICATE_DEFAULT_PATTERN);
  b->prefix = skup_store_dup_setting (store, SKUP_SETTING_CERTIFICATE_PREFIX);
  if (b->prefix == NULL)
    b->prefix = g_strdup ("");
  g_strstrip (b->prefix);
  b->templates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) skup_certificate_template_free);
  b->designs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!skup_text_is_iso_date (issue_date))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The issue date %s is not a date (YYYY-MM-DD)."), issue_date);
      return FALSE;
    }
  return skup_certificate_prefix_check (b->prefix, error)
         && skup_certificate_pattern_check (b->pattern, error);
}

/* Who of the plan is issued to; a person asked for by name who would not get one fails. */
static gboolean
choose (GPtrArray     *plan,
        gboolean       named,
        GPtrArray     *out,
        GError       **error)
{
  for (guint i = 0; i < plan->len; i++)
    {
      SkupIssuePlanEntry *p = g_ptr_array_index (plan, i);

      if (p->verdict == SKUP_ISSUE_WILL)
        g_ptr_array_add (out, p);
      else if (named)
        {
          /* Translators: "Žana Glavendekić is not given a certificate: Attended 1 of 3 …" */
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("%s is not given a certificate: %s"), p->name, p->reason);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_named (GPtrArray     *plan,
             const gint64  *person_ids,
             guint          n_people,
             GError       **error)
{
  for (guint i = 0; i < n_people; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < plan->len && !found; j++)
        found = ((SkupIssuePlanEntry *) g_ptr_array_index (plan, j))->person_id == person_ids[i];
      if (!found)
        {
          g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                               _("A person asked for is not expected at this event."));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
issue_locked (Batch      *b,
              GPtrArray  *chosen,
              GPtrArray  *issued,
              GError    **error)
{
  for (guint i = 0; i < chosen->len; i++)
    {
      SkupIssuePlanEntry *p = g_ptr_array_index (chosen, i);
      SkupCertificateEntry *e = issue_one (b, p->registration_id, p->person_id, p->role, error);

      if (e == NULL)
        {
          g_prefix_error (error, "%s: ", p->name);
          return FALSE;
        }
      g_ptr_array_add (issued, e);
    }
  return TRUE;
}

gboolean
skup_certificates_issue (SkupStore     *store,
                         gint64         event_id,
                         const gint64  *person_ids,
                         guint          n_people,
                         gint64         template_id,
                         const char    *issue_date,
                         GPtrArray    **out_issued,
                         GError       **error)
{
  g_auto(Batch) b = { 0 };
  g_autofree char *date = issue_date ? g_strdup (issue_date) : today ();
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) issued = NULL;
  gboolean ok;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (person_ids != NULL || n_people == 0, FALSE);

  if (!batch_init (&b, store, event_id, template_id, date, error)
      || !skup_store_begin (store, error))
    return FALSE;
  /* The plan is made under the write lock: two organisers issuing at once cannot both give
   * someone a certificate. */
  plan = skup_certificates_plan (store, event_id, person_ids, n_people, error);
  issued = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_entry_free);
  ok = plan != NULL && check_named (plan, person_ids, n_people, error)
       && choose (plan, person_ids != NULL, chosen, error)
       && issue_locked (&b, chosen, issued, error);
  if (!ok)
    {
      skup_store_rollback (store);
      return FALSE;
    }
  if (!skup_store_commit (store, error))
    return FALSE;
  if (out_issued)
    *out_issued = g_steal_pointer (&issued);
  return TRUE;
}

/* ---- Printing again ------------------------------------------------------------------------ */

static GBytes *
render_checked (SkupStore                  *store,
                const SkupCertificateEntry *e,
                GError                    **error)
{
  g_autoptr(GBytes) pdf = render_entry (store, e, error);
  g_autofree char *sha = NULL;

  if (pdf == NULL)
    return NULL;
  sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  if (g_strcmp0 (sha, e->pdf_sha256) == 0)
    return g_steal_pointer (&pdf);
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_DAMAGED,
               _("Certificate %s would not print as it was issued (the fonts or the program "
                 "changed since). Nothing was written."), e->number);
  return NULL;
}

GBytes *
skup_certificates_render_page (SkupStore  *store,
                               gint64      certificate_id,
                               GError    **error)
{
  g_autoptr(SkupCertificateEntry) e = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  e = skup_store_load_certificate (store, certificate_id, error);
  return e != NULL ? render_checked (store, e, error) : NULL;
}

static gboolean
is_unsafe (gunichar c)
{
  return g_unichar_iscntrl (c) || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?'
         || c == '"' || c == '<' || c == '>' || c == '|' || c == 0x2028 || c == 0x2029;
}

char *
skup_certificate_file_name (const char *given,
                            const char *family,
                            const char *number)
{
  g_autofree char *name = g_strdup_printf ("%s%s%s – %s.pdf", family ? family : "",
                                           family && given ? " " : "", given ? given : "",
                                           number ? number : "");
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe (c))
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }
  /* A name starting with a dot would be hidden. */
  while (out->str[0] == '.')
    g_string_erase (out, 0, 1);
  return g_utf8_normalize (out->str, -1, G_NORMALIZE_NFC);
}

static char *
file_name_of (const SkupCertificateEntry *e)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *given = NULL, *family = NULL;

  g_key_file_load_from_data (file, e->snapshot, -1, G_KEY_FILE_NONE, NULL);
  given = g_key_file_get_string (file, "values", SKUP_PLACEHOLDER_GIVEN_NAME, NULL);
  family = g_key_file_get_string (file, "values", SKUP_PLACEHOLDER_FAMILY_NAME, NULL);
  if (given == NULL && family == NULL)
    return skup_certificate_file_name (e->recipient_name, NULL, e->number);
  return skup_certificate_file_name (given, family, e->number);
}

static GPtrArray *
load_all (SkupStore     *store,
          const gint64  *ids,
          guint          n_ids,
          GPtrArray    **out_pages,
          GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (
    (GDestroyNotify) skup_certificate_entry_free);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < n_ids; i++)
    {
      SkupCertificateEntry *e = skup_store_load_certificate (store, ids[i], error);
      GBytes *pdf = e ? render_checked (store, e, error) : NULL;

      if (e != NULL)
        g_ptr_array_add (entries, e);
      if (pdf == NULL)
        return NULL;
      g_ptr_array_add (pages, pdf);
    }
  *out_pages = g_steal_pointer (&pages);
  return g_steal_pointer (&entries);
}

static gboolean
write_file (const char  *path,
            GBytes      *data,
            GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (g_file_set_contents (path, g_bytes_get_data (data, NULL),
                           (gssize) g_bytes_get_size (data), &local))
    return TRUE;
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write %s: %s"), path,
               local->message);
  return FALSE;
}

static gboolean
write_each (GPtrArray   *entries,
            GPtrArray   *pages,
            const char  *folder,
            GPtrArray   *out_paths,
            GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not make the folder %s."),
                   folder);
      return FALSE;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *name = file_name_of (g_ptr_array_index (entries, i));
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!write_file (path, g_ptr_array_index (pages, i), error))
        return FALSE;
      if (out_paths)
        g_ptr_array_add (out_paths, g_steal_pointer (&path));
    }
  return TRUE;
}

/* Every page drawn again onto one PDF surface, each at its own size. */
static gboolean
write_combined (SkupStore   *store,
                GPtrArray   *entries,
                const char  *path,
                GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < entries->len; i++)
    {
      const SkupCertificateEntry *e = g_ptr_array_index (entries, i);
      g_auto(SkupCertificateDesign) design = { 0 };
      g_autoptr(SkupCertificateText) text = NULL;
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();
      g_autoptr(SkupDocument) doc = NULL;
      const SkupPageSetup *setup;

      ok = skup_issued_design_read (store, e->design, &design, error)
           && (text = skup_issued_text_read (e, error)) != NULL;
      if (!ok)
        break;
      g_ptr_array_add (texts, text);
      doc = skup_certificate_document_new (&design, texts);
      if (!(ok = skup_document_prepare (doc, error)))
        break;
      setup = skup_document_get_page_setup (doc);
      cairo_pdf_surface_set_size (surface, skup_page_setup_get_width (setup),
                                  skup_page_setup_get_height (setup));
      skup_document_draw_page (doc, cr, 0);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write %s."), path);
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  return ok;
}

gboolean
skup_certificates_render (SkupStore     *store,
                          const gint64  *ids,
                          guint          n_ids,
                          const char    *path,
                          gboolean       one_file_each,
                          GPtrArray     *out_paths,
                          GError       **error)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  entries = load_all (store, ids, n_ids, &pages, error);
  if (entries == NULL)
    return FALSE;
  if (one_file_each)
    return write_each (entries, pages, path, out_paths, error);
  if (n_ids == 1 && !write_file (path, g_ptr_array_index (pages, 0), error))
    return FALSE;
  if (n_ids > 1 && !write_combined (store, entries, path, error))
    return FALSE;
  if (out_paths)
    g_ptr_array_add (out_paths, g_strdup (path));
  return TRUE;
}

/* ---- Corrections --------------------------------------------------------------------------- */

static gboolean
reissue_locked (SkupStore             *store,
                SkupCertificateEntry  *old,
                const char            *reason,
                const char            *date,
                SkupCertificateEntry **out_new,
                GError               **error)
{
  g_auto(Batch) b = { 0 };
  g_autoptr(SkupCertificateEntry) e = NULL;

  if (!batch_init (&b, store, old->event_id, old->template_id, date, error))
    return FALSE;
  e = issue_one_superseding (&b, old, error);
  if (e == NULL || !skup_store_supersede_certificate (store, old->id, e->id, reason, date, error))
    return FALSE;
  if (out_new)
    *out_new = g_steal_pointer (&e);
  return TRUE;
}

gboolean
skup_certificates_reissue (SkupStore             *store,
                           gint64                 certificate_id,
                           const char            *reason,
                           const char            *issue_date,
                           SkupCertificateEntry **out_new,
                           GError               **error)
{
  g_autofree char *date = issue_date ? g_strdup (issue_date) : today ();
  g_autoptr(SkupCertificateEntry) old = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);

  old = skup_store_load_certificate (store, certificate_id, error);
  if (old == NULL)
    return FALSE;
  if (old->registration_id == 0 || old->event_id == 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                   _("Certificate %s cannot be reissued: its person or event is no longer in "
                     "the register. Revoke it instead."), old->number);
      return FALSE;
    }
  if (!skup_store_begin (store, error))
    return FALSE;
  if (!reissue_locked (store, old, reason, date, out_new, error))
    {
      skup_store_rollback (store);
      return FALSE;
    }
  return skup_store_commit (store, error);
}

gboolean
skup_certificates_revoke (SkupStore   *store,
                          gint64       certificate_id,
                          const char  *reason,
                          const char  *date,
                          GError     **error)
{
  g_autofree char *day = date ? g_strdup (date) : today ();

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  return skup_store_revoke_certificate (store, certificate_id, reason, day, error);
}
