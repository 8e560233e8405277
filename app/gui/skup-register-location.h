/* skup-register-location.h — where a shared register is: the URI a connection dialog builds
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most recent registers Skup offers to open again. */
#define SKUP_MAX_RECENT_REGISTERS 5

/**
 * SkupServerLocation:
 * @host: (nullable): a host name, an IP address or a socket folder; empty for the local socket
 * @port: the TCP port (5432 unless the server says otherwise)
 * @database: (nullable): the database's name; empty for the user's own
 * @user: (nullable): the role to connect as; empty for the login name
 * @ssl_mode: (nullable): "prefer" (libpq's default), "require" or "disable"
 *
 * What a person fills in to reach a PostgreSQL register. Plain data: fill it on the stack.
 * There is no password: libpq reads it from ~/.pgpass or a PGSERVICE entry.
 */
typedef struct {
  const char *host;
  guint       port;
  const char *database;
  const char *user;
  const char *ssl_mode;
} SkupServerLocation;

#define SKUP_DEFAULT_PORT 5432

/* A libpq URI, postgresql://user@host:port/database?sslmode=…, every part percent-encoded. */
char   *skup_server_location_to_uri     (const SkupServerLocation *location);
/* @recent with @location put first and any earlier copy taken out, at most @max long. */
GStrv   skup_recent_registers_add       (const char * const       *recent,
                                         const char               *location,
                                         guint                     max);

G_END_DECLS
