/* bench-certificates.c — how long 1,000 certificates take to draw, into one PDF and into a
 * PDF a person
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by build-aux/bench. The core alone, no register: 1,000 pages of the UN layout (A4
 * turned, three logos, two signatories with their signatures, a QR code a page) for people
 * with Serbian and English names in Latin and Cyrillic, from making the document to the
 * last byte of the PDF, seven times each.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "certificate-samples.h"

#define RUNS 7
#define PAGES 1000

static const char *givens[] = { "Ana", "Milica", "Јелена", "Đorđe", "Nikola", "Љиљана",
                                "Stefan", "Čedomir", "Žaklina", "Бојан", "Thomas", "Victor" };
static const char *families[] = { "Petrović", "Јовановић", "Nikolić", "Đurić", "Ljubić",
                                  "Шарић", "Čolić", "Živković", "Marković-Stojanović",
                                  "Илић", "Clausen", "Capoccia" };

static gboolean
is_cyrillic (const char *text)
{
  return g_unichar_get_script (g_utf8_get_char (text)) == G_UNICODE_SCRIPT_CYRILLIC;
}

static GPtrArray *
make_texts (void)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_text_free);

  for (guint i = 0; i < PAGES; i++)
    {
      const char *given = givens[i % G_N_ELEMENTS (givens)];
      const char *family = families[(i / G_N_ELEMENTS (givens)) % G_N_ELEMENTS (families)];
      g_autofree char *name = g_strdup_printf ("%s %s", given, family);
      /* The page is in the script of its name: Serbian Cyrillic or English. */
      SampleLanguage language = is_cyrillic (given) ? SAMPLE_CYRILLIC : SAMPLE_ENGLISH;

      g_ptr_array_add (texts, sample_text_new (language, name, i % 2 == 0, i + 1));
    }
  return texts;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static SkupCertificateDocument *
make_document (const SkupCertificateDesign *design,
               GPtrArray                   *texts)
{
  return SKUP_CERTIFICATE_DOCUMENT (skup_certificate_document_new (design, texts));
}

static double
one_file (const SkupCertificateDesign *design,
          GPtrArray                   *texts,
          gsize                       *size)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SkupCertificateDocument) document = make_document (design, texts);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = skup_certificate_document_to_bytes (document, "2019-05-22", &error);

  if (pdf == NULL)
    g_error ("%s", error->message);
  *size = g_bytes_get_size (pdf);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
file_a_person (const SkupCertificateDesign *design,
               GPtrArray                   *texts,
               guint                        threads,
               gsize                       *size)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(SkupCertificateDocument) document = make_document (design, texts);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = skup_certificate_document_pages_to_bytes (document, "2019-05-22",
                                                                         threads, &error);

  if (pages == NULL)
    g_error ("%s", error->message);
  *size = 0;
  for (guint i = 0; i < pages->len; i++)
    *size += g_bytes_get_size (g_ptr_array_index (pages, i));
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *measure,
        double     *samples,
        double      target)
{
  qsort (samples, RUNS, sizeof (double), compare_doubles);
  printf ("| %-40s | %-10s | %8.1f | %8.1f | %8.1f | %6.0f | %-4s |\n", measure, "core",
          samples[0], samples[RUNS / 2], samples[RUNS - 1], target,
          samples[RUNS / 2] <= target ? "yes" : "NO");
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(GPtrArray) texts = make_texts ();
  guint threads = argc > 1 ? (guint) atoi (argv[1]) : 2;
  double samples[RUNS];
  gsize size = 0;

  sample_design_init (&design, SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, TRUE, SAMPLE_ENGLISH);
  printf ("| %-40s | %-10s | %8s | %8s | %8s | %6s | %-4s |\n", "measure (ms, core)", "engine",
          "best", "median", "worst", "target", "met");
  printf ("|------------------------------------------|------------|----------|----------|"
          "----------|--------|------|\n");
  for (guint i = 0; i < RUNS; i++)
    samples[i] = one_file (&design, texts, &size);
  report ("1,000 certificates -> one PDF", samples, 1500);
  fprintf (stderr, "  (one PDF of %u pages, %.1f MB)\n", PAGES, size / 1e6);
  for (guint i = 0; i < RUNS; i++)
    samples[i] = file_a_person (&design, texts, threads, &size);
  {
    g_autofree char *measure = g_strdup_printf ("1,000 certificates -> 1,000 PDFs, %u thr.",
                                                threads);
    report (measure, samples, 3000);
  }
  fprintf (stderr, "  (%u one-page PDFs, %.1f MB in all)\n", PAGES, size / 1e6);
  return 0;
}
