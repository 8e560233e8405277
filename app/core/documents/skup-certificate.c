/* skup-certificate.c — a certificate page, drawn by the document engine
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document checks every glyph of every page before anything is drawn, and writes PDFs
 * that depend on nothing but the design, the texts and the issue date: no clock, no thread,
 * no order of work. That is what lets an issued certificate be printed again byte for byte,
 * and the one-file-a-person batch run on every core and still give each person the file a
 * single thread would have written. Where things go on the page is skup-certificate-layout.c.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "skup-certificate-private.h"
#include "skup-error.h"

/* The most a QR code of error correction level M holds (version 40, bytes). */
#define QR_MAX_BYTES 2331

struct _SkupCertificateDocument
{
  SkupDocument            parent_instance;

  SkupCertificateDesign   design;
  GPtrArray              *texts;    /* (element-type SkupCertificateText) */
  SkupCatalog            *catalog;
  SkupCertificatePainter *painter;  /* for drawing in the thread that prepared the document */
  gboolean                pictures_made;
  SkupPdfImage           *pictures[SKUP_CERTIFICATE_N_PICTURES];  /* for a PDF a person */
};

G_DEFINE_FINAL_TYPE (SkupCertificateDocument, skup_certificate_document, SKUP_TYPE_DOCUMENT)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_surface_t, cairo_surface_destroy)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (cairo_t, cairo_destroy)

/* The structs ************************************************************/

/**
 * skup_certificate_design_clear:
 * @design: a design
 *
 * Frees what @design holds and zeroes it.
 */
void
skup_certificate_design_clear (SkupCertificateDesign *design)
{
  g_free (design->font_family);
  g_free (design->language);
  g_clear_pointer (&design->background, g_bytes_unref);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    g_clear_pointer (&design->logos[i], g_bytes_unref);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      g_free (design->signatories[i].name);
      g_free (design->signatories[i].title);
      g_clear_pointer (&design->signatories[i].signature, g_bytes_unref);
    }
  memset (design, 0, sizeof *design);
}

static GBytes *
ref_bytes (GBytes *bytes)
{
  return bytes != NULL ? g_bytes_ref (bytes) : NULL;
}

static void
design_copy (SkupCertificateDesign       *to,
             const SkupCertificateDesign *from)
{
  *to = *from;
  to->font_family = g_strdup (from->font_family);
  to->language = g_strdup (from->language != NULL ? from->language : "en");
  to->background = ref_bytes (from->background);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    to->logos[i] = ref_bytes (from->logos[i]);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      to->signatories[i].name = g_strdup (from->signatories[i].name);
      to->signatories[i].title = g_strdup (from->signatories[i].title);
      to->signatories[i].signature = ref_bytes (from->signatories[i].signature);
    }
}

/**
 * skup_certificate_text_free:
 * @text: (nullable): the texts of a page
 */
void
skup_certificate_text_free (SkupCertificateText *text)
{
  if (text == NULL)
    return;
  g_free (text->title);
  g_free (text->preamble);
  g_free (text->name);
  g_free (text->body);
  g_free (text->number);
  g_free (text->issued);
  g_free (text->qr_payload);
  skup_certificate_text_free (text->second);
  g_free (text);
}

/**
 * _skup_certificate_number_format:
 * @catalog: the document's language
 *
 * Returns: the label of the number, "No. %s", in that language
 */
const char *
_skup_certificate_number_format (SkupCatalog *catalog)
{
  /* Translators: printed on a certificate before its number: "No. UNODC-2019-0001". */
  return skup_catalog_pgettext (catalog, "certificate", NC_ ("certificate", "No. %s"));
}

/* The glyph check **********************************************************/

typedef struct
{
  SkupDocument *document;
  GHashTable   *checked;   /* "style text" already found printable */
} Checker;

