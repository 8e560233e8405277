/* skup-signer.c — the office's Ed25519 key, QR payloads and offline verification
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>
#include <string.h>

#include "skup-error.h"
#include "skup-signer.h"

#define PAYLOAD_PREFIX "SKUP1:"
#define CODE_LENGTH 10
#define SIGNATURE_TEXT_LENGTH 86  /* 64 bytes in base64url without padding */

static gboolean
init_sodium (GError **error)
{
  if (sodium_init () >= 0)
    return TRUE;
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_FAILED,
                       _("The cryptography library could not start."));
  return FALSE;
}

/* The key pair, made and kept the first time it is needed. Two clients making it at once:
 * the write lock is taken before looking, so the second finds the first's key. */
static GBytes *
dup_secret_key (SkupStore  *store,
                GError    **error)
{
  g_autoptr(GBytes) key = NULL;
  guchar pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  gboolean ok;

  if (!init_sodium (error))
    return NULL;
  key = skup_store_dup_setting_data (store, SKUP_SETTING_SIGNING_KEY);
  if (key != NULL && g_bytes_get_size (key) == crypto_sign_SECRETKEYBYTES)
    return g_steal_pointer (&key);
  if (!skup_store_begin (store, error))
    return NULL;
  g_clear_pointer (&key, g_bytes_unref);
  key = skup_store_dup_setting_data (store, SKUP_SETTING_SIGNING_KEY);
  if (key == NULL || g_bytes_get_size (key) != crypto_sign_SECRETKEYBYTES)
    {
      crypto_sign_keypair (pk, sk);
      g_clear_pointer (&key, g_bytes_unref);
      key = g_bytes_new (sk, sizeof sk);
      sodium_memzero (sk, sizeof sk);
      ok = skup_store_set_setting_data (store, SKUP_SETTING_SIGNING_KEY, key, error);
    }
  else
    ok = TRUE;
  if (!ok)
    {
      skup_store_rollback (store);
      return NULL;
    }
  return skup_store_commit (store, error) ? g_steal_pointer (&key) : NULL;
}

