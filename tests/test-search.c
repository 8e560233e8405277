/* test-search.c — finding records across scripts and diacritics, and finding duplicate people
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "skup-error.h"
#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-venue.h"
#include "store-fixture.h"

#define PREFIX "/skup/search"

/* ---- Helpers ------------------------------------------------------------------------------ */

static void
add_named (Fixture    *f,
           GType       type,
           const char *name)
{
  g_autoptr(SkupRecord) record = skup_record_new_for_type (type);

  skup_record_set_string (record, skup_record_class_find_field (SKUP_RECORD_GET_CLASS (record),
                                                                "name") ? "name" : "title",
                          name);
  if (type == SKUP_TYPE_EVENT)
    {
      skup_record_set_string (record, "kind", "workshop");
      skup_record_set_string (record, "status", "held");
      skup_record_set_string (record, "start-date", "2023-05-19");
      skup_record_set_string (record, "end-date", "2023-05-19");
    }
  save_ok (f, record);
}

/* The titles of what searching @type for @search lists, joined by "|". */
static char *
search_titles (Fixture    *f,
               GType       type,
               const char *search,
               gboolean    trainers_only)
{
  SkupQuery query = { .search = search, .only_if = trainers_only ? "is-trainer" : NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = skup_store_list (f->store, type, &query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_assert_cmpuint (skup_store_count (f->store, type, &query, NULL), ==,
                    g_list_model_get_n_items (list));
  return list_titles (list);
}

static void
assert_finds (Fixture    *f,
              GType       type,
              const char *search,
              const char *expected)
{
  g_autofree char *titles = search_titles (f, type, search, FALSE);

  g_test_message ("search “%s”", search);
  g_assert_cmpstr (titles, ==, expected);
}

/* ---- People across scripts ---------------------------------------------------------------- */

static void
test_people_cross_script (Fixture       *f,
                          gconstpointer  data)
{
  static const char *searches[] = { "milosevic", "Milošević", "Милошевић", "MILOŠEVIĆ",
                                    "МИЛОШЕВИЋ", "milo", "Мило", "milutin milošević",
                                    "Милошевић Милутин", "  milosevic  " };
  g_autoptr(SkupRecord) milutin = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) milan = add_person (f, "Milan", "Marković");

  for (gsize i = 0; i < G_N_ELEMENTS (searches); i++)
    assert_finds (f, SKUP_TYPE_PERSON, searches[i], "Milutin Milošević");
  assert_finds (f, SKUP_TYPE_PERSON, "mil", "Milan Marković|Milutin Milošević");
  assert_finds (f, SKUP_TYPE_PERSON, "Милан", "Milan Marković");
  assert_finds (f, SKUP_TYPE_PERSON, "milosevica", "");
}

static void
test_people_saved_in_cyrillic (Fixture       *f,
                               gconstpointer  data)
{
  static const char *searches[] = { "petrovic", "jelena p", "Petrović", "PETROVIĆ", "Петровић",
                                    "jel", "Јел" };
  g_autoptr(SkupRecord) jelena = add_person (f, "Јелена", "Петровић");
  g_autoptr(SkupRecord) other = add_person (f, "Jovana", "Pavlović");

  for (gsize i = 0; i < G_N_ELEMENTS (searches); i++)
    assert_finds (f, SKUP_TYPE_PERSON, searches[i], "Јелена Петровић");
  assert_finds (f, SKUP_TYPE_PERSON, "j p", "Jovana Pavlović|Јелена Петровић");
}

static void
test_people_dj (Fixture       *f,
                gconstpointer  data)
{
  static const char *searches[] = { "djurasovic", "Ђурасовић", "Đurasović", "DJURASOVIĆ",
                                    "Djurasović", "đura", "ђура" };
  g_autoptr(SkupRecord) person = add_person (f, "Vesna", "Đurasović");

  for (gsize i = 0; i < G_N_ELEMENTS (searches); i++)
    assert_finds (f, SKUP_TYPE_PERSON, searches[i], "Vesna Đurasović");
}

/* People often type a plain D for Đ: the index knows both spellings. */
static void
test_people_plain_d_for_dj (Fixture       *f,
                            gconstpointer  data)
{
  static const char *searches[] = { "durasovic", "Durasović", "djurasovic" };
  g_autoptr(SkupRecord) person = add_person (f, "Đorđe", "Đurasović");
  g_autoptr(SkupRecord) other = add_person (f, "Darko", "Urošević");

  for (gsize i = 0; i < G_N_ELEMENTS (searches); i++)
    assert_finds (f, SKUP_TYPE_PERSON, searches[i], "Đorđe Đurasović");
  assert_finds (f, SKUP_TYPE_PERSON, "dorde", "Đorđe Đurasović");
}

static void
list_unsearched (Fixture *f)
{
  g_autoptr(GListModel) all = skup_store_list (f->store, SKUP_TYPE_PERSON, NULL, NULL);

  g_assert_nonnull (all);
}

/* A search typed into a list just shown is answered from that list's order: it must list
 * exactly what the database query lists, and forget the order as soon as anything changes,
 * whichever connection changed it. */
static void
test_search_over_known_order (Fixture       *f,
                              gconstpointer  data)
{
  static const char *searches[] = { "m", "mil", "Милош", "p", "djur", "nobody" };
  g_autoptr(SkupRecord) a = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) b = add_person (f, "Милица", "Петровић");
  g_autoptr(SkupRecord) c = add_person (f, "Marko", "Đurić");
  g_autoptr(SkupRecord) d = add_person (f, "Ana", "Mitić");
  g_autoptr(SkupRecord) e = add_person (f, "Đorđe", "Pavlović");
  g_autofree char *location = skup_test_engine_second_location (&f->engine);
  g_autoptr(SkupStore) other = NULL;
  g_autoptr(SkupRecord) late = SKUP_RECORD (skup_person_new ());
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autofree char *cold = search_titles (f, SKUP_TYPE_PERSON, searches[i], FALSE);
      g_autofree char *warm = NULL;

      list_unsearched (f);
      warm = search_titles (f, SKUP_TYPE_PERSON, searches[i], FALSE);
      g_test_message ("search “%s”: %s", searches[i], warm);
      g_assert_cmpstr (warm, ==, cold);
    }

  /* Our own changes: a new person is found, the renamed one by the new name only. */
  list_unsearched (f);
  {
    g_autoptr(SkupRecord) added = add_person (f, "Mirjana", "Babić");
    assert_finds (f, SKUP_TYPE_PERSON, "mirj", "Mirjana Babić");
  }
  list_unsearched (f);
  skup_record_set_string (d, "family-name", "Zorić");
  save_ok (f, d);
  assert_finds (f, SKUP_TYPE_PERSON, "mit", "");
  list_unsearched (f);
  assert_finds (f, SKUP_TYPE_PERSON, "zor", "Ana Zorić");

  /* Another connection's change (the sample data is loaded on one of its own). */
  list_unsearched (f);
  other = skup_store_open (location, &error);
  g_assert_no_error (error);
  skup_record_set_string (late, "given-name", "Mila");
  skup_record_set_string (late, "family-name", "Aćimović");
  g_assert_true (skup_store_save (other, late, &error));
  g_assert_no_error (error);
  assert_finds (f, SKUP_TYPE_PERSON, "mila", "Mila Aćimović");
}

