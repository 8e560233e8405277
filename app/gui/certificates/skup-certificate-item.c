/* skup-certificate-item.c — one issued certificate as a list item
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store hands out plain structs; a GtkColumnView binds cells to properties, so each entry
 * is wrapped once, and what a cell shows is worked out here rather than in each cell.
 */

#include "config.h"

#include "core/skup-core.h"
#include "skup-certificate-item.h"

struct _SkupCertificateItem
{
  GObject               parent_instance;

  SkupCertificateEntry *entry;
  char                 *date;
};

G_DEFINE_FINAL_TYPE (SkupCertificateItem, skup_certificate_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_NAME,
  PROP_EVENT,
  PROP_DATE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
skup_certificate_item_finalize (GObject *object)
{
  SkupCertificateItem *self = SKUP_CERTIFICATE_ITEM (object);

  g_clear_pointer (&self->entry, skup_certificate_entry_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (skup_certificate_item_parent_class)->finalize (object);
}

static void
skup_certificate_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SkupCertificateItem *self = SKUP_CERTIFICATE_ITEM (object);
  const SkupCertificateEntry *entry = self->entry;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, entry->id);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, entry->number);
      break;
    case PROP_NAME:
      g_value_set_string (value, entry->recipient_name);
      break;
    case PROP_EVENT:
      g_value_set_string (value, entry->event_title);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_STATE:
      g_value_set_string (value, skup_certificate_state_to_label (entry->state));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
new_string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
skup_certificate_item_class_init (SkupCertificateItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_certificate_item_finalize;
  object_class->get_property = skup_certificate_item_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] = new_string_property ("number");
  properties[PROP_NAME] = new_string_property ("name");
  properties[PROP_EVENT] = new_string_property ("event");
  properties[PROP_DATE] = new_string_property ("date");
  properties[PROP_STATE] = new_string_property ("state");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
skup_certificate_item_init (SkupCertificateItem *self)
{
}

SkupCertificateItem *
skup_certificate_item_new (SkupCertificateEntry *entry)
{
  SkupCertificateItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (SKUP_TYPE_CERTIFICATE_ITEM, NULL);
  self->entry = entry;
  self->date = skup_text_format_date (entry->issue_date);
  return self;
}

const SkupCertificateEntry *
skup_certificate_item_get_entry (SkupCertificateItem *self)
{
  g_return_val_if_fail (SKUP_IS_CERTIFICATE_ITEM (self), NULL);

  return self->entry;
}
