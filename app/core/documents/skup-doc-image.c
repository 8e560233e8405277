/* skup-doc-image.c — logos and pictures placed on printed documents
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "skup-doc-image.h"
#include "skup-error.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsvgHandle, g_object_unref)

struct _SkupDocImage
{
  GObject          parent_instance;

  /* An image surface for PNG and JPEG, a recording surface for SVG. One surface for the
   * image's whole life: cairo's PDF writer writes a surface once per document and refers to
   * that object from every page that paints it. */
  cairo_surface_t *surface;
  double           width;
  double           height;
};

G_DEFINE_FINAL_TYPE (SkupDocImage, skup_doc_image, G_TYPE_OBJECT)

typedef enum {
  FORMAT_UNKNOWN,
  FORMAT_PNG,
  FORMAT_JPEG,
  FORMAT_SVG,
} Format;

/* ---- Recognising the format --------------------------------------------------------------- */

static gboolean
has_prefix (const char *p,
            const char *end,
            const char *prefix)
{
  gsize length = strlen (prefix);

  return (gsize) (end - p) >= length && memcmp (p, prefix, length) == 0;
}

/* Where @needle ends in [@p, @end), or NULL. Not strstr: the data need not end in a NUL. */
static const char *
find_end_of (const char *p,
             const char *end,
             const char *needle)
{
  for (; p < end; p++)
    if (has_prefix (p, end, needle))
      return p + strlen (needle);
  return NULL;
}

/* An SVG is an XML document whose root element is <svg> (or <svg:svg>). The root is the first
 * "<" followed by a letter outside comments: the XML declaration and the DOCTYPE, with the
 * <!ENTITY> declarations drawing programs put in it, begin "<?" and "<!". */
static gboolean
is_svg (const char *p,
        const char *end)
{
  const char *name;

  if (has_prefix (p, end, "\xEF\xBB\xBF"))
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p == end || *p != '<')
    return FALSE;  /* text, not markup */
  while (p != NULL && (p = memchr (p, '<', end - p)) != NULL)
    {
      p++;
      if (has_prefix (p, end, "!--"))
        p = find_end_of (p, end, "-->");
      else if (p < end && g_ascii_isalpha (*p))
        break;
    }
  if (p == NULL)
    return FALSE;
  for (name = p; p < end && (g_ascii_isalnum (*p) || strchr ("_-.:", *p) != NULL); p++)
    ;
  if (p == end || (!g_ascii_isspace (*p) && *p != '>' && *p != '/'))
    return FALSE;
  return (p - name == 3 && memcmp (name, "svg", 3) == 0)
         || (p - name > 4 && memcmp (p - 4, ":svg", 4) == 0);
}

static Format
sniff_format (GBytes *data)
{
  gsize length;
  const char *bytes = g_bytes_get_data (data, &length);

  if (length == 0)
    return FORMAT_UNKNOWN;
  if (has_prefix (bytes, bytes + length, "\x89PNG\r\n\x1A\n"))
    return FORMAT_PNG;
  if (has_prefix (bytes, bytes + length, "\xFF\xD8\xFF"))
    return FORMAT_JPEG;
  if (is_svg (bytes, bytes + length))
    return FORMAT_SVG;
  return FORMAT_UNKNOWN;
}

/* ---- Decoding ----------------------------------------------------------------------------- */

static void
set_unreadable (GError    **error,
                const char *reason)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason));  /* librsvg ends in "\n" */

  /* Translators: %s says why, often in the words of the image library. */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("The image could not be read: %s"),
               stripped);
}

static void
set_too_large (GError **error)
{
  g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("The image could not be read: it is too large"));
}

static cairo_status_t
read_png_bytes (void          *closure,
                unsigned char *out,
                unsigned int   length)
{
  gsize got = 0;

  g_input_stream_read_all (closure, out, length, &got, NULL, NULL);
  return got == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

static cairo_surface_t *
load_png (GBytes  *data,
          GError **error)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (data);
  g_autoptr(cairo_surface_t) surface = NULL;

  surface = cairo_image_surface_create_from_png_stream (read_png_bytes, in);
  switch (cairo_surface_status (surface))
    {
    case CAIRO_STATUS_SUCCESS:
      return g_steal_pointer (&surface);
    case CAIRO_STATUS_NO_MEMORY:
    case CAIRO_STATUS_INVALID_SIZE:
      set_too_large (error);
      return NULL;
    default:
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("The image could not be read: the PNG file is damaged or "
                             "incomplete"));
      return NULL;
    }
}

static guint8
premultiply (guint8 colour,
             guint8 alpha)
{
  guint t = colour * alpha + 0x80;

  return ((t >> 8) + t) >> 8;  /* colour × alpha / 255, rounded */
}