static gboolean
check (Checker             *checker,
       const SkupTextStyle *style,
       const char          *text,
       const char          *record,
       const char          *field,
       GError             **error)
{
  g_autoptr(PangoFontDescription) font = NULL;
  SkupTextStyle normal = *style;
  char *key;

  if (text == NULL || *text == '\0')
    return TRUE;
  /* The texts that repeat on every page are checked once; a font covers the same letters at
   * every size. */
  key = g_strdup_printf ("%d%d %s", style->bold, style->italic, text);
  if (!g_hash_table_add (checker->checked, key))
    return TRUE;
  normal.size = 12;
  font = skup_text_style_get_font (&normal);
  return skup_document_check_text (checker->document, font, text, record, field, error);
}

/* A field's name in the window's language: the message is read there, not on the page. */
static const char *
field_name (const char *field)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "certificate field", field);
}

static gboolean
check_page (Checker                     *checker,
            const SkupCertificateDesign *design,
            const SkupCertificateText   *text,
            const char                  *person,
            GError                     **error)
{
  static const struct
  {
    SkupCertificatePart part;
    const char         *field;
  } fields[] = {
    /* Translators: the texts of a certificate, named in the glyph check's message. */
    { SKUP_CERTIFICATE_PART_TITLE, NC_("certificate field", "Title") },
    { SKUP_CERTIFICATE_PART_PREAMBLE, NC_("certificate field", "Preamble") },
    { SKUP_CERTIFICATE_PART_NAME, NC_("certificate field", "Name") },
    { SKUP_CERTIFICATE_PART_BODY, NC_("certificate field", "Text") },
    { SKUP_CERTIFICATE_PART_ISSUED, NC_("certificate field", "Place and date") },
    { SKUP_CERTIFICATE_PART_NUMBER, NC_("certificate field", "Number") },
  };
  const char *values[] = { text->title, text->preamble, text->name, text->body, text->issued,
                           text->number };
  const SkupCertificateText *second = text->second;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      SkupTextStyle style = _skup_certificate_part_style (design, fields[i].part);

      if (!check (checker, &style, values[i], person, field_name (fields[i].field), error))
        return FALSE;
    }
  if (second == NULL)
    return TRUE;
  {
    SkupTextStyle title = _skup_certificate_part_style (design, SKUP_CERTIFICATE_PART_SECOND_TITLE);
    SkupTextStyle preamble = _skup_certificate_part_style (design,
                                                           SKUP_CERTIFICATE_PART_SECOND_PREAMBLE);
    SkupTextStyle body = _skup_certificate_part_style (design, SKUP_CERTIFICATE_PART_SECOND_BODY);

    return check (checker, &title, second->title, person, field_name ("Title"), error)
           && check (checker, &preamble, second->preamble, person, field_name ("Preamble"),
                     error)
           && check (checker, &body, second->body, person, field_name ("Text"), error);
  }
}

/* The design's own texts: the signatories, and the word before the number. */
static gboolean
check_design (SkupCertificateDocument *self,
              Checker                 *checker,
              GError                 **error)
{
  SkupTextStyle name = _skup_certificate_signatory_style (&self->design, FALSE);
  SkupTextStyle title = _skup_certificate_signatory_style (&self->design, TRUE);
  SkupTextStyle number = _skup_certificate_part_style (&self->design, SKUP_CERTIFICATE_PART_NUMBER);
  g_autofree char *label = g_strdup_printf (_skup_certificate_number_format (self->catalog), "");

  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      const SkupCertificateSignatory *signatory = &self->design.signatories[i];

      if (!check (checker, &name, signatory->name, signatory->name,
                  C_("certificate field", "Signatory"), error)
          || !check (checker, &title, signatory->title, signatory->name,
                     C_("certificate field", "Signatory"), error))
        return FALSE;
    }
  return check (checker, &number, label, NULL, field_name ("Number"), error);
}

static gboolean
check_qr (const SkupCertificateText *text,
          GError                   **error)
{
  if (text->qr_payload == NULL || strlen (text->qr_payload) <= QR_MAX_BYTES)
    return TRUE;
  /* Translators: %s is the name of the person the certificate is for. */
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
               _("The QR code of the certificate (%s) holds more than a QR code can."),
               text->name != NULL ? text->name : "");
  return FALSE;
}

