/* skup-issued-document.c — an issued certificate as a page to draw (the printer's copy)
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the two key files skup-issuer.h describes: the snapshot ([text], [second]) and the
 * design (the template as used, with [design] language and the images' SHA-256). The
 * issuer reads them with the same two functions to write and check the PDF, so a reprint and
 * the issued page cannot drift apart.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "skup-error.h"
#include "skup-issued-document.h"

static GBytes *
dup_asset (SkupStore  *store,
           GKeyFile   *file,
           const char *key,
           GError    **error)
{
  g_autofree char *sha = g_key_file_get_string (file, "design", key, NULL);

  return sha != NULL ? skup_store_dup_certificate_asset (store, sha, error) : NULL;
}

static gboolean
read_signatories (SkupStore             *store,
                  GKeyFile              *file,
                  SkupCertificateDesign *design,
                  GError               **error)
{
  g_autoptr(GError) local = NULL;

  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES && local == NULL; i++)
    {
      SkupCertificateSignatory *s = &design->signatories[i];
      g_autofree char *name = g_strdup_printf ("signatory-%u-name", i + 1);
      g_autofree char *title = g_strdup_printf ("signatory-%u-title", i + 1);
      g_autofree char *image = g_strdup_printf ("signatory-%u-signature", i + 1);

      s->name = g_key_file_get_string (file, "design", name, NULL);
      s->title = g_key_file_get_string (file, "design", title, NULL);
      s->signature = dup_asset (store, file, image, &local);
    }
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
read_images (SkupStore             *store,
             GKeyFile              *file,
             SkupCertificateDesign *design,
             GError               **error)
{
  g_autoptr(GError) local = NULL;

  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS && local == NULL; i++)
    {
      g_autofree char *key = g_strdup_printf ("logo-%u", i + 1);

      design->logos[i] = dup_asset (store, file, key, &local);
    }
  if (local == NULL)
    design->background = dup_asset (store, file, "background", &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return read_signatories (store, file, design, error);
}

gboolean
skup_issued_design_read (SkupStore             *store,
             const char            *text,
             SkupCertificateDesign *design,
             GError               **error)
{
  g_autoptr(SkupCertificateTemplate) t = skup_certificate_template_from_data (text, error);
  g_autoptr(GKeyFile) file = g_key_file_new ();

  if (t == NULL || !g_key_file_load_from_data (file, text, -1, G_KEY_FILE_NONE, error))
    return FALSE;
  design->layout = t->layout;
  design->paper = t->paper;
  design->landscape = t->landscape;
  design->accent = t->accent;
  design->font_family = g_strdup (t->font_family);
  design->language = g_key_file_get_string (file, "design", "language", NULL);
  /* The document's own words in Latin when the certificate is Serbian in Latin. */
  if (g_strcmp0 (t->script, "latin") == 0 && g_strcmp0 (design->language, "sr") == 0)
    {
      g_free (design->language);
      design->language = g_strdup ("sr@latin");
    }
  return read_images (store, file, design, error);
}

static SkupCertificateText *
read_text (GKeyFile   *file,
           const char *group)
{
  SkupCertificateText *text;

  if (!g_key_file_has_group (file, group))
    return NULL;
  text = g_new0 (SkupCertificateText, 1);
  text->title = g_key_file_get_string (file, group, "title", NULL);
  text->preamble = g_key_file_get_string (file, group, "preamble", NULL);
  text->name = g_key_file_get_string (file, group, "name", NULL);
  text->body = g_key_file_get_string (file, group, "body", NULL);
  text->number = g_key_file_get_string (file, group, "number", NULL);
  text->issued = g_key_file_get_string (file, group, "issued", NULL);
  text->qr_payload = g_key_file_get_string (file, group, "qr", NULL);
  return text;
}

SkupCertificateText *
skup_issued_text_read (const SkupCertificateEntry  *entry,
               GError                     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  SkupCertificateText *text = NULL;

  if (entry->snapshot != NULL
      && g_key_file_load_from_data (file, entry->snapshot, -1, G_KEY_FILE_NONE, NULL))
    text = read_text (file, "text");
  if (text == NULL)
    {
      /* Translators: %s is a certificate's number */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DAMAGED,
                   _("Certificate %s keeps no copy of what it printed, so it cannot be printed "
                     "again. Reissue it."), entry->number);
      return NULL;
    }
  text->second = read_text (file, "second");
  return text;
}

SkupDocument *
skup_issued_document_new (SkupStore                  *store,
                          const SkupCertificateEntry *entry,
                          GError                    **error)
{
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(SkupCertificateText) text = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(SkupDocument) document = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  if (!skup_issued_design_read (store, entry->design, &design, error))
    return NULL;
  text = skup_issued_text_read (entry, error);
  if (text == NULL)
    return NULL;
  texts = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_text_free);
  g_ptr_array_add (texts, g_steal_pointer (&text));
  document = skup_certificate_document_new (&design, texts);
  if (!skup_document_prepare (document, error))
    return NULL;
  return g_steal_pointer (&document);
}
