/* skup-certificate-layout.c — where everything on a certificate goes, and drawing it
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two layouts a ministry signs: the UN one (logos spread across the top, the title in the
 * accent colour, the name large, signatures along the bottom, the number and the QR code in
 * the bottom corners) and a classic one (a double border in the accent colour, smaller logos
 * together at the top). Every text is fitted to a box that lies inside the page: a name
 * shrinks on its line, then wraps; a body shrinks as it wraps; nothing reaches outside.
 *
 * Speed: a painter is made once per document and thread. It decodes the images and lays out
 * the signatories once, and keeps the layouts of texts that come back page after page (the
 * title, the preamble, the body of everyone of one gender): a page shapes only its name and
 * number.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "skup-certificate-private.h"
#include "skup-doc-image.h"
#include "skup-doc-qr.h"
#include "skup-doc-text.h"

#define INK  0x1c1c1c
#define GREY 0x595959

/* A name shrinks on its line from NAME_SIZE to NAME_WRAP, then wraps at NAME_WRAP and shrinks
 * down to NAME_FLOOR, a size still read at arm's length, in a box of two lines. */
#define NAME_SIZE  40.0
#define NAME_WRAP  20.0
#define NAME_FLOOR 12.0

typedef struct
{
  double   margin;       /* from the sheet's edge to the text */
  double   logo_height;
  gboolean spread_logos; /* UN: spread across the page; classic: together in the middle */
  double   title_size;
  double   qr_size;
  double   signature_height;
} Geometry;

typedef struct
{
  int          index;    /* in the design */
  PangoLayout *name;
  PangoLayout *title;    /* (nullable) */
  SkupDocImage *image;   /* (nullable) */
  double       x;        /* the cell's left edge */
} Signatory;

struct _SkupCertificatePainter
{
  const SkupCertificateDesign *design;  /* the document's copy, which outlives the painter */
  SkupCatalog                 *catalog;
  Geometry                     geo;
  double                       page_width;
  double                       page_height;
  SkupCertificateRect          content;
  PangoContext                *context;
  PangoContext                *serbian; /* Cyrillic text on a page in another language */
  SkupDocImage                *logos[SKUP_CERTIFICATE_MAX_LOGOS];
  guint                        logo_slots[SKUP_CERTIFICATE_MAX_LOGOS];
  guint                        n_logos;
  SkupDocImage                *background;
  SkupPdfImage * const        *pictures;   /* (nullable): the document's, for a PDF a person */
  cairo_surface_t             *stand_ins[SKUP_CERTIFICATE_N_PICTURES];
  gboolean                     drawing_stand_ins;
  Signatory                    signatories[SKUP_CERTIFICATE_MAX_SIGNATORIES];
  guint                        n_signatories;
  double                       cell_width;
  double                       band_top;      /* the signatories' images */
  double                       band_bottom;   /* under their titles */
  double                       region_top;    /* the texts' space, between logos and band */
  double                       region_bottom;
  double                       max_heights[SKUP_CERTIFICATE_N_PARTS];
  GHashTable                  *cache;         /* part, box and text → PangoLayout */
};

/* One text of a page, fitted to its box. */
typedef struct
{
  PangoLayout *layout;  /* (nullable) (owned) */
  double       x;
  double       y;
  double       width;
  double       height;
} Block;

typedef struct
{
  Block  blocks[SKUP_CERTIFICATE_N_PARTS];
  double rule_y;        /* the accent rule under the name */
} Plan;

static void
plan_clear (Plan *plan)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PARTS; i++)
    g_clear_object (&plan->blocks[i].layout);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Plan, plan_clear)

/* Geometry ***************************************************************/

static void
geometry_init (Geometry                    *geo,
               const SkupCertificateDesign *design)
{
  gboolean wide = design->landscape;

  if (design->layout == SKUP_CERTIFICATE_LAYOUT_CLASSIC)
    *geo = (Geometry) {
      .margin = SKUP_MM (wide ? 21 : 22),
      .logo_height = SKUP_MM (15),
      .spread_logos = FALSE,
      .title_size = 30,
      .qr_size = SKUP_MM (23),
      .signature_height = SKUP_MM (13),
    };
  else
    *geo = (Geometry) {
      .margin = SKUP_MM (wide ? 15 : 18),
      .logo_height = SKUP_MM (wide ? 20 : 22),
      .spread_logos = TRUE,
      .title_size = 28,
      .qr_size = SKUP_MM (24),
      .signature_height = SKUP_MM (14),
    };
}

/* The bottom corners: the number in the left one, the QR code in the right one. */
static double
corner_height (SkupCertificatePainter *self)
{
  return self->geo.qr_size;
}

/* Wide enough for the QR code, or for "No. KBPD-2019-0001" on one line. */
static double
corner_width (SkupCertificatePainter *self)
{
  return MAX (self->geo.qr_size + SKUP_MM (6), SKUP_MM (40));
}

/* An upright page has no room for signatures between the corners: they stand above them,
 * across the page, where an upright page has room to spare. */
static gboolean
signatories_between_corners (SkupCertificatePainter *self)
{
  return self->design->landscape;
}

/* Styles *****************************************************************/

static SkupTextStyle
text_style (const SkupCertificateDesign *design,
            double                       size,
            gboolean                     bold,
            gboolean                     italic,
            guint32                      colour)
{
  SkupTextStyle style = { design->font_family, size, 0, bold, italic, PANGO_ALIGN_CENTER,
                          colour };

  return style;
}

