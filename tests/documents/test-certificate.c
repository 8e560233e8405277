/* test-certificate.c — the certificate renderer: its layouts on every paper, the names in
 * both scripts, the QR code, the glyph check and the same bytes every time, read back with
 * poppler's and zbar's tools
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "certificate-samples.h"
#include "skup-certificate-private.h"
#include "skup-error.h"

#define ISSUED "2019-05-22"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("skup-certificate-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

static GPtrArray *
texts_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_text_free);
}

static SkupCertificateDocument *
document_new (SkupCertificateLayout layout,
              SkupPaper             paper,
              gboolean              landscape,
              SampleLanguage        language,
              GPtrArray            *texts)
{
  g_auto(SkupCertificateDesign) design = { 0 };

  sample_design_init (&design, layout, paper, landscape, language);
  return SKUP_CERTIFICATE_DOCUMENT (skup_certificate_document_new (&design, texts));
}

static char *
write_pdf (Fixture                 *f,
           SkupCertificateDocument *document,
           const char              *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (skup_certificate_document_write_pdf (document, ISSUED, path, &error));
  g_assert_no_error (error);
  return path;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The names come back out of the PDF exactly, letters with diacritics and Cyrillic as they
 * went in, in fonts that travel with the file. */
static void
test_names_and_fonts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_autoptr(SkupCertificateDocument) document = document_new (SKUP_CERTIFICATE_LAYOUT_UN,
                                                              SKUP_PAPER_A4, FALSE,
                                                              SAMPLE_ENGLISH, texts);
  g_autofree char *path = write_pdf (f, document, "names.pdf");
  g_autofree char *text = run_tool ((const char *[]) { "pdftotext", "-enc", "UTF-8", path, "-",
                                                       NULL });
  g_autofree char *fonts = run_tool ((const char *[]) { "pdffonts", path, NULL });
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  g_assert_cmpuint (skup_document_get_n_pages (SKUP_DOCUMENT (document)), ==, 2);
  g_assert_nonnull (strstr (text, "Žana Glavendekić"));
  g_assert_nonnull (strstr (text, "Милутин Милошевић"));
  g_assert_nonnull (strstr (text, "СЕРТИФИКАТ О УЧЕШЋУ"));
  g_assert_nonnull (strstr (text, "KBPD-2019-0002"));
  /* name type encoding emb sub uni object ID: two header lines, then a font a line. */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      g_autoptr(GPtrArray) columns = g_ptr_array_new ();

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      words = g_strsplit_set (lines[i], " ", -1);
      for (guint c = 0; words[c] != NULL; c++)
        if (*words[c] != '\0')
          g_ptr_array_add (columns, words[c]);
      /* …, emb, sub, uni, object, ID: "emb" is the fifth column from the end. */
      g_assert_cmpuint (columns->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (columns, columns->len - 5), ==, "yes");
      n_fonts++;
    }
  /* Regular, bold and italic of the one family. */
  g_assert_cmpuint (n_fonts, >=, 3);
  g_assert_null (strstr (fonts, "DejaVu"));
}