static void
test_people_other_fields (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkupRecord) person = add_person (f, "Thomas", "Clausen");

  skup_record_set_string (person, "other-script-name", "Томас Клаузен");
  skup_record_set_string (person, "city", "Oslo");
  skup_record_set_string (person, "expertise", "Harm reduction");
  save_ok (f, person);

  assert_finds (f, SKUP_TYPE_PERSON, "oslo", "Thomas Clausen");
  assert_finds (f, SKUP_TYPE_PERSON, "harm", "Thomas Clausen");
  assert_finds (f, SKUP_TYPE_PERSON, "Клаузен", "Thomas Clausen");
  assert_finds (f, SKUP_TYPE_PERSON, "klauzen", "Thomas Clausen");
}

/* ---- Other kinds of record ---------------------------------------------------------------- */

static void
test_organisations (Fixture       *f,
                    gconstpointer  data)
{
  add_named (f, SKUP_TYPE_ORGANISATION, "Timočki omladinski centar");
  add_named (f, SKUP_TYPE_ORGANISATION, "DPNSEE");
  add_named (f, SKUP_TYPE_ORGANISATION, "Канцеларија за борбу против дрога");

  assert_finds (f, SKUP_TYPE_ORGANISATION, "timocki", "Timočki omladinski centar");
  assert_finds (f, SKUP_TYPE_ORGANISATION, "Тимочки центар", "Timočki omladinski centar");
  assert_finds (f, SKUP_TYPE_ORGANISATION, "dpnsee", "DPNSEE");
  assert_finds (f, SKUP_TYPE_ORGANISATION, "kancelarija droga",
                "Канцеларија за борбу против дрога");
}