static char *
to_base64url (const guchar *data,
              gsize         size)
{
  gsize len = sodium_base64_ENCODED_LEN (size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  char *text = g_malloc (len);

  sodium_bin2base64 (text, len, data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return text;
}

char *
skup_signer_dup_public_key (SkupStore  *store,
                            GError    **error)
{
  g_autoptr(GBytes) key = dup_secret_key (store, error);
  const guchar *sk;

  if (key == NULL)
    return NULL;
  sk = g_bytes_get_data (key, NULL);
  /* libsodium's secret key ends with the public key. */
  return g_base64_encode (sk + crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES,
                          crypto_sign_PUBLICKEYBYTES);
}

char *
skup_signer_export_public_key (SkupStore  *store,
                               GError    **error)
{
  g_autofree char *key = skup_signer_dup_public_key (store, error);

  if (key == NULL)
    return NULL;
  return g_strdup_printf ("-----BEGIN SKUP PUBLIC KEY-----\n%s\n-----END SKUP PUBLIC KEY-----\n",
                          key);
}

char *
skup_signer_message (const char *number,
                     const char *code,
                     const char *name,
                     const char *event_title,
                     const char *issue_date)
{
  return g_strdup_printf ("SKUP1\n%s\n%s\n%s\n%s\n%s", number ? number : "", code ? code : "",
                          name ? name : "", event_title ? event_title : "",
                          issue_date ? issue_date : "");
}

char *
skup_signer_sign (SkupStore   *store,
                  const char  *message,
                  GError     **error)
{
  g_autoptr(GBytes) key = dup_secret_key (store, error);
  guchar signature[crypto_sign_BYTES];

  if (key == NULL)
    return NULL;
  crypto_sign_detached (signature, NULL, (const guchar *) message, strlen (message),
                        g_bytes_get_data (key, NULL));
  return to_base64url (signature, sizeof signature);
}

char *
skup_signer_qr_payload (SkupStore  *store,
                        const char *number,
                        const char *code,
                        const char *signature)
{
  g_autofree char *url = skup_store_dup_setting (store, SKUP_SETTING_CERTIFICATE_VERIFY_URL);
  g_autofree char *n = NULL;

  if (url == NULL || *g_strstrip (url) == '\0')
    return g_strdup_printf (PAYLOAD_PREFIX "%s:%s:%s", number, code, signature);
  n = g_uri_escape_string (number, NULL, FALSE);
  return g_strdup_printf ("%s%sn=%s&c=%s&s=%s", url, strchr (url, '?') ? "&" : "?", n, code,
                          signature);
}

/* Crockford's base32: no I, L, O or U, so a code read aloud or typed cannot be mistaken. */
char *
skup_signer_new_code (void)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  guchar random[CODE_LENGTH];
  char *code = g_malloc (CODE_LENGTH + 1);

  if (sodium_init () < 0)
    g_error ("libsodium could not start");
  randombytes_buf (random, sizeof random);
  for (guint i = 0; i < CODE_LENGTH; i++)
    code[i] = alphabet[random[i] & 31];
  code[CODE_LENGTH] = '\0';
  return code;
}

/* ---- Verifying ----------------------------------------------------------------------------- */

static const char * const result_nicks[] = {
  "valid", "superseded", "revoked", "unknown", "forged",
};

const char *
skup_verify_result_to_nick (SkupVerifyResult result)
{
  g_return_val_if_fail (result <= SKUP_VERIFY_FORGED, "unknown");
  return result_nicks[result];
}

const char *
skup_verify_result_to_label (SkupVerifyResult result)
{
  switch (result)
    {
    case SKUP_VERIFY_VALID:
      return _("Valid");
    case SKUP_VERIFY_SUPERSEDED:
      return _("Superseded by a corrected certificate");
    case SKUP_VERIFY_REVOKED:
      return _("Revoked");
    case SKUP_VERIFY_FORGED:
      return _("Not issued by this office: the code or the signature does not match");
    case SKUP_VERIFY_UNKNOWN:
    default:
      return _("Unknown: no certificate has this number");
    }
}

typedef struct
{
  char *number;
  char *code;       /* NULL for a bare number */
  char *signature;
} Payload;

static void
payload_clear (Payload *p)
{
  g_free (p->number);
  g_free (p->code);
  g_free (p->signature);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Payload, payload_clear)

static gboolean
parse_url (const char *text,
           Payload    *out)
{
  const char *query = strchr (text, '?');
  g_autoptr(GHashTable) params = NULL;

  if (query == NULL || !(g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://")))
    return FALSE;
  params = g_uri_parse_params (query + 1, -1, "&", G_URI_PARAMS_NONE, NULL);
  if (params == NULL || !g_hash_table_contains (params, "n"))
    return FALSE;
  out->number = g_strdup (g_hash_table_lookup (params, "n"));
  out->code = g_strdup (g_hash_table_lookup (params, "c"));
  out->signature = g_strdup (g_hash_table_lookup (params, "s"));
  return TRUE;
}

/* "SKUP1:NUMBER:CODE:SIG", read from the right: the code and signature hold no ":". */
static void
parse_payload (const char *payload,
               Payload    *out)
{
  g_autofree char *text = g_strstrip (g_strdup (payload));
  char *sig, *code;

  if (parse_url (text, out))
    return;
  if (!g_str_has_prefix (text, PAYLOAD_PREFIX) || (sig = strrchr (text, ':')) == NULL)
    {
      out->number = g_steal_pointer (&text);
      return;
    }
  *sig++ = '\0';
  code = strrchr (text, ':');
  if (code == NULL || code < text + strlen (PAYLOAD_PREFIX) - 1)
    {
      out->number = g_strdup (text + strlen (PAYLOAD_PREFIX));
      out->code = g_strdup ("");
      out->signature = g_strdup (sig);
      return;
    }
  *code++ = '\0';
  out->number = g_strdup (text + strlen (PAYLOAD_PREFIX));
  out->code = g_strdup (code);
  out->signature = g_strdup (sig);
}

static gboolean
public_key_of (SkupStore *store,
               guchar     pk[crypto_sign_PUBLICKEYBYTES])
{
  g_autoptr(GBytes) key = skup_store_dup_setting_data (store, SKUP_SETTING_SIGNING_KEY);

  if (key == NULL || g_bytes_get_size (key) != crypto_sign_SECRETKEYBYTES || sodium_init () < 0)
    return FALSE;
  memcpy (pk, (const guchar *) g_bytes_get_data (key, NULL) + crypto_sign_SECRETKEYBYTES
              - crypto_sign_PUBLICKEYBYTES, crypto_sign_PUBLICKEYBYTES);
  return TRUE;
}

/* Only the signature exactly as Skup writes it: base64 has more than one spelling of the
 * same bytes (the last character's spare bits), and a changed character must not pass. */
static gboolean
signature_matches (SkupStore                  *store,
                   const SkupCertificateEntry *e,
                   const char                 *text)
{
  guchar pk[crypto_sign_PUBLICKEYBYTES], sig[crypto_sign_BYTES];
  g_autofree char *message = NULL, *canonical = NULL;
  size_t len = 0;

  if (text == NULL || strlen (text) != SIGNATURE_TEXT_LENGTH || !public_key_of (store, pk)
      || sodium_base642bin (sig, sizeof sig, text, strlen (text), NULL, &len, NULL,
                            sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0
      || len != sizeof sig)
    return FALSE;
  canonical = to_base64url (sig, sizeof sig);
  if (!g_str_equal (canonical, text))
    return FALSE;
  message = skup_signer_message (e->number, e->verification_code, e->recipient_name,
                                 e->event_title, e->issue_date);
  return crypto_sign_verify_detached (sig, (const guchar *) message, strlen (message), pk) == 0;
}

static SkupVerifyResult
result_of_state (SkupCertificateState state)
{
  switch (state)
    {
    case SKUP_CERTIFICATE_SUPERSEDED:
      return SKUP_VERIFY_SUPERSEDED;
    case SKUP_CERTIFICATE_REVOKED:
      return SKUP_VERIFY_REVOKED;
    case SKUP_CERTIFICATE_VALID:
    default:
      return SKUP_VERIFY_VALID;
    }
}

SkupVerifyResult
skup_certificates_verify (SkupStore             *store,
                          const char            *payload,
                          SkupCertificateEntry **out_entry,
                          GError               **error)
{
  g_auto(Payload) parsed = { NULL, NULL, NULL };
  g_autoptr(SkupCertificateEntry) entry = NULL;
  g_autoptr(GError) local = NULL;
  SkupVerifyResult result;

  g_return_val_if_fail (SKUP_IS_STORE (store), SKUP_VERIFY_UNKNOWN);
  g_return_val_if_fail (payload != NULL, SKUP_VERIFY_UNKNOWN);

  parse_payload (payload, &parsed);
  entry = skup_store_find_certificate (store, parsed.number, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return SKUP_VERIFY_UNKNOWN;
    }
  if (entry == NULL)
    return parsed.code != NULL ? SKUP_VERIFY_FORGED : SKUP_VERIFY_UNKNOWN;
  if (parsed.code != NULL
      && (g_strcmp0 (parsed.code, entry->verification_code) != 0
          || !signature_matches (store, entry, parsed.signature)))
    result = SKUP_VERIFY_FORGED;
  else
    result = result_of_state (entry->state);
  if (out_entry != NULL)
    *out_entry = g_steal_pointer (&entry);
  return result;
}
