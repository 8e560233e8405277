/* skup-certificate-preview.c — a template made into one page: its design and its texts
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample values are written in each language as the register would give them, so that a
 * template looks in the editor as it will when issued: a long Serbian name with diacritics, a
 * three-day span whose months are written in the genitive, the accreditation's numbers.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-certificate-preview.h"
#include "skup-error.h"
#include "skup-store-certificates.h"
#include "skup-text.h"

/* A span that shows the month once, as most trainings are. */
#define SAMPLE_START "2026-05-20"
#define SAMPLE_END   "2026-05-22"

/* One sample value in each of the three ways a certificate is written. */
typedef struct
{
  const char *name;
  const char *en;
  const char *cyrillic;
  const char *latin;
} SampleValue;

/* The values that do not depend on the person. */
static const SampleValue sample_event[] = {
  { SKUP_PLACEHOLDER_ORGANISATION, "Ministry of Health", "Министарство здравља",
    "Ministarstvo zdravlja" },
  { SKUP_PLACEHOLDER_EVENT, "Prevention of Violence against Children",
    "Превенција насиља над децом", "Prevencija nasilja nad decom" },
  { SKUP_PLACEHOLDER_KIND, "training", "обуци", "obuci" },
  { SKUP_PLACEHOLDER_VENUE, "Palace of Serbia", "Палата Србија", "Palata Srbija" },
  /* Serbian sentences take the city in the locative ("у Београду"), as the register gives it. */
  { SKUP_PLACEHOLDER_CITY, "Belgrade", "Београду", "Beogradu" },
  /* …and the place-and-date line names it: "Београд, 22. маја 2026. године". */
  { SKUP_CERTIFICATE_CITY_AS_NAMED, "Belgrade", "Београд", "Beograd" },
  { SKUP_PLACEHOLDER_HOURS, "24", "24", "24" },
  { SKUP_PLACEHOLDER_ACCREDITATION, "Health Council of Serbia", "Здравствени савет Србије",
    "Zdravstveni savet Srbije" },
  { SKUP_PLACEHOLDER_DECISION, "153-02-1234/2026-01", "153-02-1234/2026-01",
    "153-02-1234/2026-01" },
  { SKUP_PLACEHOLDER_POINTS, "8", "8", "8" },
  { SKUP_PLACEHOLDER_LICENCE, "123456", "123456", "123456" },
  { SKUP_PLACEHOLDER_ORGANISERS, "Ministry of Health and UNICEF",
    "Министарство здравља и УНИЦЕФ", "Ministarstvo zdravlja i UNICEF" },
  { SKUP_PLACEHOLDER_PROJECT, "Safe Childhood", "Безбедно детињство", "Bezbedno detinjstvo" },
};

/* The two people, indexed by whether the person is female. */
static const SampleValue sample_people[2][5] = {
  {
    { SKUP_PLACEHOLDER_NAME, SKUP_PREVIEW_SAMPLE_MALE_LATIN, SKUP_PREVIEW_SAMPLE_MALE_CYRILLIC,
      SKUP_PREVIEW_SAMPLE_MALE_LATIN },
    { SKUP_PLACEHOLDER_GIVEN_NAME, "Milutin", "Милутин", "Milutin" },
    { SKUP_PLACEHOLDER_FAMILY_NAME, "Milošević", "Милошевић", "Milošević" },
    { SKUP_PLACEHOLDER_HONORIFIC, "Mr", "г.", "g." },
    { SKUP_PLACEHOLDER_POSITION, "Paediatrician", "педијатар", "pedijatar" },
  },
  {
    { SKUP_PLACEHOLDER_NAME, SKUP_PREVIEW_SAMPLE_FEMALE_LATIN,
      SKUP_PREVIEW_SAMPLE_FEMALE_CYRILLIC, SKUP_PREVIEW_SAMPLE_FEMALE_LATIN },
    { SKUP_PLACEHOLDER_GIVEN_NAME, "Žana", "Жана", "Žana" },
    { SKUP_PLACEHOLDER_FAMILY_NAME, "Glavendekić", "Главендекић", "Glavendekić" },
    { SKUP_PLACEHOLDER_HONORIFIC, "Ms", "г-ђа", "g-đa" },
    { SKUP_PLACEHOLDER_POSITION, "Social worker", "социјална радница", "socijalna radnica" },
  },
};