static void
test_venues_events_projects (Fixture       *f,
                             gconstpointer  data)
{
  add_named (f, SKUP_TYPE_VENUE, "Палата Србија");
  add_named (f, SKUP_TYPE_VENUE, "Klub poslanika");
  add_named (f, SKUP_TYPE_EVENT, "Women, Violence, and the Use of Drugs");
  add_named (f, SKUP_TYPE_EVENT, "Жене и насиље");
  add_named (f, SKUP_TYPE_PROJECT, "Biram oporavak");

  assert_finds (f, SKUP_TYPE_VENUE, "palata srbija", "Палата Србија");
  assert_finds (f, SKUP_TYPE_VENUE, "Клуб", "Klub poslanika");
  assert_finds (f, SKUP_TYPE_EVENT, "violence", "Women, Violence, and the Use of Drugs");
  assert_finds (f, SKUP_TYPE_EVENT, "drugs women", "Women, Violence, and the Use of Drugs");
  assert_finds (f, SKUP_TYPE_EVENT, "zene nasilje", "Жене и насиље");
  assert_finds (f, SKUP_TYPE_PROJECT, "Бирам", "Biram oporavak");
}

static void
test_kinds_kept_apart (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) person = add_person (f, "Ana", "Zec");

  /* The organisation and the person share id 1; each list finds only its own kind. */
  add_named (f, SKUP_TYPE_ORGANISATION, "Milošević i partneri");
  assert_finds (f, SKUP_TYPE_PERSON, "milosevic", "");
  assert_finds (f, SKUP_TYPE_ORGANISATION, "milosevic", "Milošević i partneri");
  assert_finds (f, SKUP_TYPE_ORGANISATION, "zec", "");
}

/* ---- The index follows changes ------------------------------------------------------------ */

static void
test_after_update (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) person = add_person (f, "Ana", "Jovanović");

  skup_record_set_string (person, "family-name", "Nikolić");
  save_ok (f, person);
  assert_finds (f, SKUP_TYPE_PERSON, "nikolic", "Ana Nikolić");
  assert_finds (f, SKUP_TYPE_PERSON, "Николић", "Ana Nikolić");
  assert_finds (f, SKUP_TYPE_PERSON, "jovanovic", "");
}

/* Records of any kind whose search key has a word starting with @word. */
static gint64
index_matches (Fixture    *f,
               const char *word)
{
  const char *terms[] = { word, NULL };
  gint64 n = 0;

  for (int kind = 1; kind <= 7; kind++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = skup_db_search (db_of (f), kind, terms, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (ids);
      n += ids->len;
    }
  return n;
}

static void
test_after_delete (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) person = add_person (f, "Ana", "Jovanović");
  g_autoptr(SkupRecord) other = add_person (f, "Marko", "Jovanović");
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_delete (f->store, person, NULL, &error));
  g_assert_no_error (error);
  assert_finds (f, SKUP_TYPE_PERSON, "jovanovic", "Marko Jovanović");
  assert_finds (f, SKUP_TYPE_PERSON, "ana", "");
  /* A deleted attendee's name must not linger in the register's search index either. */
  g_assert_cmpint (index_matches (f, "ana"), ==, 0);
  g_assert_cmpint (index_matches (f, "jovanovic"), ==, 1);
}

/* ---- Records whose name matches come first ------------------------------------------------ */

static SkupRecord *
add_organisation_in (Fixture    *f,
                     const char *name,
                     const char *city)
{
  SkupRecord *organisation = SKUP_RECORD (skup_organisation_new ());

  skup_record_set_string (organisation, "name", name);
  skup_record_set_string (organisation, "city", city);
  save_ok (f, organisation);
  return organisation;
}

static char *
sorted_titles (Fixture    *f,
               const char *search,
               gboolean    descending)
{
  SkupQuery query = { .search = search, .sort = "name", .descending = descending };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = skup_store_list (f->store, SKUP_TYPE_ORGANISATION, &query,
                                                &error);

  g_assert_no_error (error);
  return list_titles (list);
}

