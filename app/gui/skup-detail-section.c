/* skup-detail-section.c — a part of a record's page below its form
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-detail-section.h"

G_DEFINE_INTERFACE (SkupDetailSection, skup_detail_section, GTK_TYPE_WIDGET)

enum {
  SIGNAL_OPEN_RECORD,
  SIGNAL_DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
skup_detail_section_default_init (SkupDetailSectionInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The SkupKindSection the kind registered the section with (its title, what it lists). */
  g_object_interface_install_property (iface,
    g_param_spec_pointer ("section", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  signals[SIGNAL_OPEN_RECORD] =
    g_signal_new ("open-record", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);
  signals[SIGNAL_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SKUP_TYPE_RECORD);
}

void
skup_detail_section_set_record (SkupDetailSection *self,
                                SkupRecord        *record)
{
  g_return_if_fail (SKUP_IS_DETAIL_SECTION (self));
  g_return_if_fail (SKUP_IS_RECORD (record));

  SKUP_DETAIL_SECTION_GET_IFACE (self)->set_record (self, record);
}

void
skup_detail_section_refresh (SkupDetailSection *self)
{
  SkupDetailSectionInterface *iface;

  g_return_if_fail (SKUP_IS_DETAIL_SECTION (self));

  iface = SKUP_DETAIL_SECTION_GET_IFACE (self);
  if (iface->refresh != NULL)
    iface->refresh (self);
}

/**
 * skup_detail_section_get_context:
 *
 * Returns: (transfer none): the section's context
 */
SkupContext *
skup_detail_section_get_context (SkupDetailSection *self)
{
  g_autoptr(SkupContext) context = NULL;

  g_return_val_if_fail (SKUP_IS_DETAIL_SECTION (self), NULL);

  /* The implementation keeps its own reference; this one only looks. */
  g_object_get (self, "context", &context, NULL);
  return context;
}

void
skup_detail_section_open_record (SkupDetailSection *self,
                                 GType              type,
                                 gint64             id)
{
  g_return_if_fail (SKUP_IS_DETAIL_SECTION (self));

  g_signal_emit (self, signals[SIGNAL_OPEN_RECORD], 0, type, id);
}

void
skup_detail_section_request_delete (SkupDetailSection *self,
                                    SkupRecord        *record)
{
  g_return_if_fail (SKUP_IS_DETAIL_SECTION (self));
  g_return_if_fail (SKUP_IS_RECORD (record));

  g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, record);
}