/* The pixbuf's RGB(A) bytes as cairo's native-endian, premultiplied ARGB32 words. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int src_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *src = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint8 *dst;
  int dst_stride;

  g_assert (gdk_pixbuf_get_bits_per_sample (pixbuf) == 8 && channels >= 3);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;

  cairo_surface_flush (surface);
  dst = cairo_image_surface_get_data (surface);
  dst_stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    {
      const guint8 *s = src + (gsize) y * src_stride;
      guint32 *d = (guint32 *) (dst + (gsize) y * dst_stride);

      for (int x = 0; x < width; x++, s += channels)
        {
          guint8 a = channels == 4 ? s[3] : 0xFF;

          d[x] = (guint32) a << 24 | (guint32) premultiply (s[0], a) << 16
                 | (guint32) premultiply (s[1], a) << 8 | premultiply (s[2], a);
        }
    }
  cairo_surface_mark_dirty (surface);
  return surface;
}

static GdkPixbuf *
decode_jpeg (GBytes  *data,
             GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean written;
  GdkPixbuf *pixbuf;

  loader = gdk_pixbuf_loader_new_with_type ("jpeg", &local_error);
  if (loader == NULL)
    {
      set_unreadable (error, local_error->message);
      return NULL;
    }
  written = gdk_pixbuf_loader_write_bytes (loader, data, &local_error);
  /* Closed after a failed write too: a loader finalized open warns. */
  if (!gdk_pixbuf_loader_close (loader, written ? &local_error : NULL) || !written)
    {
      set_unreadable (error, local_error->message);
      return NULL;
    }
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("The image could not be read: the JPEG file is damaged or "
                             "incomplete"));
      return NULL;
    }
  return g_object_ref (pixbuf);
}

/* The number of colour components in the JPEG's frame header, 0 if there is none. */
static int
count_jpeg_components (GBytes *data)
{
  gsize length;
  const guint8 *p = g_bytes_get_data (data, &length);

  for (gsize i = 2; i + 9 < length && p[i] == 0xFF;)
    {
      guint8 marker = p[i + 1];

      if (marker == 0xFF)  /* fill byte */
        i++;
      else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
               && marker != 0xCC)  /* SOF0 … SOF15, not DHT, JPG or DAC */
        return p[i + 9];
      else
        i += 2 + (p[i + 2] << 8 | p[i + 3]);
    }
  return 0;
}

static cairo_surface_t *
load_jpeg (GBytes  *data,
           GError **error)
{
  g_autoptr(GdkPixbuf) pixbuf = decode_jpeg (data, error);
  g_autoptr(GdkPixbuf) upright = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  const char *orientation;

  if (pixbuf == NULL)
    return NULL;
  /* A camera's photo may be stored on its side with an Exif note to turn it. The PDF would
   * show the embedded JPEG as stored, so such a photo goes in turned, as pixels. */
  orientation = gdk_pixbuf_get_option (pixbuf, "orientation");
  if (orientation != NULL && g_strcmp0 (orientation, "1") != 0)
    upright = gdk_pixbuf_apply_embedded_orientation (pixbuf);

  surface = surface_from_pixbuf (upright ? upright : pixbuf);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      set_too_large (error);
      return NULL;
    }
  /* cairo 1.16 writes a CMYK JPEG without the inversion Adobe's CMYK JPEGs need, and it would
   * print in negative: those go in as the pixels gdk-pixbuf decoded right. */
  if (upright == NULL && count_jpeg_components (data) != 4)
    cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG,
                                 g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                 (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (data));
  return g_steal_pointer (&surface);
}

/* The SVG's own size, or its viewBox's when it gives none (or only percentages). */
static gboolean
get_svg_size (RsvgHandle *handle,
              double     *width,
              double     *height)
{
  gboolean has_viewbox = FALSE;
  RsvgRectangle viewbox = { 0, };

  if (rsvg_handle_get_intrinsic_size_in_pixels (handle, width, height)
      && *width > 0 && *height > 0)
    return TRUE;
  rsvg_handle_get_intrinsic_dimensions (handle, NULL, NULL, NULL, NULL, &has_viewbox, &viewbox);
  *width = viewbox.width;
  *height = viewbox.height;
  return has_viewbox && viewbox.width > 0 && viewbox.height > 0;
}

/* Renders the SVG once, into a recording surface: every page replays the same drawing
 * operations, so the PDF gets vectors, and gets them once. */
static cairo_surface_t *
load_svg (GBytes  *data,
          double  *width,
          double  *height,
          GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(RsvgHandle) handle = NULL;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  gsize length;
  const guint8 *bytes = g_bytes_get_data (data, &length);

  handle = rsvg_handle_new_from_data (bytes, length, &local_error);
  if (handle == NULL)
    {
      set_unreadable (error, local_error->message);
      return NULL;
    }
  if (!get_svg_size (handle, width, height))
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("The image could not be read: the SVG file does not say how "
                             "large it is"));
      return NULL;
    }

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                            &(cairo_rectangle_t) { 0, 0, *width, *height });
  cr = cairo_create (surface);
  if (!rsvg_handle_render_document (handle, cr, &(RsvgRectangle) { 0, 0, *width, *height },
                                    &local_error))
    {
      set_unreadable (error, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&surface);
}

