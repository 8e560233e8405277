/* test-doc-media.c — logos and QR codes on printed documents
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>
#include <string.h>

#include "skup-doc-image.h"
#include "skup-doc-qr.h"
#include "skup-error.h"
#include "skup-test-engines.h"

#define PREFIX "/skup/doc-media"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

#define SVG_NS "xmlns=\"http://www.w3.org/2000/svg\""
/* 2:1, with a size of its own. */
static const char svg_sized[] =
  "<svg " SVG_NS " width=\"30\" height=\"15\">"
  "<rect width=\"30\" height=\"15\" fill=\"#c03020\"/></svg>";
/* 3:1 from its viewBox alone, behind the prolog a drawing program writes. (Not with the
 * <!ENTITY> declarations some write: librsvg 2.54 leaks their values.) */
static const char svg_viewbox[] =
  "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Drawn by hand -->\n"
  "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"svg11.dtd\" [\n"
  "  <!ATTLIST svg id ID #IMPLIED> <!-- <a> -->\n]>\n"
  "<svg " SVG_NS " viewBox=\"0 0 300 100\">"
  "<rect width=\"300\" height=\"100\" fill=\"#2040a0\"/></svg>";
/* 2:1, with a circle far beyond its edges that it asks to show. */
static const char svg_overflow[] =
  "<svg " SVG_NS " width=\"20\" height=\"10\" overflow=\"visible\">"
  "<circle cx=\"10\" cy=\"5\" r=\"40\" fill=\"#208040\"/></svg>";

/* 16 × 8 of #2060C0 as an Adobe CMYK JPEG (ImageMagick: -colorspace CMYK), as print shops
 * send logos. */
static const guint8 cmyk_jpeg[] = {
  0xff, 0xd8, 0xff, 0xee, 0x00, 0x0e, 0x41, 0x64, 0x6f, 0x62, 0x65, 0x00, 0x64, 0x00,
  0x00, 0x00, 0x00, 0x02, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x10, 0x0b, 0x0c, 0x0e, 0x0c,
  0x0a, 0x10, 0x0e, 0x0d, 0x0e, 0x12, 0x11, 0x10, 0x13, 0x18, 0x28, 0x1a, 0x18, 0x16,
  0x16, 0x18, 0x31, 0x23, 0x25, 0x1d, 0x28, 0x3a, 0x33, 0x3d, 0x3c, 0x39, 0x33, 0x38,
  0x37, 0x40, 0x48, 0x5c, 0x4e, 0x40, 0x44, 0x57, 0x45, 0x37, 0x38, 0x50, 0x6d, 0x51,
  0x57, 0x5f, 0x62, 0x67, 0x68, 0x67, 0x3e, 0x4d, 0x71, 0x79, 0x70, 0x64, 0x78, 0x5c,
  0x65, 0x67, 0x63, 0xff, 0xdb, 0x00, 0x43, 0x01, 0x11, 0x12, 0x12, 0x18, 0x15, 0x18,
  0x2f, 0x1a, 0x1a, 0x2f, 0x63, 0x42, 0x38, 0x42, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0x63, 0x63, 0xff, 0xc0, 0x00, 0x14, 0x08, 0x00, 0x08, 0x00, 0x10, 0x04, 0x01, 0x22,
  0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0x04, 0x22, 0x00, 0xff, 0xc4, 0x00, 0x16,
  0x00, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x03, 0x06, 0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0xff, 0xc4, 0x00, 0x15, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x06, 0xff, 0xc4, 0x00, 0x14, 0x11,
  0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0xff, 0xda, 0x00, 0x0e, 0x04, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11,
  0x04, 0x00, 0x00, 0x3f, 0x00, 0xb0, 0x09, 0xa3, 0x2d, 0x00, 0x0f, 0xff, 0xd9,
};

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("skup-doc-media-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  skup_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* ---- Making and reading files ------------------------------------------------------------- */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A @width × @height PNG in one colour, with grain so that it does not compress to nothing. */
static GBytes *
make_png (int width,
          int height)
{
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  GByteArray *png = g_byte_array_new ();

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_paint (cr);
  for (int i = 0; i < width * height / 8; i++)
    {
      cairo_rectangle (cr, g_test_rand_int_range (0, width), g_test_rand_int_range (0, height),
                       1, 1);
      cairo_set_source_rgb (cr, g_test_rand_double_range (0.7, 0.9), 0.1, 0.1);
      cairo_fill (cr);
    }
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, png), ==, 0);
  return g_byte_array_free_to_bytes (png);
}