static void
add_geneva_and_belgrade (Fixture *f)
{
  g_autoptr(SkupRecord) red_cross = add_organisation_in (f, "Red Cross", "Geneva");
  g_autoptr(SkupRecord) regeneration = add_organisation_in (f, "Re Generation", "Beograd");
  g_autoptr(SkupRecord) reach = add_organisation_in (f, "Reach", "Genova");
  g_autoptr(SkupRecord) rebuild = add_organisation_in (f, "Rebuild Geneva", "Niš");
  g_autoptr(SkupRecord) prevent = add_organisation_in (f, "Prevent", "Novi Sad");
}

#define RE_GEN_RANKED "Re Generation|Rebuild Geneva|Reach|Red Cross"

/* "re gen": "re" matches Red Cross's name and "gen" its city, but both words match Re
 * Generation's name: the names that match every word come first, then the rest, each part in
 * the list's order, on a fresh query and on a search over a list just shown. */
static void
test_name_matches_first (Fixture       *f,
                         gconstpointer  data)
{
  static const char *ranked = RE_GEN_RANKED;

  add_geneva_and_belgrade (f);
  assert_finds (f, SKUP_TYPE_ORGANISATION, "re gen", ranked);
  {
    g_autoptr(GListModel) all = skup_store_list (f->store, SKUP_TYPE_ORGANISATION, NULL, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
  }
  assert_finds (f, SKUP_TYPE_ORGANISATION, "re gen", ranked);
  assert_finds (f, SKUP_TYPE_ORGANISATION, "Ре Ген", ranked);
  /* One word: every match has it in the name except Reach (Genova). */
  assert_finds (f, SKUP_TYPE_ORGANISATION, "gen", "Re Generation|Rebuild Geneva|Reach|Red Cross");
  assert_finds (f, SKUP_TYPE_ORGANISATION, "genev", "Rebuild Geneva|Red Cross");

  /* Each part keeps the chosen order, descending too, cold and over the known order. */
  for (int warm = 0; warm < 2; warm++)
    {
      g_autofree char *up = NULL, *down = NULL;

      if (warm)
        {
          g_autofree char *unsearched = sorted_titles (f, NULL, TRUE);
          g_assert_cmpstr (unsearched, ==,
                           "Red Cross|Rebuild Geneva|Reach|Re Generation|Prevent");
        }
      down = sorted_titles (f, "re gen", TRUE);
      g_assert_cmpstr (down, ==, "Rebuild Geneva|Re Generation|Red Cross|Reach");
      if (warm)
        g_free (sorted_titles (f, NULL, FALSE));
      up = sorted_titles (f, "re gen", FALSE);
      g_assert_cmpstr (up, ==, ranked);
    }
}

/* A person's name includes the name in the other script; an email or a city does not. */
static void
test_name_matches_first_people (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(SkupRecord) by_email = add_person (f, "Ana", "Antić");
  g_autoptr(SkupRecord) by_city = add_person (f, "Boris", "Babić");
  g_autoptr(SkupRecord) by_name = add_person (f, "Nikola", "Nišević");
  g_autoptr(SkupRecord) other_script = add_person (f, "Zoran", "Zec");

  skup_record_set_string (by_email, "email", "nis@example.org");
  skup_record_set_string (by_city, "city", "Niš");
  skup_record_set_string (other_script, "other-script-name", "Нишки Зец");
  save_ok (f, by_email);
  save_ok (f, by_city);
  save_ok (f, other_script);
  assert_finds (f, SKUP_TYPE_PERSON, "nis", "Nikola Nišević|Zoran Zec|Ana Antić|Boris Babić");
}

/* A professional licence number finds its person, as accreditation reports are checked by
 * it; and it is kept as typed. */
static void
test_licence_number (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupRecord) jelena = add_person (f, "Jelena", "Jović");
  g_autoptr(SkupRecord) other = add_person (f, "Jovan", "Jelić");
  g_autoptr(SkupRecord) loaded = NULL;

  skup_record_set_string (jelena, "licence-number", "KSR-2021-0457");
  save_ok (f, jelena);
  assert_finds (f, SKUP_TYPE_PERSON, "0457", "Jelena Jović");
  assert_finds (f, SKUP_TYPE_PERSON, "ksr 2021", "Jelena Jović");
  loaded = load_ok (f, SKUP_TYPE_PERSON, skup_record_get_id (jelena));
  g_assert_cmpstr (skup_record_get_string (loaded, "licence-number"), ==, "KSR-2021-0457");
  g_assert_cmpstr (skup_record_get_string (other, "licence-number"), ==, NULL);
}

