/* skup-store-certificates.h — templates, issued certificates and their images in the register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's part of certificates (skup-store-certificates.c): rows in and out, nothing
 * more. What is issued, to whom, with what number and text is decided in certificates/
 * (skup-issuer.h). An issued certificate is never deleted and what it printed never
 * changes: the database itself refuses (triggers on both engines); only its state and the
 * columns that say why it changed (correction_reason, correction_date, superseded_by_id) and
 * the links to the person, event, registration and template (set NULL when those go) move.
 */

#pragma once

#include "skup-certificate-template.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* The number pattern, the signing key and the verification address, shared by the register. */
#define SKUP_SETTING_CERTIFICATE_PATTERN    "certificate-number-pattern"
#define SKUP_SETTING_CERTIFICATE_VERIFY_URL "certificate-verify-url"
/* The office's Ed25519 key pair (data: 64 bytes, libsodium's secret key, which holds the
 * public key in its second half): whoever holds the register holds the key. */
#define SKUP_SETTING_SIGNING_KEY            "certificate-signing-key"

/* ---- Templates ---------------------------------------------------------------------------- */

/* (element-type SkupCertificateTemplate): built-ins first, then by name. */
GPtrArray               *skup_store_list_certificate_templates (SkupStore  *self,
                                                                GError    **error);
SkupCertificateTemplate *skup_store_load_certificate_template  (SkupStore  *self,
                                                                gint64      id,
                                                                GError    **error);
/* The built-in of @key (SKUP_TEMPLATE_*); SKUP_ERROR_NOT_FOUND if missing. */
SkupCertificateTemplate *skup_store_load_built_in_template     (SkupStore  *self,
                                                                const char *key,
                                                                GError    **error);
/* Inserts (id 0, which it sets) or updates @template after skup_certificate_template_check().
 * A built-in is refused (SKUP_ERROR_READ_ONLY): duplicate it first. */
gboolean                 skup_store_save_certificate_template  (SkupStore  *self,
                                                                SkupCertificateTemplate *template_,
                                                                GError    **error);
/* Deletes the office's own template; certificates issued with it keep their design. A
 * built-in is refused (SKUP_ERROR_READ_ONLY). */
gboolean                 skup_store_delete_certificate_template (SkupStore *self,
                                                                 gint64     id,
                                                                 GError   **error);
/* Adds the built-ins a register lacks (run at every opening; cheap when they are there). */
gboolean                 skup_store_seed_certificate_templates (SkupStore  *self,
                                                                GError    **error);

/* ---- Images, kept once by their SHA-256 ---------------------------------------------------- */

/* Keeps @data (PNG, JPEG or SVG, at most SKUP_LOGO_MAX_SIZE) once; returns its SHA-256 (hex). */
char                    *skup_store_put_certificate_asset      (SkupStore  *self,
                                                                GBytes     *data,
                                                                GError    **error);
/* The bytes kept for @sha256, checked against it (SKUP_ERROR_DAMAGED); NOT_FOUND if none. */
GBytes                  *skup_store_dup_certificate_asset      (SkupStore  *self,
                                                                const char *sha256,
                                                                GError    **error);

/* ---- Issued certificates ------------------------------------------------------------------ */

typedef enum
{
  SKUP_CERTIFICATE_VALID,
  SKUP_CERTIFICATE_SUPERSEDED,
  SKUP_CERTIFICATE_REVOKED,
} SkupCertificateState;

/* "valid", "superseded", "revoked" and back (unknown: valid). */
const char           *skup_certificate_state_to_nick   (SkupCertificateState state);
SkupCertificateState  skup_certificate_state_from_nick (const char          *nick);
/* "Valid", "Superseded", "Revoked" (translated) */
const char           *skup_certificate_state_to_label  (SkupCertificateState state);

