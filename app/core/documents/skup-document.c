/* skup-document.c — a printable document: measured once, drawn on any cairo surface
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every page Skup prints is a SkupDocument. The base class owns what all of them share: the
 * paper, the measuring context (so a page breaks in the same place on paper, on screen and in
 * a test's PNG), the glyph check that refuses a text before anything is written, and the
 * writers (PDF, PNG). Subclasses only paginate and draw a page.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "skup-document.h"
#include "skup-error.h"

typedef struct
{
  SkupPageSetup  page;
  char          *title;
  char          *author;
  char          *subject;
  char          *language;
  guint          n_pages;
  gboolean       prepared;
  PangoContext  *context;
  GHashTable    *fonts;     /* PangoFontDescription → CheckedFont */
} SkupDocumentPrivate;

/* A font and the characters below U+0800 (Latin, Cyrillic, Greek …) already found in it:
 * a sheet checks thousands of names, nearly all in the same few hundred letters. */
typedef struct
{
  PangoFont *font;
  guint32    known[0x800 / 32];
} CheckedFont;

static void
checked_font_free (gpointer data)
{
  CheckedFont *checked = data;

  g_object_unref (checked->font);
  g_free (checked);
}

static gboolean
font_has_char (CheckedFont *checked,
               gunichar     c)
{
  if (c < 0x800 && (checked->known[c / 32] & (1u << (c % 32))) != 0)
    return TRUE;
  if (!pango_font_has_char (checked->font, c))
    return FALSE;
  if (c < 0x800)
    checked->known[c / 32] |= 1u << (c % 32);
  return TRUE;
}

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SkupDocument, skup_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AUTHOR,
  PROP_SUBJECT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
skup_document_finalize (GObject *object)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (SKUP_DOCUMENT (object));

  g_free (priv->title);
  g_free (priv->author);
  g_free (priv->subject);
  g_free (priv->language);
  g_clear_object (&priv->context);
  g_clear_pointer (&priv->fonts, g_hash_table_unref);
  G_OBJECT_CLASS (skup_document_parent_class)->finalize (object);
}

static char **
string_property (SkupDocumentPrivate *priv,
                 guint                prop_id)
{
  switch (prop_id)
    {
    case PROP_TITLE: return &priv->title;
    case PROP_AUTHOR: return &priv->author;
    case PROP_SUBJECT: return &priv->subject;
    case PROP_LANGUAGE: return &priv->language;
    default: return NULL;
    }
}

static void
skup_document_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (SKUP_DOCUMENT (object));
  char **field = string_property (priv, prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
skup_document_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (SKUP_DOCUMENT (object));
  char **field = string_property (priv, prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    {
      g_free (*field);
      *field = g_value_dup_string (value);
    }
}

static void
skup_document_class_init (SkupDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_document_finalize;
  object_class->get_property = skup_document_get_property;
  object_class->set_property = skup_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "en",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
skup_document_init (SkupDocument *self)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  skup_page_setup_init (&priv->page, SKUP_PAPER_A4, FALSE);
  priv->fonts = g_hash_table_new_full ((GHashFunc) pango_font_description_hash,
                                       (GEqualFunc) pango_font_description_equal,
                                       (GDestroyNotify) pango_font_description_free,
                                       checked_font_free);
}

/* Pages measure in points (72 a inch) with hinting off, so glyph advances do not depend on
 * the device: the preview, the PNG and the PDF break lines and pages in the same places.
 * pango's default font map is the calling thread's own, so a document made in a worker
 * thread is safe, and documents made one after another share its caches. */
static PangoContext *
create_context (const char *language)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* The language picks local letter forms: Serbian italic б г д п т differ from Russian. */
  pango_context_set_language (context, pango_language_from_string (language));
  return context;
}

/**
 * skup_document_get_pango_context:
 * @self: a document
 *
 * Returns: (transfer none): the context every layout of the document is made in
 */
PangoContext *
skup_document_get_pango_context (SkupDocument *self)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  if (priv->context == NULL)
    priv->context = create_context (priv->language != NULL ? priv->language : "en");
  return priv->context;
}

/**
 * skup_document_new_pango_context:
 * @self: a document
 *
 * A measuring context like the document's own, made from the calling thread's font map: for
 * a document that draws its pages in several threads at once, each with its own context
 * (pango's objects may not be shared by threads), yet measured exactly as the document's own
 * pages are, so every thread writes the same bytes.
 *
 * Returns: (transfer full): a new context
 */
PangoContext *
skup_document_new_pango_context (SkupDocument *self)
{
  g_return_val_if_fail (SKUP_IS_DOCUMENT (self), NULL);

  return create_context (skup_document_get_language (self));
}

/**
 * skup_document_prepare:
 * @self: a document
 * @error: where to put the reason the document cannot be printed
 *
 * Measures, checks and paginates the document, once; later calls return at once.
 *
 * Returns: whether the document can be drawn and written
 */
