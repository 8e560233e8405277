/* certificate-samples.c — certificates to test, measure and photograph, with neutral logos
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "certificate-samples.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

static cairo_status_t
append (void                *closure,
        const unsigned char *data,
        unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
to_png (cairo_surface_t *surface)
{
  GByteArray *png = g_byte_array_new ();

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append, png), ==,
                   CAIRO_STATUS_SUCCESS);
  return g_byte_array_free_to_bytes (png);
}

static void
set_rgb (cairo_t *cr,
         guint32  colour)
{
  cairo_set_source_rgb (cr, ((colour >> 16) & 0xff) / 255.0, ((colour >> 8) & 0xff) / 255.0,
                        (colour & 0xff) / 255.0);
}

static void
shape_path (cairo_t *cr,
            guint    which,
            double   size)
{
  double c = size / 2;

  switch (which % 3)
    {
    case 0:
      cairo_arc (cr, c, c, c * 0.92, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, size * 0.08, size * 0.08, size * 0.84, size * 0.84);
      break;
    default:
      /* A shield. */
      cairo_move_to (cr, size * 0.12, size * 0.1);
      cairo_line_to (cr, size * 0.88, size * 0.1);
      cairo_line_to (cr, size * 0.88, size * 0.5);
      cairo_curve_to (cr, size * 0.88, size * 0.75, c, size * 0.92, c, size * 0.95);
      cairo_curve_to (cr, c, size * 0.92, size * 0.12, size * 0.75, size * 0.12, size * 0.5);
      cairo_close_path (cr);
      break;
    }
}

/**
 * sample_logo:
 * @which: 0, 1 or 2
 *
 * Returns: (transfer full): a PNG of a neutral logo: a shape in one colour with white initials
 */
GBytes *
sample_logo (guint which)
{
  static const char *initials[] = { "KBD", "DP", "RG" };
  static const guint32 colours[] = { 0x1f5fa8, 0x2e7d4f, 0xc0622a };
  const int size = 360;
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size,
                                                                   size);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans Bold 96px");
  int width, height;

  set_rgb (cr, colours[which % 3]);
  shape_path (cr, which, size);
  cairo_fill (cr);
  /* A white ring inside the edge, as emblems have. */
  cairo_save (cr);
  cairo_translate (cr, size * 0.07, size * 0.07);
  cairo_scale (cr, 0.86, 0.86);
  shape_path (cr, which, size);
  cairo_restore (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 7);
  cairo_stroke (cr);
  pango_font_description_set_absolute_size (font, (which % 3 == 0 ? 100 : 120) * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, initials[which % 3], -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_new_path (cr);
  cairo_move_to (cr, (size - width) / 2.0, (size - height) / 2.0 - (which % 3 == 2 ? 14 : 0));
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_surface_flush (surface);
  return to_png (surface);
}

/**
 * sample_background:
 *
 * Returns: (transfer full): a PNG of a pale opaque paper, 4:3, so that it has to be cropped
 *   to cover a page of another shape
 */
GBytes *
sample_background (void)
{
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, 400, 300);

  cairo_pattern_add_color_stop_rgb (gradient, 0, 0.93, 0.96, 0.99);
  cairo_pattern_add_color_stop_rgb (gradient, 1, 0.86, 0.91, 0.97);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_pattern_destroy (gradient);
  cairo_surface_flush (surface);
  return to_png (surface);
}

/**
 * sample_signature:
 * @which: any number; each gives another hand
 *
 * Returns: (transfer full): a PNG of a signature in dark blue ink on nothing
 */
GBytes *
sample_signature (guint which)
{
  const int width = 600, height = 200;
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width,
                                                                   height);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  GRand *rand = g_rand_new_with_seed (which * 7919 + 17);
  double x = 40, y = 120;

  cairo_set_source_rgb (cr, 0.08, 0.12, 0.35);
  cairo_set_line_width (cr, 5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x, y);
  for (guint i = 0; i < 9; i++)
    {
      double nx = x + g_rand_double_range (rand, 35, 70);
      double ny = g_rand_double_range (rand, 50, 160);

      cairo_curve_to (cr, x + 25, y - g_rand_double_range (rand, 40, 110), nx - 20,
                      ny + g_rand_double_range (rand, 30, 90), nx, ny);
      x = nx;
      y = ny;
    }
  cairo_stroke (cr);
  /* The stroke under the name. */
  cairo_set_line_width (cr, 4);
  cairo_move_to (cr, 60, 170);
  cairo_curve_to (cr, 200, 150, 380, 185, MIN (x + 40, 570), 150);
  cairo_stroke (cr);
  g_rand_free (rand);
  cairo_surface_flush (surface);
  return to_png (surface);
}

/**
 * sample_design_init:
 * @design: (out caller-allocates): the design to fill
 * @layout: the layout
 * @paper: the paper
 * @landscape: turned
 * @language: the document's language
 *
 * Two logos (three on a landscape page), two signatories, the accent of the layout.
 */