static const char *
pick (const SampleValue *value,
      gboolean           serbian,
      gboolean           cyrillic)
{
  if (!serbian)
    return value->en;
  return cyrillic ? value->cyrillic : value->latin;
}

static void
add_values (GHashTable        *values,
            const SampleValue *list,
            gsize              n,
            gboolean           serbian,
            gboolean           cyrillic)
{
  for (gsize i = 0; i < n; i++)
    g_hash_table_insert (values, g_strdup (list[i].name),
                         g_strdup (pick (&list[i], serbian, cyrillic)));
}

GHashTable *
skup_certificate_preview_sample_values (const SkupCertificateFacts *facts,
                                        SkupPlaceholderGender       gender,
                                        const char                 *role)
{
  gboolean serbian, cyrillic, female;
  SkupCatalog *catalog;
  GHashTable *values;

  g_return_val_if_fail (facts != NULL, NULL);

  serbian = g_str_has_prefix (facts->language ? facts->language : "", "sr");
  cyrillic = g_strcmp0 (facts->script, "cyrillic") == 0;
  female = gender == SKUP_PLACEHOLDER_GENDER_FEMALE;
  catalog = skup_catalog_get (skup_catalog_language_for (facts->language, cyrillic));
  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  add_values (values, sample_event, G_N_ELEMENTS (sample_event), serbian, cyrillic);
  add_values (values, sample_people[female], G_N_ELEMENTS (sample_people[female]), serbian,
              cyrillic);
  /* The role noun agrees with the person, as the register gives it. */
  g_hash_table_insert (values, g_strdup (SKUP_PLACEHOLDER_ROLE),
                       skup_certificate_role_noun (role != NULL ? role : "participant", gender,
                                                   facts->language, facts->script));
  g_hash_table_insert (values, g_strdup (SKUP_PLACEHOLDER_DATES),
                       skup_text_format_date_span_in (catalog, SAMPLE_START, SAMPLE_END));
  g_hash_table_insert (values, g_strdup (SKUP_PLACEHOLDER_ISSUE_DATE),
                       skup_text_format_date_span_in (catalog, facts->issue_date ? facts->issue_date
                                                                                  : SAMPLE_END,
                                                      NULL));
  g_hash_table_insert (values, g_strdup (SKUP_PLACEHOLDER_NUMBER),
                       g_strdup (facts->number ? facts->number : ""));
  return values;
}

/* A text of the template expanded, or NULL for a text it leaves out. */
static gboolean
expand_one (const char             *text,
            GHashTable             *values,
            SkupPlaceholderGender   gender,
            char                  **out,
            GError                **error)
{
  if (text == NULL || *text == '\0')
    return TRUE;
  *out = skup_placeholders_expand (text, values, gender, error);
  return *out != NULL;
}

/* The place-and-date line names the city as it is named, not in a sentence's locative: as
 * the issuer writes it. */
static gboolean
expand_place_line (const char             *text,
                   GHashTable             *values,
                   SkupPlaceholderGender   gender,
                   char                  **out,
                   GError                **error)
{
  g_autoptr(GHashTable) line_values = NULL;
  const char *named = g_hash_table_lookup (values, SKUP_CERTIFICATE_CITY_AS_NAMED);
  GHashTableIter iter;
  gpointer key, value;

  if (named == NULL)
    return expand_one (text, values, gender, out, error);
  line_values = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (line_values, key, value);
  g_hash_table_insert (line_values, (gpointer) SKUP_PLACEHOLDER_CITY, (gpointer) named);
  return expand_one (text, line_values, gender, out, error);
}

static SkupCertificateText *
expand_texts (const char             *title,
              const char             *preamble,
              const char             *body,
              const char             *issued,
              GHashTable             *values,
              SkupPlaceholderGender   gender,
              GError                **error)
{
  g_autoptr(SkupCertificateText) text = g_new0 (SkupCertificateText, 1);

  if (!expand_one (title, values, gender, &text->title, error) ||
      !expand_one (preamble, values, gender, &text->preamble, error) ||
      !expand_one (body, values, gender, &text->body, error) ||
      !expand_place_line (issued, values, gender, &text->issued, error))
    return NULL;
  text->name = g_strdup (g_hash_table_lookup (values, SKUP_PLACEHOLDER_NAME));
  if (text->name == NULL)
    text->name = g_strdup ("");
  return g_steal_pointer (&text);
}

