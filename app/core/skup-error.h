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
 * @SKUP_ERROR_BUSY: another organiser holds the register's write lock beyond the wait
 * @SKUP_ERROR_CONNECTION: the register cannot be reached (server down, connection lost)
 * @SKUP_ERROR_READ_ONLY: this user may read the register but not change it
 * @SKUP_ERROR_STALE: someone else changed or deleted the record since it was read; reload it
 * @SKUP_ERROR_UNPRINTABLE: a document's font cannot draw a character of a text, or is not
 *   installed; the message names the record, the field and the character
 * @SKUP_ERROR_FAILED: writing a file failed (the message says which and why)
 * @SKUP_ERROR_FULL: the event has no seat left
 * @SKUP_ERROR_ALREADY: it was done already (a second check-in); nothing changed
 * @SKUP_ERROR_DAMAGED: stored bytes no longer match the digest kept with them
 */
typedef enum {
  SKUP_ERROR_INVALID,
  SKUP_ERROR_NOT_FOUND,
  SKUP_ERROR_DUPLICATE,
  SKUP_ERROR_IN_USE,
  SKUP_ERROR_DATABASE,
  SKUP_ERROR_NOT_SKUP,
  SKUP_ERROR_TOO_NEW,
  SKUP_ERROR_BUSY,
  SKUP_ERROR_CONNECTION,
  SKUP_ERROR_READ_ONLY,
  SKUP_ERROR_STALE,
  SKUP_ERROR_UNPRINTABLE,
  SKUP_ERROR_FAILED,
  SKUP_ERROR_FULL,
  SKUP_ERROR_ALREADY,
  SKUP_ERROR_DAMAGED,
} SkupError;

GQuark       skup_error_quark      (void);
const char  *skup_error_get_field  (const GError *error);
void         skup_set_field_error  (GError    **error,
                                    SkupError   code,
                                    const char *field,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
