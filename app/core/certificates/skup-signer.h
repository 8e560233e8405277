/* skup-signer.h — the office's Ed25519 key, the QR payload and the verifier
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The key pair is made (libsodium) the first time a certificate is signed and kept in the
 * register (SKUP_SETTING_SIGNING_KEY): whoever holds the register holds the key. The
 * signature covers, each on its own line of UTF-8 text:
 *   SKUP1 \n number \n verification code \n name as printed \n event title \n issue date
 * so a QR code cannot be moved to another name, event or date. The QR payload is the office's
 * verification address when SKUP_SETTING_CERTIFICATE_VERIFY_URL is set
 * (URL?n=NUMBER&c=CODE&s=SIGNATURE, each part URI-escaped), else plain text
 * "SKUP1:NUMBER:CODE:SIGNATURE"; the signature is base64url without padding (86 characters).
 * Verification is offline: it needs the register, never the network.
 */

#pragma once

#include "skup-store-certificates.h"

G_BEGIN_DECLS

/* The public key (32 bytes) as base64, making the key pair if the register has none. */
char     *skup_signer_dup_public_key    (SkupStore   *store,
                                         GError     **error);
/* The same as text to hand out:
 *   -----BEGIN SKUP PUBLIC KEY-----\n<base64>\n-----END SKUP PUBLIC KEY-----\n */
char     *skup_signer_export_public_key (SkupStore   *store,
                                         GError     **error);
/* The text the signature covers (see above). */
char     *skup_signer_message           (const char  *number,
                                         const char  *code,
                                         const char  *name,
                                         const char  *event_title,
                                         const char  *issue_date);
/* Signs @message with the office key (made if missing); base64url, no padding. */
char     *skup_signer_sign              (SkupStore   *store,
                                         const char  *message,
                                         GError     **error);
/* What the QR code of a certificate holds (see above). */
char     *skup_signer_qr_payload        (SkupStore   *store,
                                         const char  *number,
                                         const char  *code,
                                         const char  *signature);
/* An unguessable verification code: 10 characters of Crockford base32 (50 random bits). */
char     *skup_signer_new_code          (void);

typedef enum
{
  SKUP_VERIFY_VALID,
  SKUP_VERIFY_SUPERSEDED,
  SKUP_VERIFY_REVOKED,
  SKUP_VERIFY_UNKNOWN,   /* no certificate of that number in this register */
  SKUP_VERIFY_FORGED,    /* a payload whose code or signature is not the office's */
} SkupVerifyResult;

/* "valid", "superseded" … and "Valid", "Superseded" … (translated) */
const char       *skup_verify_result_to_nick  (SkupVerifyResult result);
const char       *skup_verify_result_to_label (SkupVerifyResult result);

/**
 * skup_certificates_verify:
 * @payload: what a QR code held (plain text or the verification URL), or a bare number
 * @out_entry: (out) (optional) (nullable): the certificate found (for every answer but UNKNOWN
 *   and a FORGED payload whose number is not in the register)
 *
 * A bare number is looked up only (there is nothing to check a signature against). A payload
 * whose signature is not the office's over the certificate's own number, code, name, event
 * and date, or is not written exactly as Skup writes it, is FORGED, as is one naming a number
 * the register does not hold.
 *
 * Returns: the answer; %SKUP_VERIFY_UNKNOWN with @error set if the register failed
 */
SkupVerifyResult  skup_certificates_verify   (SkupStore             *store,
                                              const char            *payload,
                                              SkupCertificateEntry **out_entry,
                                              GError               **error);

G_END_DECLS