/**
 * _skup_certificate_part_style:
 * @design: a design
 * @part: one of a page's texts
 *
 * Returns: the style @part is set in, at its largest
 */
SkupTextStyle
_skup_certificate_part_style (const SkupCertificateDesign *design,
                              SkupCertificatePart          part)
{
  gboolean columns = design->landscape;
  guint32 accent = design->accent & 0xffffff;
  Geometry geo;

  geometry_init (&geo, design);
  switch (part)
    {
    case SKUP_CERTIFICATE_PART_TITLE:
      return text_style (design, geo.title_size, TRUE, FALSE, accent);
    case SKUP_CERTIFICATE_PART_SECOND_TITLE:
      return text_style (design, columns ? geo.title_size : geo.title_size * 0.62, TRUE, FALSE,
                         accent);
    case SKUP_CERTIFICATE_PART_PREAMBLE:
      return text_style (design, 14, FALSE, TRUE, GREY);
    case SKUP_CERTIFICATE_PART_SECOND_PREAMBLE:
      return text_style (design, columns ? 14 : 12, FALSE, TRUE, GREY);
    case SKUP_CERTIFICATE_PART_NAME:
      return text_style (design, NAME_SIZE, TRUE, FALSE, INK);
    case SKUP_CERTIFICATE_PART_BODY:
      return text_style (design, 13, FALSE, FALSE, INK);
    case SKUP_CERTIFICATE_PART_SECOND_BODY:
      return text_style (design, columns ? 13 : 11.5, FALSE, !columns, columns ? INK : GREY);
    case SKUP_CERTIFICATE_PART_ISSUED:
      return text_style (design, 11, FALSE, FALSE, INK);
    case SKUP_CERTIFICATE_PART_NUMBER:
    case SKUP_CERTIFICATE_N_PARTS:
    default:
      {
        /* In the bottom left corner, facing the QR code in the right one. */
        SkupTextStyle number = text_style (design, 9, FALSE, FALSE, GREY);

        number.align = PANGO_ALIGN_LEFT;
        return number;
      }
    }
}

/**
 * _skup_certificate_signatory_style:
 * @design: a design
 * @title: the signatory's title rather than the name
 *
 * Returns: the style of a signatory's name or title
 */
SkupTextStyle
_skup_certificate_signatory_style (const SkupCertificateDesign *design,
                                   gboolean                     title)
{
  return title ? text_style (design, 9.5, FALSE, FALSE, GREY)
               : text_style (design, 11, TRUE, FALSE, INK);
}

static SkupTextStyle
part_style (SkupCertificatePainter *self,
            SkupCertificatePart     part)
{
  return _skup_certificate_part_style (self->design, part);
}

static double
line_height (SkupCertificatePainter *self,
             const SkupTextStyle    *style,
             guint                   lines)
{
  g_autoptr(GString) text = g_string_new ("X");
  g_autoptr(PangoLayout) layout = NULL;

  for (guint i = 1; i < lines; i++)
    g_string_append (text, "\nX");
  layout = skup_doc_text_layout (self->context, style, text->str, -1);
  return skup_doc_layout_height (layout);
}

static double
max_height_of (SkupCertificatePainter *self,
               SkupCertificatePart     part)
{
  SkupTextStyle style = part_style (self, part);

  switch (part)
    {
    case SKUP_CERTIFICATE_PART_NAME:
      {
        /* One line large, or two: a name of one line or two sits in the same place. */
        double large = line_height (self, &style, 1);

        style.size = NAME_WRAP;
        return MAX (large, line_height (self, &style, 2));
      }
    case SKUP_CERTIFICATE_PART_TITLE:
    case SKUP_CERTIFICATE_PART_SECOND_TITLE:
      style.size *= 0.65;
      return line_height (self, &style, 4);
    default:
      return line_height (self, &style, 2);
    }
}

/* Fitting ****************************************************************/

static gboolean
has_cyrillic (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_CYRILLIC)
      return TRUE;
  return FALSE;
}

/* Serbian italic б г д п т have forms of their own, which pango picks only for text in
 * Serbian: the Serbian half of a page in English is set in a Serbian context. */
static PangoContext *
context_for (SkupCertificatePainter *self,
             const char             *text)
{
  const char *language = self->design->language != NULL ? self->design->language : "en";

  if (g_str_has_prefix (language, "sr") || !has_cyrillic (text))
    return self->context;
  if (self->serbian == NULL)
    {
      PangoFontMap *map = pango_context_get_font_map (self->context);

      self->serbian = pango_font_map_create_context (map);
      pango_cairo_context_set_resolution (self->serbian,
                                          pango_cairo_context_get_resolution (self->context));
      pango_cairo_context_set_font_options (self->serbian,
                                            pango_cairo_context_get_font_options (self->context));
      pango_context_set_round_glyph_positions (
        self->serbian, pango_context_get_round_glyph_positions (self->context));
      pango_context_set_language (self->serbian, pango_language_from_string ("sr"));
    }
  return self->serbian;
}

/* Wrapped at @style's size, or smaller a point at a time down to @floor_size, until it is no
 * taller than @max_height; at the floor, cut with "…" at the last line that fits. */
