/* skup-doc-qr.c — QR codes drawn on printed documents
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <qrencode.h>
#include <string.h>

#include "skup-doc-qr.h"
#include "skup-error.h"

/* The light margin a reader needs around the code, in modules (ISO/IEC 18004). */
#define QUIET_ZONE 4

struct _SkupDocQr
{
  GObject  parent_instance;

  QRcode  *code;
};

G_DEFINE_FINAL_TYPE (SkupDocQr, skup_doc_qr, G_TYPE_OBJECT)

static void
skup_doc_qr_finalize (GObject *object)
{
  SkupDocQr *self = SKUP_DOC_QR (object);

  g_clear_pointer (&self->code, QRcode_free);

  G_OBJECT_CLASS (skup_doc_qr_parent_class)->finalize (object);
}

static void
skup_doc_qr_class_init (SkupDocQrClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_doc_qr_finalize;
}

static void
skup_doc_qr_init (SkupDocQr *self)
{
}

static void
set_encode_error (GError **error,
                  int      saved_errno)
{
  if (saved_errno == ERANGE)
    g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                         _("The text is too long for a QR code"));
  else
    /* Translators: %s says why, in the words of the system. */
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("The QR code could not be made: %s"),
                 g_strerror (saved_errno));
}

/**
 * skup_doc_qr_new:
 * @text: what the code says, UTF-8
 * @error: return location for a %SKUP_ERROR_INVALID error
 *
 * Encodes @text as a QR code with error correction level M (a code stays readable with
 * about 15 % of it smudged or torn), in the smallest version that holds it. The text goes
 * in as its UTF-8 bytes, unchanged, which phone readers take as UTF-8. Level M holds at
 * most 2,331 bytes.
 *
 * Returns: (transfer full) (nullable): the code, or %NULL if @text is empty or too long
 */
SkupDocQr *
skup_doc_qr_new (const char  *text,
                 GError     **error)
{
  SkupDocQr *self;
  QRcode *code;
  gsize length;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  length = strlen (text);
  if (length == 0)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("There is no text to put in the QR code"));
      return NULL;
    }
  if (length > G_MAXINT)
    {
      set_encode_error (error, ERANGE);
      return NULL;
    }

  code = QRcode_encodeData ((int) length, (const unsigned char *) text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    {
      set_encode_error (error, errno);
      return NULL;
    }

  self = g_object_new (SKUP_TYPE_DOC_QR, NULL);
  self->code = code;
  return self;
}

/**
 * skup_doc_qr_get_modules:
 * @self: a QR code
 *
 * Returns: the width of the code in modules (its dots), without the quiet zone
 */
guint
skup_doc_qr_get_modules (SkupDocQr *self)
{
  g_return_val_if_fail (SKUP_IS_DOC_QR (self), 0);

  return self->code->width;
}

/* Adds one rectangle per horizontal run of dark modules in @row: a code of version 10 has
 * some 1,700 dark modules but a third as many runs, and the PDF writes each as "x y w h re". */
static void
add_row (SkupDocQr *self,
         cairo_t   *cr,
         int        row)
{
  int width = self->code->width;
  const unsigned char *modules = self->code->data + (gsize) row * width;

  for (int x = 0; x < width;)
    {
      int start;

      if (!(modules[x] & 1))
        {
          x++;
          continue;
        }
      for (start = x; x < width && (modules[x] & 1); x++)
        ;
      cairo_rectangle (cr, start, row, x - start, 1);
    }
}

/**
 * skup_doc_qr_draw:
 * @self: a QR code
 * @cr: where to draw
 * @x: the left of the square, in @cr's user units
 * @y: the top of the square
 * @size: the side of the square
 *
 * Draws the code as vectors, black on white, filling the square whose side is @size. The
 * square includes the white quiet zone of four modules on each side that readers need, so
 * the dots themselves are @size × modules / (modules + 8) wide. @cr's state is left as it
 * was; like cairo_fill(), this clears the current path.
 *
 * For a raster target, pick @size so that a module is a whole number of pixels
 * (skup_doc_qr_get_modules() + 8 divides it) and @x, @y on whole pixels: then every module is
 * sharp.
 */
void
skup_doc_qr_draw (SkupDocQr *self,
                  cairo_t   *cr,
                  double     x,
                  double     y,
                  double     size)
{
  double module;

  g_return_if_fail (SKUP_IS_DOC_QR (self));
  g_return_if_fail (cr != NULL);

  if (!(size > 0))
    return;
  module = size / (self->code->width + 2 * QUIET_ZONE);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, size, size);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  cairo_translate (cr, x + QUIET_ZONE * module, y + QUIET_ZONE * module);
  cairo_scale (cr, module, module);
  for (int row = 0; row < self->code->width; row++)
    add_row (self, cr, row);
  /* One fill for all the runs: the rasteriser sees rows that touch as one shape, so no pale
   * seam opens between them even where modules fall between pixels. */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_restore (cr);
}
