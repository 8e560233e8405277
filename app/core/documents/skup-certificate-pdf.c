/* skup-certificate-pdf.c — a certificate's pictures compressed once, for a PDF a person
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo writes the pixels of a PNG logo into every PDF that shows it, and deflates them
 * again each time: with three logos and two signatures that is 2.5 MB to compress for every
 * person of a batch, nine tenths of the time of a one-page PDF. So a certificate written as
 * a PDF a person is drawn with stand-ins, images of one pixel across and a height that names
 * the picture they stand for, and the stand-ins' objects are then replaced with the real
 * pictures, compressed once for the whole document. (A JPEG needs nothing of this: cairo
 * copies its bytes as they are. An SVG is vectors.)
 *
 * The replacement reads only what cairo 1.16 writes: a classic cross-reference table, and a
 * stand-in's image dictionary as cairo spells it. Anything else and it gives up, and the
 * page is written again with the real pictures: slower, never wrong.
 */

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "skup-certificate-private.h"

struct _SkupPdfImage
{
  guint   marker;   /* the stand-in's height in pixels */
  int     width;
  int     height;
  GBytes *colour;   /* RGB samples, deflated */
  GBytes *alpha;    /* (nullable): alpha samples, deflated; none when every pixel is opaque */
};

/* Compressing ***************************************************************/

static GBytes *
deflate_bytes (const guint8 *data,
               gsize         length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB,
                                                                 -1);
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  GConverterResult result;

  do
    {
      gsize read = 0, written = 0;
      g_autoptr(GError) error = NULL;

      result = g_converter_convert (G_CONVERTER (compressor), data, length, buffer,
                                    sizeof buffer, G_CONVERTER_INPUT_AT_END, &read, &written,
                                    &error);
      if (result == G_CONVERTER_ERROR)
        return NULL;
      data += read;
      length -= read;
      g_byte_array_append (out, buffer, written);
    }
  while (result != G_CONVERTER_FINISHED);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static cairo_status_t
read_png (void          *closure,
          unsigned char *out,
          unsigned int   length)
{
  gsize got = 0;

  g_input_stream_read_all (closure, out, length, &got, NULL, NULL);
  return got == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

/* cairo keeps colours multiplied by their alpha; a PDF keeps them apart. */
static guint8
unpremultiply (guint32 value,
               guint8  alpha)
{
  return alpha == 0 ? 0 : (guint8) MIN (255u, (value * 255 + alpha / 2) / alpha);
}

static gboolean
split_samples (cairo_surface_t *image,
               GByteArray      *colour,
               GByteArray      *alpha)
{
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *data = cairo_image_surface_get_data (image);
  gboolean opaque = cairo_image_surface_get_format (image) != CAIRO_FORMAT_ARGB32;
  gboolean translucent = FALSE;

  g_byte_array_set_size (colour, (guint) (width * height * 3));
  g_byte_array_set_size (alpha, (guint) (width * height));
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        {
          guint32 pixel = row[x];
          guint8 a = opaque ? 0xff : pixel >> 24;
          guint8 *rgb = colour->data + ((gsize) y * width + x) * 3;

          rgb[0] = unpremultiply ((pixel >> 16) & 0xff, a);
          rgb[1] = unpremultiply ((pixel >> 8) & 0xff, a);
          rgb[2] = unpremultiply (pixel & 0xff, a);
          alpha->data[(gsize) y * width + x] = a;
          translucent |= a != 0xff;
        }
    }
  return translucent;
}

/**
 * _skup_pdf_image_new:
 * @data: a picture's file
 * @marker: the height of its stand-in, from 16 up, one a picture of the document
 *
 * Returns: (transfer full) (nullable): the PNG's samples compressed for a PDF, or %NULL when
 *   @data is not a PNG (cairo writes a JPEG as it is) or cannot be read
 */
SkupPdfImage *
_skup_pdf_image_new (GBytes *data,
                     guint   marker)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GByteArray) colour = g_byte_array_new ();
  g_autoptr(GByteArray) alpha = g_byte_array_new ();
  cairo_surface_t *image;
  SkupPdfImage *self;
  gboolean translucent;

  if (data == NULL || g_bytes_get_size (data) < 8
      || memcmp (g_bytes_get_data (data, NULL), "\x89PNG\r\n\x1a\n", 8) != 0)
    return NULL;
  in = g_memory_input_stream_new_from_bytes (data);
  image = cairo_image_surface_create_from_png_stream (read_png, in);
  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_format (image) == CAIRO_FORMAT_A8
      || cairo_image_surface_get_format (image) == CAIRO_FORMAT_A1)
    {
      cairo_surface_destroy (image);
      return NULL;
    }
  translucent = split_samples (image, colour, alpha);
  self = g_new0 (SkupPdfImage, 1);
  self->marker = marker;
  self->width = cairo_image_surface_get_width (image);
  self->height = cairo_image_surface_get_height (image);
  self->colour = deflate_bytes (colour->data, colour->len);
  self->alpha = translucent ? deflate_bytes (alpha->data, alpha->len) : NULL;
  cairo_surface_destroy (image);
  if (self->colour == NULL || (translucent && self->alpha == NULL))
    {
      _skup_pdf_image_free (self);
      return NULL;
    }
  return self;
}

