/* skup-register-location.c — where a shared register is: the URI a connection dialog builds
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain GLib, no widgets: the dialog's rows go in, a URI comes out, and the tests check it
 * without a window.
 */

#include "config.h"

#include "skup-register-location.h"

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* libpq reads a percent-encoded host: a socket folder (/run/postgresql) needs its slashes
 * encoded, an IPv6 address goes in brackets as it is. */
static void
append_host (GString    *uri,
             const char *host)
{
  if (strchr (host, ':') != NULL && host[0] != '/')
    g_string_append_printf (uri, "[%s]", host);
  else
    g_string_append_uri_escaped (uri, host, NULL, FALSE);
}

/**
 * skup_server_location_to_uri:
 *
 * Returns: (transfer full): the URI to give skup_store_open()
 */
char *
skup_server_location_to_uri (const SkupServerLocation *location)
{
  g_autoptr(GString) uri = NULL;
  g_autofree char *host = NULL;
  g_autofree char *user = NULL;
  g_autofree char *database = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  /* Spaces typed around a name are never part of it. */
  host = g_strstrip (g_strdup (location->host ? location->host : ""));
  user = g_strstrip (g_strdup (location->user ? location->user : ""));
  database = g_strstrip (g_strdup (location->database ? location->database : ""));
  uri = g_string_new ("postgresql://");

  /* No password, ever: there is nowhere to type one, and a URI ends up in settings. */
  if (is_set (user))
    {
      g_string_append_uri_escaped (uri, user, NULL, FALSE);
      g_string_append_c (uri, '@');
    }
  if (is_set (host))
    append_host (uri, host);
  if (location->port != 0)
    g_string_append_printf (uri, ":%u", location->port);
  g_string_append_c (uri, '/');
  if (is_set (database))
    g_string_append_uri_escaped (uri, database, NULL, FALSE);
  /* "prefer" is what libpq does anyway: leave it out of the URI people read. */
  if (is_set (location->ssl_mode) && !g_str_equal (location->ssl_mode, "prefer"))
    {
      g_string_append (uri, "?sslmode=");
      g_string_append_uri_escaped (uri, location->ssl_mode, NULL, FALSE);
    }
  return g_string_free (g_steal_pointer (&uri), FALSE);
}

/**
 * skup_recent_registers_add:
 *
 * Returns: (transfer full): the new list, newest first
 */
GStrv
skup_recent_registers_add (const char * const *recent,
                           const char         *location,
                           guint               max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (location != NULL, NULL);

  if (max == 0)
    return g_strv_builder_end (builder);
  g_strv_builder_add (builder, location);
  n++;
  for (guint i = 0; recent != NULL && recent[i] != NULL && n < max; i++)
    {
      if (g_str_equal (recent[i], location))
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }
  return g_strv_builder_end (builder);
}
