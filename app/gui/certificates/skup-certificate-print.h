/* skup-certificate-print.h — issued certificates to the printer
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

/* Prints the certificates @ids as issued, a page each, each on its own paper and
 * orientation, through GtkPrintOperation's dialog; with @export_path, what the printer would
 * get goes to that PDF instead, with no dialog. Fails before anything is shown if a
 * certificate cannot be drawn again. */
gboolean _skup_certificate_print (GtkWindow     *parent,
                                  SkupStore     *store,
                                  const gint64  *ids,
                                  guint          n_ids,
                                  const char    *job_name,
                                  const char    *export_path,
                                  GError       **error);

G_END_DECLS