void
sample_design_init (SkupCertificateDesign *design,
                    SkupCertificateLayout  layout,
                    SkupPaper              paper,
                    gboolean               landscape,
                    SampleLanguage         language)
{
  gboolean cyrillic = language == SAMPLE_CYRILLIC;
  gboolean latin = language == SAMPLE_LATIN;

  *design = (SkupCertificateDesign) {
    .layout = layout,
    .paper = paper,
    .landscape = landscape,
    .accent = layout == SKUP_CERTIFICATE_LAYOUT_UN ? 0x1f5fa8 : 0x7a1f2b,
    /* A classic page in a serif, a UN one in the engine's sans. */
    .font_family = layout == SKUP_CERTIFICATE_LAYOUT_CLASSIC ? g_strdup ("Noto Serif") : NULL,
    .language = g_strdup (cyrillic ? "sr" : latin ? "sr@latin" : "en"),
  };
  design->logos[0] = sample_logo (0);
  design->logos[1] = sample_logo (1);
  if (landscape)
    design->logos[2] = sample_logo (2);
  design->signatories[0] = (SkupCertificateSignatory) {
    g_strdup (cyrillic ? "Јована Марковић" : "Jovana Marković"),
    g_strdup (cyrillic ? "Директорка Канцеларије" : latin ? "Direktorka Kancelarije"
                                                          : "Director of the Office"),
    sample_signature (1) };
  design->signatories[1] = (SkupCertificateSignatory) {
    g_strdup (cyrillic ? "Петар Николић" : "Petar Nikolić"),
    g_strdup (cyrillic ? "Предавач" : latin ? "Predavač" : "Trainer"),
    sample_signature (2) };
}

static const char *body_en =
  "participated in the Workshop for Policy Makers on the Nature, Prevention and Treatment of "
  "Drug Use Disorders, held in Belgrade, Serbia, from 20 to 22 May 2019.";
static const char *body_sr =
  "%s на Радионици за доносиоце одлука о природи, превенцији и лечењу поремећаја изазваних "
  "употребом дрога, одржаној од 20. до 22. маја 2019. године у Београду.";
static const char *body_latin =
  "%s na Radionici za donosioce odluka o prirodi, prevenciji i lečenju poremećaja izazvanih "
  "upotrebom droga, održanoj od 20. do 22. maja 2019. godine u Beogradu.";

static SkupCertificateText *
text_in (SampleLanguage language,
         gboolean       female)
{
  SkupCertificateText *text = g_new0 (SkupCertificateText, 1);

  switch (language)
    {
    case SAMPLE_CYRILLIC:
      text->title = g_strdup ("СЕРТИФИКАТ О УЧЕШЋУ");
      text->preamble = g_strdup ("Овим се потврђује да је");
      text->body = g_strdup_printf (body_sr, female ? "учествовала" : "учествовао");
      text->issued = g_strdup ("У Београду, 22. маја 2019. године");
      break;
    case SAMPLE_LATIN:
      text->title = g_strdup ("SERTIFIKAT O UČEŠĆU");
      text->preamble = g_strdup ("Ovim se potvrđuje da je");
      text->body = g_strdup_printf (body_latin, female ? "učestvovala" : "učestvovao");
      text->issued = g_strdup ("U Beogradu, 22. maja 2019. godine");
      break;
    case SAMPLE_ENGLISH:
    case SAMPLE_BILINGUAL:
    default:
      text->title = g_strdup ("CERTIFICATE OF PARTICIPATION");
      text->preamble = g_strdup ("This is to certify that");
      text->body = g_strdup (body_en);
      text->issued = g_strdup ("Belgrade, 22 May 2019");
      break;
    }
  return text;
}

/**
 * sample_text_new:
 * @language: the language of the page
 * @name: the person
 * @female: for the Serbian verb's gender
 * @serial: the certificate's number in its year
 *
 * Returns: (transfer full): the texts of one page, with its number and a QR payload
 */
SkupCertificateText *
sample_text_new (SampleLanguage language,
                 const char    *name,
                 gboolean       female,
                 guint          serial)
{
  SkupCertificateText *text = text_in (language, female);
  g_autofree char *digest = NULL;

  text->name = g_strdup (name);
  text->number = g_strdup_printf ("KBPD-2019-%04u", serial);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA512, text->number, -1);
  /* As long as a number, a code and an Ed25519 signature in base64 are. */
  text->qr_payload = g_strdup_printf ("SKUP1:%s:K7Q4-M2XA:%.86s", text->number, digest);
  if (language == SAMPLE_BILINGUAL)
    {
      text->second = text_in (SAMPLE_CYRILLIC, female);
      g_clear_pointer (&text->second->issued, g_free);
    }
  return text;
}

/**
 * sample_texts_new:
 *
 * Returns: (transfer full) (element-type SkupCertificateText): Žana Glavendekić in English
 *   and Милутин Милошевић in Serbian Cyrillic
 */
GPtrArray *
sample_texts_new (void)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_text_free);

  g_ptr_array_add (texts, sample_text_new (SAMPLE_ENGLISH, "Žana Glavendekić", TRUE, 1));
  g_ptr_array_add (texts, sample_text_new (SAMPLE_CYRILLIC, "Милутин Милошевић", FALSE, 2));
  return texts;
}