void
_skup_pdf_image_free (SkupPdfImage *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->colour, g_bytes_unref);
  g_clear_pointer (&self->alpha, g_bytes_unref);
  g_free (self);
}

/**
 * _skup_pdf_image_new_stand_in:
 * @self: a picture
 *
 * Returns: (transfer full): a black image one pixel wide and @self's marker high, for the
 *   drawing of one thread (cairo's surfaces may not be shared by threads)
 */
cairo_surface_t *
_skup_pdf_image_new_stand_in (const SkupPdfImage *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1,
                                                         (int) self->marker);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

/* Replacing the stand-ins ***************************************************/

typedef struct
{
  guint  id;
  gsize  offset;
} Entry;

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;

  return (x->offset > y->offset) - (x->offset < y->offset);
}

/* The byte offset of the cross-reference table, from "startxref" at the end. */
static gboolean
find_xref (const char *pdf,
           gsize       length,
           gsize      *xref)
{
  const char *tail = length > 64 ? pdf + length - 64 : pdf;
  const char *at = g_strstr_len (tail, pdf + length - tail, "startxref\n");

  if (at == NULL)
    return FALSE;
  *xref = strtoul (at + strlen ("startxref\n"), NULL, 10);
  return *xref > 0 && *xref < length && strncmp (pdf + *xref, "xref\n0 ", 7) == 0;
}

/* Every object in use, in the order of the file: "0000000015 00000 n \n" a line. */
static GArray *
read_entries (const char *pdf,
              gsize       length,
              gsize       xref,
              guint      *size,
              gsize      *trailer)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  char *end = NULL;
  const char *p;

  *size = (guint) strtoul (pdf + xref + 7, &end, 10);
  if (end == NULL || *end != '\n' || *size == 0)
    return NULL;
  p = end + 1;
  if ((gsize) (p - pdf) + (gsize) *size * 20 > length)
    return NULL;
  for (guint id = 0; id < *size; id++, p += 20)
    {
      Entry entry = { id, strtoul (p, NULL, 10) };

      if (p[17] != 'n' && p[17] != 'f')
        return NULL;
      if (p[17] == 'n')
        {
          if (entry.offset == 0 || entry.offset >= xref)
            return NULL;
          g_array_append_val (entries, entry);
        }
    }
  if (strncmp (p, "trailer\n", 8) != 0)
    return NULL;
  *trailer = p - pdf;
  g_array_sort (entries, compare_offsets);
  return g_steal_pointer (&entries);
}

/* The picture whose stand-in object @object is, if it is one. */
static const SkupPdfImage *
stand_in_of (const char          *object,
             gsize                length,
             SkupPdfImage * const *images,
             guint                n_images)
{
  static const char image[] = "   /Subtype /Image\n   /Width 1\n   /Height ";
  const char *head = g_strstr_len (object, MIN (length, 256), image);
  const char *stream = g_strstr_len (object, MIN (length, 512), "\nstream\n");
  guint marker;

  /* In the object's dictionary, never by chance in the bytes of a stream. */
  if (head == NULL || stream == NULL || head > stream)
    return NULL;
  marker = (guint) strtoul (head + strlen (image), NULL, 10);
  for (guint i = 0; i < n_images; i++)
    if (images[i] != NULL && images[i]->marker == marker)
      return images[i];
  return NULL;
}