/* A reader gets the payload back whole from the QR code of the page scanned at 300 dpi. */
static void
test_qr (Fixture       *f,
         gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_autoptr(SkupCertificateDocument) document = document_new (SKUP_CERTIFICATE_LAYOUT_UN,
                                                              SKUP_PAPER_A4, TRUE,
                                                              SAMPLE_ENGLISH, texts);
  g_autofree char *path = write_pdf (f, document, "qr.pdf");
  g_autofree char *prefix = g_build_filename (f->dir, "qr", NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  g_autofree char *decoded = NULL;
  const SkupCertificateText *first = g_ptr_array_index (texts, 0);

  g_free (run_tool ((const char *[]) { "pdftoppm", "-png", "-r", "300", "-singlefile", "-f", "1",
                                       "-l", "1", path, prefix, NULL }));
  decoded = run_tool ((const char *[]) { "zbarimg", "--quiet", "--raw", png, NULL });
  g_assert_cmpstr (g_strchomp (decoded), ==, first->qr_payload);
}

static const char long_name[] =
  "Aleksandra Milica Jovana Katarina Đurđević-Vukosavljević Stojanović-Petrović Hadži-Ristić "
  "Karađorđević od Šumadije i Uba";

static void
assert_inside (const SkupCertificateRect *inner,
               const SkupCertificateRect *outer)
{
  g_assert_cmpfloat (inner->x, >=, outer->x - 0.01);
  g_assert_cmpfloat (inner->y, >=, outer->y - 0.01);
  g_assert_cmpfloat (inner->x + inner->width, <=, outer->x + outer->width + 0.01);
  g_assert_cmpfloat (inner->y + inner->height, <=, outer->y + outer->height + 0.01);
}

static void
check_long_texts (SkupCertificateLayout layout,
                  SkupPaper             paper,
                  gboolean              landscape)
{
  g_autoptr(GPtrArray) texts = texts_new ();
  g_autoptr(SkupCertificateDocument) document = NULL;
  SkupCertificateText *text = sample_text_new (SAMPLE_LATIN, long_name, TRUE, 1);
  g_autoptr(GString) title = g_string_new (NULL);
  const SkupPageSetup *setup;
  SkupCertificateRect body;
  SkupCertificatePlacement name, heading, text_body;

  while (g_utf8_strlen (title->str, -1) < 300)
    g_string_append (title, "SERTIFIKAT O UČEŠĆU NA OBUCI ZA RAD SA KORISNICIMA DROGA ");
  g_string_truncate (title, 300);
  g_free (text->title);
  text->title = g_strdup (title->str);
  g_ptr_array_add (texts, text);
  document = document_new (layout, paper, landscape, SAMPLE_LATIN, texts);
  g_assert_true (skup_document_prepare (SKUP_DOCUMENT (document), NULL));
  setup = skup_document_get_page_setup (SKUP_DOCUMENT (document));
  body = (SkupCertificateRect) { setup->margin_left, setup->margin_top,
                                 skup_page_setup_get_body_width (setup),
                                 skup_page_setup_get_body_height (setup) };

  g_assert_cmpuint (g_utf8_strlen (long_name, -1), ==, 120);
  g_assert_true (_skup_certificate_document_place (document, 0, SKUP_CERTIFICATE_PART_NAME,
                                                   &name));
  /* Inside its box, the box inside the page's margins; smaller, on two lines, all of it. */
  assert_inside (&name.extents, &name.box);
  assert_inside (&name.box, &body);
  g_assert_cmpint (name.lines, ==, 2);
  g_assert_cmpfloat (name.size, >=, 12);
  g_assert_cmpfloat (name.size, <, 40);
  g_assert_false (name.shortened);

  g_assert_true (_skup_certificate_document_place (document, 0, SKUP_CERTIFICATE_PART_TITLE,
                                                   &heading));
  assert_inside (&heading.extents, &heading.box);
  assert_inside (&heading.box, &body);
  g_assert_cmpfloat (heading.size, >=, 11);
  /* The body still has room under them, and stays in it. */
  g_assert_true (_skup_certificate_document_place (document, 0, SKUP_CERTIFICATE_PART_BODY,
                                                   &text_body));
  assert_inside (&text_body.extents, &text_body.box);
  assert_inside (&text_body.box, &body);
  g_assert_cmpfloat (text_body.box.y, >=, name.box.y + name.box.height);
  g_assert_cmpfloat (name.box.y, >=, heading.box.y + heading.box.height);
}

/* A 120-character name and a 300-character title stay inside the page in both layouts, on
 * A4 and Letter, upright and turned. */
static void
test_long_texts (Fixture       *f,
                 gconstpointer  data)
{
  for (guint layout = 0; layout < 2; layout++)
    for (guint paper = 0; paper < 2; paper++)
      for (guint landscape = 0; landscape < 2; landscape++)
        check_long_texts (layout, paper, landscape);
}

/* A short name stays large, on one line. */
static void
test_short_name (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_autoptr(SkupCertificateDocument) document = document_new (SKUP_CERTIFICATE_LAYOUT_UN,
                                                              SKUP_PAPER_A4, FALSE,
                                                              SAMPLE_ENGLISH, texts);
  SkupCertificatePlacement name;

  g_assert_true (_skup_certificate_document_place (document, 0, SKUP_CERTIFICATE_PART_NAME,
                                                   &name));
  g_assert_cmpint (name.lines, ==, 1);
  g_assert_cmpfloat (name.size, ==, 40);
}

/* A character no font of the family draws is refused before anything is written, and the
 * message names the person whose certificate holds it. */
static void
test_glyph_check (Fixture       *f,
                  gconstpointer  data)
{
  static const char *strangers[] = { "\xf4\x8f\xbf\xbd" /* U+10FFFD */,
                                     "\xf0\x90\x80\x80" /* U+10000, LINEAR B SYLLABLE A */ };

  for (guint i = 0; i < G_N_ELEMENTS (strangers); i++)
    {
      g_autoptr(GPtrArray) texts = sample_texts_new ();
      g_autoptr(SkupCertificateDocument) document = NULL;
      SkupCertificateText *text = sample_text_new (SAMPLE_ENGLISH, "Ana Petrović", TRUE, 3);
      g_autofree char *path = g_build_filename (f->dir, "refused.pdf", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) pages = NULL;

      g_free (text->body);
      text->body = g_strconcat ("participated in the workshop ", strangers[i], NULL);
      g_ptr_array_add (texts, text);
      document = document_new (SKUP_CERTIFICATE_LAYOUT_CLASSIC, SKUP_PAPER_A4, FALSE,
                               SAMPLE_ENGLISH, texts);
      g_assert_false (skup_certificate_document_write_pdf (document, ISSUED, path, &error));
      g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
      g_assert_nonnull (strstr (error->message, "Ana Petrović"));
      g_assert_nonnull (strstr (error->message, i == 0 ? "U+10FFFD" : "U+10000"));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_clear_error (&error);
      pages = skup_certificate_document_pages_to_bytes (document, ISSUED, 2, &error);
      g_assert_null (pages);
      g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
    }
}

static GBytes *
sample_pdf (SkupCertificateLayout layout,
            gboolean              landscape)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_autoptr(SkupCertificateDocument) document = document_new (layout, SKUP_PAPER_A4, landscape,
                                                              SAMPLE_ENGLISH, texts);
  g_autoptr(GError) error = NULL;
  GBytes *pdf;

  g_ptr_array_add (texts, sample_text_new (SAMPLE_BILINGUAL, "Đorđe Šćekić", FALSE, 3));
  pdf = skup_certificate_document_to_bytes (document, ISSUED, &error);
  g_assert_no_error (error);
  return pdf;
}

