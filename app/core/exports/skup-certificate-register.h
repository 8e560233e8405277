/* skup-certificate-register.h — the list of issued certificates as CSV and XLSX
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of certificates as an organiser hands it on (to an accrediting body, to an
 * auditor): one row a certificate, in the order given, with its number, who, which event,
 * when, and its state and why it changed. The verification code and signature are left out:
 * whoever holds the list must not be able to make a QR code with them.
 */

#pragma once

#include "skup-store-certificates.h"

G_BEGIN_DECLS

/**
 * skup_certificate_register_to_csv:
 * @entries: (element-type SkupCertificateEntry): the certificates, in the order to list them
 *
 * RFC 4180: CRLF line ends, every field quoted when it holds a comma, a quote or a line end,
 * quotes doubled; UTF-8 without a byte order mark. A cell that starts with = + - or @ gets an
 * apostrophe before it, so a spreadsheet never runs it as a formula.
 *
 * Returns: (transfer full): the text, a header line first
 */
char     *skup_certificate_register_to_csv   (GPtrArray   *entries);
gboolean  skup_certificate_register_write_csv (GPtrArray   *entries,
                                               const char  *path,
                                               GError     **error);
/* One sheet, a bold frozen header, dates as dates (so they sort and filter as dates). */
gboolean  skup_certificate_register_write_xlsx (GPtrArray  *entries,
                                                const char *path,
                                                GError    **error);

G_END_DECLS