/* Written as schema 2 wrote it: one key per record, name and rest together (and no logos,
 * which schema 4 added). */
static void
make_index_v2 (Fixture *f)
{
  SkupDb *db = db_of (f);
  g_autoptr(GListModel) all = skup_store_list (f->store, SKUP_TYPE_ORGANISATION, NULL, NULL);

  fixture_make_v4 (f);
  if (fixture_engine (f) == SKUP_DB_POSTGRES)
    {
      sql_exec (db, "DROP TABLE organisation_logos;"
                    "ALTER TABLE search_words DROP COLUMN in_name;"
                    "UPDATE skup_schema SET version = 2;");
      return;
    }
  sql_exec (db, "DROP TABLE organisation_logos;"
                "DROP TABLE search_index;"
                "CREATE VIRTUAL TABLE search_index USING fts5 (key, "
                "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');");
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (all, i);
      g_autofree char *key = skup_record_dup_search_key (record);
      g_autoptr(GError) error = NULL;
      g_autoptr(SkupStmt) ins = skup_db_prepare (db, "INSERT INTO search_index (rowid, key) "
                                                     "VALUES (?1, ?2)", &error);

      g_assert_no_error (error);
      skup_stmt_bind_int (ins, 1, skup_record_get_id (record) * 8 + 1);
      skup_stmt_bind_text (ins, 2, key);
      g_assert_true (skup_stmt_run (ins, &error));
    }
  sql_exec (db, "PRAGMA user_version = 2;");
}

/* Upgrading a register of schema 2 rebuilds its search index: the ranking works at once, and
 * the note that asked for the rebuild is gone. */
static void
test_upgrade_rebuilds_index (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_geneva_and_belgrade (f);
  make_index_v2 (f);
  g_clear_object (&f->store);
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);

  g_assert_cmpint (skup_db_get_schema_version (db_of (f), NULL), ==, SKUP_DB_SCHEMA_VERSION);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM settings WHERE key = '"
                                        SKUP_DB_REINDEX_SETTING "'", 0), ==, 0);
  assert_finds (f, SKUP_TYPE_ORGANISATION, "re gen", RE_GEN_RANKED);
  assert_finds (f, SKUP_TYPE_ORGANISATION, "prev", "Prevent");
}

/* ---- Whatever people type ----------------------------------------------------------------- */

static void
test_punctuation (Fixture       *f,
                  gconstpointer  data)
{
  static const char *finding[] = { "milo*", "\"milo", "milo\"", "(milo)", "-milo", "+milo",
                                   "^milo", "{milo}", "«milo»", "„Milošević“" };
  static const char *harmless[] = { "\"", "*", "NEAR(", "NEAR(milo", "AND", "OR", "NOT milo",
                                    "key:milo", "milo's", "milo; DROP TABLE people",
                                    "'", "\"\"", "(", ")", ":", "^", "-", "%", "_", "\\",
                                    "milo OR", "a AND b", "NEAR(a b, 2)" };
  g_autoptr(SkupRecord) milutin = add_person (f, "Milutin", "Milošević");

  for (gsize i = 0; i < G_N_ELEMENTS (harmless); i++)
    {
      g_autofree char *titles = search_titles (f, SKUP_TYPE_PERSON, harmless[i], FALSE);
      g_test_message ("harmless “%s” → “%s”", harmless[i], titles);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (finding); i++)
    assert_finds (f, SKUP_TYPE_PERSON, finding[i], "Milutin Milošević");
  /* Still there, and still searchable. */
  assert_finds (f, SKUP_TYPE_PERSON, NULL, "Milutin Milošević");
  assert_finds (f, SKUP_TYPE_PERSON, "milutin", "Milutin Milošević");
}

static void
test_empty_search (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) a = add_person (f, "Zoran", "Antić");
  g_autoptr(SkupRecord) b = add_person (f, "Ana", "Zec");

  assert_finds (f, SKUP_TYPE_PERSON, NULL, "Zoran Antić|Ana Zec");
  assert_finds (f, SKUP_TYPE_PERSON, "", "Zoran Antić|Ana Zec");
  assert_finds (f, SKUP_TYPE_PERSON, "   ", "Zoran Antić|Ana Zec");
}