gboolean
skup_document_prepare (SkupDocument *self,
                       GError      **error)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  g_return_val_if_fail (SKUP_IS_DOCUMENT (self), FALSE);

  if (priv->prepared)
    return TRUE;
  if (!SKUP_DOCUMENT_GET_CLASS (self)->paginate (self, error))
    return FALSE;
  priv->prepared = TRUE;
  return TRUE;
}

/**
 * skup_document_set_n_pages:
 * @self: a document
 * @n_pages: how many pages its pagination made
 *
 * For documents, from their paginate function.
 */
void
skup_document_set_n_pages (SkupDocument *self,
                           guint         n_pages)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  priv->n_pages = n_pages;
}

/**
 * skup_document_get_n_pages:
 * @self: a prepared document
 *
 * Returns: its number of pages, 0 before skup_document_prepare() succeeded
 */
guint
skup_document_get_n_pages (SkupDocument *self)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  return priv->prepared ? priv->n_pages : 0;
}

/**
 * skup_document_get_page_setup:
 * @self: a document
 *
 * Returns: (transfer none): its paper, orientation and margins
 */
const SkupPageSetup *
skup_document_get_page_setup (SkupDocument *self)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  return &priv->page;
}

/**
 * skup_document_set_page_setup:
 * @self: a document not yet prepared
 * @setup: its paper, orientation and margins
 */
void
skup_document_set_page_setup (SkupDocument        *self,
                              const SkupPageSetup *setup)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  g_return_if_fail (!priv->prepared);
  priv->page = *setup;
}

/**
 * skup_document_get_title:
 * @self: a document
 *
 * Returns: (nullable): the title written into the PDF's metadata
 */
const char *
skup_document_get_title (SkupDocument *self)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  return priv->title;
}

/**
 * skup_document_get_language:
 * @self: a document
 *
 * Returns: the language its text is written in, as gettext names it ("en", "sr", "sr@latin")
 */
const char *
skup_document_get_language (SkupDocument *self)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);

  return priv->language != NULL ? priv->language : "en";
}

/* Glyph check **************************************************************/

static CheckedFont *
load_font (SkupDocument               *self,
           const PangoFontDescription *desc,
           GError                    **error)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);
  PangoContext *context = skup_document_get_pango_context (self);
  g_autoptr(PangoFontDescription) loaded = NULL;
  g_auto(GStrv) wanted = NULL;
  CheckedFont *checked;
  PangoFont *font;

  checked = g_hash_table_lookup (priv->fonts, desc);
  if (checked != NULL)
    return checked;
  font = pango_font_map_load_font (pango_context_get_font_map (context), context, desc);
  loaded = font != NULL ? pango_font_describe (font) : NULL;
  wanted = g_strsplit (pango_font_description_get_family (desc), ",", 2);
  /* fontconfig answers every request with some font: a missing family would quietly print
   * in another one, so the family must be the one asked for. */
  if (loaded == NULL
      || g_ascii_strcasecmp (pango_font_description_get_family (loaded), g_strstrip (wanted[0])) != 0)
    {
      g_clear_object (&font);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE,
                   _("The font “%s” is not installed on this computer. Install it, or choose "
                     "another font."), wanted[0]);
      return NULL;
    }
  checked = g_new0 (CheckedFont, 1);
  checked->font = font;
  g_hash_table_insert (priv->fonts, pango_font_description_copy (desc), checked);
  return checked;
}

/* Characters that draw nothing of their own: spaces and line breaks are laid out, not drawn,
 * and joiners or direction marks have no glyph in any font. */
static gboolean
draws_nothing (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_SPACE_SEPARATOR:
      return TRUE;
    default:
      return g_unichar_iszerowidth (c);
    }
}

/**
 * skup_document_check_text:
 * @self: a document
 * @font: the font @text will be set in
 * @text: (nullable): the text
 * @record: (nullable): who or what the text belongs to, for the message ("Ana Petrović")
 * @field: (nullable): which of its fields, for the message ("Name")
 * @error: where to put the refusal
 *
 * Checks that @font's own family (never a substitute) is installed and can draw every
 * character of @text. Documents call it for every text before they paginate, so a PDF is
 * never written with boxes, question marks or letters from another font.
 *
 * Returns: whether @text can be printed in @font
 */