static gboolean
check_texts (SkupCertificateDocument *self,
             GError                 **error)
{
  Checker checker = { SKUP_DOCUMENT (self), g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                   g_free, NULL) };
  gboolean ok = check_design (self, &checker, error);

  for (guint i = 0; ok && i < self->texts->len; i++)
    {
      const SkupCertificateText *text = g_ptr_array_index (self->texts, i);

      ok = check_page (&checker, &self->design, text, text->name, error)
           && check_qr (text, error);
    }
  g_hash_table_unref (checker.checked);
  return ok;
}

/* The document *************************************************************/

static gboolean
skup_certificate_document_paginate (SkupDocument *document,
                                    GError      **error)
{
  SkupCertificateDocument *self = SKUP_CERTIFICATE_DOCUMENT (document);

  if (!check_texts (self, error))
    return FALSE;
  /* Prepared again (the page setup changed): the old painter measured for the old page. */
  g_clear_pointer (&self->painter, _skup_certificate_painter_free);
  self->painter = _skup_certificate_painter_new (&self->design,
                                                 skup_document_get_page_setup (document),
                                                 skup_document_get_pango_context (document),
                                                 self->catalog, error);
  if (self->painter == NULL)
    return FALSE;
  skup_document_set_n_pages (document, self->texts->len);
  return TRUE;
}

static void
skup_certificate_document_draw_page (SkupDocument *document,
                                     cairo_t      *cr,
                                     guint         page)
{
  SkupCertificateDocument *self = SKUP_CERTIFICATE_DOCUMENT (document);

  _skup_certificate_painter_draw (self->painter, cr, g_ptr_array_index (self->texts, page),
                                  FALSE);
}

static void
skup_certificate_document_finalize (GObject *object)
{
  SkupCertificateDocument *self = SKUP_CERTIFICATE_DOCUMENT (object);

  g_clear_pointer (&self->painter, _skup_certificate_painter_free);
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PICTURES; i++)
    g_clear_pointer (&self->pictures[i], _skup_pdf_image_free);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  skup_certificate_design_clear (&self->design);
  G_OBJECT_CLASS (skup_certificate_document_parent_class)->finalize (object);
}

static void
skup_certificate_document_class_init (SkupCertificateDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkupDocumentClass *document_class = SKUP_DOCUMENT_CLASS (klass);

  object_class->finalize = skup_certificate_document_finalize;
  document_class->paginate = skup_certificate_document_paginate;
  document_class->draw_page = skup_certificate_document_draw_page;
}

static void
skup_certificate_document_init (SkupCertificateDocument *self)
{
}

/**
 * skup_certificate_document_new:
 * @design: the template as used; copied
 * @texts: (element-type SkupCertificateText): the texts of each page, one page an element;
 *   taken by reference and never changed
 *
 * Returns: (transfer full): a document, not yet prepared
 */
SkupDocument *
skup_certificate_document_new (const SkupCertificateDesign *design,
                               GPtrArray                   *texts)
{
  SkupCertificateDocument *self;
  const SkupCertificateText *first;
  SkupPageSetup page;

  g_return_val_if_fail (design != NULL, NULL);
  g_return_val_if_fail (texts != NULL, NULL);

  first = texts->len > 0 ? g_ptr_array_index (texts, 0) : NULL;
  self = g_object_new (SKUP_TYPE_CERTIFICATE_DOCUMENT,
                       "language", design->language != NULL ? design->language : "en",
                       "title", first != NULL ? first->title : NULL, NULL);
  design_copy (&self->design, design);
  self->texts = g_ptr_array_ref (texts);
  self->catalog = skup_catalog_get (self->design.language);
  skup_page_setup_init (&page, design->paper, design->landscape);
  skup_document_set_page_setup (SKUP_DOCUMENT (self), &page);
  return SKUP_DOCUMENT (self);
}

/**
 * _skup_certificate_document_place:
 * @self: a document
 * @page: a page, from 0
 * @part: one of its texts
 * @placement: (out): where it lies on the page
 *
 * For tests: where a text went and how large it was set.
 *
 * Returns: whether the page has that text (and the document could be prepared)
 */
