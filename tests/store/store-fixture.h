/* store-fixture.h — one open register per test, on SQLite and on PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "skup-db.h"
#include "skup-record.h"
#include "skup-store.h"
#include "skup-test-engines.h"

G_BEGIN_DECLS

/* A stamp older than any save, to see which stamps a save moves. */
#define OLD_STAMP "2000-01-01T00:00:00Z"

/* The engine part comes first: the engines' fixture sets it up before fixture_set_up() and
 * tears it down after fixture_tear_down(). */
typedef struct
{
  SkupTestEngine  engine;
  SkupStore      *store;   /* NULL in tests added with fixture_add_sqlite_file() */
} Fixture;

typedef void (*FixtureFunc) (Fixture       *f,
                             gconstpointer  data);

/* Adds @test as @prefix/sqlite/@name and @prefix/postgresql/@name, each with a fresh, open
 * register. */
void        fixture_add              (const char   *prefix,
                                      const char   *name,
                                      FixtureFunc   test);
/* Adds @test as @prefix/sqlite/@name only, with no store open: for tests about the file
 * itself, which make or damage it before opening it. f->engine.location is its path. */
void        fixture_add_sqlite_file  (const char   *prefix,
                                      const char   *name,
                                      FixtureFunc   test);

/* ---- SQL through the engine layer, to see what the store really wrote --------------------- */

SkupDb     *db_of                    (Fixture      *f);
SkupDbEngine fixture_engine          (Fixture      *f);
void        sql_exec                 (SkupDb       *db,
                                      const char   *sql);
/* Takes a register of this schema back to schema 6 as it was (for migration tests). */
void        fixture_make_v6          (Fixture      *f);
void        db_make_v6               (SkupDb       *db);
/* Takes a register of this schema back to schema 5 as it was (for migration tests). */
void        fixture_make_v5          (Fixture      *f);
void        db_make_v5               (SkupDb       *db);
/* Takes a register of this schema back to schema 4 as it was (for migration tests). */
void        fixture_make_v4          (Fixture      *f);
/* The first column of the first row of @sql, with ?1 bound to @arg if @sql has it. */
gint64      sql_int                  (SkupDb       *db,
                                      const char   *sql,
                                      gint64        arg);
char       *sql_text                 (SkupDb       *db,
                                      const char   *sql,
                                      gint64        arg);
gint64      count_rows               (Fixture      *f,
                                      const char   *table);
void        age_row                  (Fixture      *f,
                                      SkupRecord   *record);
gint64      add_certificate          (Fixture      *f,
                                      const char   *number,
                                      gint64        person_id,
                                      gint64        event_id,
                                      gint64        registration_id,
                                      const char   *recipient);

/* ---- Making and checking records ---------------------------------------------------------- */

void        assert_field_error       (const GError *error,
                                      int           code,
                                      const char   *field);
void        save_ok                  (Fixture      *f,
                                      SkupRecord   *record);
SkupRecord *load_ok                  (Fixture      *f,
                                      GType         type,
                                      gint64        id);
void        assert_gone              (Fixture      *f,
                                      SkupRecord   *record);
SkupRecord *add_organisation         (Fixture      *f,
                                      const char   *name);
SkupRecord *add_person               (Fixture      *f,
                                      const char   *given,
                                      const char   *family);
SkupRecord *add_venue                (Fixture      *f,
                                      const char   *name);
SkupRecord *add_room                 (Fixture      *f,
                                      gint64        venue_id,
                                      const char   *name);
SkupRecord *new_event                (const char   *title,
                                      const char   *start,
                                      const char   *end);
SkupRecord *add_event                (Fixture      *f,
                                      const char   *title,
                                      const char   *start,
                                      const char   *end);
gint64      add_registration         (Fixture      *f,
                                      gint64        event_id,
                                      gint64        person_id);
void        attend                   (Fixture      *f,
                                      gint64        registration_id,
                                      gint64        session_id,
                                      const char   *status);
/* The event's session on @date (events get one per day). */
gint64      session_on               (Fixture      *f,
                                      gint64        event_id,
                                      const char   *date);
gint64      sessions_of              (Fixture      *f,
                                      gint64        event_id);
void        assert_same_fields       (SkupRecord   *a,
                                      SkupRecord   *b);
void        assert_update_persists   (Fixture      *f,
                                      SkupRecord   *record,
                                      const char   *field,
                                      const char   *typed,
                                      const char   *stored);
void        delete_ok                (Fixture      *f,
                                      SkupRecord   *record,
                                      GPtrArray    *plan);
GPtrArray  *plan_ok                  (Fixture      *f,
                                      SkupRecord   *record);

/* ---- Lists -------------------------------------------------------------------------------- */

GListModel *list_ok                  (Fixture         *f,
                                      GType            type,
                                      const SkupQuery *query);
/* The titles of the list's records, joined by "|". */
char       *list_titles              (GListModel      *list);

G_END_DECLS
