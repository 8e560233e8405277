/* skup-signatory-row.h — one person who signs the certificates
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "skup-image-row.h"

G_BEGIN_DECLS

#define SKUP_TYPE_SIGNATORY_ROW (skup_signatory_row_get_type ())
G_DECLARE_FINAL_TYPE (SkupSignatoryRow, skup_signatory_row, SKUP, SIGNATORY_ROW, AdwExpanderRow)

GtkWidget    *skup_signatory_row_new                    (guint             number);
guint         skup_signatory_row_get_number             (SkupSignatoryRow *self);
GtkEditable  *skup_signatory_row_get_name_editable      (SkupSignatoryRow *self);
GtkEditable  *skup_signatory_row_get_job_title_editable (SkupSignatoryRow *self);
SkupImageRow *skup_signatory_row_get_signature_row      (SkupSignatoryRow *self);

G_END_DECLS
