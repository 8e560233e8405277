/* skup-kind.c — the registry of record kinds
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register's kinds are GTypes; what is said about each (its lists, form, sections, CLI
 * words, search code) is the SkupKind its class carries. The registry only remembers which
 * kinds exist and in what order, so the window's sidebar, the CLI and the search index find
 * them without a list of their own.
 */

#include "config.h"

#include "skup-attendance.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-kind.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-record.h"
#include "skup-registration.h"
#include "skup-room.h"
#include "skup-session.h"
#include "skup-venue.h"

static GMutex kinds_lock;
static GArray *kinds;  /* (element-type GType), registration order */

static const SkupKind no_kind = { 0 };

static void
add_kind (GType type)
{
  for (guint i = 0; i < kinds->len; i++)
    if (g_array_index (kinds, GType, i) == type)
      return;
  /* Kept for the life of the process, so a kind's class (and its SkupKind) is always there. */
  g_type_class_ref (type);
  g_array_append_val (kinds, type);
}

/* The kinds Skup is built with, in the sidebar's order; called with the lock held. */
static void
ensure_kinds (void)
{
  if (kinds != NULL)
    return;
  kinds = g_array_new (FALSE, FALSE, sizeof (GType));
  add_kind (SKUP_TYPE_EVENT);
  add_kind (SKUP_TYPE_PERSON);
  add_kind (SKUP_TYPE_ORGANISATION);
  add_kind (SKUP_TYPE_VENUE);
  add_kind (SKUP_TYPE_PROJECT);
  add_kind (SKUP_TYPE_ROOM);
  add_kind (SKUP_TYPE_SESSION);
  add_kind (SKUP_TYPE_REGISTRATION);
  add_kind (SKUP_TYPE_ATTENDANCE);
  add_kind (SKUP_TYPE_EVENT_ORGANISATION);
}

/**
 * skup_kinds_register:
 * @type: a #SkupRecord subclass that set its #SkupKind
 *
 * Adds a kind after those Skup is built with: its views join the sidebar and the CLI, and its
 * search code the search index. Registering a kind twice does nothing.
 */
void
skup_kinds_register (GType type)
{
  g_return_if_fail (g_type_is_a (type, SKUP_TYPE_RECORD));

  g_mutex_lock (&kinds_lock);
  ensure_kinds ();
  add_kind (type);
  g_mutex_unlock (&kinds_lock);
}

/**
 * skup_kinds_get_all:
 *
 * Returns: (transfer full) (array length=n_types): every kind, in the sidebar's order
 */
GType *
skup_kinds_get_all (guint *n_types)
{
  GType *types;

  g_mutex_lock (&kinds_lock);
  ensure_kinds ();
  types = g_memdup2 (kinds->data, kinds->len * sizeof (GType));
  *n_types = kinds->len;
  g_mutex_unlock (&kinds_lock);
  return types;
}

/**
 * skup_kind_for_type:
 *
 * Returns: (transfer none): what is said of @type; an empty kind (no views, no sections) for a
 *   record type that says nothing
 */
const SkupKind *
skup_kind_for_type (GType type)
{
  SkupRecordClass *klass;

  g_return_val_if_fail (g_type_is_a (type, SKUP_TYPE_RECORD), &no_kind);

  klass = g_type_class_ref (type);
  g_type_class_unref (klass);  /* registered kinds stay referenced; others by their records */
  return klass->info != NULL ? klass->info : &no_kind;
}

/**
 * skup_kinds_find:
 * @nick: a kind's singular nick ("person")
 *
 * Returns: the kind, or %G_TYPE_INVALID
 */
GType
skup_kinds_find (const char *nick)
{
  g_autofree GType *types = NULL;
  guint n;

  types = skup_kinds_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      SkupRecordClass *klass = g_type_class_peek (types[i]);

      if (g_strcmp0 (klass->kind, nick) == 0)
        return types[i];
    }
  return G_TYPE_INVALID;
}

/**
 * skup_kinds_find_view:
 * @name: a view's name or its singular ("people", "person", "trainers" …)
 * @type: (out) (optional): the kind the view lists
 *
 * Returns: (nullable): the view
 */
const SkupKindView *
skup_kinds_find_view (const char *name,
                      GType      *type)
{
  g_autofree GType *types = NULL;
  guint n;

  types = skup_kinds_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      const SkupKind *kind = skup_kind_for_type (types[i]);

      for (guint v = 0; v < kind->n_views; v++)
        if (g_strcmp0 (kind->views[v].name, name) == 0
            || g_strcmp0 (kind->views[v].singular, name) == 0)
          {
            if (type != NULL)
              *type = types[i];
            return &kind->views[v];
          }
    }
  return NULL;
}

/**
 * skup_kinds_for_search_code:
 *
 * Returns: the kind with search code @code, or %G_TYPE_INVALID
 */
GType
skup_kinds_for_search_code (int code)
{
  g_autofree GType *types = NULL;
  guint n;

  types = skup_kinds_get_all (&n);
  for (guint i = 0; i < n && code > 0; i++)
    if (skup_kind_for_type (types[i])->search_code == code)
      return types[i];
  return G_TYPE_INVALID;
}
