/* skup-demo.h — the sample register and large synthetic registers
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupDemoStats:
 * What a demo fill added (0 for what already existed).
 */
typedef struct {
  guint organisations;
  guint venues;
  guint projects;
  guint people;
  guint events;
  guint registrations;
  guint attendance;
} SkupDemoStats;

/* The events, venues, organisations, trainers and projects of the source documents, with
 * invented participants. Running it again adds nothing. */
gboolean skup_demo_fill_sample    (SkupStore     *store,
                                   SkupDemoStats *stats,
                                   GError       **error);
/* The same, without blocking the caller: the fill runs in a worker thread on a connection of
 * its own (a register in memory, which only its own connection sees, is filled in an idle
 * callback instead). @store's "changed" is emitted as the rows land, by the other connection's
 * notification or at once. */
void     skup_demo_fill_sample_async  (SkupStore           *store,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean skup_demo_fill_sample_finish (SkupStore           *store,
                                       GAsyncResult        *result,
                                       SkupDemoStats       *stats,
                                       GError             **error);
/* A large register of the same shape, for testing at scale; the same @seed gives the same
 * register. */
gboolean skup_demo_fill_synthetic (SkupStore     *store,
                                   guint          n_people,
                                   guint          n_events,
                                   guint32        seed,
                                   SkupDemoStats *stats,
                                   GError       **error);

G_END_DECLS