gboolean
_skup_certificate_document_place (SkupCertificateDocument  *self,
                                  guint                     page,
                                  SkupCertificatePart       part,
                                  SkupCertificatePlacement *placement)
{
  if (!skup_document_prepare (SKUP_DOCUMENT (self), NULL) || page >= self->texts->len)
    return FALSE;
  return _skup_certificate_painter_place (self->painter, g_ptr_array_index (self->texts, page),
                                          part, placement);
}

/* Writing ******************************************************************/

/* The PDF's date from the issue date, "2019-05-22" → "2019-05-22T00:00:00Z": the file says
 * when the certificate was issued, never when it was written. */
static char *
pdf_date (const char *issue_date,
          GError    **error)
{
  int year = 0, month = 0, day = 0;
  gboolean digits = issue_date != NULL && strlen (issue_date) == 10
                    && issue_date[4] == '-' && issue_date[7] == '-';

  for (guint i = 0; digits && i < 10; i++)
    digits = i == 4 || i == 7 || g_ascii_isdigit (issue_date[i]);
  if (digits)
    {
      year = atoi (issue_date);
      month = atoi (issue_date + 5);
      day = atoi (issue_date + 8);
    }
  if (!digits || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                   _("The issue date “%s” is not a date (YYYY-MM-DD)."),
                   issue_date != NULL ? issue_date : "");
      return NULL;
    }
  return g_strdup_printf ("%04d-%02d-%02dT00:00:00Z", year, month, day);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The creator is "Skup" without its version: a newer Skup prints an old certificate again
 * with the same bytes. */
static void
set_metadata (cairo_surface_t *surface,
              const char      *title,
              const char      *date)
{
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Skup");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

/* A one-page PDF's title names its person: "CERTIFICATE OF PARTICIPATION – Ana Petrović". */
static char *
page_title (const SkupCertificateText *text)
{
  if (text->name == NULL || *text->name == '\0')
    return g_strdup (text->title);
  if (text->title == NULL || *text->title == '\0')
    return g_strdup (text->name);
  return g_strdup_printf ("%s – %s", text->title, text->name);
}

/* The pictures of the design compressed for the PDFs a person, once, before any is drawn. */
static void
make_pictures (SkupCertificateDocument *self)
{
  const SkupCertificateDesign *design = &self->design;

  if (self->pictures_made)
    return;
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    self->pictures[i] = _skup_pdf_image_new (design->logos[i], 16 + i);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    self->pictures[SKUP_CERTIFICATE_SIGNATURE_SLOT (i)]
      = _skup_pdf_image_new (design->signatories[i].signature,
                             16 + SKUP_CERTIFICATE_SIGNATURE_SLOT (i));
  self->pictures[SKUP_CERTIFICATE_BACKGROUND_SLOT]
    = _skup_pdf_image_new (design->background, 16 + SKUP_CERTIFICATE_BACKGROUND_SLOT);
  _skup_certificate_painter_set_pictures (self->painter, self->pictures);
  self->pictures_made = TRUE;
}

static gboolean
has_pictures (SkupCertificateDocument *self)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_N_PICTURES; i++)
    if (self->pictures[i] != NULL)
      return TRUE;
  return FALSE;
}

/* Pages [@first, @first + @n) drawn by @painter into a PDF in memory; with the pictures'
 * stand-ins when @stand_ins. */
