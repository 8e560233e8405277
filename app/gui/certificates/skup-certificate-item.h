/* skup-certificate-item.h — one issued certificate as a list item
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "core/certificates/skup-issuer.h"

G_BEGIN_DECLS

#define SKUP_TYPE_CERTIFICATE_ITEM (skup_certificate_item_get_type ())
G_DECLARE_FINAL_TYPE (SkupCertificateItem, skup_certificate_item, SKUP, CERTIFICATE_ITEM, GObject)

/* Takes @entry. Read-only properties for the list's cells: "id", "number", "name", "event",
 * "date" (as people read it), "state" (its label). */
SkupCertificateItem        *skup_certificate_item_new       (SkupCertificateEntry *entry);
const SkupCertificateEntry *skup_certificate_item_get_entry (SkupCertificateItem  *self);

G_END_DECLS