/**
 * SkupCertificateEntry:
 * @id: its row
 * @number: "KBPD-2026-0001"
 * @verification_code: 10 characters of Crockford base32
 * @state: valid, superseded or revoked
 * @person_id, @event_id, @registration_id, @template_id: what it was made from; 0 once that
 *   was deleted (the certificate stays)
 * @recipient_name: the name as printed
 * @event_title, @event_dates, @event_place: as printed (dates as the sentence said them)
 * @credited_hours: the hours printed
 * @role: the registration role it was given for ("participant", "trainer" …)
 * @language, @script: the certificate's
 * @issue_date: "YYYY-MM-DD"
 * @issued_at: when it was written (UTC stamp)
 * @signature: the Ed25519 signature (base64url) the QR code carries
 * @qr_payload: what the QR code holds
 * @supersedes_id: the certificate this one corrects, 0 if none
 * @superseded_by_id: the certificate that replaced this one, 0 if none
 * @correction_reason, @correction_date: (nullable): why and when it was superseded or revoked
 * @snapshot: every printed value (GKeyFile text, see skup-issuer.h)
 * @design: the template as used, images by SHA-256 (GKeyFile text)
 * @pdf_sha256: the SHA-256 (hex) of its one-page PDF as issued
 * @pdf_size: that PDF's size in bytes
 */
typedef struct
{
  gint64                id;
  char                 *number;
  char                 *verification_code;
  SkupCertificateState  state;
  gint64                person_id;
  gint64                event_id;
  gint64                registration_id;
  gint64                template_id;
  char                 *recipient_name;
  char                 *event_title;
  char                 *event_dates;
  char                 *event_place;
  double                credited_hours;
  char                 *role;
  char                 *language;
  char                 *script;
  char                 *issue_date;
  char                 *issued_at;
  char                 *signature;
  char                 *qr_payload;
  gint64                supersedes_id;
  gint64                superseded_by_id;
  char                 *correction_reason;
  char                 *correction_date;
  char                 *snapshot;
  char                 *design;
  char                 *pdf_sha256;
  gint64                pdf_size;
} SkupCertificateEntry;

void                  skup_certificate_entry_free (SkupCertificateEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCertificateEntry, skup_certificate_entry_free)

/**
 * SkupCertificateFilter:
 * @event_id: 0 any
 * @person_id: 0 any
 * @year: 0 any; else the year of the issue date
 * @state: -1 any, else a SkupCertificateState
 *
 * Which certificates a list shows. Plain data: fill it on the stack.
 */
typedef struct
{
  gint64 event_id;
  gint64 person_id;
  int    year;
  int    state;
} SkupCertificateFilter;

/* Inside a transaction opened with skup_store_begin(): writes @entry (its id 0) and sets its
 * id. Refuses (SKUP_ERROR_DUPLICATE) a number or code already used. */
gboolean              skup_store_insert_certificate  (SkupStore            *self,
                                                      SkupCertificateEntry *entry,
                                                      GError              **error);
/* (element-type SkupCertificateEntry): newest first (by issue date, then number). */
GPtrArray            *skup_store_list_certificates   (SkupStore                   *self,
                                                      const SkupCertificateFilter *filter,
                                                      GError                     **error);
SkupCertificateEntry *skup_store_load_certificate    (SkupStore  *self,
                                                      gint64      id,
                                                      GError    **error);
/* NULL without an error when no certificate has @number. */
SkupCertificateEntry *skup_store_find_certificate    (SkupStore  *self,
                                                      const char *number,
                                                      GError    **error);
/* Inside a transaction: marks @id superseded by @new_id, with @reason and @date. Only a valid
 * certificate can be (SKUP_ERROR_INVALID otherwise). */
gboolean              skup_store_supersede_certificate (SkupStore  *self,
                                                        gint64      id,
                                                        gint64      new_id,
                                                        const char *reason,
                                                        const char *date,
                                                        GError    **error);
/* Marks a valid certificate revoked, with @reason (required) and @date, in its own
 * transaction (or the caller's). */
gboolean              skup_store_revoke_certificate  (SkupStore  *self,
                                                      gint64      id,
                                                      const char *reason,
                                                      const char *date,
                                                      GError    **error);

G_END_DECLS
