/* test-demo.c — the sample register and synthetic registers
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "skup-core.h"

#define WOMEN_BELGRADE "Women, Violence, and the Use of Drugs — Belgrade"
#define QUALITY "Training on Quality Assurance for Drug Use Disorder Treatment Systems"
#define CONSULTATIONS "Consultations with civil society organisations"

typedef struct {
  char      *dir;
  SkupStore *store;
} Fixture;

static SkupStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SkupStore *store = skup_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("skup-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->store = open_store (f->dir, "skup.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static SkupDemoStats
fill_sample (SkupStore *store)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  memset (&stats, 0xff, sizeof stats);
  g_assert_true (skup_demo_fill_sample (store, &stats, &error));
  g_assert_no_error (error);
  return stats;
}

static GListModel *
list (SkupStore  *store,
      GType       type,
      const char *filter_field,
      gint64      filter_value)
{
  g_autoptr(GError) error = NULL;
  SkupQuery query = { .filter_field = filter_field, .filter_value = filter_value };
  GListModel *model = skup_store_list (store, type, &query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static gint64
find (SkupStore  *store,
      GType       type,
      const char *title)
{
  gint64 id = skup_store_find_by_title (store, type, title);

  if (id == 0)
    g_error ("“%s” is not in the register", title);
  return id;
}

/* How many people have @role and @status at the event called @title. */
static guint
count_registrations (SkupStore  *store,
                     const char *title,
                     const char *role,
                     const char *status)
{
  g_autoptr(GListModel) registrations = list (store, SKUP_TYPE_REGISTRATION, "event-id",
                                              find (store, SKUP_TYPE_EVENT, title));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(SkupRecord) r = g_list_model_get_item (registrations, i);

      n += g_strcmp0 (skup_record_get_string (r, "role"), role) == 0 &&
           (status == NULL || g_strcmp0 (skup_record_get_string (r, "status"), status) == 0);
    }
  return n;
}

static gboolean
is_registered_as (SkupStore  *store,
                  const char *title,
                  gint64      person_id,
                  const char *role)
{
  g_autoptr(GListModel) registrations = list (store, SKUP_TYPE_REGISTRATION, "event-id",
                                              find (store, SKUP_TYPE_EVENT, title));

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(SkupRecord) r = g_list_model_get_item (registrations, i);

      if (skup_record_get_int (r, "person-id") == person_id &&
          g_strcmp0 (skup_record_get_string (r, "role"), role) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_sample_counts (Fixture       *f,
                    gconstpointer  data)
{
  SkupDemoStats stats = fill_sample (f->store);

  /* As the documents count them. */
  g_assert_cmpuint (count_registrations (f->store, WOMEN_BELGRADE, "participant", "confirmed"),
                    ==, 16);
  g_assert_cmpuint (count_registrations (f->store, QUALITY, "participant", "confirmed"), ==, 25);
  g_assert_cmpuint (count_registrations (f->store, CONSULTATIONS, "participant", "confirmed"),
                    ==, 15);
  g_assert_cmpuint (count_registrations (f->store, "Rome Consensus 2.0 Summit", "participant",
                                         "confirmed"), ==, 40);

  g_assert_cmpuint (stats.events, ==, 11);
  g_assert_cmpuint (stats.venues, ==, 7);
  g_assert_cmpuint (stats.projects, ==, 3);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, NULL, NULL), ==, 11);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, stats.people);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_REGISTRATION, NULL, NULL), ==,
                    stats.registrations);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ATTENDANCE, NULL, NULL), ==,
                    stats.attendance);
}

/* One participant per organisation at the 2019 consultations. */
static void
on_filled (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Fills @store with skup_demo_fill_sample_async() and waits; the caller's loop keeps running
 * meanwhile, as the window's does. */
static SkupDemoStats
fill_sample_async (SkupStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats = { 0 };
  guint iterations = 0;

  skup_demo_fill_sample_async (store, NULL, on_filled, &result);
  /* Nothing is written before the loop runs: the caller is never blocked. */
  g_assert_cmpuint (skup_store_count (store, SKUP_TYPE_EVENT, NULL, NULL), ==, 0);
  while (result == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      iterations++;
    }
  g_assert_cmpuint (iterations, >, 0);
  g_assert_true (skup_demo_fill_sample_finish (store, result, &stats, &error));
  g_assert_no_error (error);
  return stats;
}

static void
test_sample_async (Fixture       *f,
                   gconstpointer  data)
{
  SkupDemoStats stats = fill_sample_async (f->store);

  g_assert_cmpuint (stats.events, ==, 11);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, NULL, NULL), ==, 11);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, stats.people);
}

