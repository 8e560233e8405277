/* test-doc-engine.c — the document engine under every document: paper, fonts, text boxes,
 * tables, metadata, read back with poppler's tools
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "skup-doc-table.h"
#include "skup-doc-text.h"
#include "skup-document.h"
#include "skup-error.h"

/* A document of one text per page, in a family and style the test chooses. */
#define TEST_TYPE_DOC (test_doc_get_type ())
G_DECLARE_FINAL_TYPE (TestDoc, test_doc, TEST, DOC, SkupDocument)

struct _TestDoc
{
  SkupDocument   parent_instance;
  SkupTextStyle  style;
  char          *text;
  guint          pages;
  PangoLayout   *layout;
};

G_DEFINE_FINAL_TYPE (TestDoc, test_doc, SKUP_TYPE_DOCUMENT)

static gboolean
test_doc_paginate (SkupDocument *document,
                   GError      **error)
{
  TestDoc *self = TEST_DOC (document);
  g_autoptr(PangoFontDescription) font = skup_text_style_get_font (&self->style);
  const SkupPageSetup *page = skup_document_get_page_setup (document);

  if (!skup_document_check_text (document, font, self->text, "Test", "Text", error))
    return FALSE;
  self->layout = skup_doc_text_layout (skup_document_get_pango_context (document), &self->style,
                                       self->text, skup_page_setup_get_body_width (page));
  skup_document_set_n_pages (document, self->pages);
  return TRUE;
}

static void
test_doc_draw_page (SkupDocument *document,
                    cairo_t      *cr,
                    guint         page)
{
  TestDoc *self = TEST_DOC (document);
  const SkupPageSetup *setup = skup_document_get_page_setup (document);

  skup_doc_text_draw (cr, self->layout, 0x000000, setup->margin_left, setup->margin_top);
}

static void
test_doc_finalize (GObject *object)
{
  TestDoc *self = TEST_DOC (object);

  g_free (self->text);
  g_free ((char *) self->style.family);
  g_clear_object (&self->layout);
  G_OBJECT_CLASS (test_doc_parent_class)->finalize (object);
}

static void
test_doc_class_init (TestDocClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_doc_finalize;
  SKUP_DOCUMENT_CLASS (klass)->paginate = test_doc_paginate;
  SKUP_DOCUMENT_CLASS (klass)->draw_page = test_doc_draw_page;
}

static void
test_doc_init (TestDoc *self)
{
}