static GBytes *
make_jpeg (int width,
           int height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize length = 0;

  gdk_pixbuf_fill (pixbuf, 0x2060c0ff);
  gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "jpeg", &error, "quality", "90", NULL);
  g_assert_no_error (error);
  return g_bytes_new_take (buffer, length);
}

static SkupDocImage *
load_ok (GBytes *data)
{
  g_autoptr(GError) error = NULL;
  SkupDocImage *image = skup_doc_image_new_from_bytes (data, &error);

  g_assert_no_error (error);
  g_assert_true (SKUP_IS_DOC_IMAGE (image));
  return image;
}

static SkupDocImage *
load_svg (const char *svg)
{
  g_autoptr(GBytes) data = g_bytes_new_static (svg, strlen (svg));

  return load_ok (data);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_bytes (const char *haystack,
             gsize       length,
             const void *needle,
             gsize       n)
{
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      count++;
  return count;
}

/* Where @needle starts in [@p, @end): not strstr, PDF streams hold NULs. */
static const char *
find_bytes (const char *p,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

static guint
count_in (const char *haystack,
          gsize       length,
          const char *needle)
{
  return count_bytes (haystack, length, needle, strlen (needle));
}

/* Runs @argv (the tool is looked up in PATH and must be there) and returns its output. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  /* stderr is kept for when the tool fails: zbarimg chats there about D-Bus. */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("%s: %s", argv[0], err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* The rows of `pdfimages -list`, each split into its columns (page num type … object ID …). */
static GPtrArray *
list_pdf_images (const char *pdf)
{
  const char *argv[] = { "pdfimages", "-list", pdf, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (g_str_has_prefix (lines[0], "page"));
  for (guint i = 2; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (rows, g_regex_split_simple ("\\s+", lines[i], 0, 0));
  return rows;
}

/* ---- Drawing ------------------------------------------------------------------------------ */

#define CANVAS_W 240
#define CANVAS_H 100

static cairo_surface_t *
white_canvas (int width,
              int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  cairo_surface_flush (surface);
  return ((const guint32 *) (data + y * cairo_image_surface_get_stride (surface)))[x] & 0xFFFFFF;
}

static void
assert_white (cairo_surface_t *surface,
              double           x,
              double           y)
{
  if (x >= 0 && y >= 0 && x < CANVAS_W && y < CANVAS_H)
    g_assert_cmphex (pixel (surface, x, y), ==, 0xFFFFFF);
}

/* @colour (0xRRGGBB), give or take what JPEG and smooth scaling change. */
static void
assert_colour (cairo_surface_t *surface,
               double           x,
               double           y,
               guint32          colour)
{
  guint32 p = pixel (surface, x, y);

  for (int shift = 0; shift <= 16; shift += 8)
    {
      int got = (p >> shift) & 0xFF, want = (colour >> shift) & 0xFF;

      g_assert_cmpint (ABS (got - want), <=, 0x20);
    }
}

/* Draws @image in the box (@bx, @by, @bw, @bh) of a white canvas and checks that it fills the
 * part an image of @aspect aligned at @x_align takes: in its @colour just inside each of its
 * edges, white just outside (inside and outside the box). */
static void
check_placement (SkupDocImage *image,
                 guint32       colour,
                 double        aspect,
                 double        bx,
                 double        by,
                 double        bw,
                 double        bh,
                 double        x_align)
{
  g_autoptr(cairo_surface_t) canvas = white_canvas (CANVAS_W, CANVAS_H);
  g_autoptr(cairo_t) cr = cairo_create (canvas);
  double w = MIN (bw, bh * aspect), h = w / aspect;
  double x = bx + (bw - w) * x_align, y = by + (bh - h) / 2;

  skup_doc_image_draw (image, cr, bx, by, bw, bh, x_align);
  g_test_message ("box %g,%g %gx%g align %g: image at %g,%g %gx%g", bx, by, bw, bh, x_align,
                  x, y, w, h);
  assert_colour (canvas, x + 3, y + h / 2, colour);
  assert_colour (canvas, x + w - 3, y + h / 2, colour);
  assert_colour (canvas, x + w / 2, y + 3, colour);
  assert_colour (canvas, x + w / 2, y + h - 3, colour);
  assert_white (canvas, x - 1, y + h / 2);
  assert_white (canvas, x + w + 1, y + h / 2);
  assert_white (canvas, x + w / 2, y - 1);
  assert_white (canvas, x + w / 2, y + h + 1);
  /* The box's corners, from outside. */
  assert_white (canvas, bx - 2, by - 2);
  assert_white (canvas, bx + bw + 2, by + bh + 2);
}

/* Left, centre and right in a wide box; centred top to bottom in a tall one. */
static void
check_draws_in_box (SkupDocImage *image,
                    guint32       colour,
                    double        aspect)
{
  double width, height;

  skup_doc_image_get_size (image, &width, &height);
  g_assert_cmpfloat_with_epsilon (width / height, aspect, 1e-9);
  for (double align = 0; align <= 1; align += 0.5)
    check_placement (image, colour, aspect, 20, 10, 200, 50, align);
  check_placement (image, colour, aspect, 20, 10, 60, 80, 0.5);
}

/* ---- Images ------------------------------------------------------------------------------- */

static void
test_png (void)
{
  g_autoptr(GBytes) png = make_png (40, 20);
  g_autoptr(SkupDocImage) image = load_ok (png);
  double width, height;

  skup_doc_image_get_size (image, &width, &height);
  g_assert_cmpfloat (width, ==, 40);
  g_assert_cmpfloat (height, ==, 20);
  check_draws_in_box (image, 0xCC1A1A, 2);
}

static void
test_jpeg (void)
{
  g_autoptr(GBytes) jpeg = make_jpeg (90, 30);
  g_autoptr(SkupDocImage) image = load_ok (jpeg);

  check_draws_in_box (image, 0x2060C0, 3);
}

static void
test_svg (void)
{
  g_autoptr(SkupDocImage) sized = load_svg (svg_sized);
  g_autoptr(SkupDocImage) viewbox = load_svg (svg_viewbox);
  g_autoptr(SkupDocImage) overflow = load_svg (svg_overflow);
  double width, height;

  skup_doc_image_get_size (viewbox, &width, &height);
  g_assert_cmpfloat (width, ==, 300);
  g_assert_cmpfloat (height, ==, 100);
  check_draws_in_box (sized, 0xC03020, 2);
  check_draws_in_box (viewbox, 0x2040A0, 3);
  /* Nothing of the circle outside the box, though the SVG draws it there. */
  check_placement (overflow, 0x208040, 2, 20, 10, 60, 80, 0.5);
}

/* The caller's source, transformation, line width and clip are as they were. */
static void
test_draw_keeps_state (void)
{
  g_autoptr(SkupDocImage) image = load_svg (svg_sized);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupDocQr) qr = skup_doc_qr_new ("state", &error);
  g_autoptr(cairo_surface_t) canvas = white_canvas (CANVAS_W, CANVAS_H);
  g_autoptr(cairo_t) cr = cairo_create (canvas);
  cairo_pattern_t *source;
  cairo_matrix_t matrix;
  double x, y, x2, y2;

  g_assert_no_error (error);
  cairo_translate (cr, 5, 7);
  cairo_set_source_rgb (cr, 0.1, 0.2, 0.3);
  source = cairo_get_source (cr);
  cairo_set_line_width (cr, 7);

  skup_doc_image_draw (image, cr, 10, 10, 100, 50, 1);
  skup_doc_qr_draw (qr, cr, 120, 10, 50);

  g_assert_true (cairo_get_source (cr) == source);
  g_assert_cmpfloat (cairo_get_line_width (cr), ==, 7);
  cairo_get_matrix (cr, &matrix);
  g_assert_cmpfloat (matrix.x0, ==, 5);
  g_assert_cmpfloat (matrix.y0, ==, 7);
  g_assert_cmpfloat (matrix.xx, ==, 1);
  cairo_clip_extents (cr, &x, &y, &x2, &y2);
  g_assert_cmpfloat (x2 - x, ==, CANVAS_W);
  g_assert_cmpfloat (y2 - y, ==, CANVAS_H);
}

static void
assert_refused (GBytes     *data,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupDocImage) image = skup_doc_image_new_from_bytes (data, &error);

  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_null (image);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, message));
}

static void
assert_refused_data (const void *data,
                     gsize       length,
                     const char *message)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, length);

  assert_refused (bytes, message);
}