/* A register in memory exists only in its own connection: it is filled there. */
static void
test_sample_async_in_memory (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) memory = skup_store_open_temporary (&error);
  SkupDemoStats stats;

  g_assert_no_error (error);
  g_assert_true (skup_store_is_temporary (memory));
  stats = fill_sample_async (memory);
  g_assert_cmpuint (stats.events, ==, 11);
  g_assert_cmpuint (skup_store_count (memory, SKUP_TYPE_EVENT, NULL, NULL), ==, 11);
}

static void
test_sample_one_per_organisation (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GListModel) registrations = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  fill_sample (f->store);
  registrations = list (f->store, SKUP_TYPE_REGISTRATION, "event-id",
                        find (f->store, SKUP_TYPE_EVENT, CONSULTATIONS));
  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(SkupRecord) r = g_list_model_get_item (registrations, i);
      g_autoptr(SkupRecord) person = NULL;
      gint64 organisation_id;

      if (g_strcmp0 (skup_record_get_string (r, "role"), "participant") != 0)
        continue;
      person = skup_store_load (f->store, SKUP_TYPE_PERSON, skup_record_get_int (r, "person-id"),
                                NULL);
      g_assert_nonnull (person);
      organisation_id = skup_record_get_int (person, "organisation-id");
      g_assert_cmpint (organisation_id, !=, 0);
      g_assert_true (g_hash_table_add (seen, g_memdup2 (&organisation_id, sizeof (gint64))));
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 15);
}

