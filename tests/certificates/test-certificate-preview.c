/* test-certificate-preview.c — a template made into one page for the editor's preview
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>

#include "skup-certificate-preview.h"
#include "skup-error.h"
#include "skup-store-certificates.h"
#include "store-fixture.h"

static SkupCertificateTemplate *
built_in (const char *key)
{
  g_autoptr(GPtrArray) all = skup_certificate_template_built_ins ();

  for (guint i = 0; i < all->len; i++)
    {
      SkupCertificateTemplate *t = g_ptr_array_index (all, i);

      if (g_strcmp0 (t->built_in, key) == 0)
        return skup_certificate_template_copy (t);
    }
  g_assert_not_reached ();
}

static void
test_sample_values (void)
{
  SkupCertificateFacts cyrillic = { "sr", "cyrillic", "KBPD-2026-0001", "2026-05-22" };
  SkupCertificateFacts latin = { "sr", "latin", NULL, "2026-05-22" };
  SkupCertificateFacts english = { "en", "latin", NULL, "2026-05-22" };
  g_autoptr(GHashTable) zana = skup_certificate_preview_sample_values (&cyrillic,
                                                                     SKUP_PLACEHOLDER_GENDER_FEMALE,
                                                                     "participant");
  g_autoptr(GHashTable) milutin = skup_certificate_preview_sample_values (&latin,
                                                                        SKUP_PLACEHOLDER_GENDER_MALE,
                                                                        "participant");
  g_autoptr(GHashTable) en = skup_certificate_preview_sample_values (&english,
                                                                   SKUP_PLACEHOLDER_GENDER_FEMALE,
                                                                   "participant");

  g_assert_cmpstr (g_hash_table_lookup (zana, "name"), ==, "Жана Главендекић");
  g_assert_cmpstr (g_hash_table_lookup (zana, "city"), ==, "Београду");
  g_assert_cmpstr (g_hash_table_lookup (zana, "dates"), ==, "од 20. до 22. маја 2026. године");
  g_assert_cmpstr (g_hash_table_lookup (zana, "role"), ==, "учесница");
  g_assert_cmpstr (g_hash_table_lookup (zana, "number"), ==, "KBPD-2026-0001");
  g_assert_cmpstr (g_hash_table_lookup (milutin, "name"), ==, "Milutin Milošević");
  g_assert_cmpstr (g_hash_table_lookup (milutin, "role"), ==, "učesnik");
  g_assert_cmpstr (g_hash_table_lookup (en, "name"), ==, "Žana Glavendekić");
  g_assert_cmpstr (g_hash_table_lookup (en, "dates"), ==, "20–22 May 2026");
  /* Every placeholder has a value: a template using any of them shows it in the preview. */
  for (const char * const *name = skup_placeholders_get_names (); *name != NULL; name++)
    g_assert_nonnull (g_hash_table_lookup (zana, *name));
}