gboolean
skup_document_check_text (SkupDocument               *self,
                          const PangoFontDescription *font,
                          const char                 *text,
                          const char                 *record,
                          const char                 *field,
                          GError                    **error)
{
  CheckedFont *loaded = load_font (self, font, error);

  if (loaded == NULL)
    return FALSE;
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char letter[8] = { 0 };

      if (draws_nothing (c) || font_has_char (loaded, c))
        continue;
      g_unichar_to_utf8 (c, letter);
      /* Translators: "Name" of Li Wei holds "李" (U+674E), which the font Noto Sans cannot
       * draw. The first %s is a field, the second a person or record. */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE,
                   _("“%s” of %s holds “%s” (U+%04X), which the font %s cannot draw. Correct "
                     "the record, or choose another font."),
                   field != NULL ? field : _("Text"), record != NULL ? record : _("the document"),
                   letter, c, pango_font_description_get_family (font));
      return FALSE;
    }
  return TRUE;
}

/* Drawing and writing ******************************************************/

/**
 * skup_document_draw_page:
 * @self: a prepared document
 * @cr: where to draw: user units are points, the origin is the sheet's top left corner
 * @page: the page, from 0
 *
 * Draws one page. The preview in the window, the printer, the PDF and PNG writers all call
 * this, so what is seen is what is printed. Leaves @cr's state as it found it.
 */
void
skup_document_draw_page (SkupDocument *self,
                         cairo_t      *cr,
                         guint         page)
{
  g_return_if_fail (SKUP_IS_DOCUMENT (self));
  g_return_if_fail (page < skup_document_get_n_pages (self));

  cairo_save (cr);
  SKUP_DOCUMENT_GET_CLASS (self)->draw_page (self, cr, page);
  cairo_restore (cr);
}

static gboolean
cairo_failed (cairo_status_t  status,
              const char     *path,
              GError        **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_autofree char *name = g_filename_display_name (path);
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"), name,
               cairo_status_to_string (status));
  return TRUE;
}

static void
set_metadata (SkupDocument    *self,
              cairo_surface_t *surface)
{
  SkupDocumentPrivate *priv = skup_document_get_instance_private (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  if (priv->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, priv->title);
  if (priv->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, priv->author);
  if (priv->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, priv->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Skup " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
write_pdf_pages (SkupDocument *self,
                 const char   *path,
                 GError      **error)
{
  const SkupPageSetup *page = skup_document_get_page_setup (self);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, skup_page_setup_get_width (page),
                                                       skup_page_setup_get_height (page));
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  set_metadata (self, surface);
  for (guint i = 0; i < skup_document_get_n_pages (self); i++)
    {
      skup_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return !cairo_failed (status, path, error);
}

/* A file beside @path that no one else will pick, so a failed write never leaves a half
 * PDF under the name the user chose, and never replaces a good one. */
static char *
reserve_beside (const char *path,
                GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp (tmp);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"),
                   display, g_strerror (saved));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&tmp);
}

/**
 * skup_document_write_pdf:
 * @self: a document
 * @path: the file to write
 * @error: where to put the reason it was not written
 *
 * Prepares @self if need be and writes every page to @path: vectors, every font embedded as
 * a subset, the title, author and date in the metadata. On error nothing is left at @path
 * (a file already there stays as it was).
 *
 * Returns: whether the PDF was written
 */
gboolean
skup_document_write_pdf (SkupDocument *self,
                         const char   *path,
                         GError      **error)
{
  g_autofree char *tmp = NULL;

  g_return_val_if_fail (SKUP_IS_DOCUMENT (self), FALSE);

  if (!skup_document_prepare (self, error))
    return FALSE;
  tmp = reserve_beside (path, error);
  if (tmp == NULL)
    return FALSE;
  if (!write_pdf_pages (self, tmp, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);
      g_unlink (tmp);
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write “%s”: %s"),
                   display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/**
 * skup_document_render_page:
 * @self: a prepared document
 * @page: the page, from 0
 * @dpi: pixels an inch (96 for a screen, 150 for a thumbnail that can be read)
 *
 * Returns: (transfer full): the page on white, as an ARGB image
 */
cairo_surface_t *
skup_document_render_page (SkupDocument *self,
                           guint         page,
                           double        dpi)
{
  const SkupPageSetup *setup = skup_document_get_page_setup (self);
  double scale = dpi / 72.0;
  int width = (int) ceil (skup_page_setup_get_width (setup) * scale);
  int height = (int) ceil (skup_page_setup_get_height (setup) * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  skup_document_draw_page (self, cr, page);
  cairo_destroy (cr);
  return surface;
}

/**
 * skup_document_write_png:
 * @self: a document
 * @page: the page, from 0
 * @dpi: pixels an inch
 * @path: the file to write
 * @error: where to put the reason it was not written
 *
 * Returns: whether the PNG was written
 */
gboolean
skup_document_write_png (SkupDocument *self,
                         guint         page,
                         double        dpi,
                         const char   *path,
                         GError      **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  if (!skup_document_prepare (self, error))
    return FALSE;
  if (page >= skup_document_get_n_pages (self))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The document has no page %u"), page + 1);
      return FALSE;
    }
  surface = skup_document_render_page (self, page, dpi);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  return !cairo_failed (status, path, error);
}