static void
test_refused (void)
{
  static const guint8 junk[] = { 0x00, 0x13, 0x37, 0xFE, 0x42, 0x89, 'P', 'N', 'G' };
  static const char text[] = "Dear organisers,\nthe workshop starts at nine.\n";
  static const char html[] = "<?xml version=\"1.0\"?>\n<html><svg/></html>";
  static const char broken_svg[] = "<svg " SVG_NS " width=\"10\" height=\"10\"><rect";
  static const char no_size_svg[] = "<svg " SVG_NS "><rect width=\"10\" height=\"10\"/></svg>";
  g_autoptr(GBytes) png = make_png (60, 40);
  g_autoptr(GBytes) jpeg = make_jpeg (60, 40);
  g_autoptr(GBytes) half_png = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) / 2);
  g_autoptr(GBytes) half_jpeg = g_bytes_new_from_bytes (jpeg, 0, 20);
  const char *not_image = "The image is not a PNG, JPEG or SVG file";
  const char *unreadable = "The image could not be read: ";

  assert_refused_data (junk, sizeof junk, not_image);
  assert_refused_data (text, strlen (text), not_image);
  assert_refused_data (html, strlen (html), not_image);
  assert_refused_data ("", 0, not_image);
  assert_refused (half_png, unreadable);
  assert_refused (half_jpeg, unreadable);
  assert_refused_data (broken_svg, strlen (broken_svg), unreadable);
  assert_refused_data (no_size_svg, strlen (no_size_svg), unreadable);
}

