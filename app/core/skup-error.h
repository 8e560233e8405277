/* skup-error.h — error domains of the core
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SKUP_ERROR (skup_error_quark ())

/**
 * SkupError:
 * @SKUP_ERROR_INVALID: a value a user typed is not acceptable; the error names the field
 *   (see skup_error_get_field())
 * @SKUP_ERROR_NOT_FOUND: the record does not exist (any more)
 * @SKUP_ERROR_DUPLICATE: the record would duplicate one that exists
 * @SKUP_ERROR_IN_USE: other records depend on this one and the caller did not accept the
 *   consequences of deleting it
 * @SKUP_ERROR_DATABASE: the database failed (disk full, locked, corrupt …)
 * @SKUP_ERROR_NOT_SKUP: the file is not a Skup database
 * @SKUP_ERROR_TOO_NEW: the database was written by a newer Skup
 */
typedef enum {
  SKUP_ERROR_INVALID,
  SKUP_ERROR_NOT_FOUND,
  SKUP_ERROR_DUPLICATE,
  SKUP_ERROR_IN_USE,
  SKUP_ERROR_DATABASE,
  SKUP_ERROR_NOT_SKUP,
  SKUP_ERROR_TOO_NEW,
} SkupError;

GQuark       skup_error_quark      (void);
const char  *skup_error_get_field  (const GError *error);
void         skup_set_field_error  (GError    **error,
                                    SkupError   code,
                                    const char *field,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