/* ---- The object --------------------------------------------------------------------------- */

static void
skup_doc_image_finalize (GObject *object)
{
  SkupDocImage *self = SKUP_DOC_IMAGE (object);

  g_clear_pointer (&self->surface, cairo_surface_destroy);

  G_OBJECT_CLASS (skup_doc_image_parent_class)->finalize (object);
}

static void
skup_doc_image_class_init (SkupDocImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_doc_image_finalize;
}

static void
skup_doc_image_init (SkupDocImage *self)
{
}

/* Names the surface by its content, so that cairo's PDF writer also shares one image object
 * between two SkupDocImages loaded from the same file (a logo that two parts of a document
 * loaded each for itself). */
static void
set_unique_id (cairo_surface_t *surface,
               GBytes          *data)
{
  g_autofree char *checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  char *id = g_strconcat ("skup-doc-image-", checksum, NULL);

  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_UNIQUE_ID, (unsigned char *) id,
                               strlen (id), g_free, id);
}

/**
 * skup_doc_image_new_from_bytes:
 * @data: the contents of a PNG, JPEG or SVG file
 * @error: return location for a %SKUP_ERROR_INVALID error
 *
 * Reads an image for printed documents. The format is recognised by the content, never by a
 * file name: PNG and JPEG by their signatures, SVG by the XML root element `<svg>`. A JPEG
 * is decoded for drawing on screen and kept as it is for PDF, which embeds it unchanged
 * (unless it is CMYK or an Exif tag turns it: those go in as pixels). An SVG stays vectors;
 * one without a size takes the size of its viewBox. Files an SVG refers to are not loaded;
 * pictures embedded in it as data: URLs are.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL if @data is not one of these
 *   formats or cannot be decoded
 */
SkupDocImage *
skup_doc_image_new_from_bytes (GBytes  *data,
                               GError **error)
{
  g_autoptr(SkupDocImage) self = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SKUP_TYPE_DOC_IMAGE, NULL);
  switch (sniff_format (data))
    {
    case FORMAT_PNG:
      self->surface = load_png (data, error);
      break;
    case FORMAT_JPEG:
      self->surface = load_jpeg (data, error);
      break;
    case FORMAT_SVG:
      self->surface = load_svg (data, &self->width, &self->height, error);
      break;
    case FORMAT_UNKNOWN:
    default:
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("The image is not a PNG, JPEG or SVG file"));
      return NULL;
    }
  if (self->surface == NULL)
    return NULL;
  if (cairo_surface_get_type (self->surface) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      self->width = cairo_image_surface_get_width (self->surface);
      self->height = cairo_image_surface_get_height (self->surface);
    }
  set_unique_id (self->surface, data);
  return g_steal_pointer (&self);
}

/**
 * skup_doc_image_get_size:
 * @self: an image
 * @width: (out) (optional): the natural width
 * @height: (out) (optional): the natural height
 *
 * Gets the image's natural size: pixels for PNG and JPEG, SVG user units (CSS pixels) for
 * SVG. Documents scale images to their boxes, so what matters is the ratio.
 */
void
skup_doc_image_get_size (SkupDocImage *self,
                         double       *width,
                         double       *height)
{
  g_return_if_fail (SKUP_IS_DOC_IMAGE (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * skup_doc_image_draw:
 * @self: an image
 * @cr: where to draw
 * @x: the left of the box, in @cr's user units
 * @y: the top of the box
 * @width: the width of the box
 * @height: the height of the box
 * @x_align: where the image goes across the box when it is narrower than the box: 0 at the
 *   left, 0.5 in the centre, 1 at the right
 *
 * Draws the image as large as it fits in the box, keeping its proportions, vertically
 * centred. Nothing is drawn outside the box, even by an SVG that draws beyond its own
 * edges. @cr's state is left as it was; like cairo_fill(), this clears the current path.
 *
 * On a PDF surface the image is written into the file once, however many pages draw it.
 */
void
skup_doc_image_draw (SkupDocImage *self,
                     cairo_t      *cr,
                     double        x,
                     double        y,
                     double        width,
                     double        height,
                     double        x_align)
{
  double scale, w, h;

  g_return_if_fail (SKUP_IS_DOC_IMAGE (self));
  g_return_if_fail (cr != NULL);

  if (!(width > 0 && height > 0))
    return;

  scale = MIN (width / self->width, height / self->height);
  w = self->width * scale;
  h = self->height * scale;
  x += (width - w) * CLAMP (x_align, 0.0, 1.0);
  y += (height - h) / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  /* Smooth scaling spreads the outermost pixels a little beyond the image; the clip keeps
   * them, and any SVG drawn beyond its viewBox, inside the box. */
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, self->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}