static GBytes *
draw_pdf (SkupCertificateDocument *self,
          SkupCertificatePainter  *painter,
          guint                    first,
          guint                    n,
          const char              *title,
          const char              *date,
          gboolean                 stand_ins,
          GError                 **error)
{
  const SkupPageSetup *page = skup_document_get_page_setup (SKUP_DOCUMENT (self));
  g_autoptr(GByteArray) out = g_byte_array_sized_new (64 * 1024);
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(cairo_t) cr = NULL;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, out,
                                                 skup_page_setup_get_width (page),
                                                 skup_page_setup_get_height (page));
  set_metadata (surface, title, date);
  cr = cairo_create (surface);
  for (guint i = first; i < first + n; i++)
    {
      cairo_save (cr);
      _skup_certificate_painter_draw (painter, cr, g_ptr_array_index (self->texts, i),
                                      stand_ins);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* One page as a PDF of its own: drawn with stand-ins whose objects are then replaced with the
 * pictures compressed once for the document; should cairo write something the replacement
 * does not expect, drawn again with the pictures themselves. */
static GBytes *
draw_page_pdf (SkupCertificateDocument *self,
               SkupCertificatePainter  *painter,
               guint                    index,
               const char              *date,
               GError                 **error)
{
  g_autofree char *title = page_title (g_ptr_array_index (self->texts, index));
  g_autoptr(GBytes) drawn = NULL;
  GBytes *spliced;

  if (!has_pictures (self))
    return draw_pdf (self, painter, index, 1, title, date, FALSE, error);
  drawn = draw_pdf (self, painter, index, 1, title, date, TRUE, error);
  if (drawn == NULL)
    return NULL;
  spliced = _skup_pdf_splice_images (drawn, self->pictures, SKUP_CERTIFICATE_N_PICTURES);
  if (spliced != NULL)
    return spliced;
  g_warning ("The PDF cairo wrote could not be read back; writing the pictures as they are");
  return draw_pdf (self, painter, index, 1, title, date, FALSE, error);
}

/**
 * skup_certificate_document_to_bytes:
 * @self: a document
 * @issue_date: "YYYY-MM-DD", the PDF's creation and modification date
 * @error: where to put why the PDF cannot be made: a glyph no font draws, an image that
 *   cannot be read, an issue date that is not a date
 *
 * Returns: (transfer full) (nullable): the PDF of every page
 */
GBytes *
skup_certificate_document_to_bytes (SkupCertificateDocument *self,
                                    const char              *issue_date,
                                    GError                 **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (SKUP_IS_CERTIFICATE_DOCUMENT (self), NULL);

  date = pdf_date (issue_date, error);
  if (date == NULL || !skup_document_prepare (SKUP_DOCUMENT (self), error))
    return NULL;
  return draw_pdf (self, self->painter, 0, self->texts->len,
                   skup_document_get_title (SKUP_DOCUMENT (self)), date, FALSE, error);
}

/**
 * skup_certificate_document_write_pdf:
 * @self: a document
 * @issue_date: "YYYY-MM-DD"
 * @path: the file to write
 * @error: where to put why it was not written
 *
 * Writes the PDF of every page. On error nothing is written: a file already at @path stays
 * as it was.
 *
 * Returns: whether the file was written
 */
gboolean
skup_certificate_document_write_pdf (SkupCertificateDocument *self,
                                     const char              *issue_date,
                                     const char              *path,
                                     GError                 **error)
{
  g_autoptr(GBytes) pdf = skup_certificate_document_to_bytes (self, issue_date, error);
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &length);
  /* g_file_set_contents() writes beside @path and renames: never half a file under it. */
  if (!g_file_set_contents (path, data, length, &local_error))
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_FAILED, _("Could not write the PDF: %s"),
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * skup_certificate_document_page_to_bytes:
 * @self: a document
 * @index: a page, from 0
 * @issue_date: "YYYY-MM-DD"
 * @error: as skup_certificate_document_to_bytes()
 *
 * Returns: (transfer full) (nullable): the page alone, as a one-page PDF
 */
GBytes *
skup_certificate_document_page_to_bytes (SkupCertificateDocument *self,
                                         guint                    index,
                                         const char              *issue_date,
                                         GError                 **error)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (SKUP_IS_CERTIFICATE_DOCUMENT (self), NULL);

  date = pdf_date (issue_date, error);
  if (date == NULL || !skup_document_prepare (SKUP_DOCUMENT (self), error))
    return NULL;
  if (index >= self->texts->len)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("The document has no page %u"),
                   index + 1);
      return NULL;
    }
  make_pictures (self);
  return draw_page_pdf (self, self->painter, index, date, error);
}

/* One file a person, on several threads ************************************/

/* The work of skup_certificate_document_pages_to_bytes(): the pages are taken one at a time
 * by whichever thread is free, and each PDF goes into its page's slot, so the order of the
 * results does not depend on which thread was quicker. */
typedef struct
{
  SkupCertificateDocument *self;
  const char              *date;
  GBytes                 **pages;
  guint                    n_pages;
  gint                     next;
  gint                     failed;
  GMutex                   lock;
  GError                  *error;   /* the first error; guarded by lock */
} Batch;

