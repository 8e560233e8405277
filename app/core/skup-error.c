/* skup-error.c — error domains of the core
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-error.h"

/* An extended error domain, so a validation error can carry the name of the field it is about
 * and the form can put the message right under it. */
typedef struct {
  char *field;
} SkupErrorPrivate;

static void
skup_error_private_init (SkupErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
skup_error_private_copy (const SkupErrorPrivate *src,
                         SkupErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
skup_error_private_clear (SkupErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (SkupError, skup_error)

/**
 * skup_error_get_field:
 * @error: an error
 *
 * Returns: (nullable): the property name of the field a %SKUP_ERROR is about, or %NULL
 */
const char *
skup_error_get_field (const GError *error)
{
  SkupErrorPrivate *priv;

  if (error == NULL || error->domain != SKUP_ERROR)
    return NULL;
  priv = skup_error_get_private (error);
  return priv ? priv->field : NULL;
}

/**
 * skup_set_field_error:
 * @error: return location
 * @code: the error code
 * @field: (nullable): the property name of the field the error is about
 * @format: printf-style message, already translated
 *
 * Sets a %SKUP_ERROR that names a field.
 */
void
skup_set_field_error (GError    **error,
                      SkupError   code,
                      const char *field,
                      const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  GError *err;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  err = g_error_new_literal (SKUP_ERROR, code, message);
  skup_error_get_private (err)->field = g_strdup (field);
  g_propagate_error (error, err);
}