/* ---- Images in a PDF ---------------------------------------------------------------------- */

typedef void (*DrawPage) (cairo_t  *cr,
                          int       page,
                          gpointer  data);

static char *
write_pdf (Fixture    *f,
           const char *name,
           int         pages,
           DrawPage    draw,
           gpointer    data)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(cairo_surface_t) surface = cairo_pdf_surface_create (path, 595, 842);
  g_autoptr(cairo_t) cr = cairo_create (surface);

  for (int page = 0; page < pages; page++)
    {
      draw (cr, page, data);
      cairo_show_page (cr);
    }
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return path;
}

/* Page n draws the n-th image of the array, round and round. */
static void
draw_images (cairo_t  *cr,
             int       page,
             gpointer  data)
{
  GPtrArray *images = data;

  skup_doc_image_draw (images->pdata[page % images->len], cr, 50, 50, 200, 100, 0.5);
}

/* Writes @images on five pages and checks that the pages show five images made of
 * @n_objects image objects in the file. Returns the file's bytes. */
static char *
assert_pdf_images (Fixture   *f,
                   GPtrArray *images,
                   guint      n_objects,
                   gsize     *length)
{
  g_autofree char *pdf = write_pdf (f, "images.pdf", 5, draw_images, images);
  g_autoptr(GPtrArray) rows = list_pdf_images (pdf);
  g_autoptr(GHashTable) objects = g_hash_table_new (g_str_hash, g_str_equal);
  char *contents = read_file (pdf, length);

  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];

      g_assert_cmpuint (g_strv_length (row), >=, 12);
      g_assert_cmpstr (row[2], ==, "image");
      g_hash_table_add (objects, row[10]);  /* the "object" column */
    }
  g_assert_cmpuint (g_hash_table_size (objects), ==, n_objects);
  g_assert_cmpuint (count_in (contents, *length, "/Subtype /Image"), ==, n_objects);
  return contents;
}

static void
test_pdf_png_once (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) png = make_png (40, 20);
  g_autoptr(GBytes) other = make_png (40, 20);
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length;

  g_ptr_array_add (images, load_ok (png));
  g_free (assert_pdf_images (f, images, 1, &length));
  /* Loaded twice from the same file, still one object. */
  g_ptr_array_add (images, load_ok (png));
  g_free (assert_pdf_images (f, images, 1, &length));
  /* The count is not one whatever happens. */
  g_ptr_array_add (images, load_ok (other));
  g_free (assert_pdf_images (f, images, 2, &length));
}

static void
test_pdf_jpeg_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) jpeg = make_jpeg (90, 30);
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *contents = NULL;
  gsize length;

  g_ptr_array_add (images, load_ok (jpeg));
  contents = assert_pdf_images (f, images, 1, &length);
  /* The JPEG itself, byte for byte, not pixels compressed anew. */
  g_assert_cmpuint (count_in (contents, length, "/DCTDecode"), ==, 1);
  g_assert_cmpuint (count_bytes (contents, length, g_bytes_get_data (jpeg, NULL),
                                 g_bytes_get_size (jpeg)), ==, 1);
}