static void
batch_fail (Batch  *batch,
            GError *error)
{
  g_mutex_lock (&batch->lock);
  if (batch->error == NULL)
    batch->error = error;
  else
    g_error_free (error);
  g_mutex_unlock (&batch->lock);
  g_atomic_int_set (&batch->failed, TRUE);
}

static void
batch_render (Batch                  *batch,
              SkupCertificatePainter *painter)
{
  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&batch->next, 1);
      GError *error = NULL;

      if (i >= batch->n_pages || g_atomic_int_get (&batch->failed))
        return;
      batch->pages[i] = draw_page_pdf (batch->self, painter, i, batch->date, &error);
      if (batch->pages[i] == NULL)
        {
          batch_fail (batch, error);
          return;
        }
    }
}

/* A worker: pango's contexts, fonts and layouts and cairo's image surfaces may not be used by
 * two threads at once, so each worker has its own painter, with its own context (from its
 * thread's own font map) and its own decoded images. */
static gpointer
batch_worker (gpointer data)
{
  Batch *batch = data;
  SkupCertificateDocument *self = batch->self;
  PangoContext *context = skup_document_new_pango_context (SKUP_DOCUMENT (self));
  g_autoptr(SkupCertificatePainter) painter = NULL;
  GError *error = NULL;

  painter = _skup_certificate_painter_new (&self->design,
                                           skup_document_get_page_setup (SKUP_DOCUMENT (self)),
                                           context, self->catalog, &error);
  g_object_unref (context);  /* the painter holds it */
  if (painter == NULL)
    batch_fail (batch, error);
  else
    {
      _skup_certificate_painter_set_pictures (painter, self->pictures);
      batch_render (batch, painter);
    }
  return NULL;
}

static GPtrArray *
batch_finish (Batch   *batch,
              GError **error)
{
  GPtrArray *pages;

  if (batch->error != NULL)
    {
      for (guint i = 0; i < batch->n_pages; i++)
        g_clear_pointer (&batch->pages[i], g_bytes_unref);
      g_propagate_error (error, batch->error);
      return NULL;
    }
  pages = g_ptr_array_new_full (batch->n_pages, (GDestroyNotify) g_bytes_unref);
  for (guint i = 0; i < batch->n_pages; i++)
    g_ptr_array_add (pages, batch->pages[i]);
  return pages;
}

/**
 * skup_certificate_document_pages_to_bytes:
 * @self: a document
 * @issue_date: "YYYY-MM-DD"
 * @n_threads: how many threads draw the pages; 0 for one a processor
 * @error: as skup_certificate_document_to_bytes()
 *
 * Every page as a one-page PDF, drawn on @n_threads threads at once: the files a person of a
 * batch. Each is the same, byte for byte, as skup_certificate_document_page_to_bytes() gives.
 *
 * Returns: (transfer full) (element-type GBytes) (nullable): one PDF a page, in page order
 */
GPtrArray *
skup_certificate_document_pages_to_bytes (SkupCertificateDocument *self,
                                          const char              *issue_date,
                                          guint                    n_threads,
                                          GError                 **error)
{
  g_autofree char *date = NULL;
  g_autofree GBytes **pages = NULL;
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  Batch batch = { self, NULL, NULL, 0, 0, FALSE, { 0 }, NULL };
  GPtrArray *result;

  g_return_val_if_fail (SKUP_IS_CERTIFICATE_DOCUMENT (self), NULL);

  date = pdf_date (issue_date, error);
  if (date == NULL || !skup_document_prepare (SKUP_DOCUMENT (self), error))
    return NULL;
  make_pictures (self);
  batch.date = date;
  batch.n_pages = self->texts->len;
  batch.pages = pages = g_new0 (GBytes *, MAX (batch.n_pages, 1));
  g_mutex_init (&batch.lock);
  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, MAX (batch.n_pages, 1));
  for (guint i = 0; i < n_threads; i++)
    g_ptr_array_add (threads, g_thread_new ("skup-certificates", batch_worker, &batch));
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  result = batch_finish (&batch, error);
  g_mutex_clear (&batch.lock);
  return result;
}