static PangoLayout *
fit_wrapped (PangoContext        *context,
             const SkupTextStyle *style,
             const char          *text,
             double               width,
             double               max_height,
             double               floor_size)
{
  SkupTextStyle sized = *style;
  PangoLayout *layout = skup_doc_text_layout (context, &sized, text, width);

  while (skup_doc_layout_height (layout) > max_height && sized.size > floor_size)
    {
      sized.size = MAX (floor_size, sized.size - 1.0);
      g_object_unref (layout);
      layout = skup_doc_text_layout (context, &sized, text, width);
    }
  if (skup_doc_layout_height (layout) > max_height)
    {
      pango_layout_set_height (layout, (int) floor (MAX (max_height, 1.0) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* On one line, shrinking from @style's size down to @one_line; failing that, wrapped at
 * @one_line and shrinking down to @floor_size within @max_height. */
static PangoLayout *
fit_line_then_wrap (PangoContext        *context,
                    const SkupTextStyle *style,
                    double               one_line,
                    double               floor_size,
                    const char          *text,
                    double               width,
                    double               max_height)
{
  SkupTextStyle line = *style;
  SkupTextStyle wrapped = *style;
  PangoLayout *layout;

  line.min_size = one_line;
  layout = skup_doc_text_fit (context, &line, text, width, 0, NULL);
  if (pango_layout_get_line_count (layout) == 1 && skup_doc_layout_height (layout) <= max_height)
    return layout;
  g_object_unref (layout);
  wrapped.size = one_line;
  return fit_wrapped (context, &wrapped, text, width, max_height, floor_size);
}

static PangoLayout *
fit_part (SkupCertificatePainter *self,
          SkupCertificatePart     part,
          const char             *text,
          double                  width,
          double                  max_height,
          double                  size)
{
  SkupTextStyle style = part_style (self, part);
  PangoContext *context = context_for (self, text);
  double one_line = style.size * 0.65;

  if (size > 0)
    style.size = MIN (style.size, size);
  switch (part)
    {
    case SKUP_CERTIFICATE_PART_NAME:
      return fit_line_then_wrap (context, &style, NAME_WRAP, NAME_FLOOR, text, width, max_height);
    case SKUP_CERTIFICATE_PART_TITLE:
    case SKUP_CERTIFICATE_PART_SECOND_TITLE:
      return fit_line_then_wrap (context, &style, MIN (one_line, style.size), 11, text, width,
                                 max_height);
    case SKUP_CERTIFICATE_PART_BODY:
    case SKUP_CERTIFICATE_PART_SECOND_BODY:
      return fit_wrapped (context, &style, text, width, max_height, 9);
    default:
      return fit_wrapped (context, &style, text, width, max_height, style.size * 0.8);
    }
}

/* The layout of a text that may come back on later pages, from the cache when it does. The
 * name and the number are different on every page, and never kept. @size, when not 0, is
 * the largest the text may be. */
static PangoLayout *
lay_out_at (SkupCertificatePainter *self,
            SkupCertificatePart     part,
            const char             *text,
            double                  width,
            double                  max_height,
            double                  size)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (part == SKUP_CERTIFICATE_PART_NAME || part == SKUP_CERTIFICATE_PART_NUMBER)
    return fit_part (self, part, text, width, max_height, size);
  key = g_strdup_printf ("%d %.3f %.3f %.2f %s", part, width, max_height, size, text);
  layout = g_hash_table_lookup (self->cache, key);
  if (layout == NULL)
    {
      layout = fit_part (self, part, text, width, max_height, size);
      g_hash_table_insert (self->cache, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

static PangoLayout *
lay_out (SkupCertificatePainter *self,
         SkupCertificatePart     part,
         const char             *text,
         double                  width,
         double                  max_height)
{
  return lay_out_at (self, part, text, width, max_height, 0);
}

static double
layout_size (PangoLayout *layout)
{
  return (double) pango_font_description_get_size (pango_layout_get_font_description (layout))
         / PANGO_SCALE;
}

/* The painter ************************************************************/

static gboolean
load_image (GBytes        *bytes,
            SkupDocImage **image,
            const char    *what,
            GError       **error)
{
  if (bytes == NULL)
    return TRUE;
  *image = skup_doc_image_new_from_bytes (bytes, error);
  if (*image == NULL)
    {
      /* "Logo 2: The image could not be read: …" */
      g_prefix_error (error, "%s: ", what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_images (SkupCertificatePainter *self,
             GError                **error)
{
  const SkupCertificateDesign *design = self->design;

  /* Translators: the picture under a certificate's texts, in "Background: The image …". */
  if (!load_image (design->background, &self->background, _("Background"), error))
    return FALSE;
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      /* Translators: the first, second or third logo of a certificate. */
      g_autofree char *what = g_strdup_printf (_("Logo %u"), i + 1);

      if (design->logos[i] == NULL)
        continue;
      if (!load_image (design->logos[i], &self->logos[self->n_logos], what, error))
        return FALSE;
      self->logo_slots[self->n_logos++] = i;
    }
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      const SkupCertificateSignatory *signatory = &design->signatories[i];
      Signatory *s = &self->signatories[self->n_signatories];

      if (signatory->name == NULL || *signatory->name == '\0')
        continue;
      s->index = i;
      if (!load_image (signatory->signature, &s->image, signatory->name, error))
        return FALSE;
      self->n_signatories++;
    }
  return TRUE;
}

/* The signatories' cells, their texts, and the band they stand in at the foot of the page. */
static void
lay_out_signatories (SkupCertificatePainter *self)
{
  double corner = corner_width (self);
  double left = self->content.x;
  double width = self->content.width;
  double bottom = self->content.y + self->content.height;
  double texts = 0;

  if (signatories_between_corners (self))
    {
      left += corner;
      width -= 2 * corner;
    }
  else
    bottom -= corner_height (self) + SKUP_MM (4);
  self->cell_width = self->n_signatories > 0 ? width / self->n_signatories : width;
  for (guint i = 0; i < self->n_signatories; i++)
    {
      Signatory *s = &self->signatories[i];
      const SkupCertificateSignatory *design = &self->design->signatories[s->index];
      SkupTextStyle name = _skup_certificate_signatory_style (self->design, FALSE);
      SkupTextStyle title = _skup_certificate_signatory_style (self->design, TRUE);
      double box = self->cell_width - SKUP_MM (4);

      s->x = left + i * self->cell_width;
      s->name = fit_line_then_wrap (self->context, &name, 9, 9, design->name, box,
                                    line_height (self, &name, 2));
      if (design->title != NULL && *design->title != '\0')
        s->title = fit_wrapped (self->context, &title, design->title, box,
                                line_height (self, &title, 2), 8);
      texts = MAX (texts, skup_doc_layout_height (s->name)
                          + (s->title != NULL ? skup_doc_layout_height (s->title) : 0));
    }
  self->band_bottom = bottom;
  self->band_top = self->n_signatories > 0
                   ? bottom - texts - SKUP_MM (2) - self->geo.signature_height
                   : bottom - corner_height (self);
  if (signatories_between_corners (self))
    self->band_top = MIN (self->band_top, bottom - corner_height (self));
}

static void
lay_out_page (SkupCertificatePainter *self,
              const SkupPageSetup    *page)
{
  double margin = self->geo.margin;

  self->page_width = skup_page_setup_get_width (page);
  self->page_height = skup_page_setup_get_height (page);
  self->content = (SkupCertificateRect) { margin, margin, self->page_width - 2 * margin,
                                          self->page_height - 2 * margin };
  lay_out_signatories (self);
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PARTS; i++)
    self->max_heights[i] = max_height_of (self, i);
  self->region_top = self->content.y
                     + (self->n_logos > 0 ? self->geo.logo_height + SKUP_MM (7) : SKUP_MM (4));
  self->region_bottom = self->band_top - SKUP_MM (7);
}

/**
 * _skup_certificate_painter_new:
 * @design: the design, which must outlive the painter
 * @page: the paper
 * @context: the measuring context of the calling thread
 * @catalog: the document's language, for its own words
 * @error: where to put why an image cannot be read
 *
 * Returns: (transfer full) (nullable): a painter for this thread
 */
SkupCertificatePainter *
_skup_certificate_painter_new (const SkupCertificateDesign *design,
                               const SkupPageSetup         *page,
                               PangoContext                *context,
                               SkupCatalog                 *catalog,
                               GError                     **error)
{
  g_autoptr(SkupCertificatePainter) self = g_new0 (SkupCertificatePainter, 1);

  self->design = design;
  self->catalog = catalog;
  self->context = g_object_ref (context);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  geometry_init (&self->geo, design);
  if (!load_images (self, error))
    return NULL;
  lay_out_page (self, page);
  return g_steal_pointer (&self);
}

void
_skup_certificate_painter_free (SkupCertificatePainter *self)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    g_clear_object (&self->logos[i]);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      g_clear_object (&self->signatories[i].name);
      g_clear_object (&self->signatories[i].title);
      g_clear_object (&self->signatories[i].image);
    }
  g_clear_object (&self->background);
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PICTURES; i++)
    g_clear_pointer (&self->stand_ins[i], cairo_surface_destroy);
  g_clear_object (&self->context);
  g_clear_object (&self->serbian);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_free (self);
}

/* A page's plan ***********************************************************/

typedef struct
{
  SkupCertificatePart parts[2];
  guint               n;
  double              gap;     /* under the row */
} Row;

static const char *
part_text (const SkupCertificateText *text,
           SkupCertificatePart        part)
{
  const SkupCertificateText *second = text->second;

  switch (part)
    {
    case SKUP_CERTIFICATE_PART_TITLE: return text->title;
    case SKUP_CERTIFICATE_PART_PREAMBLE: return text->preamble;
    case SKUP_CERTIFICATE_PART_NAME: return text->name;
    case SKUP_CERTIFICATE_PART_BODY: return text->body;
    case SKUP_CERTIFICATE_PART_ISSUED: return text->issued;
    case SKUP_CERTIFICATE_PART_NUMBER: return text->number;
    case SKUP_CERTIFICATE_PART_SECOND_TITLE: return second ? second->title : NULL;
    case SKUP_CERTIFICATE_PART_SECOND_PREAMBLE: return second ? second->preamble : NULL;
    case SKUP_CERTIFICATE_PART_SECOND_BODY: return second ? second->body : NULL;
    case SKUP_CERTIFICATE_N_PARTS:
    default: return NULL;
    }
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
add_row (Row                      *rows,
         guint                    *n_rows,
         const SkupCertificateText *text,
         SkupCertificatePart       first,
         SkupCertificatePart       second,
         gboolean                  beside,
         double                   gap)
{
  Row *row = &rows[*n_rows];

  row->n = 0;
  row->gap = gap;
  if (!is_empty (part_text (text, first)))
    row->parts[row->n++] = first;
  if (beside && second != first && !is_empty (part_text (text, second)))
    row->parts[row->n++] = second;
  if (row->n > 0)
    (*n_rows)++;
  if (!beside && second != first)
    add_row (rows, n_rows, text, second, second, FALSE, gap);
}

/* The texts from the top down: on a bilingual page the second language under the first, or
 * beside it on a page turned to landscape; the name once, across the page. */
static guint
plan_rows (SkupCertificatePainter    *self,
           const SkupCertificateText *text,
           Row                       *rows)
{
  gboolean beside = text->second != NULL && self->design->landscape;
  guint n = 0;

  add_row (rows, &n, text, SKUP_CERTIFICATE_PART_TITLE, SKUP_CERTIFICATE_PART_SECOND_TITLE,
           beside, SKUP_MM (4));
  add_row (rows, &n, text, SKUP_CERTIFICATE_PART_PREAMBLE, SKUP_CERTIFICATE_PART_SECOND_PREAMBLE,
           beside, SKUP_MM (2.5));
  add_row (rows, &n, text, SKUP_CERTIFICATE_PART_NAME, SKUP_CERTIFICATE_PART_NAME, beside,
           SKUP_MM (9));
  add_row (rows, &n, text, SKUP_CERTIFICATE_PART_BODY, SKUP_CERTIFICATE_PART_SECOND_BODY, beside,
           SKUP_MM (4));
  add_row (rows, &n, text, SKUP_CERTIFICATE_PART_ISSUED, SKUP_CERTIFICATE_PART_ISSUED, beside, 0);
  /* The title's gap is larger when a second title follows it: the pair reads as one. */
  return n;
}

static gboolean
is_body (SkupCertificatePart part)
{
  return part == SKUP_CERTIFICATE_PART_BODY || part == SKUP_CERTIFICATE_PART_SECOND_BODY;
}

/* Where the @i-th of @n parts of a row goes across the page: the whole width, or a column. */
static void
column_of (SkupCertificatePainter *self,
           guint                   n,
           guint                   i,
           Block                  *block)
{
  double gap = SKUP_MM (10);
  double half = (self->content.width - gap) / 2;

  if (n == 1)
    {
      block->x = self->content.x;
      block->width = self->content.width;
      return;
    }
  block->x = self->content.x + i * (half + gap);
  block->width = half;
}

static double
row_height (const Plan *plan,
            const Row  *row)
{
  double height = 0;

  for (guint i = 0; i < row->n; i++)
    height = MAX (height, plan->blocks[row->parts[i]].height);
  return height;
}

/* The bodies share what the other texts leave: side by side each has all of it, one under
 * the other each takes a share as long as its text. */
static void
fit_bodies (SkupCertificatePainter    *self,
            const SkupCertificateText *text,
            Plan                      *plan,
            double                     room)
{
  static const SkupCertificatePart parts[2] = { SKUP_CERTIFICATE_PART_BODY,
                                                SKUP_CERTIFICATE_PART_SECOND_BODY };
  gboolean beside = self->design->landscape;
  glong lengths[2];
  glong total = 0;
  guint n = 0;

  for (guint i = 0; i < 2; i++)
    {
      const char *body = part_text (text, parts[i]);

      lengths[i] = is_empty (body) ? 0 : g_utf8_strlen (body, -1);
      total += lengths[i];
      n += lengths[i] > 0;
    }
  for (guint i = 0, column = 0; i < 2; i++)
    {
      Block *block = &plan->blocks[parts[i]];

      if (lengths[i] == 0)
        continue;
      column_of (self, beside ? n : 1, column++, block);
      block->height = beside ? room : room * lengths[i] / total;
      block->layout = lay_out (self, parts[i], part_text (text, parts[i]), block->width,
                               block->height);
    }
}

/* Two titles side by side are set in one size: the smaller of the two that fit. */
static void
match_sizes (SkupCertificatePainter    *self,
             const SkupCertificateText *text,
             Plan                      *plan,
             const Row                 *row)
{
  Block *a = &plan->blocks[row->parts[0]];
  Block *b = &plan->blocks[row->parts[1]];
  double size = MIN (layout_size (a->layout), layout_size (b->layout));

  for (Block *block = a; block != NULL; block = block == a ? b : NULL)
    if (layout_size (block->layout) > size)
      {
        SkupCertificatePart part = block == a ? row->parts[0] : row->parts[1];

        g_object_unref (block->layout);
        block->layout = lay_out_at (self, part, part_text (text, part), block->width,
                                    block->height, size);
      }
}

static void
fit_rows (SkupCertificatePainter    *self,
          const SkupCertificateText *text,
          Plan                      *plan,
          const Row                 *rows,
          guint                      n_rows)
{
  double room = self->region_bottom - self->region_top;

  for (guint r = 0; r < n_rows; r++)
    {
      room -= rows[r].gap;
      if (is_body (rows[r].parts[0]))
        continue;
      for (guint i = 0; i < rows[r].n; i++)
        {
          SkupCertificatePart part = rows[r].parts[i];
          Block *block = &plan->blocks[part];

          column_of (self, rows[r].n, i, block);
          block->height = self->max_heights[part];
          block->layout = lay_out (self, part, part_text (text, part), block->width,
                                   block->height);
        }
      if (rows[r].n == 2)
        match_sizes (self, text, plan, &rows[r]);
      for (guint i = 0; i < rows[r].n; i++)
        /* The name keeps its box's height, so one line or two sit in the same place. */
        if (rows[r].parts[i] != SKUP_CERTIFICATE_PART_NAME)
          plan->blocks[rows[r].parts[i]].height
            = skup_doc_layout_height (plan->blocks[rows[r].parts[i]].layout);
      room -= row_height (plan, &rows[r]);
    }
  fit_bodies (self, text, plan, MAX (room, SKUP_MM (10)));
}

/* How much of the free space opens under a row: most around the name. */
static double
stretch_under (const Row *row)
{
  switch (row->parts[0])
    {
    case SKUP_CERTIFICATE_PART_TITLE:
    case SKUP_CERTIFICATE_PART_SECOND_TITLE:
      return 0.8;
    case SKUP_CERTIFICATE_PART_PREAMBLE:
    case SKUP_CERTIFICATE_PART_SECOND_PREAMBLE:
      return 0.5;
    case SKUP_CERTIFICATE_PART_NAME:
      return 1.0;
    case SKUP_CERTIFICATE_PART_BODY:
    case SKUP_CERTIFICATE_PART_SECOND_BODY:
      return 0.6;
    default:
      return 0;
    }
}

/* The texts fill the space between the logos and the signatures: part of what is free opens
 * the gaps between them (each by at most MAX_STRETCH), the rest goes above and below, a
 * little more below, as a page is looked at. */
#define MAX_STRETCH SKUP_MM (14)

static void
place_rows (SkupCertificatePainter *self,
            Plan                   *plan,
            const Row              *rows,
            guint                   n_rows)
{
  double total = 0, weights = 0, free, unit, y;

  for (guint r = 0; r < n_rows; r++)
    {
      total += row_height (plan, &rows[r]) + (r + 1 < n_rows ? rows[r].gap : 0);
      weights += r + 1 < n_rows ? stretch_under (&rows[r]) : 0;
    }
  free = MAX (0, self->region_bottom - self->region_top - total);
  unit = weights > 0 ? MIN (free * 0.5 / weights, MAX_STRETCH) : 0;
  y = self->region_top + (free - unit * weights) * 0.45;
  for (guint r = 0; r < n_rows; r++)
    {
      double gap = rows[r].gap + (r + 1 < n_rows ? unit * stretch_under (&rows[r]) : 0);

      for (guint i = 0; i < rows[r].n; i++)
        plan->blocks[rows[r].parts[i]].y = y;
      y += row_height (plan, &rows[r]);
      if (rows[r].parts[0] == SKUP_CERTIFICATE_PART_NAME)
        plan->rule_y = y + gap / 2;
      y += gap;
    }
}

/* The bodies' blocks end at their text, so the place and date follow the text closely. */
static void
shrink_bodies (Plan *plan)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PARTS; i++)
    if (is_body (i) && plan->blocks[i].layout != NULL)
      plan->blocks[i].height = MIN (plan->blocks[i].height,
                                    skup_doc_layout_height (plan->blocks[i].layout));
}

static void
plan_number (SkupCertificatePainter    *self,
             const SkupCertificateText *text,
             Plan                      *plan)
{
  Block *block = &plan->blocks[SKUP_CERTIFICATE_PART_NUMBER];
  g_autofree char *label = NULL;

  if (is_empty (text->number))
    return;
  label = g_strdup_printf (_skup_certificate_number_format (self->catalog), text->number);
  /* Beside signatories it keeps to its corner, on two lines if need be. */
  block->width = signatories_between_corners (self) && self->n_signatories > 0
                 ? corner_width (self) - SKUP_MM (2) : self->content.width / 2;
  block->x = self->content.x;
  block->height = self->max_heights[SKUP_CERTIFICATE_PART_NUMBER];
  block->layout = lay_out (self, SKUP_CERTIFICATE_PART_NUMBER, label, block->width,
                           block->height);
  /* Its last line level with the foot of the QR code. */
  block->y = self->content.y + self->content.height - skup_doc_layout_height (block->layout);
}

static void
plan_page (SkupCertificatePainter    *self,
           const SkupCertificateText *text,
           Plan                      *plan)
{
  Row rows[SKUP_CERTIFICATE_N_PARTS];
  guint n_rows = plan_rows (self, text, rows);

  memset (plan, 0, sizeof *plan);
  fit_rows (self, text, plan, rows, n_rows);
  shrink_bodies (plan);
  place_rows (self, plan, rows, n_rows);
  plan_number (self, text, plan);
}

/* Drawing ****************************************************************/

/* Where skup_doc_image_draw() puts @image in a box: as large as it fits, its proportions
 * kept, at @align across and in the middle down. */
static SkupCertificateRect
fit_picture (SkupDocImage *image,
             double        x,
             double        y,
             double        width,
             double        height,
             double        align)
{
  double natural_width, natural_height, scale;

  skup_doc_image_get_size (image, &natural_width, &natural_height);
  scale = MIN (width / natural_width, height / natural_height);
  return (SkupCertificateRect) { x + (width - natural_width * scale) * align,
                                 y + (height - natural_height * scale) / 2,
                                 natural_width * scale, natural_height * scale };
}

/**
 * _skup_certificate_painter_set_pictures:
 * @self: a painter
 * @pictures: (array fixed-size=7) (nullable): the document's pictures compressed for a PDF a
 *   person, by slot; they outlive the painter
 */
void
_skup_certificate_painter_set_pictures (SkupCertificatePainter *self,
                                        SkupPdfImage * const   *pictures)
{
  self->pictures = pictures;
}

/* A picture, or for a PDF a person its stand-in in the very same place. */
static void
draw_picture (SkupCertificatePainter    *self,
              cairo_t                   *cr,
              guint                      slot,
              SkupDocImage              *image,
              const SkupCertificateRect *rect)
{
  const SkupPdfImage *picture = self->pictures != NULL ? self->pictures[slot] : NULL;
  cairo_surface_t *stand_in;

  if (!self->drawing_stand_ins || picture == NULL)
    {
      skup_doc_image_draw (image, cr, rect->x, rect->y, rect->width, rect->height, 0.5);
      return;
    }
  if (self->stand_ins[slot] == NULL)
    self->stand_ins[slot] = _skup_pdf_image_new_stand_in (picture);
  stand_in = self->stand_ins[slot];
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_translate (cr, rect->x, rect->y);
  cairo_scale (cr, rect->width / cairo_image_surface_get_width (stand_in),
               rect->height / cairo_image_surface_get_height (stand_in));
  cairo_set_source_surface (cr, stand_in, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
draw_background (SkupCertificatePainter *self,
                 cairo_t                *cr)
{
  double width, height, scale;
  SkupCertificateRect rect;

  if (self->background == NULL)
    return;
  /* To the edges, cropped rather than stretched when its shape is not the page's. */
  skup_doc_image_get_size (self->background, &width, &height);
  scale = MAX (self->page_width / width, self->page_height / height);
  rect = (SkupCertificateRect) { (self->page_width - width * scale) / 2,
                                 (self->page_height - height * scale) / 2, width * scale,
                                 height * scale };
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_clip (cr);
  draw_picture (self, cr, SKUP_CERTIFICATE_BACKGROUND_SLOT, self->background, &rect);
  cairo_restore (cr);
}

/* UN: a bar in the accent colour above the logos and one under the corners, as wide as the
 * text, where every office printer still prints. */
static void
draw_bars (SkupCertificatePainter *self,
           cairo_t                *cr)
{
  double height = 2.4;
  double gap = MIN (SKUP_MM (7), self->geo.margin - SKUP_MM (6));

  cairo_save (cr);
  skup_doc_set_colour (cr, self->design->accent);
  cairo_rectangle (cr, self->content.x, self->content.y - gap - height, self->content.width,
                   height);
  cairo_rectangle (cr, self->content.x, self->content.y + self->content.height + gap,
                   self->content.width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_frame (SkupCertificatePainter *self,
            cairo_t                *cr)
{
  double outer = SKUP_MM (9);
  double inner = SKUP_MM (11.2);
  double w = self->page_width;
  double h = self->page_height;

  cairo_save (cr);
  skup_doc_set_colour (cr, self->design->accent);
  cairo_set_line_width (cr, 2.6);
  cairo_rectangle (cr, outer, outer, w - 2 * outer, h - 2 * outer);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, inner, inner, w - 2 * inner, h - 2 * inner);
  cairo_stroke (cr);
  /* A small diamond on each inner corner. */
  for (guint i = 0; i < 4; i++)
    {
      double x = i % 2 == 0 ? inner : w - inner;
      double y = i < 2 ? inner : h - inner;
      double d = SKUP_MM (2.2);

      cairo_move_to (cr, x, y - d);
      cairo_line_to (cr, x + d, y);
      cairo_line_to (cr, x, y + d);
      cairo_line_to (cr, x - d, y);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

static double
logo_width (SkupCertificatePainter *self,
            SkupDocImage           *logo,
            double                  widest)
{
  double width, height;

  skup_doc_image_get_size (logo, &width, &height);
  return MIN (widest, height > 0 ? self->geo.logo_height * width / height : widest);
}

static void
draw_logos (SkupCertificatePainter *self,
            cairo_t                *cr)
{
  double widest = self->geo.spread_logos ? SKUP_MM (62) : SKUP_MM (40);
  double widths[SKUP_CERTIFICATE_MAX_LOGOS];
  double total = 0, gap, x;

  for (guint i = 0; i < self->n_logos; i++)
    total += widths[i] = logo_width (self, self->logos[i], widest);
  /* UN: evenly spaced across the page; classic: side by side in the middle. */
  gap = self->geo.spread_logos ? (self->content.width - total) / (self->n_logos + 1)
                               : SKUP_MM (8);
  x = self->geo.spread_logos
      ? self->content.x + gap
      : self->content.x + (self->content.width - total - gap * (self->n_logos - 1)) / 2;
  for (guint i = 0; i < self->n_logos; i++)
    {
      SkupCertificateRect rect = fit_picture (self->logos[i], x, self->content.y, widths[i],
                                              self->geo.logo_height, 0.5);

      draw_picture (self, cr, self->logo_slots[i], self->logos[i], &rect);
      x += widths[i] + gap;
    }
}

static void
draw_rule (cairo_t *cr,
           guint32  colour,
           double   x,
           double   y,
           double   width,
           double   line)
{
  cairo_save (cr);
  skup_doc_set_colour (cr, colour);
  cairo_set_line_width (cr, line);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_signatories (SkupCertificatePainter *self,
                  cairo_t                *cr)
{
  double rule_y = self->band_top + self->geo.signature_height + SKUP_MM (0.5);

  for (guint i = 0; i < self->n_signatories; i++)
    {
      Signatory *s = &self->signatories[i];
      double rule = MIN (self->cell_width - SKUP_MM (10), SKUP_MM (62));
      double y = rule_y + SKUP_MM (1.5);

      if (s->image != NULL)
        {
          SkupCertificateRect rect = fit_picture (s->image, s->x + (self->cell_width - rule) / 2,
                                                  self->band_top, rule,
                                                  self->geo.signature_height, 0.5);

          draw_picture (self, cr, SKUP_CERTIFICATE_SIGNATURE_SLOT (s->index), s->image, &rect);
        }
      draw_rule (cr, INK, s->x + (self->cell_width - rule) / 2, rule_y, rule, 0.6);
      skup_doc_text_draw (cr, s->name, INK, s->x + SKUP_MM (2), y);
      if (s->title != NULL)
        skup_doc_text_draw (cr, s->title, GREY, s->x + SKUP_MM (2),
                            y + skup_doc_layout_height (s->name));
    }
}

/* In a PDF the code goes in as an image of a pixel a module, scaled without smoothing: cairo
 * writes it as a 1-bit image of a few hundred bytes, where the vectors of skup_doc_qr_draw()
 * cost hundreds of rectangles a page and four times the rest of the page to write. On
 * screen and in PNGs the vectors draw sharper at every size. */
static void
draw_qr_image (SkupDocQr *qr,
               cairo_t   *cr,
               double     x,
               double     y,
               double     size)
{
  int side = (int) skup_doc_qr_get_modules (qr) + 8;  /* with its quiet zone */
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, side, side);
  cairo_t *image_cr = cairo_create (image);

  /* Whole pixels a module: nothing grey for the PDF writer to keep. */
  skup_doc_qr_draw (qr, image_cr, 0, 0, side);
  cairo_destroy (image_cr);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, size / side, size / side);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_rectangle (cr, 0, 0, side, side);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
}

static void
draw_qr (SkupCertificatePainter    *self,
         cairo_t                   *cr,
         const SkupCertificateText *text)
{
  g_autoptr(SkupDocQr) qr = NULL;
  double size = self->geo.qr_size;
  double x = self->content.x + self->content.width - size;
  double y = self->content.y + self->content.height - size;

  if (is_empty (text->qr_payload))
    return;
  /* The payload's length was checked when the document was prepared. */
  qr = skup_doc_qr_new (text->qr_payload, NULL);
  if (qr == NULL)
    return;
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    draw_qr_image (qr, cr, x, y, size);
  else
    skup_doc_qr_draw (qr, cr, x, y, size);
}

static void
draw_block (const Plan          *plan,
            cairo_t             *cr,
            SkupCertificatePart  part,
            guint32              colour)
{
  const Block *block = &plan->blocks[part];

  if (block->layout != NULL)
    skup_doc_text_draw (cr, block->layout, colour, block->x, block->y);
}

static void
draw_texts (SkupCertificatePainter *self,
            cairo_t                *cr,
            const Plan             *plan)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PARTS; i++)
    draw_block (plan, cr, i, part_style (self, i).colour);
  if (plan->blocks[SKUP_CERTIFICATE_PART_NAME].layout != NULL)
    {
      double width = self->content.width * 0.3;

      draw_rule (cr, self->design->accent, self->content.x + (self->content.width - width) / 2,
                 plan->rule_y, width, 1.0);
    }
}

/**
 * _skup_certificate_painter_draw:
 * @self: a painter of this thread
 * @cr: where to draw, in points from the sheet's top left corner
 * @text: the page's texts
 * @stand_ins: draw the stand-ins of the pictures given to
 *   _skup_certificate_painter_set_pictures(), for _skup_pdf_splice_images() to replace
 *
 * Draws one certificate.
 */
void
_skup_certificate_painter_draw (SkupCertificatePainter    *self,
                                cairo_t                   *cr,
                                const SkupCertificateText *text,
                                gboolean                   stand_ins)
{
  g_auto(Plan) plan;

  self->drawing_stand_ins = stand_ins;
  plan_page (self, text, &plan);
  draw_background (self, cr);
  if (self->design->layout == SKUP_CERTIFICATE_LAYOUT_CLASSIC)
    draw_frame (self, cr);
  else
    draw_bars (self, cr);
  draw_logos (self, cr);
  draw_texts (self, cr, &plan);
  draw_signatories (self, cr);
  draw_qr (self, cr, text);
}

/**
 * _skup_certificate_painter_place:
 * @self: a painter
 * @text: a page's texts
 * @part: which of them
 * @placement: (out): where it goes
 *
 * Returns: whether the page has that text
 */
gboolean
_skup_certificate_painter_place (SkupCertificatePainter    *self,
                                 const SkupCertificateText *text,
                                 SkupCertificatePart        part,
                                 SkupCertificatePlacement  *placement)
{
  g_auto(Plan) plan;
  const Block *block;
  PangoRectangle logical;

  g_return_val_if_fail (part < SKUP_CERTIFICATE_N_PARTS, FALSE);

  plan_page (self, text, &plan);
  block = &plan.blocks[part];
  if (block->layout == NULL)
    return FALSE;
  pango_layout_get_extents (block->layout, NULL, &logical);
  placement->box = (SkupCertificateRect) { block->x, block->y, block->width, block->height };
  placement->extents = (SkupCertificateRect) {
    block->x + (double) logical.x / PANGO_SCALE, block->y + (double) logical.y / PANGO_SCALE,
    (double) logical.width / PANGO_SCALE, (double) logical.height / PANGO_SCALE };
  placement->size = layout_size (block->layout);
  placement->lines = pango_layout_get_line_count (block->layout);
  placement->shortened = pango_layout_is_ellipsized (block->layout);
  return TRUE;
}