static void
test_sample_milutin (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) milutin = NULL;
  g_autoptr(GListModel) found = NULL;
  SkupQuery query = { .search = "милошевић" };
  gint64 id;

  fill_sample (f->store);
  id = find (f->store, SKUP_TYPE_PERSON, "Milutin Milošević");
  milutin = skup_store_load (f->store, SKUP_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (skup_record_get_string (milutin, "given-name"), ==, "Milutin");
  g_assert_cmpstr (skup_record_get_string (milutin, "family-name"), ==, "Milošević");
  g_assert_cmpstr (skup_record_get_string (milutin, "position"), ==, "Executive Director");
  g_assert_cmpint (skup_record_get_int (milutin, "organisation-id"), ==,
                   find (f->store, SKUP_TYPE_ORGANISATION,
                         "Drug Policy Network South East Europe"));
  g_assert_true (is_registered_as (f->store, QUALITY, id, "participant"));
  g_assert_true (is_registered_as (f->store, "Rome Consensus 2.0 Summit", id, "speaker"));
  g_assert_true (is_registered_as (f->store, CONSULTATIONS, id, "participant"));

  /* Written in Latin, found in Cyrillic. */
  found = skup_store_list (f->store, SKUP_TYPE_PERSON, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (skup_record_list_find (SKUP_RECORD_LIST (found), id), !=, G_MAXUINT);
}

static void
assert_trainer (SkupStore  *store,
                const char *name,
                const char *event)
{
  g_autoptr(SkupRecord) person = NULL;
  gint64 id = find (store, SKUP_TYPE_PERSON, name);

  person = skup_store_load (store, SKUP_TYPE_PERSON, id, NULL);
  g_assert_nonnull (person);
  g_assert_true (skup_record_get_bool (person, "is-trainer"));
  g_assert_nonnull (skup_record_get_string (person, "expertise"));
  g_assert_nonnull (skup_record_get_string (person, "bio"));
  if (!is_registered_as (store, event, id, "trainer"))
    g_error ("%s does not train at “%s”", name, event);
}

static void
test_sample_trainers (Fixture       *f,
                      gconstpointer  data)
{
  fill_sample (f->store);
  assert_trainer (f->store, "Victor Anthony Capoccia", QUALITY);
  assert_trainer (f->store, "Thomas Clausen", QUALITY);
  assert_trainer (f->store, "Irena Molnar", WOMEN_BELGRADE);
  assert_trainer (f->store, "Stefan Pejić", WOMEN_BELGRADE);
  assert_trainer (f->store, "Irena Molnar", "Women, Violence, and the Use of Drugs — Niš");
  g_assert_cmpuint (count_registrations (f->store, QUALITY, "trainer", NULL), ==, 2);
  g_assert_cmpuint (count_registrations (f->store, WOMEN_BELGRADE, "trainer", NULL), ==, 2);
}

static void
test_sample_twice (Fixture       *f,
                   gconstpointer  data)
{
  static const SkupDemoStats nothing = { 0 };
  const GType types[] = {
    SKUP_TYPE_ORGANISATION, SKUP_TYPE_VENUE, SKUP_TYPE_ROOM, SKUP_TYPE_PROJECT, SKUP_TYPE_PERSON,
    SKUP_TYPE_EVENT, SKUP_TYPE_SESSION, SKUP_TYPE_REGISTRATION, SKUP_TYPE_ATTENDANCE,
    SKUP_TYPE_EVENT_ORGANISATION,
  };
  guint before[G_N_ELEMENTS (types)];
  SkupDemoStats stats;

  stats = fill_sample (f->store);
  g_assert_cmpuint (stats.people, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    before[i] = skup_store_count (f->store, types[i], NULL, NULL);

  stats = fill_sample (f->store);
  g_assert_cmpmem (&stats, sizeof stats, &nothing, sizeof nothing);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_assert_cmpuint (skup_store_count (f->store, types[i], NULL, NULL), ==, before[i]);
}

static void
test_sample_people (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListModel) people = NULL;
  guint n, cyrillic = 0, other_script = 0, female = 0, male = 0, emails = 0;

  fill_sample (f->store);
  people = list (f->store, SKUP_TYPE_PERSON, NULL, 0);
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) p = g_list_model_get_item (people, i);
      const char *gender = skup_record_get_string (p, "gender");
      const char *email = skup_record_get_string (p, "email");

      cyrillic += skup_text_has_cyrillic (skup_record_get_string (p, "family-name"));
      other_script += skup_record_get_string (p, "other-script-name") != NULL;
      female += g_strcmp0 (gender, "female") == 0;
      male += g_strcmp0 (gender, "male") == 0;
      if (email != NULL)
        {
          emails++;
          g_assert_true (g_str_has_suffix (email, "@example.org") ||
                         g_str_has_suffix (email, "@example.rs"));
        }
    }
  g_assert_cmpuint (n, >, 200);
  /* Both scripts, about a third Cyrillic; more women than men, not all. */
  g_assert_cmpuint (cyrillic, >, n / 6);
  g_assert_cmpuint (cyrillic, <, n / 2);
  g_assert_cmpuint (other_script, >, 0);
  g_assert_cmpuint (female, >, male);
  g_assert_cmpuint (male, >, n / 5);
  g_assert_cmpuint (emails, >, n / 2);
}

static guint
days_between (const char *start,
              const char *end)
{
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;
  g_autofree char *a_iso = g_strconcat (start, "T00:00:00Z", NULL);
  g_autofree char *b_iso = g_strconcat (end, "T00:00:00Z", NULL);

  a = g_date_time_new_from_iso8601 (a_iso, NULL);
  b = g_date_time_new_from_iso8601 (b_iso, NULL);
  return (guint) (g_date_time_difference (b, a) / G_TIME_SPAN_DAY) + 1;
}

static guint
count_attending (SkupStore *store,
                 gint64     event_id)
{
  g_autoptr(GListModel) registrations = list (store, SKUP_TYPE_REGISTRATION, "event-id",
                                              event_id);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (registrations); i++)
    {
      g_autoptr(SkupRecord) r = g_list_model_get_item (registrations, i);
      const char *status = skup_record_get_string (r, "status");

      n += g_strcmp0 (status, "confirmed") == 0 || g_strcmp0 (status, "registered") == 0;
    }
  return n;
}

/* One session per day, and for a held event one attendance row per day and attendee. Returns
 * how many of those rows say "present". */
