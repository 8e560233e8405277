/* skup-certificate.h — a certificate page, drawn by the document engine
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderer knows nothing of the register: it is given a design (the template as used:
 * layout, paper, colour, images, signatories) and, for each page, the texts already expanded
 * for one person. The same document draws the editor's live preview, writes the PDF and is
 * drawn again, byte for byte, when an issued certificate is printed again: so everything it
 * prints comes from these two structs, and the PDF it writes carries no clock time
 * (skup_certificate_document_write_pdf() sets the PDF's dates from @issue_date).
 */

#pragma once

#include "skup-document.h"
#include "skup-page.h"

G_BEGIN_DECLS

typedef enum
{
  SKUP_CERTIFICATE_LAYOUT_UN,       /* logos across the top, the title, "This is to certify
                                     * that", the name large, the text, signatures at the
                                     * bottom, number and QR in the corners */
  SKUP_CERTIFICATE_LAYOUT_CLASSIC,  /* a bordered page in the accent colour, centred text */
} SkupCertificateLayout;

#define SKUP_CERTIFICATE_MAX_LOGOS       3
#define SKUP_CERTIFICATE_MAX_SIGNATORIES 3

typedef struct
{
  char   *name;
  char   *title;        /* "Director" */
  GBytes *signature;    /* (nullable): PNG, JPEG or SVG */
} SkupCertificateSignatory;

/**
 * SkupCertificateDesign:
 * @layout: the layout
 * @paper: A4 or Letter
 * @landscape: the page turned
 * @accent: the accent colour, 0xRRGGBB
 * @font_family: (nullable): the family every text is set in (%NULL: the engine's default,
 *   which draws Latin and Serbian Cyrillic)
 * @logos: (nullable): up to three logos, left to right (PNG, JPEG or SVG bytes)
 * @signatories: up to three, left to right; a signatory without a name is not drawn
 * @background: (nullable): an image drawn under everything, to the page's edges
 * @language: the document's language for its few own words and its metadata: "en", "sr",
 *   "sr@latin"
 */
typedef struct
{
  SkupCertificateLayout    layout;
  SkupPaper                paper;
  gboolean                 landscape;
  guint32                  accent;
  char                    *font_family;
  GBytes                  *logos[SKUP_CERTIFICATE_MAX_LOGOS];
  SkupCertificateSignatory signatories[SKUP_CERTIFICATE_MAX_SIGNATORIES];
  GBytes                  *background;
  char                    *language;
} SkupCertificateDesign;

void skup_certificate_design_clear (SkupCertificateDesign *design);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkupCertificateDesign, skup_certificate_design_clear)

/**
 * SkupCertificateText:
 * @title: "CERTIFICATE OF PARTICIPATION"
 * @preamble: (nullable): "This is to certify that"
 * @name: the person's name as printed (in the certificate's script)
 * @body: the text after the name, placeholders expanded; may hold several paragraphs ("\n")
 * @number: (nullable): the certificate's number, printed in a corner
 * @issued: (nullable): the place and date line ("Belgrade, 22 May 2019")
 * @qr_payload: (nullable): what the QR code in the other corner holds; no QR without it
 * @second: (nullable): the same texts in a second language, for a bilingual page (English +
 *   Serbian): drawn under the first, or beside it on a landscape page; its @number,
 *   @issued and @qr_payload are not used
 */
typedef struct _SkupCertificateText SkupCertificateText;
struct _SkupCertificateText
{
  char                *title;
  char                *preamble;
  char                *name;
  char                *body;
  char                *number;
  char                *issued;
  char                *qr_payload;
  SkupCertificateText *second;
};

void skup_certificate_text_free (SkupCertificateText *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCertificateText, skup_certificate_text_free)

#define SKUP_TYPE_CERTIFICATE_DOCUMENT (skup_certificate_document_get_type ())
G_DECLARE_FINAL_TYPE (SkupCertificateDocument, skup_certificate_document, SKUP,
                      CERTIFICATE_DOCUMENT, SkupDocument)

/* A document of one page per @texts element (SkupCertificateText, taken by reference).
 * @design is copied. skup_document_prepare() checks every glyph first: a character the font
 * cannot draw is an error (SKUP_ERROR_UNPRINTABLE, as the engine's glyph check gives) naming
 * the person and the text, and nothing is written. Long names and titles shrink to fit their
 * box, never below a readable size; a name that still does not fit wraps to a second line. */
SkupDocument *skup_certificate_document_new (const SkupCertificateDesign *design,
                                             GPtrArray                   *texts);

/* Writes the PDF with its creation and modification dates set to @issue_date
 * ("YYYY-MM-DD", midnight UTC), so that the same design and texts give the same bytes. */
gboolean      skup_certificate_document_write_pdf (SkupCertificateDocument *self,
                                                   const char              *issue_date,
                                                   const char              *path,
                                                   GError                 **error);

/* The same PDF into memory (for the SHA-256 and for writing one file a person). */
GBytes       *skup_certificate_document_to_bytes  (SkupCertificateDocument *self,
                                                   const char              *issue_date,
                                                   GError                 **error);

/* The page of @index alone, as its own one-page PDF (the one file a person). */
GBytes       *skup_certificate_document_page_to_bytes (SkupCertificateDocument *self,
                                                       guint                    index,
                                                       const char              *issue_date,
                                                       GError                 **error);

/* Every page as its own one-page PDF (GBytes, in page order), drawn on @n_threads threads
 * (0: one a processor); each the same bytes as skup_certificate_document_page_to_bytes(). */
GPtrArray    *skup_certificate_document_pages_to_bytes (SkupCertificateDocument *self,
                                                        const char              *issue_date,
                                                        guint                    n_threads,
                                                        GError                 **error);

G_END_DECLS