static void
test_trainers_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkupRecord) trainer = add_person (f, "Ana", "Petrović");
  g_autoptr(SkupRecord) participant = add_person (f, "Ђорђе", "Петровић");
  g_autoptr(SkupRecord) other_trainer = add_person (f, "Irena", "Molnar");
  g_autofree char *trainers = NULL, *everyone = NULL;

  skup_record_set_bool (trainer, "is-trainer", TRUE);
  skup_record_set_bool (other_trainer, "is-trainer", TRUE);
  save_ok (f, trainer);
  save_ok (f, other_trainer);

  everyone = search_titles (f, SKUP_TYPE_PERSON, "petrovic", FALSE);
  g_assert_cmpstr (everyone, ==, "Ana Petrović|Ђорђе Петровић");
  trainers = search_titles (f, SKUP_TYPE_PERSON, "petrovic", TRUE);
  g_assert_cmpstr (trainers, ==, "Ana Petrović");
}

/* ---- Duplicate people --------------------------------------------------------------------- */

static GPtrArray *
duplicates_of (Fixture    *f,
               SkupRecord *person)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found = skup_store_find_duplicates (f->store, person, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

static SkupRecord *
candidate (const char *given,
           const char *family,
           const char *email)
{
  SkupRecord *person = SKUP_RECORD (skup_person_new ());

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_string (person, "email", email);
  return person;
}

static void
assert_one_duplicate (Fixture    *f,
                      SkupRecord *person,
                      SkupRecord *expected)
{
  g_autoptr(GPtrArray) found = duplicates_of (f, person);
  SkupDuplicate *d;

  g_assert_cmpuint (found->len, ==, 1);
  d = g_ptr_array_index (found, 0);
  g_assert_cmpint (d->record_id, ==, skup_record_get_id (expected));
  g_assert_nonnull (d->reason);
  g_assert_cmpuint (d->score, >, 0);
  g_assert_cmpuint (d->score, <=, 100);
}

static void
test_duplicates_email (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) ana = add_person (f, "Ana", "Petrović");
  g_autoptr(SkupRecord) other = add_person (f, "Marko", "Marković");
  g_autoptr(SkupRecord) married = candidate ("Ana", "Jović", "ANA.Petrovic@Example.ORG");
  g_autoptr(GPtrArray) found = NULL;

  skup_record_set_string (ana, "email", "ana.petrovic@example.org");
  save_ok (f, ana);
  assert_one_duplicate (f, married, ana);
  found = duplicates_of (f, married);
  g_assert_nonnull (strstr (((SkupDuplicate *) found->pdata[0])->reason, "email"));
  g_assert_cmpstr (((SkupDuplicate *) found->pdata[0])->name, ==, "Ana Petrović");
}

static void
test_duplicates_cross_script (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkupRecord) cyrillic = add_person (f, "Милутин", "Милошевић");
  g_autoptr(SkupRecord) other = add_person (f, "Milutin", "Milić");
  g_autoptr(SkupRecord) latin = candidate ("Milutin", "Milošević", NULL);
  g_autoptr(SkupRecord) plain = candidate ("MILUTIN", "milosevic", NULL);

  assert_one_duplicate (f, latin, cyrillic);
  assert_one_duplicate (f, plain, cyrillic);
}

static void
test_duplicates_swapped (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkupRecord) milutin = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) swapped = candidate ("Милошевић", "Милутин", NULL);

  /* Forms filled in "family name first" happen. */
  assert_one_duplicate (f, swapped, milutin);
}

static void
test_duplicates_order (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) same_name = add_person (f, "Jelena", "Petrović");
  g_autoptr(SkupRecord) same_email = add_person (f, "J.", "Petrović-Ilić");
  g_autoptr(SkupRecord) both = add_person (f, "Јелена", "Петровић");
  g_autoptr(SkupRecord) unrelated = add_person (f, "Jelena", "Perić");
  g_autoptr(SkupRecord) person = candidate ("Jelena", "Petrović", "jelena@example.org");
  g_autoptr(GPtrArray) found = NULL;

  skup_record_set_string (same_email, "email", "Jelena@example.org");
  skup_record_set_string (both, "email", "jelena@example.org");
  save_ok (f, same_email);
  save_ok (f, both);

  found = duplicates_of (f, person);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_cmpint (((SkupDuplicate *) found->pdata[0])->record_id, ==, skup_record_get_id (both));
  g_assert_cmpint (((SkupDuplicate *) found->pdata[1])->record_id, ==,
                   skup_record_get_id (same_email));
  g_assert_cmpint (((SkupDuplicate *) found->pdata[2])->record_id, ==,
                   skup_record_get_id (same_name));
  g_assert_cmpuint (((SkupDuplicate *) found->pdata[0])->score, >,
                    ((SkupDuplicate *) found->pdata[1])->score);
  g_assert_cmpuint (((SkupDuplicate *) found->pdata[1])->score, >,
                    ((SkupDuplicate *) found->pdata[2])->score);
}