static guint
assert_event_attendance (SkupStore  *store,
                         SkupRecord *event,
                         guint      *n_rows)
{
  gint64 id = skup_record_get_id (event);
  g_autoptr(GListModel) sessions = list (store, SKUP_TYPE_SESSION, "event-id", id);
  guint attending = count_attending (store, id);
  gboolean held = g_strcmp0 (skup_record_get_string (event, "status"), "held") == 0;
  guint present = 0;

  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==,
                    days_between (skup_record_get_string (event, "start-date"),
                                  skup_record_get_string (event, "end-date")));
  for (guint s = 0; s < g_list_model_get_n_items (sessions); s++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, s);
      g_autoptr(GListModel) rows = list (store, SKUP_TYPE_ATTENDANCE, "session-id",
                                         skup_record_get_id (session));

      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, held ? attending : 0);
      for (guint r = 0; r < g_list_model_get_n_items (rows); r++)
        {
          g_autoptr(SkupRecord) row = g_list_model_get_item (rows, r);

          present += g_strcmp0 (skup_record_get_string (row, "status"), "present") == 0;
        }
      *n_rows += g_list_model_get_n_items (rows);
    }
  return present;
}

static void
assert_all_attendance (SkupStore *store,
                       double     min_present,
                       double     max_present)
{
  g_autoptr(GListModel) events = list (store, SKUP_TYPE_EVENT, NULL, 0);
  guint rows = 0, present = 0, multi_day = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(SkupRecord) event = g_list_model_get_item (events, i);

      present += assert_event_attendance (store, event, &rows);
      multi_day += g_strcmp0 (skup_record_get_string (event, "start-date"),
                              skup_record_get_string (event, "end-date")) != 0;
    }
  g_assert_cmpuint (multi_day, >, 0);
  g_assert_cmpuint (rows, >, 0);
  g_assert_cmpfloat ((double) present / rows, >=, min_present);
  g_assert_cmpfloat ((double) present / rows, <=, max_present);
}

static void
test_sample_attendance (Fixture       *f,
                        gconstpointer  data)
{
  fill_sample (f->store);
  /* Mostly present, but not everyone, every day. */
  assert_all_attendance (f->store, 0.75, 0.97);
}

static void
append_records (GPtrArray  *lines,
                SkupStore  *store,
                GType       type)
{
  g_autoptr(GListModel) records = list (store, type, NULL, 0);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, "%s %" G_GINT64_FORMAT, g_type_name (type),
                              skup_record_get_id (record));
      for (guint f = 0; f < record_class->n_fields; f++)
        {
          const char *name = record_class->fields[f].name;
          g_autofree char *text = NULL;

          /* When the store wrote it, not what the demo made. */
          if (g_str_equal (name, "registered-at") || g_str_equal (name, "status-changed-at"))
            continue;
          text = skup_record_dup_text (record, name);
          g_string_append_printf (line, "|%s", text);
        }
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every record of the register, one line each, sorted. */
static GPtrArray *
dump (SkupStore *store)
{
  const GType types[] = {
    SKUP_TYPE_ORGANISATION, SKUP_TYPE_VENUE, SKUP_TYPE_ROOM, SKUP_TYPE_PROJECT, SKUP_TYPE_PERSON,
    SKUP_TYPE_EVENT, SKUP_TYPE_SESSION, SKUP_TYPE_REGISTRATION, SKUP_TYPE_ATTENDANCE,
    SKUP_TYPE_EVENT_ORGANISATION,
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    append_records (lines, store, types[i]);
  g_ptr_array_sort (lines, compare_lines);
  return g_steal_pointer (&lines);
}

static gboolean
same_dump (GPtrArray *a,
           GPtrArray *b)
{
  for (guint i = 0; i < MIN (a->len, b->len); i++)
    if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      {
        g_test_message ("first difference:\n%s\n%s", (char *) g_ptr_array_index (a, i),
                        (char *) g_ptr_array_index (b, i));
        return FALSE;
      }
  return a->len == b->len;
}

static SkupDemoStats
fill_synthetic (SkupStore *store,
                guint      people,
                guint      events,
                guint32    seed)
{
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;

  g_assert_true (skup_demo_fill_synthetic (store, people, events, seed, &stats, &error));
  g_assert_no_error (error);
  return stats;
}

static void
test_synthetic_deterministic (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkupStore) other = open_store (f->dir, "other.db");
  g_autoptr(SkupStore) third = open_store (f->dir, "third.db");
  SkupDemoStats a = fill_synthetic (f->store, 500, 30, 42);
  SkupDemoStats b = fill_synthetic (other, 500, 30, 42);
  g_autoptr(GPtrArray) dump_a = dump (f->store);
  g_autoptr(GPtrArray) dump_b = dump (other);
  g_autoptr(GPtrArray) dump_c = NULL;

  g_assert_cmpmem (&a, sizeof a, &b, sizeof b);
  g_assert_cmpuint (dump_a->len, >, 1000);
  g_assert_true (same_dump (dump_a, dump_b));

  /* Another seed, another register. */
  fill_synthetic (third, 500, 30, 43);
  dump_c = dump (third);
  g_assert_false (same_dump (dump_a, dump_c));
}