/* test_same_bytes() in a process of its own: its fonts, caches and addresses are new, and
 * it must write the same file. */
static void
write_in_child (void)
{
  g_autoptr(GBytes) pdf = sample_pdf (SKUP_CERTIFICATE_LAYOUT_UN, FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (g_getenv ("SKUP_TEST_CERTIFICATE_OUT"),
                                      g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                      &error));
  g_assert_no_error (error);
}

/* The same design, texts and issue date give the same bytes: in one process and in another,
 * from one thread or from several, whole or page by page. The file carries the issue date,
 * never the time it was written. */
static void
test_same_bytes (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *out = g_build_filename (f->dir, "child.pdf", NULL);
  g_autofree char *child = NULL;
  gsize length = 0;
  g_autoptr(GBytes) child_pdf = NULL;
  g_autofree char *info = NULL;

  if (g_test_subprocess ())
    {
      write_in_child ();
      return;
    }
  first = sample_pdf (SKUP_CERTIFICATE_LAYOUT_UN, FALSE);
  again = sample_pdf (SKUP_CERTIFICATE_LAYOUT_UN, FALSE);
  g_assert_true (g_bytes_equal (first, again));
  g_setenv ("SKUP_TEST_CERTIFICATE_OUT", out, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_true (g_file_get_contents (out, &child, &length, NULL));
  child_pdf = g_bytes_new_take (g_steal_pointer (&child), length);
  g_assert_true (g_bytes_equal (first, child_pdf));
  /* The dates are the issue date's, at midnight UTC. */
  info = run_tool ((const char *[]) { "pdfinfo", "-isodates", out, NULL });
  g_assert_nonnull (strstr (info, "CreationDate:    2019-05-22T00:00:00Z"));
  g_assert_nonnull (strstr (info, "ModDate:         2019-05-22T00:00:00Z"));
}

/* One file a person: the pages drawn on two threads at once are, byte for byte, the ones a
 * single thread draws one at a time, in page order. */
static void
test_pages_on_threads (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = texts_new ();
  g_autoptr(SkupCertificateDocument) document = NULL;
  g_autoptr(SkupCertificateDocument) alone = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GError) error = NULL;
  static const char *names[] = { "Žana Glavendekić", "Милутин Милошевић", "Ljiljana Đukić",
                                 "Jean-Baptiste Léger", "Стефан Јовановић", "Ana Ćirić" };

  for (guint i = 0; i < 24; i++)
    g_ptr_array_add (texts, sample_text_new (i % 2 ? SAMPLE_CYRILLIC : SAMPLE_BILINGUAL,
                                             names[i % G_N_ELEMENTS (names)], i % 3 == 0,
                                             i + 1));
  document = document_new (SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, TRUE, SAMPLE_ENGLISH,
                           texts);
  pages = skup_certificate_document_pages_to_bytes (document, ISSUED, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages->len, ==, texts->len);
  /* A document of its own, so that nothing the threads' run left behind is reused. */
  alone = document_new (SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, TRUE, SAMPLE_ENGLISH, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(GBytes) page = skup_certificate_document_page_to_bytes (alone, i, ISSUED, &error);

      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (page, g_ptr_array_index (pages, i)));
    }
  /* Each is a file of one page, whose title names its person. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (f->dir, "one.pdf", NULL);
      g_autofree char *info = NULL;
      GBytes *page = g_ptr_array_index (pages, i);
      const SkupCertificateText *text = g_ptr_array_index (texts, i);
      g_autofree char *title = g_strdup_printf ("Title:           %s – %s", text->title,
                                                text->name);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (page, NULL),
                                          g_bytes_get_size (page), NULL));
      info = run_tool ((const char *[]) { "pdfinfo", path, NULL });
      g_assert_nonnull (strstr (info, "Pages:           1\n"));
      g_assert_nonnull (strstr (info, title));
    }
}

static GdkPixbuf *
picture_of (Fixture    *f,
            GBytes     *pdf,
            const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *prefix = g_build_filename (f->dir, name, NULL);
  g_autofree char *png = g_strconcat (prefix, ".png", NULL);
  g_autoptr(GError) error = NULL;
  GdkPixbuf *pixbuf;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                      NULL));
  /* poppler says nothing on stderr about a PDF it reads without trouble: run_tool() would
   * fail on a broken one, and this checks its output too. */
  g_free (run_tool ((const char *[]) { "pdftoppm", "-png", "-r", "40", "-singlefile", "-f", "1",
                                       "-l", "1", path, prefix, NULL }));
  pixbuf = gdk_pixbuf_new_from_file (png, &error);
  g_assert_no_error (error);
  return pixbuf;
}