static void
test_duplicates_same_organisation_first (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(SkupRecord) organisation = SKUP_RECORD (skup_organisation_new ());
  g_autoptr(SkupRecord) elsewhere = add_person (f, "Stefan", "Pejić");
  g_autoptr(SkupRecord) colleague = add_person (f, "Stefan", "Pejić");
  g_autoptr(SkupRecord) person = candidate ("Стефан", "Пејић", NULL);
  g_autoptr(GPtrArray) found = NULL;
  SkupDuplicate *first;

  skup_record_set_string (organisation, "name", "ReGeneration");
  save_ok (f, organisation);
  skup_record_set_int (colleague, "organisation-id", skup_record_get_id (organisation));
  save_ok (f, colleague);
  skup_record_set_int (person, "organisation-id", skup_record_get_id (organisation));

  found = duplicates_of (f, person);
  g_assert_cmpuint (found->len, ==, 2);
  first = found->pdata[0];
  g_assert_cmpint (first->record_id, ==, skup_record_get_id (colleague));
  g_assert_cmpstr (first->organisation, ==, "ReGeneration");
  g_assert_cmpint (((SkupDuplicate *) found->pdata[1])->record_id, ==,
                   skup_record_get_id (elsewhere));
}

static void
test_duplicates_not_self (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkupRecord) milutin = add_person (f, "Milutin", "Milošević");
  g_autoptr(SkupRecord) ana = add_person (f, "Ana", "Zec");
  g_autoptr(SkupRecord) nobody = candidate ("Petar", "Perić", NULL);
  g_autoptr(GPtrArray) self = NULL, none = NULL;

  skup_record_set_string (milutin, "email", "milutin@example.org");
  save_ok (f, milutin);
  self = duplicates_of (f, milutin);
  g_assert_cmpuint (self->len, ==, 0);
  /* Two people without an email are not alike for that. */
  none = duplicates_of (f, nobody);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "people-cross-script", test_people_cross_script);
  fixture_add (PREFIX, "people-saved-in-cyrillic", test_people_saved_in_cyrillic);
  fixture_add (PREFIX, "people-dj", test_people_dj);
  fixture_add (PREFIX, "people-plain-d-for-dj", test_people_plain_d_for_dj);
  fixture_add (PREFIX, "people-other-fields", test_people_other_fields);
  fixture_add (PREFIX, "search-over-known-order", test_search_over_known_order);
  fixture_add (PREFIX, "organisations", test_organisations);
  fixture_add (PREFIX, "venues-events-projects", test_venues_events_projects);
  fixture_add (PREFIX, "kinds-kept-apart", test_kinds_kept_apart);
  fixture_add (PREFIX, "after-update", test_after_update);
  fixture_add (PREFIX, "after-delete", test_after_delete);
  fixture_add (PREFIX, "name-matches-first", test_name_matches_first);
  fixture_add (PREFIX, "licence-number", test_licence_number);
  fixture_add (PREFIX, "name-matches-first-people", test_name_matches_first_people);
  fixture_add (PREFIX, "upgrade-rebuilds-index", test_upgrade_rebuilds_index);
  fixture_add (PREFIX, "punctuation", test_punctuation);
  fixture_add (PREFIX, "empty-search", test_empty_search);
  fixture_add (PREFIX, "trainers-only", test_trainers_only);
  fixture_add (PREFIX, "duplicates-email", test_duplicates_email);
  fixture_add (PREFIX, "duplicates-cross-script", test_duplicates_cross_script);
  fixture_add (PREFIX, "duplicates-swapped", test_duplicates_swapped);
  fixture_add (PREFIX, "duplicates-order", test_duplicates_order);
  fixture_add (PREFIX, "duplicates-same-organisation-first",
               test_duplicates_same_organisation_first);
  fixture_add (PREFIX, "duplicates-not-self", test_duplicates_not_self);

  return g_test_run ();
}