static void
test_synthetic_shape (Fixture       *f,
                      gconstpointer  data)
{
  SkupDemoStats stats = fill_synthetic (f->store, 500, 30, 7);
  g_autoptr(GListModel) events = list (f->store, SKUP_TYPE_EVENT, NULL, 0);
  SkupQuery trainers = { .only_if = "is-trainer" };

  g_assert_cmpuint (stats.people, ==, 500);
  g_assert_cmpuint (stats.events, ==, 30);
  g_assert_cmpuint (stats.organisations, ==, 20);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, 500);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_EVENT, NULL, NULL), ==, 30);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, &trainers, NULL), ==, 10);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_REGISTRATION, NULL, NULL), ==,
                    stats.registrations);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(SkupRecord) event = g_list_model_get_item (events, i);
      g_autoptr(GListModel) registrations = list (f->store, SKUP_TYPE_REGISTRATION, "event-id",
                                                  skup_record_get_id (event));

      g_assert_cmpuint (g_list_model_get_n_items (registrations), >=, 10);
      g_assert_cmpuint (g_list_model_get_n_items (registrations), <=, 40);
    }
  assert_all_attendance (f->store, 0.75, 0.95);
}

/* A second synthetic register goes in beside the first: no names clash. */
static void
test_synthetic_twice (Fixture       *f,
                      gconstpointer  data)
{
  fill_synthetic (f->store, 200, 5, 3);
  fill_synthetic (f->store, 200, 5, 3);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_PERSON, NULL, NULL), ==, 400);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_ORGANISATION, NULL, NULL), ==, 40);
  g_assert_cmpuint (skup_store_count (f->store, SKUP_TYPE_VENUE, NULL, NULL), ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/skup/demo/sample-counts", Fixture, NULL, fixture_set_up, test_sample_counts,
              fixture_tear_down);
  g_test_add ("/skup/demo/sample-async", Fixture, NULL, fixture_set_up, test_sample_async,
              fixture_tear_down);
  g_test_add ("/skup/demo/sample-async-in-memory", Fixture, NULL, fixture_set_up,
              test_sample_async_in_memory, fixture_tear_down);
  g_test_add ("/skup/demo/sample-one-per-organisation", Fixture, NULL, fixture_set_up,
              test_sample_one_per_organisation, fixture_tear_down);
  g_test_add ("/skup/demo/sample-milutin", Fixture, NULL, fixture_set_up, test_sample_milutin,
              fixture_tear_down);
  g_test_add ("/skup/demo/sample-trainers", Fixture, NULL, fixture_set_up, test_sample_trainers,
              fixture_tear_down);
  g_test_add ("/skup/demo/sample-twice", Fixture, NULL, fixture_set_up, test_sample_twice,
              fixture_tear_down);
  g_test_add ("/skup/demo/sample-people", Fixture, NULL, fixture_set_up, test_sample_people,
              fixture_tear_down);
  g_test_add ("/skup/demo/sample-attendance", Fixture, NULL, fixture_set_up,
              test_sample_attendance, fixture_tear_down);
  g_test_add ("/skup/demo/synthetic-deterministic", Fixture, NULL, fixture_set_up,
              test_synthetic_deterministic, fixture_tear_down);
  g_test_add ("/skup/demo/synthetic-shape", Fixture, NULL, fixture_set_up,
              test_synthetic_shape, fixture_tear_down);
  g_test_add ("/skup/demo/synthetic-twice", Fixture, NULL, fixture_set_up,
              test_synthetic_twice, fixture_tear_down);

  return g_test_run ();
}