static TestDoc *
test_doc_new (const char *language,
              const char *family,
              gboolean    italic,
              const char *text,
              guint       pages)
{
  TestDoc *self = g_object_new (TEST_TYPE_DOC, "language", language, "title", "Пробни документ",
                                "author", "Kancelarija za borbu protiv droga", NULL);

  self->style = (SkupTextStyle) { g_strdup (family), 28, 0, FALSE, italic, PANGO_ALIGN_LEFT, 0 };
  self->text = g_strdup (text);
  self->pages = pages;
  return self;
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
write_temp_pdf (SkupDocument *doc,
                char        **dir)
{
  g_autoptr(GError) error = NULL;
  char *path;

  *dir = g_dir_make_tmp ("skup-engine-XXXXXX", NULL);
  path = g_build_filename (*dir, "doc.pdf", NULL);
  g_assert_true (skup_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_temp (const char *path,
             const char *dir)
{
  g_unlink (path);
  g_rmdir (dir);
}

/* Serbian writes italic б г д п т in its own forms, Russian does not: the document's language
 * reaches the font, so the same letters draw differently. */
static void
test_serbian_forms (void)
{
  const char *letters = "бгдпт";
  g_autoptr(TestDoc) serbian = test_doc_new ("sr", "Noto Serif", TRUE, letters, 1);
  g_autoptr(TestDoc) russian = test_doc_new ("ru", "Noto Serif", TRUE, letters, 1);
  g_autoptr(TestDoc) serbian_again = test_doc_new ("sr", "Noto Serif", TRUE, letters, 1);
  cairo_surface_t *a, *b, *c;
  guint differ = 0, again = 0;
  int n;

  g_assert_true (skup_document_prepare (SKUP_DOCUMENT (serbian), NULL));
  g_assert_true (skup_document_prepare (SKUP_DOCUMENT (russian), NULL));
  g_assert_true (skup_document_prepare (SKUP_DOCUMENT (serbian_again), NULL));
  a = skup_document_render_page (SKUP_DOCUMENT (serbian), 0, 72);
  b = skup_document_render_page (SKUP_DOCUMENT (russian), 0, 72);
  c = skup_document_render_page (SKUP_DOCUMENT (serbian_again), 0, 72);
  n = cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a);
  for (int i = 0; i < n; i++)
    {
      differ += cairo_image_surface_get_data (a)[i] != cairo_image_surface_get_data (b)[i];
      again += cairo_image_surface_get_data (a)[i] != cairo_image_surface_get_data (c)[i];
    }
  g_assert_cmpuint (again, ==, 0);
  g_assert_cmpuint (differ, >, 200);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (c);
}

/* Each family Skup names is found through fontconfig and embedded in the PDF. */
static void
test_families (void)
{
  const struct { const char *family; const char *embedded; } families[] = {
    { "Noto Sans", "NotoSans" },
    { "Noto Serif", "NotoSerif" },
    { "EB Garamond", "EBGaramond" },
    { "DejaVu Sans", "DejaVuSans" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      g_autoptr(TestDoc) doc = test_doc_new ("sr", families[i].family, FALSE,
                                             "Đorđe Ђорђе Šćepanović", 1);
      g_autofree char *dir = NULL;
      g_autofree char *pdf = write_temp_pdf (SKUP_DOCUMENT (doc), &dir);
      const char *argv[] = { "pdffonts", pdf, NULL };
      g_autofree char *fonts = run_tool (argv);
      const char *argv_text[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
      g_autofree char *text = run_tool (argv_text);

      g_assert_nonnull (strstr (fonts, families[i].embedded));
      g_assert_nonnull (strstr (text, "Đorđe Ђорђе Šćepanović"));
      remove_temp (pdf, dir);
    }
}

/* A4 and Letter, upright and turned, reach the PDF as their sizes; the title and the office
 * reach its metadata. */
static void
test_paper_and_metadata (void)
{
  const struct { SkupPaper paper; gboolean landscape; const char *size; } papers[] = {
    { SKUP_PAPER_A4, FALSE, "595.276 x 841.89 pts (A4)" },
    { SKUP_PAPER_A4, TRUE, "841.89 x 595.276 pts (A4)" },
    { SKUP_PAPER_LETTER, FALSE, "612 x 792 pts (letter)" },
    { SKUP_PAPER_LETTER, TRUE, "792 x 612 pts (letter)" },
  };
  SkupPaper paper;

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autoptr(TestDoc) doc = test_doc_new ("en", "Noto Sans", FALSE, "Page", 3);
      g_autofree char *dir = NULL;
      g_autofree char *pdf = NULL;
      g_autofree char *info = NULL;
      SkupPageSetup setup;

      skup_page_setup_init (&setup, papers[i].paper, papers[i].landscape);
      skup_document_set_page_setup (SKUP_DOCUMENT (doc), &setup);
      pdf = write_temp_pdf (SKUP_DOCUMENT (doc), &dir);
      {
        const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };
        info = run_tool (argv);
      }
      g_assert_nonnull (strstr (info, papers[i].size));
      g_assert_nonnull (strstr (info, "Pages:           3"));
      g_assert_nonnull (strstr (info, "Пробни документ"));
      g_assert_nonnull (strstr (info, "Kancelarija za borbu protiv droga"));
      g_assert_nonnull (strstr (info, "CreationDate:"));
      remove_temp (pdf, dir);
    }
  g_assert_true (skup_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, SKUP_PAPER_LETTER);
  g_assert_false (skup_paper_from_string ("a3", &paper));
}

/* A box's text shrinks to its minimum to stay on one line, then wraps, then ends in "…" —
 * and never stands outside the box. */
static void
test_text_fit (void)
{
  g_autoptr(TestDoc) doc = test_doc_new ("sr", "Noto Sans", FALSE, "x", 1);
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (doc));
  SkupTextStyle title = { "Noto Sans", 20, 12, TRUE, FALSE, PANGO_ALIGN_LEFT, 0 };
  const char *medium = "Obuka o prevenciji predoziranja";
  g_autoptr(PangoLayout) natural = skup_doc_text_layout (context, &title, medium, -1);
  double width = skup_doc_layout_width (natural) * 0.8;
  g_autoptr(PangoLayout) shrunk = NULL;
  g_autoptr(PangoLayout) wrapped = NULL;
  g_autoptr(PangoLayout) cut = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  gboolean shortened = TRUE;

  /* 80 % of its width: it shrinks, stays on one line, inside the box. */
  shrunk = skup_doc_text_fit (context, &title, medium, width, 0, &shortened);
  g_assert_false (shortened);
  g_assert_cmpint (pango_layout_get_line_count (shrunk), ==, 1);
  g_assert_cmpfloat (skup_doc_layout_width (shrunk), <=, width);
  g_assert_cmpint (pango_font_description_get_size (pango_layout_get_font_description (shrunk)),
                   <, 20 * PANGO_SCALE);

  /* A third of its width: no size down to 12 pt is enough, so it wraps at 12 pt. */
  wrapped = skup_doc_text_fit (context, &title, medium, width * 0.4, 0, &shortened);
  g_assert_false (shortened);
  g_assert_cmpint (pango_layout_get_line_count (wrapped), >, 1);
  g_assert_cmpint (pango_font_description_get_size (pango_layout_get_font_description (wrapped)),
                   ==, 12 * PANGO_SCALE);
  g_assert_cmpfloat (skup_doc_layout_width (wrapped), <=, width * 0.4);

  /* Far too much for a box two lines high: cut, with the box's height kept. */
  while (long_text->len < 3000)
    g_string_append (long_text, "Šćepanović Ђорђевић ");
  cut = skup_doc_text_fit (context, &title, long_text->str, width, 40, &shortened);
  g_assert_true (shortened);
  g_assert_cmpfloat (skup_doc_layout_height (cut), <=, 40);
  g_assert_cmpfloat (skup_doc_layout_width (cut), <=, width);
}

/* Pages break between rows, the header row counts on every page, and the last page keeps
 * room for what closes the document. */
static void
test_table_pages (void)
{
  g_autoptr(TestDoc) doc = test_doc_new ("sr", "Noto Sans", FALSE, "x", 1);
  SkupTextStyle body = { "Noto Sans", 10, 0, FALSE, FALSE, PANGO_ALIGN_LEFT, 0 };
  g_autoptr(SkupDocTable) table = skup_doc_table_new (SKUP_DOCUMENT (doc), &body, SKUP_MM (180));
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GString) tall = g_string_new (NULL);
  double page_height = SKUP_MM (100);
  guint n_rows = 40;

  skup_doc_table_add_column (table, "No.", SKUP_MM (10), 0, SKUP_CELL_KIND_TEXT, &body);
  skup_doc_table_add_column (table, "Name", 0, 1, SKUP_CELL_KIND_TEXT, &body);
  skup_doc_table_add_column (table, "Signature", 0, 1, SKUP_CELL_KIND_BLANK, &body);
  while (tall->len < 600)
    g_string_append (tall, "Dugoprezimenović ");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[] = { number, i % 7 == 3 ? tall->str : "Ana Petrović", NULL };

      skup_doc_table_add_row (table, "Ana", cells);
    }
  g_assert_true (skup_doc_table_layout (table, NULL));
  starts = skup_doc_table_paginate (table, page_height, SKUP_MM (20));
  g_assert_cmpuint (starts->len, >, 1);
  for (guint p = 0; p < starts->len; p++)
    {
      guint first = g_array_index (starts, guint, p);
      guint end = p + 1 < starts->len ? g_array_index (starts, guint, p + 1) : n_rows;
      double used = skup_doc_table_get_header_height (table);

      g_assert_cmpuint (end, >=, first);
      for (guint r = first; r < end; r++)
        {
          g_assert_cmpfloat (skup_doc_table_get_row_height (table, r), >=, SKUP_MM (9) - 0.01);
          used += skup_doc_table_get_row_height (table, r);
        }
      g_assert_cmpfloat (used, <=, page_height + 0.01);
      if (p + 1 == starts->len)
        g_assert_cmpfloat (used + SKUP_MM (20), <=, page_height + 0.01);
    }
  /* The tall rows really are tall: their text wrapped rather than ran out of the cell. */
  g_assert_cmpfloat (skup_doc_table_get_row_height (table, 3), >, SKUP_MM (15));
}

