/* skup-certificate-preview.h — a template made into one page: its design and its texts
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the template editor's preview draws, with the engine that writes the PDF: the design a
 * template stands for (its images read from the register) and the texts of one page, expanded
 * for a sample person or for a real registration (skup_certificate_values_new()). No GTK: the
 * editor calls these on the main thread and hands the result to a worker that draws it.
 */

#pragma once

#include "skup-certificate-template.h"
#include "skup-certificate-values.h"

G_BEGIN_DECLS

/* The sample people: a woman and a man, so that both forms of {m:…|f:…} can be seen. */
#define SKUP_PREVIEW_SAMPLE_FEMALE_LATIN    "Žana Glavendekić"
#define SKUP_PREVIEW_SAMPLE_FEMALE_CYRILLIC "Жана Главендекић"
#define SKUP_PREVIEW_SAMPLE_MALE_LATIN      "Milutin Milošević"
#define SKUP_PREVIEW_SAMPLE_MALE_CYRILLIC   "Милутин Милошевић"

/**
 * skup_certificate_preview_sample_values:
 * @facts: the certificate's language and script, its number and issue date
 * @gender: %SKUP_PLACEHOLDER_GENDER_FEMALE for Žana Glavendekić, else Milutin Milošević
 * @role: the registration role ("participant", "trainer" …) {role} names
 *
 * Every placeholder with a value a real register would give (a three-day training in
 * Belgrade, accredited, with hours and points), in @facts' language and script.
 *
 * Returns: (transfer full) (element-type utf8 utf8): placeholder name → value
 */
GHashTable          *skup_certificate_preview_sample_values (const SkupCertificateFacts *facts,
                                                             SkupPlaceholderGender       gender,
                                                             const char                 *role);

/**
 * skup_certificate_preview_expand:
 * @template_: the template
 * @values: (element-type utf8 utf8): the values in the template's language
 * @second_values: (nullable) (element-type utf8 utf8): those in its second language, for a
 *   template with one
 * @gender: which form of each gender group
 * @qr_payload: (nullable): what the QR code holds
 *
 * Expands the title, preamble, body and place-and-date line (and the second language's) with
 * the values; the name and the number are the values of {name} and {number}.
 *
 * Returns: (transfer full) (nullable): the page's texts, or %NULL with the error of the first
 *   text that cannot be expanded
 */
SkupCertificateText *skup_certificate_preview_expand        (const SkupCertificateTemplate *template_,
                                                             GHashTable                    *values,
                                                             GHashTable                    *second_values,
                                                             SkupPlaceholderGender          gender,
                                                             const char                    *qr_payload,
                                                             GError                       **error);

/**
 * skup_certificate_preview_design:
 * @out_design: (out caller-allocates): filled in; clear it with skup_certificate_design_clear()
 *
 * The design @template_ stands for: its layout, paper and colour, and the images it refers
 * to read from @store ("office", "organisation:ID", "asset:SHA256") with the Preferences
 * signatories it names. An image that is no longer there (an organisation deleted) is left
 * out, as a preview should still show the rest.
 */
gboolean             skup_certificate_preview_design        (SkupStore                     *store,
                                                             const SkupCertificateTemplate *template_,
                                                             SkupCertificateDesign         *out_design,
                                                             GError                       **error);

G_END_DECLS