SkupCertificateText *
skup_certificate_preview_expand (const SkupCertificateTemplate *template_,
                                 GHashTable                    *values,
                                 GHashTable                    *second_values,
                                 SkupPlaceholderGender          gender,
                                 const char                    *qr_payload,
                                 GError                       **error)
{
  g_autoptr(SkupCertificateText) text = NULL;
  const char *number;

  g_return_val_if_fail (template_ != NULL, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  text = expand_texts (template_->title, template_->preamble, template_->body,
                       template_->issued, values, gender, error);
  if (text == NULL)
    return NULL;
  number = g_hash_table_lookup (values, SKUP_PLACEHOLDER_NUMBER);
  text->number = number != NULL && *number != '\0' ? g_strdup (number) : NULL;
  text->qr_payload = g_strdup (qr_payload);

  if (second_values != NULL && template_->second_language != NULL &&
      *template_->second_language != '\0')
    {
      text->second = expand_texts (template_->second_title, template_->second_preamble,
                                   template_->second_body, NULL, second_values, gender, error);
      if (text->second == NULL)
        return NULL;
    }
  return g_steal_pointer (&text);
}

/* The bytes an image reference stands for (see skup-certificate-template.h); NULL without an
 * error for an image that is gone. */
static GBytes *
dup_image (SkupStore   *store,
           const char  *reference,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = NULL;

  if (reference == NULL || *reference == '\0')
    return NULL;
  if (g_str_equal (reference, "office"))
    return skup_store_dup_setting_data (store, SKUP_SETTING_LOGO);
  if (g_str_has_prefix (reference, "organisation:"))
    bytes = skup_store_dup_logo (store, g_ascii_strtoll (reference + strlen ("organisation:"),
                                                         NULL, 10),
                                 &local_error);
  else if (g_str_has_prefix (reference, "asset:"))
    bytes = skup_store_dup_certificate_asset (store, reference + strlen ("asset:"),
                                              &local_error);

  if (local_error != NULL && !g_error_matches (local_error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return bytes;
}

static void
read_signatory (SkupStore                *store,
                guint                     number,
                SkupCertificateSignatory *out)
{
  g_autofree char *name_key = g_strdup_printf ("signatory-%u-name", number);
  g_autofree char *title_key = g_strdup_printf ("signatory-%u-title", number);
  g_autofree char *signature_key = g_strdup_printf ("signatory-%u-signature", number);

  out->name = skup_store_dup_setting (store, name_key);
  out->title = skup_store_dup_setting (store, title_key);
  out->signature = skup_store_dup_setting_data (store, signature_key);
}

gboolean
skup_certificate_preview_design (SkupStore                     *store,
                                 const SkupCertificateTemplate *template_,
                                 SkupCertificateDesign         *out_design,
                                 GError                       **error)
{
  g_auto(SkupCertificateDesign) design = { 0 };
  GError *local_error = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), FALSE);
  g_return_val_if_fail (template_ != NULL, FALSE);
  g_return_val_if_fail (out_design != NULL, FALSE);

  design.layout = template_->layout;
  design.paper = template_->paper;
  design.landscape = template_->landscape;
  design.accent = template_->accent;
  design.font_family = g_strdup (template_->font_family);
  design.language = g_strdup (skup_catalog_language_for (template_->language,
                                                         g_strcmp0 (template_->script,
                                                                    "cyrillic") == 0));
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS && local_error == NULL; i++)
    design.logos[i] = dup_image (store, template_->logos[i], &local_error);
  if (local_error == NULL)
    design.background = dup_image (store, template_->background, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      guint number = template_->signatories[i];

      if (number >= 1 && number <= SKUP_MAX_SIGNATORIES)
        read_signatory (store, number, &design.signatories[i]);
    }

  *out_design = design;
  memset (&design, 0, sizeof design);
  return TRUE;
}