/* A glyph the font lacks is refused, a family that is not installed too. */
static void
test_glyph_check (void)
{
  g_autoptr(TestDoc) emoji = test_doc_new ("en", "Noto Sans", FALSE, "Ana 😀", 1);
  g_autoptr(TestDoc) missing = test_doc_new ("en", "Comic Sans MS", FALSE, "Ana", 1);
  g_autoptr(TestDoc) controls = test_doc_new ("en", "Noto Sans", FALSE,
                                              "Ana\u200d\u2067Petrović\u2069\t\n", 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_document_prepare (SKUP_DOCUMENT (emoji), &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
  g_assert_nonnull (strstr (error->message, "U+1F600"));
  g_assert_cmpuint (skup_document_get_n_pages (SKUP_DOCUMENT (emoji)), ==, 0);
  g_clear_error (&error);
  g_assert_false (skup_document_prepare (SKUP_DOCUMENT (missing), &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
  g_assert_nonnull (strstr (error->message, "Comic Sans MS"));
  g_clear_error (&error);
  /* Joiners, direction marks and white space draw nothing and need no glyph. */
  g_assert_true (skup_document_prepare (SKUP_DOCUMENT (controls), &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/engine/serbian-forms", test_serbian_forms);
  g_test_add_func ("/documents/engine/families", test_families);
  g_test_add_func ("/documents/engine/paper-and-metadata", test_paper_and_metadata);
  g_test_add_func ("/documents/engine/text-fit", test_text_fit);
  g_test_add_func ("/documents/engine/table-pages", test_table_pages);
  g_test_add_func ("/documents/engine/glyph-check", test_glyph_check);
  return g_test_run ();
}