/* The built-in Serbian sentence for each person; the second language of a bilingual page. */
static void
test_expand (void)
{
  g_autoptr(SkupCertificateTemplate) sr = built_in (SKUP_TEMPLATE_PARTICIPATION_SR);
  g_autoptr(SkupCertificateTemplate) en_sr = built_in (SKUP_TEMPLATE_PARTICIPATION_EN_SR);
  SkupCertificateFacts facts = { "sr", "cyrillic", "KBPD-2026-0001", "2026-05-22" };
  SkupCertificateFacts en_facts = { "en", "latin", "KBPD-2026-0001", "2026-05-22" };
  g_autoptr(GHashTable) female = skup_certificate_preview_sample_values (&facts,
                                                                       SKUP_PLACEHOLDER_GENDER_FEMALE,
                                                                       "participant");
  g_autoptr(GHashTable) male = skup_certificate_preview_sample_values (&facts,
                                                                     SKUP_PLACEHOLDER_GENDER_MALE,
                                                                     "participant");
  g_autoptr(GHashTable) english = skup_certificate_preview_sample_values (&en_facts,
                                                                        SKUP_PLACEHOLDER_GENDER_FEMALE,
                                                                        "participant");
  g_autoptr(SkupCertificateText) her = NULL;
  g_autoptr(SkupCertificateText) him = NULL;
  g_autoptr(SkupCertificateText) both = NULL;
  g_autoptr(SkupCertificateText) none = NULL;
  g_autoptr(GError) error = NULL;

  her = skup_certificate_preview_expand (sr, female, NULL, SKUP_PLACEHOLDER_GENDER_FEMALE,
                                         "SKUP1:x", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (her->name, ==, "Жана Главендекић");
  g_assert_cmpstr (her->title, ==, "СЕРТИФИКАТ О УЧЕШЋУ");
  g_assert_cmpstr (her->body, ==, "је учествовала на обуци „Превенција насиља над децом“, "
                                  "одржаној од 20. до 22. маја 2026. године у Београду.");
  g_assert_cmpstr (her->issued, ==, "Београд, 22. маја 2026. године");
  g_assert_cmpstr (her->number, ==, "KBPD-2026-0001");
  g_assert_cmpstr (her->qr_payload, ==, "SKUP1:x");
  g_assert_null (her->second);

  him = skup_certificate_preview_expand (sr, male, NULL, SKUP_PLACEHOLDER_GENDER_MALE, NULL,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpstr (him->name, ==, "Милутин Милошевић");
  g_assert_true (g_str_has_prefix (him->body, "је учествовао на обуци"));

  both = skup_certificate_preview_expand (en_sr, english, female,
                                          SKUP_PLACEHOLDER_GENDER_FEMALE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (both->name, ==, "Žana Glavendekić");
  g_assert_nonnull (both->second);
  g_assert_cmpstr (both->second->name, ==, "Жана Главендекић");
  g_assert_true (g_str_has_prefix (both->second->body, "је учествовала"));

  g_free (sr->body);
  sr->body = g_strdup ("{nmae}");
  none = skup_certificate_preview_expand (sr, female, NULL, SKUP_PLACEHOLDER_GENDER_FEMALE,
                                          NULL, &error);
  g_assert_null (none);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
}

static GBytes *
make_png (double red)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 8, 8);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize size;
  int fd = g_file_open_tmp ("skup-preview-XXXXXX.png", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  cairo_set_source_rgb (cr, red, 0.2, 0.4);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_unlink (path);
  return g_bytes_new_take (g_steal_pointer (&data), size);
}

/* The office's logo, an uploaded image and a signatory come from the register; a logo that
 * is gone is left out, and the rest is still drawn. */
static void
test_design (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupCertificateTemplate) t = built_in (SKUP_TEMPLATE_PARTICIPATION_EN);
  g_autoptr(GBytes) logo = make_png (0.8);
  g_autoptr(GBytes) background = make_png (0.1);
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *sha = NULL;

  g_assert_true (skup_store_set_setting_data (f->store, SKUP_SETTING_LOGO, logo, &error));
  g_assert_true (skup_store_set_setting (f->store, "signatory-2-name", "Jelena Marković",
                                         &error));
  g_assert_true (skup_store_set_setting (f->store, "signatory-2-title", "Director", &error));
  sha = skup_store_put_certificate_asset (f->store, background, &error);
  g_assert_no_error (error);

  g_free (t->logos[0]);
  t->logos[0] = g_strdup ("office");
  t->logos[1] = g_strdup ("organisation:999999");
  t->background = g_strconcat ("asset:", sha, NULL);
  t->signatories[0] = 2;
  t->layout = SKUP_CERTIFICATE_LAYOUT_CLASSIC;
  t->accent = 0x336699;

  g_assert_true (skup_certificate_preview_design (f->store, t, &design, &error));
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (design.logos[0], logo));
  g_assert_null (design.logos[1]);
  g_assert_true (g_bytes_equal (design.background, background));
  g_assert_cmpstr (design.signatories[0].name, ==, "Jelena Marković");
  g_assert_cmpstr (design.signatories[0].title, ==, "Director");
  g_assert_null (design.signatories[1].name);
  g_assert_cmpint (design.layout, ==, SKUP_CERTIFICATE_LAYOUT_CLASSIC);
  g_assert_cmpuint (design.accent, ==, 0x336699);
  g_assert_cmpstr (design.language, ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/certificate-preview/sample-values", test_sample_values);
  g_test_add_func ("/skup/certificate-preview/expand", test_expand);
  fixture_add ("/skup/certificate-preview", "design", test_design);

  return g_test_run ();
}
