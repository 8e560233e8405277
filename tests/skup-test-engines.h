/* skup-test-engines.h — every core test on both engines: a fresh register per test
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "skup-db.h"

G_BEGIN_DECLS

/* A fresh, empty register: an SQLite file in a folder of its own, or a schema of its own in
 * the throw-away PostgreSQL cluster that build-aux/test starts and names in $SKUP_TEST_PG.
 * A fixture that runs on both engines begins with this struct. */
typedef struct {
  SkupDbEngine engine;
  char        *location;  /* NULL when the engine could not be had (the test has failed) */
  char        *dir;       /* SQLite: the folder */
  char        *schema;    /* PostgreSQL: the schema */
} SkupTestEngine;

const char *skup_test_engine_name             (SkupDbEngine    engine);
/* Without a cluster the PostgreSQL half fails, saying why: it is never skipped. */
void        skup_test_engine_setup            (SkupTestEngine *e,
                                               SkupDbEngine    engine);
void        skup_test_engine_teardown         (SkupTestEngine *e);
/* The same register again, for a second connection. */
char       *skup_test_engine_second_location  (SkupTestEngine *e);
/* The cluster's superuser location with @user instead (PostgreSQL only): for role tests. */
char       *skup_test_engine_location_as      (SkupTestEngine *e,
                                               const char     *user,
                                               const char     *schema);

/* Registers @test as @prefix/sqlite/@name and @prefix/postgresql/@name. The fixture
 * (@size bytes) begins with a SkupTestEngine, set up before @setup and torn down after
 * @teardown. */
void        skup_test_engine_add              (const char      *prefix,
                                               const char      *name,
                                               gsize            size,
                                               gconstpointer    data,
                                               GTestFixtureFunc setup,
                                               GTestFixtureFunc test,
                                               GTestFixtureFunc teardown);
/* The same on one engine only. */
void        skup_test_engine_add_only         (SkupDbEngine     engine,
                                               const char      *prefix,
                                               const char      *name,
                                               gsize            size,
                                               gconstpointer    data,
                                               GTestFixtureFunc setup,
                                               GTestFixtureFunc test,
                                               GTestFixtureFunc teardown);

/* Deletes @path and everything below it. */
void        skup_test_remove_tree             (const char      *path);
/* Overwrites @n leaf pages of @table in an SQLite file with noise, as a failing disk would. */
void        skup_test_damage_pages            (const char      *path,
                                               const char      *table,
                                               guint            n);

G_END_DECLS