/* Pixels, not the JPEG: cairo would print its CMYK in negative. */
static void
test_pdf_cmyk_jpeg (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GBytes) jpeg = g_bytes_new_static (cmyk_jpeg, sizeof cmyk_jpeg);
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *contents = NULL;
  gsize length;

  g_ptr_array_add (images, load_ok (jpeg));
  check_draws_in_box (images->pdata[0], 0x2060C0, 2);
  contents = assert_pdf_images (f, images, 1, &length);
  g_assert_cmpuint (count_in (contents, length, "/DCTDecode"), ==, 0);
  g_assert_cmpuint (count_in (contents, length, "/DeviceCMYK"), ==, 0);
}

static void
draw_svg (cairo_t  *cr,
          int       page,
          gpointer  data)
{
  skup_doc_image_draw (data, cr, 50, 50, 200, 100, page % 2);
}

static void
test_pdf_svg_once (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupDocImage) image = load_svg (svg_viewbox);
  g_autofree char *one = write_pdf (f, "one.pdf", 1, draw_svg, image);
  g_autofree char *five = write_pdf (f, "five.pdf", 5, draw_svg, image);
  g_autoptr(GPtrArray) rows = list_pdf_images (five);
  g_autofree char *one_contents = NULL;
  g_autofree char *five_contents = NULL;
  gsize one_length, five_length;

  g_assert_cmpuint (rows->len, ==, 0);  /* vectors, no picture of them */
  one_contents = read_file (one, &one_length);
  five_contents = read_file (five, &five_length);
  /* One form XObject with the drawing, which every page paints. */
  g_assert_cmpuint (count_in (one_contents, one_length, "/Subtype /Form"), ==, 1);
  g_assert_cmpuint (count_in (five_contents, five_length, "/Subtype /Form"), ==, 1);
}

/* ---- QR codes ---------------------------------------------------------------------------- */

static const char * const qr_texts[] = {
  "https://skup.example/verify/UNODC-SRB-2026-0042",
  "Потврда 2026-0042",
};

static SkupDocQr *
qr_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  SkupDocQr *qr = skup_doc_qr_new (text, &error);

  g_assert_no_error (error);
  g_assert_true (SKUP_IS_DOC_QR (qr));
  return qr;
}

/* The code on a white canvas at @px pixels a module, quiet zone included. */
static cairo_surface_t *
render_qr (SkupDocQr *qr,
           int        px)
{
  int size = (skup_doc_qr_get_modules (qr) + 8) * px;
  cairo_surface_t *canvas = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
  g_autoptr(cairo_t) cr = cairo_create (canvas);

  skup_doc_qr_draw (qr, cr, 0, 0, size);
  cairo_surface_flush (canvas);
  return canvas;
}

static void
test_qr_decodes (Fixture       *f,
                 gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (qr_texts); i++)
    {
      g_autoptr(SkupDocQr) qr = qr_ok (qr_texts[i]);
      g_autoptr(cairo_surface_t) canvas = render_qr (qr, 4);
      g_autofree char *png = g_build_filename (f->dir, "qr.png", NULL);
      const char *argv[] = { "zbarimg", "--raw", "-q", png, NULL };
      g_autofree char *out = NULL;
      g_autofree char *expected = g_strconcat (qr_texts[i], "\n", NULL);

      g_assert_cmpint (cairo_surface_write_to_png (canvas, png), ==, CAIRO_STATUS_SUCCESS);
      out = run_tool (argv);
      g_assert_cmpstr (out, ==, expected);
    }
}

static void
test_qr_modules (void)
{
  g_autoptr(SkupDocQr) url = qr_ok (qr_texts[0]);
  g_autofree char *longest = g_strnfill (2331, 'a');  /* level M holds 2,331 bytes */
  g_autoptr(SkupDocQr) largest = qr_ok (longest);
  g_autoptr(cairo_surface_t) canvas = render_qr (url, 1);
  guint n = skup_doc_qr_get_modules (url);

  /* 47 bytes need version 4 at level M: 33 modules a side. */
  g_assert_cmpuint (n, ==, 33);
  g_assert_cmpuint (skup_doc_qr_get_modules (largest), ==, 177);
  /* The quiet zone is white and the three finder patterns' corners are dark. */
  assert_white (canvas, 3, 3);
  assert_white (canvas, n + 4, n + 4);
  g_assert_cmphex (pixel (canvas, 4, 4), ==, 0);
  g_assert_cmphex (pixel (canvas, n + 3, 4), ==, 0);
  g_assert_cmphex (pixel (canvas, 4, n + 3), ==, 0);
}

static void
assert_qr_refused (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupDocQr) qr = skup_doc_qr_new (text, &error);

  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_null (qr);
  g_test_message ("%s", error->message);
}

