/* skup-certificates-page.h — every certificate issued, its look-up and its corrections
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_CERTIFICATES_PAGE (skup_certificates_page_get_type ())
G_DECLARE_FINAL_TYPE (SkupCertificatesPage, skup_certificates_page, SKUP, CERTIFICATES_PAGE,
                      AdwBin)

/* The window's Certificates section, with its own header bar (like SkupListPage: "folded"
 * shows the back button). Newest first; filters by person or number (typed), event, year and
 * state; a verify field at the top; per row a menu of certificate.save-pdf, .print,
 * .reissue and .revoke (each with the certificate's id). It follows the context's register
 * and its ::changed ("certificate", or "" for another organiser's change).
 *
 * Actions without a dialog, for what a dialog's answer runs (and for tests):
 *   certificates.export-to (s)        the list as shown, CSV or XLSX by the path's suffix
 *   certificate.save-pdf-to ((xs))    one certificate's PDF to a path
 *   certificate.print-to ((xs))       what the printer would get, to a PDF */
SkupCertificatesPage *skup_certificates_page_new          (SkupContext          *context);
/* The list as shown (element-type SkupCertificateItem). */
GListModel           *skup_certificates_page_get_model    (SkupCertificatesPage *self);
/* The verify field's answer as shown: the title ("Valid") and the summary; NULL if none. */
const char           *skup_certificates_page_get_verdict  (SkupCertificatesPage *self);
const char           *skup_certificates_page_get_summary  (SkupCertificatesPage *self);

G_END_DECLS
