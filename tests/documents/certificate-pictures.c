/* certificate-pictures.c — writes the sample certificates build-aux/certificate-pictures
 * photographs
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   certificate-pictures DIR          the four pictures of the README, as PDFs
 *   certificate-pictures --all DIR    every layout, paper, orientation and language
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "certificate-samples.h"

static const char *language_names[] = { "en", "sr", "latin", "bilingual" };

static void
write_one (const char            *dir,
           const char            *name,
           SkupCertificateLayout  layout,
           SkupPaper              paper,
           gboolean               landscape,
           SampleLanguage         language)
{
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (
    (GDestroyNotify) skup_certificate_text_free);
  g_autoptr(SkupDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  gboolean cyrillic = language == SAMPLE_CYRILLIC;

  sample_design_init (&design, layout, paper, landscape, language);
  g_ptr_array_add (texts, sample_text_new (language, cyrillic ? "Милутин Милошевић"
                                                              : "Žana Glavendekić",
                                           !cyrillic, 1));
  document = skup_certificate_document_new (&design, texts);
  if (!skup_certificate_document_write_pdf (SKUP_CERTIFICATE_DOCUMENT (document), "2019-05-22",
                                            path, &error))
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      exit (1);
    }
  printf ("%s\n", path);
}

static void
write_all (const char *dir)
{
  for (guint layout = 0; layout < 2; layout++)
    for (guint paper = 0; paper < 2; paper++)
      for (guint landscape = 0; landscape < 2; landscape++)
        for (guint language = 0; language < G_N_ELEMENTS (language_names); language++)
          {
            g_autofree char *name = g_strdup_printf (
              "certificate-%s-%s-%s-%s.pdf", layout == 0 ? "un" : "classic",
              skup_paper_to_string (paper), landscape ? "landscape" : "portrait",
              language_names[language]);

            write_one (dir, name, layout, paper, landscape, language);
          }
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--all") == 0)
    {
      write_all (argv[2]);
      return 0;
    }
  if (argc != 2)
    {
      fprintf (stderr, "usage: certificate-pictures [--all] DIR\n");
      return 2;
    }
  write_one (argv[1], "certificate-un.pdf", SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, TRUE,
             SAMPLE_ENGLISH);
  write_one (argv[1], "certificate-classic.pdf", SKUP_CERTIFICATE_LAYOUT_CLASSIC, SKUP_PAPER_A4,
             FALSE, SAMPLE_ENGLISH);
  write_one (argv[1], "certificate-un-sr.pdf", SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, FALSE,
             SAMPLE_CYRILLIC);
  write_one (argv[1], "certificate-bilingual.pdf", SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4,
             TRUE, SAMPLE_BILINGUAL);
  return 0;
}