static void
test_qr_refused (void)
{
  g_autofree char *too_long = g_strnfill (3000, 'a');
  g_autofree char *just_too_long = g_strnfill (2332, 'a');

  assert_qr_refused (too_long);
  assert_qr_refused (just_too_long);
  assert_qr_refused ("");
}

/* Runs of dark modules, counted in a picture of the code at one pixel a module. */
static guint
count_dark_runs (SkupDocQr *qr)
{
  g_autoptr(cairo_surface_t) canvas = render_qr (qr, 1);
  int size = cairo_image_surface_get_width (canvas);
  guint runs = 0;

  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      if (pixel (canvas, x, y) == 0 && (x == 0 || pixel (canvas, x - 1, y) != 0))
        runs++;
  return runs;
}

/* The stream of @pdf that begins after @p, inflated; NULL for one that is not zlib. */
static char *
inflate_stream (const char *p,
                const char *end)
{
  g_autoptr(GZlibDecompressor) zlib = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_data (p, end - p, NULL);
  g_autoptr(GInputStream) in = g_converter_input_stream_new (raw, G_CONVERTER (zlib));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  /* The NUL ends the text; the stream is closed before its data is taken. */
  if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_NONE, NULL, NULL) < 0
      || !g_output_stream_write_all (out, "", 1, NULL, NULL, NULL)
      || !g_output_stream_close (out, NULL, NULL))
    return NULL;
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* The "h" (close path) operators in the content streams of @pdf: one for each rectangle of a
 * path cairo writes with more than one rectangle. */
static guint
count_close_paths (const char *pdf,
                gsize       length)
{
  const char *end = pdf + length;
  guint n = 0;

  for (const char *p = pdf; (p = find_bytes (p, end, "stream\n")) != NULL;)
    {
      const char *stop = find_bytes (p, end, "endstream");
      g_autofree char *text = NULL;

      g_assert_nonnull (stop);
      text = inflate_stream (p + strlen ("stream\n"), stop);
      if (text != NULL)
        {
          g_auto(GStrv) tokens = g_regex_split_simple ("\\s+", text, 0, 0);

          for (guint i = 0; tokens[i] != NULL; i++)
            n += g_str_equal (tokens[i], "h");
        }
      p = stop + strlen ("endstream");
    }
  return n;
}

static void
draw_qr (cairo_t  *cr,
         int       page,
         gpointer  data)
{
  skup_doc_qr_draw (data, cr, 100, 100, 200);
}

static void
test_qr_pdf (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupDocQr) qr = qr_ok (qr_texts[0]);
  g_autofree char *pdf = write_pdf (f, "qr.pdf", 1, draw_qr, qr);
  g_autoptr(GPtrArray) rows = list_pdf_images (pdf);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_cmpuint (rows->len, ==, 0);
  contents = read_file (pdf, &length);
  g_assert_cmpuint (count_in (contents, length, "/Subtype /Image"), ==, 0);
  /* One rectangle a run of dark modules, not one a module. */
  g_assert_cmpuint (count_close_paths (contents, length), ==, count_dark_runs (qr));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func (PREFIX "/png", test_png);
  g_test_add_func (PREFIX "/jpeg", test_jpeg);
  g_test_add_func (PREFIX "/svg", test_svg);
  g_test_add_func (PREFIX "/draw-keeps-state", test_draw_keeps_state);
  g_test_add_func (PREFIX "/refused", test_refused);
  g_test_add (PREFIX "/pdf/png-once", Fixture, NULL, fixture_setup, test_pdf_png_once,
              fixture_teardown);
  g_test_add (PREFIX "/pdf/jpeg-once", Fixture, NULL, fixture_setup, test_pdf_jpeg_once,
              fixture_teardown);
  g_test_add (PREFIX "/pdf/cmyk-jpeg", Fixture, NULL, fixture_setup, test_pdf_cmyk_jpeg,
              fixture_teardown);
  g_test_add (PREFIX "/pdf/svg-once", Fixture, NULL, fixture_setup, test_pdf_svg_once,
              fixture_teardown);

  g_test_add (PREFIX "/qr/decodes", Fixture, NULL, fixture_setup, test_qr_decodes,
              fixture_teardown);
  g_test_add_func (PREFIX "/qr/modules", test_qr_modules);
  g_test_add_func (PREFIX "/qr/refused", test_qr_refused);
  g_test_add (PREFIX "/qr/pdf", Fixture, NULL, fixture_setup, test_qr_pdf, fixture_teardown);

  return g_test_run ();
}