/* A PDF a person carries the real pictures, compressed once for the document, and looks
 * pixel for pixel like its page of the PDF of everyone; poppler reads it without a word. */
static void
test_pictures_of_one_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(SkupDocument) document = NULL;
  g_autoptr(GBytes) all = NULL;
  g_autoptr(GBytes) one = NULL;
  g_autoptr(GdkPixbuf) all_page = NULL;
  g_autoptr(GdkPixbuf) one_page = NULL;
  g_autofree char *path = g_build_filename (f->dir, "one", NULL);
  g_autofree char *images = NULL;
  g_autofree char *stderr_text = NULL;
  int status = 0;

  sample_design_init (&design, SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, TRUE, SAMPLE_ENGLISH);
  design.background = sample_background ();
  document = skup_certificate_document_new (&design, texts);
  all = skup_certificate_document_to_bytes (SKUP_CERTIFICATE_DOCUMENT (document), ISSUED, NULL);
  one = skup_certificate_document_page_to_bytes (SKUP_CERTIFICATE_DOCUMENT (document), 0, ISSUED,
                                                 NULL);
  all_page = picture_of (f, all, "all");
  one_page = picture_of (f, one, "one");
  g_assert_cmpint (gdk_pixbuf_get_byte_length (all_page), ==,
                   gdk_pixbuf_get_byte_length (one_page));
  g_assert_true (memcmp (gdk_pixbuf_read_pixels (all_page), gdk_pixbuf_read_pixels (one_page),
                         gdk_pixbuf_get_byte_length (one_page)) == 0);
  /* The logos (360 × 360), the signatures (600 × 200) and the background (400 × 300) with
   * their transparency, never a stand-in of one pixel across. */
  g_assert_true (g_spawn_sync (NULL, (char *[]) { "pdfimages", "-list", path, NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, &images, &stderr_text, &status,
                               NULL));
  g_assert_cmpstr (stderr_text, ==, "");
  g_assert_cmpuint (count (images, " image     360   360  rgb"), ==, 3);
  g_assert_cmpuint (count (images, " smask     360   360  gray"), ==, 3);
  g_assert_cmpuint (count (images, " image     600   200  rgb"), ==, 2);
  g_assert_cmpuint (count (images, " image     400   300  rgb"), ==, 1);
  g_assert_cmpuint (count (images, " image       1 "), ==, 0);
}

