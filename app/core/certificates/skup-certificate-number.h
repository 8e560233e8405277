/* skup-certificate-number.h — how certificates are numbered: a pattern and a checked prefix
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The pattern when the office has set none (SKUP_SETTING_CERTIFICATE_PATTERN):
 * "KBPD-2026-0001". {prefix} is SKUP_SETTING_CERTIFICATE_PREFIX, {year} the issue date's,
 * {seq} the year's sequence (gap-free), {seq:04} padded to four digits. */
#define SKUP_CERTIFICATE_DEFAULT_PATTERN "{prefix}-{year}-{seq:04}"
/* A number must fit on one line of a certificate, in a file name and in a QR code's text. */
#define SKUP_CERTIFICATE_PREFIX_MAX_LENGTH 16

/* Why @prefix cannot start a certificate number (translated), or %NULL if it can: at most
 * SKUP_CERTIFICATE_PREFIX_MAX_LENGTH characters, letters of any script, digits, "-" and "/".
 * Preferences shows it as the prefix is typed; issuing refuses such a prefix. */
char     *skup_certificate_prefix_problem (const char  *prefix);
gboolean  skup_certificate_prefix_check   (const char  *prefix,
                                           GError     **error);
/* A pattern must hold {year} and {seq} (numbers start again each year, so without the year
 * they would repeat) and nothing unknown. */
gboolean  skup_certificate_pattern_check  (const char  *pattern,
                                           GError     **error);
/* The number for @seq in @year. An empty prefix drops the separator after it. */
char     *skup_certificate_number_format  (const char  *pattern,
                                           const char  *prefix,
                                           int          year,
                                           gint64       seq,
                                           GError     **error);

G_END_DECLS
