/* skup-certificate-private.h — the certificate's painter, and what the tests measure
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A painter holds what every page of a certificate document shares: the decoded images, the
 * layouts of the signatories, the page's geometry and a cache of the texts that repeat from
 * page to page (the title, the preamble, a body that differs only by gender). Only the name
 * and the number are shaped for each page. A painter belongs to one thread: its PangoContext,
 * layouts and image surfaces are never used by two threads at once.
 */

#pragma once

#include "skup-catalog.h"
#include "skup-certificate.h"
#include "skup-doc-text.h"

G_BEGIN_DECLS

/* The texts of a page, as the tests name them. */
typedef enum
{
  SKUP_CERTIFICATE_PART_TITLE,
  SKUP_CERTIFICATE_PART_PREAMBLE,
  SKUP_CERTIFICATE_PART_NAME,
  SKUP_CERTIFICATE_PART_BODY,
  SKUP_CERTIFICATE_PART_ISSUED,
  SKUP_CERTIFICATE_PART_SECOND_TITLE,
  SKUP_CERTIFICATE_PART_SECOND_PREAMBLE,
  SKUP_CERTIFICATE_PART_SECOND_BODY,
  SKUP_CERTIFICATE_PART_NUMBER,
  SKUP_CERTIFICATE_N_PARTS,
} SkupCertificatePart;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SkupCertificateRect;

/**
 * SkupCertificatePlacement:
 * @box: the box the text was fitted to, in points from the sheet's top left corner
 * @extents: the logical extents of its layout where it is drawn
 * @size: the font size it was set in
 * @lines: its number of lines
 * @shortened: whether it ends in "…" because even the smallest size did not fit
 */
typedef struct
{
  SkupCertificateRect box;
  SkupCertificateRect extents;
  double              size;
  int                 lines;
  gboolean            shortened;
} SkupCertificatePlacement;

typedef struct _SkupCertificatePainter SkupCertificatePainter;

/* A picture of the design compressed once for every PDF a person (skup-certificate-pdf.c).
 * Its slot: the logos 0 to 2, the signatures 3 to 5, the background 6. */
typedef struct _SkupPdfImage SkupPdfImage;

#define SKUP_CERTIFICATE_N_PICTURES 7
#define SKUP_CERTIFICATE_SIGNATURE_SLOT(i) (SKUP_CERTIFICATE_MAX_LOGOS + (i))
#define SKUP_CERTIFICATE_BACKGROUND_SLOT \
  (SKUP_CERTIFICATE_MAX_LOGOS + SKUP_CERTIFICATE_MAX_SIGNATORIES)

SkupPdfImage    *_skup_pdf_image_new          (GBytes              *data,
                                               guint                marker);
void             _skup_pdf_image_free         (SkupPdfImage        *image);
cairo_surface_t *_skup_pdf_image_new_stand_in (const SkupPdfImage  *image);
GBytes          *_skup_pdf_splice_images      (GBytes              *pdf,
                                               SkupPdfImage * const *images,
                                               guint                n_images);

SkupCertificatePainter *_skup_certificate_painter_new  (const SkupCertificateDesign *design,
                                                        const SkupPageSetup         *page,
                                                        PangoContext                *context,
                                                        SkupCatalog                 *catalog,
                                                        GError                     **error);
void                    _skup_certificate_painter_free (SkupCertificatePainter      *painter);
void                    _skup_certificate_painter_draw (SkupCertificatePainter      *painter,
                                                        cairo_t                     *cr,
                                                        const SkupCertificateText   *text,
                                                        gboolean                     stand_ins);
void                    _skup_certificate_painter_set_pictures (SkupCertificatePainter *painter,
                                                                SkupPdfImage * const   *pictures);
gboolean                _skup_certificate_painter_place (SkupCertificatePainter     *painter,
                                                         const SkupCertificateText  *text,
                                                         SkupCertificatePart         part,
                                                         SkupCertificatePlacement   *placement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCertificatePainter, _skup_certificate_painter_free)

SkupTextStyle _skup_certificate_part_style      (const SkupCertificateDesign *design,
                                               SkupCertificatePart          part);
SkupTextStyle _skup_certificate_signatory_style (const SkupCertificateDesign *design,
                                                gboolean                     title);

/* The number's label, "No. %s", in the document's language. */
const char *_skup_certificate_number_format (SkupCatalog *catalog);

/* For tests: where @part of page @page lies. Returns %FALSE when the page has no such text. */
gboolean _skup_certificate_document_place (SkupCertificateDocument  *self,
                                           guint                     page,
                                           SkupCertificatePart       part,
                                           SkupCertificatePlacement *placement);

G_END_DECLS