/* A PDF not laid out as cairo 1.16 writes one is left alone (and the page drawn again with
 * its pictures), never patched at a guess. */
static void
test_strange_pdf (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_autoptr(SkupCertificateDocument) document = document_new (SKUP_CERTIFICATE_LAYOUT_UN,
                                                              SKUP_PAPER_A4, FALSE,
                                                              SAMPLE_ENGLISH, texts);
  g_autoptr(GBytes) pdf = skup_certificate_document_page_to_bytes (document, 0, ISSUED, NULL);
  gsize length;
  const char *bytes = g_bytes_get_data (pdf, &length);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("not a PDF at all", 16);
  g_autoptr(GBytes) cut = g_bytes_new (bytes, length - 40);  /* no startxref */
  g_autoptr(GBytes) whole = NULL;
  g_autofree char *broken = g_memdup2 (bytes, length);
  g_autoptr(GBytes) moved = NULL;
  /* The end is text: the search does not meet the NUL bytes of the streams before it. */
  char *xref = g_strstr_len (broken + length - 64, 64, "startxref\n");
  SkupPdfImage *none[1] = { NULL };

  g_assert_null (_skup_pdf_splice_images (garbage, none, 1));
  g_assert_null (_skup_pdf_splice_images (cut, none, 1));
  /* The cross-reference table said to be somewhere it is not. */
  g_assert_nonnull (xref);
  xref[strlen ("startxref\n")] = '1';
  moved = g_bytes_new (broken, length);
  g_assert_null (_skup_pdf_splice_images (moved, none, 1));
  /* One that is as cairo writes it comes back the same, with nothing to replace. */
  whole = _skup_pdf_splice_images (pdf, none, 1);
  g_assert_nonnull (whole);
  g_assert_true (g_bytes_equal (whole, pdf));
}

/* Every layout on every paper, upright and turned, draws without an error, at the paper's
 * size. */
static void
test_layouts (Fixture       *f,
              gconstpointer  data)
{
  for (guint layout = 0; layout < 2; layout++)
    for (guint paper = 0; paper < 2; paper++)
      for (guint landscape = 0; landscape < 2; landscape++)
        {
          g_autoptr(GPtrArray) texts = sample_texts_new ();
          g_autoptr(SkupCertificateDocument) document = NULL;
          g_autofree char *path = g_build_filename (f->dir, "page.png", NULL);
          g_autoptr(GError) error = NULL;
          g_autoptr(GdkPixbuf) pixbuf = NULL;
          double width = paper == SKUP_PAPER_A4 ? 595.3 : 612;
          double height = paper == SKUP_PAPER_A4 ? 841.9 : 792;

          g_ptr_array_add (texts, sample_text_new (SAMPLE_BILINGUAL, "Đorđe Šćekić", FALSE, 3));
          document = document_new (layout, paper, landscape, SAMPLE_ENGLISH, texts);
          for (guint page = 0; page < texts->len; page++)
            {
              g_assert_true (skup_document_write_png (SKUP_DOCUMENT (document), page, 36, path,
                                                      &error));
              g_assert_no_error (error);
            }
          pixbuf = gdk_pixbuf_new_from_file (path, &error);
          g_assert_no_error (error);
          g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==,
                           (int) ceil ((landscape ? height : width) / 2));
          g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==,
                           (int) ceil ((landscape ? width : height) / 2));
        }
}

/* A bilingual page carries both titles and bodies, and the name once: under each other on an
 * upright page, side by side on a turned one. */