static void
append_stream (GByteArray *out,
               GBytes     *data)
{
  static const char end[] = "\nendstream\nendobj\n";

  g_byte_array_append (out, (const guint8 *) "stream\n", 7);
  g_byte_array_append (out, g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  g_byte_array_append (out, (const guint8 *) end, sizeof end - 1);
}

static void
append_printf (GByteArray *out,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
append_printf (GByteArray *out,
               const char *format,
               ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_byte_array_append (out, (const guint8 *) text, strlen (text));
}

static void
append_image (GByteArray         *out,
              guint               id,
              const SkupPdfImage *image,
              gboolean            alpha,
              guint               smask)
{
  GBytes *data = alpha ? image->alpha : image->colour;

  append_printf (out, "%u 0 obj\n<< /Type /XObject\n   /Subtype /Image\n   /Width %d\n"
                 "   /Height %d\n   /ColorSpace /%s\n   /Interpolate true\n"
                 "   /BitsPerComponent 8\n", id, image->width, image->height,
                 alpha ? "DeviceGray" : "DeviceRGB");
  if (smask > 0)
    append_printf (out, "   /SMask %u 0 R\n", smask);
  append_printf (out, "   /Filter /FlateDecode\n   /Length %" G_GSIZE_FORMAT "\n>>\n",
                 g_bytes_get_size (data));
  append_stream (out, data);
}

static void
append_xref (GByteArray   *out,
             const GArray *offsets)
{
  append_printf (out, "xref\n0 %u\n0000000000 65535 f \n", offsets->len);
  for (guint id = 1; id < offsets->len; id++)
    {
      gsize offset = g_array_index (offsets, gsize, id);

      if (offset == 0)
        append_printf (out, "0000000000 65535 f \n");
      else
        append_printf (out, "%010" G_GSIZE_FORMAT " 00000 n \n", offset);
    }
}

/* The trailer as cairo wrote it, with the new number of objects. */
static gboolean
append_trailer (GByteArray *out,
                const char *trailer,
                gsize       length,
                guint       size,
                gsize       xref)
{
  const char *at = g_strstr_len (trailer, length, "<< /Size ");
  const char *rest;
  const char *end;

  if (at == NULL)
    return FALSE;
  rest = at + strlen ("<< /Size ");
  while (g_ascii_isdigit (*rest))
    rest++;
  end = g_strstr_len (rest, trailer + length - rest, "startxref\n");
  if (end == NULL)
    return FALSE;
  g_byte_array_append (out, (const guint8 *) trailer, at - trailer);
  append_printf (out, "<< /Size %u", size);
  g_byte_array_append (out, (const guint8 *) rest, end - rest);
  append_printf (out, "startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref);
  return TRUE;
}

/* Copies every object of @pdf in the order of the file, a stand-in replaced with its picture;
 * the pictures' masks are numbered from @size up and listed in @masks. */
static void
copy_objects (GByteArray           *out,
              const char           *pdf,
              const GArray         *entries,
              gsize                 xref,
              guint                 size,
              SkupPdfImage * const *images,
              guint                 n_images,
              GArray               *offsets,
              GPtrArray            *masks)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      gsize end = i + 1 < entries->len ? g_array_index (entries, Entry, i + 1).offset : xref;
      const SkupPdfImage *image = stand_in_of (pdf + entry->offset, end - entry->offset, images,
                                               n_images);

      g_array_index (offsets, gsize, entry->id) = out->len;
      if (image == NULL)
        g_byte_array_append (out, (const guint8 *) pdf + entry->offset, end - entry->offset);
      else
        {
          guint smask = image->alpha != NULL ? size + masks->len : 0;

          append_image (out, entry->id, image, FALSE, smask);
          if (smask > 0)
            g_ptr_array_add (masks, (gpointer) image);
        }
    }
}

/**
 * _skup_pdf_splice_images:
 * @pdf: a PDF cairo wrote, with stand-ins
 * @images: (array length=n_images): the pictures they stand for (%NULL elements allowed)
 * @n_images: how many
 *
 * Returns: (transfer full) (nullable): @pdf with the real pictures, or %NULL when it is not
 *   laid out as cairo 1.16 writes PDFs
 */
GBytes *
_skup_pdf_splice_images (GBytes              *pdf,
                         SkupPdfImage * const *images,
                         guint                n_images)
{
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  g_autoptr(GByteArray) out = g_byte_array_sized_new (length + 64 * 1024);
  g_autoptr(GArray) offsets = g_array_new (FALSE, TRUE, sizeof (gsize));
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GPtrArray) masks = g_ptr_array_new ();
  gsize xref = 0, trailer = 0;
  guint size = 0;

  if (!find_xref (data, length, &xref)
      || (entries = read_entries (data, length, xref, &size, &trailer)) == NULL
      || entries->len == 0)
    return NULL;
  g_array_set_size (offsets, size);
  g_byte_array_append (out, (const guint8 *) data, g_array_index (entries, Entry, 0).offset);
  copy_objects (out, data, entries, xref, size, images, n_images, offsets, masks);
  for (guint i = 0; i < masks->len; i++)
    {
      gsize offset = out->len;

      g_array_append_val (offsets, offset);
      append_image (out, size + i, g_ptr_array_index (masks, i), TRUE, 0);
    }
  xref = out->len;
  append_xref (out, offsets);
  if (!append_trailer (out, data + trailer, length - trailer, offsets->len, xref))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
