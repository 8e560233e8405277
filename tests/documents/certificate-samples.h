/* certificate-samples.h — certificates to test, measure and photograph, with neutral logos
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Skup ships no organisation's logo: the logos here are drawn with cairo (a circle, a
 * square, a shield, each with initials), and the signatures are a pen's curves.
 */

#pragma once

#include "skup-certificate.h"

G_BEGIN_DECLS

typedef enum
{
  SAMPLE_ENGLISH,
  SAMPLE_CYRILLIC,
  SAMPLE_LATIN,
  SAMPLE_BILINGUAL,
} SampleLanguage;

GBytes              *sample_logo          (guint                  which);
GBytes              *sample_signature     (guint                  which);
GBytes              *sample_background    (void);
void                 sample_design_init   (SkupCertificateDesign *design,
                                           SkupCertificateLayout  layout,
                                           SkupPaper              paper,
                                           gboolean               landscape,
                                           SampleLanguage         language);
SkupCertificateText *sample_text_new      (SampleLanguage         language,
                                           const char            *name,
                                           gboolean               female,
                                           guint                  serial);
GPtrArray           *sample_texts_new     (void);

G_END_DECLS