static void
test_bilingual (Fixture       *f,
                gconstpointer  data)
{
  for (guint landscape = 0; landscape < 2; landscape++)
    {
      g_autoptr(GPtrArray) texts = texts_new ();
      g_autoptr(SkupCertificateDocument) document = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      SkupCertificatePlacement first, second;

      g_ptr_array_add (texts, sample_text_new (SAMPLE_BILINGUAL, "Žana Glavendekić", TRUE, 1));
      document = document_new (SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, landscape,
                               SAMPLE_ENGLISH, texts);
      path = write_pdf (f, document, "bilingual.pdf");
      text = run_tool ((const char *[]) { "pdftotext", "-enc", "UTF-8", "-raw", path, "-",
                                          NULL });
      g_assert_nonnull (strstr (text, "CERTIFICATE OF PARTICIPATION"));
      g_assert_nonnull (strstr (text, "СЕРТИФИКАТ О УЧЕШЋУ"));
      g_assert_nonnull (strstr (text, "учествовала"));
      g_assert_cmpuint (count (text, "Glavendekić"), ==, 1);
      g_assert_true (_skup_certificate_document_place (document, 0,
                                                       SKUP_CERTIFICATE_PART_TITLE, &first));
      g_assert_true (_skup_certificate_document_place (document, 0,
                                                       SKUP_CERTIFICATE_PART_SECOND_TITLE,
                                                       &second));
      if (landscape)
        {
          g_assert_cmpfloat (second.box.x, >=, first.box.x + first.box.width);
          g_assert_cmpfloat (second.box.y, ==, first.box.y);
          g_assert_cmpfloat (second.size, ==, first.size);
        }
      else
        g_assert_cmpfloat (second.box.y, >=, first.box.y + first.box.height);
    }
}

/* A date that is not one is refused, and nothing is written. */
static void
test_issue_date (Fixture       *f,
                 gconstpointer  data)
{
  static const char *wrong[] = { "22.5.2019", "2019-02-30", "2019-5-22", "", "2019-05-22T10" };
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_autoptr(SkupCertificateDocument) document = document_new (SKUP_CERTIFICATE_LAYOUT_UN,
                                                              SKUP_PAPER_A4, FALSE,
                                                              SAMPLE_ENGLISH, texts);
  g_autofree char *path = g_build_filename (f->dir, "dated.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (skup_certificate_document_write_pdf (document, wrong[i], path, &error));
      g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* A background covers the page to its edges, under everything. */
static void
test_background (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = sample_texts_new ();
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(SkupDocument) document = NULL;
  cairo_surface_t *page;
  guint8 *pixels;
  int stride;

  sample_design_init (&design, SKUP_CERTIFICATE_LAYOUT_UN, SKUP_PAPER_A4, TRUE, SAMPLE_ENGLISH);
  /* A picture of 4:3 on a landscape page: cropped to cover it, never short of an edge. */
  design.background = sample_background ();
  document = skup_certificate_document_new (&design, texts);
  g_assert_true (skup_document_prepare (document, NULL));
  page = skup_document_render_page (document, 0, 36);
  cairo_surface_flush (page);
  pixels = cairo_image_surface_get_data (page);
  stride = cairo_image_surface_get_stride (page);
  /* The corners of the sheet are the picture's, not the paper's white. */
  for (guint corner = 0; corner < 4; corner++)
    {
      int x = corner % 2 ? cairo_image_surface_get_width (page) - 1 : 0;
      int y = corner / 2 ? cairo_image_surface_get_height (page) - 1 : 0;
      guint32 pixel = *(guint32 *) (pixels + y * stride + x * 4);

      g_assert_cmphex (pixel & 0xffffff, !=, 0xffffff);
    }
  cairo_surface_destroy (page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/documents/certificate/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("names-and-fonts", test_names_and_fonts);
  ADD ("qr", test_qr);
  ADD ("long-texts", test_long_texts);
  ADD ("short-name", test_short_name);
  ADD ("glyph-check", test_glyph_check);
  ADD ("same-bytes", test_same_bytes);
  ADD ("pages-on-threads", test_pages_on_threads);
  ADD ("layouts", test_layouts);
  ADD ("bilingual", test_bilingual);
  ADD ("issue-date", test_issue_date);
  ADD ("background", test_background);
  ADD ("pictures-of-one-file", test_pictures_of_one_file);
  ADD ("strange-pdf", test_strange_pdf);
#undef ADD
  return g_test_run ();
}
