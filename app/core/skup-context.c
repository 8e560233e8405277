/* skup-context.c — what every part of the window shares: the register and the settings
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widgets are handed the context as a construct-only property, as GNOME Calendar hands its
 * GcalContext: no widget is told about the store through a setter, and a widget that shows
 * the register follows "notify::store" when the window switches to another one.
 */

#include "config.h"

#include "skup-context.h"

struct _SkupContext
{
  GObject    parent_instance;

  SkupStore *store;
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (SkupContext, skup_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
skup_context_dispose (GObject *object)
{
  SkupContext *self = SKUP_CONTEXT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (skup_context_parent_class)->dispose (object);
}

static void
skup_context_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SkupContext *self = SKUP_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_context_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SkupContext *self = SKUP_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      skup_context_set_store (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_context_class_init (SkupContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = skup_context_dispose;
  object_class->get_property = skup_context_get_property;
  object_class->set_property = skup_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SKUP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
skup_context_init (SkupContext *self)
{
}

SkupContext *
skup_context_new (SkupStore *store,
                  GSettings *settings)
{
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (SKUP_TYPE_CONTEXT, "store", store, "settings", settings, NULL);
}

/**
 * skup_context_get_store:
 *
 * Returns: (transfer none): the register shown
 */
SkupStore *
skup_context_get_store (SkupContext *self)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (self), NULL);

  return self->store;
}

void
skup_context_set_store (SkupContext *self,
                        SkupStore   *store)
{
  g_return_if_fail (SKUP_IS_CONTEXT (self));
  g_return_if_fail (SKUP_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * skup_context_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings
 */
GSettings *
skup_context_get_settings (SkupContext *self)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (self), NULL);

  return self->settings;
}
