/* skup-issued-document.h — an issued certificate as a page to draw (the printer's copy)
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-certificate.h"
#include "skup-issuer.h"

G_BEGIN_DECLS

/* The one-page document of the certificate @entry as issued: its snapshot's texts in its
 * design, the images from the register's certificate assets, nothing from the live register
 * (see skup-issuer.h for both formats). Prepared (every glyph checked), ready to draw: what
 * GtkPrintOperation needs, where skup_certificates_render() writes files. */
SkupDocument *skup_issued_document_new (SkupStore                  *store,
                                        const SkupCertificateEntry *entry,
                                        GError                    **error);

/* The renderer's design from a certificate's design text: nothing from the live register
 * but the images, read from the certificate assets by their SHA-256. */
gboolean             skup_issued_design_read (SkupStore                  *store,
                                              const char                 *design_text,
                                              SkupCertificateDesign      *design,
                                              GError                    **error);
/* The texts as printed, from @entry's snapshot; SKUP_ERROR_DAMAGED when it keeps none. */
SkupCertificateText *skup_issued_text_read   (const SkupCertificateEntry *entry,
                                              GError                    **error);

G_END_DECLS
