/* test-certificates.c — issuing, numbering, snapshots, corrections and verification, on both
 * engines
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "skup-certificate-number.h"
#include "skup-certificate-values.h"
#include "skup-demo.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-issuer.h"
#include "skup-person.h"
#include "skup-signer.h"
#include "store-fixture.h"

#define DAY "2026-03-02"
#define ISSUED "2026-03-06"

/* ---- Making an event with people who attended ---------------------------------------------- */

static gint64
id_of (SkupRecord *record)
{
  return skup_record_get_id (record);
}

static SkupRecord *
add_held_event (Fixture    *f,
                const char *title,
                const char *language)
{
  g_autoptr(SkupRecord) event = new_event (title, DAY, DAY);

  skup_record_set_string (event, "kind", "training");
  skup_record_set_string (event, "city", "Beograd");
  skup_record_set_string (event, "language", language);
  skup_record_set_real (event, "accreditation-points", 5);
  skup_record_set_real (event, "accreditation-points-lecturers", 10);
  save_ok (f, event);
  return g_steal_pointer (&event);
}

/* A person registered for @event and present at its one session. */
static gint64
add_attendee (Fixture    *f,
              SkupRecord *event,
              const char *given,
              const char *family,
              const char *gender)
{
  g_autoptr(SkupRecord) person = add_person (f, given, family);
  gint64 reg;

  if (gender != NULL)
    {
      skup_record_set_string (person, "gender", gender);
      save_ok (f, person);
    }
  reg = add_registration (f, id_of (event), id_of (person));
  attend (f, reg, session_on (f, id_of (event), DAY), "present");
  return id_of (person);
}

static void
set_prefix (Fixture    *f,
            const char *prefix)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_set_setting (f->store, SKUP_SETTING_CERTIFICATE_PREFIX, prefix,
                                         &error));
  g_assert_no_error (error);
}

static GPtrArray *
issue_ok (Fixture       *f,
          SkupRecord    *event,
          const gint64  *people,
          guint          n)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *issued = NULL;

  g_assert_true (skup_certificates_issue (f->store, id_of (event), people, n, 0, ISSUED,
                                          &issued, &error));
  g_assert_no_error (error);
  g_assert_nonnull (issued);
  return issued;
}

static SkupCertificateEntry *
entry_at (GPtrArray *issued,
          guint      i)
{
  return g_ptr_array_index (issued, i);
}

static char *
snapshot_value (const SkupCertificateEntry *e,
                const char                 *group,
                const char                 *key)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();

  g_assert_true (g_key_file_load_from_data (file, e->snapshot, -1, G_KEY_FILE_NONE, NULL));
  return g_key_file_get_string (file, group, key, NULL);
}

/* ---- Schema 6: the database keeps what was issued ------------------------------------------ */

static void
assert_refused (Fixture    *f,
                const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (skup_db_exec (db_of (f), sql, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
}

/* A trigger of either engine refuses; only the state and correction columns move. */
static void
test_triggers_refuse (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Quality Assurance", "en");
  gint64 person_id = add_attendee (f, event, "Žana", "Glavendekić", "female");
  gint64 reg = sql_int (db_of (f), "SELECT id FROM registrations WHERE person_id = ?1",
                        person_id);
  gint64 id = add_certificate (f, "KBPD-2026-0001", person_id, id_of (event), reg,
                               "Žana Glavendekić");
  g_autofree char *name = NULL;

  assert_refused (f, "DELETE FROM certificates");
  assert_refused (f, "UPDATE certificates SET recipient_name = 'Someone else'");
  assert_refused (f, "UPDATE certificates SET snapshot = 'x'");
  assert_refused (f, "UPDATE certificates SET number = 'KBPD-2026-0002'");
  assert_refused (f, "UPDATE certificates SET pdf_sha256 = 'x'");
  sql_exec (db_of (f), "UPDATE certificates SET state = 'revoked', correction_reason = 'Typo', "
                       "correction_date = '2026-03-07'");
  /* Once revoked, always revoked. */
  assert_refused (f, "UPDATE certificates SET state = 'valid'");
  g_assert_cmpint (count_rows (f, "certificates"), ==, 1);
  name = sql_text (db_of (f), "SELECT recipient_name FROM certificates WHERE id = ?1", id);
  g_assert_cmpstr (name, ==, "Žana Glavendekić");
}

/* A register of schema 5 opens as schema 6: a revoked certificate says so in its state, the
 * built-in templates are there, and the triggers hold. */
static void
test_migrate_v5 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = NULL;
  g_autofree char *state = NULL, *reason = NULL, *date = NULL;
  gint64 id;

  fixture_make_v5 (f);
  sql_exec (db_of (f), "INSERT INTO certificates (number, recipient_name, event_title, "
                       "event_dates, issued_at, revoked_at, revoked_reason) VALUES ('OLD-1', "
                       "'Milutin Milošević', 'Radionica', '20–22. 5. 2019.', "
                       "'2019-05-22T10:00:00Z', '2020-01-02T09:00:00Z', 'Wrong name')");
  id = sql_int (db_of (f), "SELECT id FROM certificates", 0);
  g_clear_object (&f->store);
  f->store = skup_store_open (f->engine.location, &error);
  g_assert_no_error (error);

  state = sql_text (db_of (f), "SELECT state FROM certificates WHERE id = ?1", id);
  reason = sql_text (db_of (f), "SELECT correction_reason FROM certificates WHERE id = ?1", id);
  date = sql_text (db_of (f), "SELECT issue_date FROM certificates WHERE id = ?1", id);
  g_assert_cmpstr (state, ==, "revoked");
  g_assert_cmpstr (reason, ==, "Wrong name");
  g_assert_cmpstr (date, ==, "2019-05-22");
  templates = skup_store_list_certificate_templates (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (templates->len, ==, 7);
  assert_refused (f, "DELETE FROM certificates");
}

/* Deleting the person and the event leaves the certificate, its links set NULL. */
static void
test_delete_keeps_certificates (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Women, Violence and Drugs", "en");
  gint64 person_id = add_attendee (f, event, "Stefan", "Pejić", "male");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(SkupRecord) person = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  gint64 id;

  set_prefix (f, "KBPD");
  issued = issue_ok (f, event, NULL, 0);
  id = entry_at (issued, 0)->id;
  person = load_ok (f, SKUP_TYPE_PERSON, person_id);
  plan = plan_ok (f, person);
  delete_ok (f, person, plan);
  g_clear_pointer (&plan, g_ptr_array_unref);
  plan = plan_ok (f, event);
  delete_ok (f, event, plan);

  g_assert_cmpint (count_rows (f, "certificates"), ==, 1);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(*) FROM certificates WHERE id = ?1 AND "
                                       "person_id IS NULL AND event_id IS NULL AND "
                                       "registration_id IS NULL", id), ==, 1);
}

/* ---- Templates ---------------------------------------------------------------------------- */

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCertificateTemplate) sr = NULL, copy = NULL, again = NULL, loaded = NULL;
  g_autofree char *text = NULL;

  sr = skup_store_load_built_in_template (f->store, SKUP_TEMPLATE_PARTICIPATION_SR, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sr->title, ==, "СЕРТИФИКАТ О УЧЕШЋУ");
  g_assert_cmpstr (sr->script, ==, "cyrillic");
  /* A built-in is not changed or deleted … */
  g_assert_false (skup_store_save_certificate_template (f->store, sr, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (skup_store_delete_certificate_template (f->store, sr->id, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* … but copied, and the copy is the office's. */
  copy = skup_certificate_template_duplicate (sr);
  g_free (copy->body);
  copy->body = g_strdup ("{m:је завршио|f:је завршила} {kind} „{event}“.");
  copy->logos[1] = g_strdup ("organisation:7");
  copy->signatories[2] = 2;
  g_assert_true (skup_store_save_certificate_template (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (copy->id, >, 0);
  loaded = skup_store_load_certificate_template (f->store, copy->id, &error);
  g_assert_no_error (error);
  g_assert_null (loaded->built_in);
  g_assert_cmpstr (loaded->body, ==, copy->body);
  g_assert_cmpstr (loaded->logos[0], ==, "office");
  g_assert_cmpstr (loaded->logos[1], ==, "organisation:7");
  g_assert_null (loaded->logos[2]);
  g_assert_cmpuint (loaded->signatories[0], ==, 1);
  g_assert_cmpuint (loaded->signatories[2], ==, 2);
  /* The key-file text gives the same template back. */
  text = skup_certificate_template_to_data (loaded);
  again = skup_certificate_template_from_data (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->body, ==, loaded->body);
  g_assert_cmpstr (again->logos[1], ==, "organisation:7");
  g_assert_cmpuint (again->signatories[2], ==, 2);
  g_assert_true (again->landscape == loaded->landscape);
  g_assert_true (skup_store_delete_certificate_template (f->store, copy->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "certificate_templates"), ==, 7);
}

/* ---- Numbering ---------------------------------------------------------------------------- */

static void
test_number_pattern (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *n = NULL, *bare = NULL, *cyr = NULL, *bad = NULL;

  n = skup_certificate_number_format (SKUP_CERTIFICATE_DEFAULT_PATTERN, "KBPD", 2026, 7, &error);
  g_assert_cmpstr (n, ==, "KBPD-2026-0007");
  bare = skup_certificate_number_format (SKUP_CERTIFICATE_DEFAULT_PATTERN, "", 2026, 12345,
                                         &error);
  g_assert_cmpstr (bare, ==, "2026-12345");
  cyr = skup_certificate_number_format ("{prefix}/{seq}/{year}", "КБПД", 2026, 3, &error);
  g_assert_cmpstr (cyr, ==, "КБПД/3/2026");
  g_assert_no_error (error);
  bad = skup_certificate_number_format (SKUP_CERTIFICATE_DEFAULT_PATTERN, "KB PD", 2026, 1,
                                        &error);
  g_assert_null (bad);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (skup_certificate_pattern_check ("{prefix}-{seq}", &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (skup_certificate_pattern_check ("{prefix}-{year}-{nmae}", &error));
  g_clear_error (&error);
  g_assert_false (skup_certificate_prefix_check ("ABCDEFGHIJKLMNOPQ", &error));
}

static void
assert_numbers (GPtrArray  *issued,
                const char *first,
                ...)
{
  va_list args;
  const char *number = first;

  va_start (args, first);
  for (guint i = 0; number != NULL; i++, number = va_arg (args, const char *))
    g_assert_cmpstr (entry_at (issued, i)->number, ==, number);
  va_end (args);
}

/* Unique and gap-free: a batch, then one person, then another event's batch. A refused
 * prefix issues nothing. */
static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Quality Assurance", "en");
  g_autoptr(SkupRecord) other = add_held_event (f, "Harm Reduction", "en");
  g_autoptr(GPtrArray) first = NULL, second = NULL, third = NULL;
  g_autoptr(GError) error = NULL;
  gint64 late;

  add_attendee (f, event, "Irena", "Molnar", "female");
  add_attendee (f, event, "Stefan", "Pejić", "male");
  add_attendee (f, other, "Thomas", "Clausen", "male");
  set_prefix (f, "KB PD");
  g_assert_false (skup_certificates_issue (f->store, id_of (event), NULL, 0, 0, ISSUED, NULL,
                                           &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_cmpint (count_rows (f, "certificates"), ==, 0);
  set_prefix (f, "KBPD");

  first = issue_ok (f, event, NULL, 0);
  g_assert_cmpuint (first->len, ==, 2);
  assert_numbers (first, "KBPD-2026-0001", "KBPD-2026-0002", NULL);
  late = add_attendee (f, event, "Victor", "Capoccia", "male");
  second = issue_ok (f, event, NULL, 0);
  /* Those who hold one are not given another. */
  g_assert_cmpuint (second->len, ==, 1);
  g_assert_cmpint (entry_at (second, 0)->person_id, ==, late);
  assert_numbers (second, "KBPD-2026-0003", NULL);
  third = issue_ok (f, other, NULL, 0);
  assert_numbers (third, "KBPD-2026-0004", NULL);
  g_assert_cmpstr (entry_at (first, 0)->verification_code, !=,
                   entry_at (first, 1)->verification_code);
  g_assert_cmpuint (strlen (entry_at (first, 0)->verification_code), ==, 10);
}

/* A name the font cannot draw stops the batch: no certificate, no number taken. */
static void
test_failed_batch_leaves_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Harm Reduction", "en");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) person = NULL;
  gint64 bad;

  set_prefix (f, "KBPD");
  add_attendee (f, event, "Irena", "Molnar", "female");
  bad = add_attendee (f, event, "Ana", "Nedrawable\xee\x80\x80", "female");
  add_attendee (f, event, "Stefan", "Pejić", "male");
  g_assert_false (skup_certificates_issue (f->store, id_of (event), NULL, 0, 0, ISSUED, NULL,
                                           &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count_rows (f, "certificates"), ==, 0);
  g_assert_cmpint (count_rows (f, "counters"), ==, 0);

  person = load_ok (f, SKUP_TYPE_PERSON, bad);
  skup_record_set_string (person, "family-name", "Nedić");
  save_ok (f, person);
  issued = issue_ok (f, event, NULL, 0);
  assert_numbers (issued, "KBPD-2026-0001", "KBPD-2026-0002", "KBPD-2026-0003", NULL);
}

typedef struct
{
  char   *location;
  gint64  event_id;
  GMutex  lock;
  GCond   cond;
  gboolean holding;
} Race;

/* Another organiser's batch holds the counter while this one starts. */
static gpointer
issue_other_batch (gpointer data)
{
  Race *race = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = skup_store_open (race->location, &error);
  g_autoptr(GPtrArray) issued = NULL;

  g_assert_no_error (error);
  g_assert_true (skup_store_begin (store, &error));
  g_assert_true (skup_certificates_issue (store, race->event_id, NULL, 0, 0, ISSUED, &issued,
                                          &error));
  g_assert_no_error (error);
  g_mutex_lock (&race->lock);
  race->holding = TRUE;
  g_cond_signal (&race->cond);
  g_mutex_unlock (&race->lock);
  g_usleep (300 * 1000);
  g_assert_true (skup_store_commit (store, &error));
  g_assert_no_error (error);
  return NULL;
}

static void
test_two_clients (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkupRecord) mine = add_held_event (f, "Quality Assurance", "en");
  g_autoptr(SkupRecord) theirs = add_held_event (f, "Harm Reduction", "en");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) second = NULL;
  Race race = { 0 };
  GThread *thread;

  set_prefix (f, "KBPD");
  for (guint i = 0; i < 3; i++)
    {
      add_attendee (f, mine, "Irena", "Molnar", "female");
      add_attendee (f, theirs, "Stefan", "Pejić", "male");
    }
  race.location = skup_test_engine_second_location (&f->engine);
  race.event_id = id_of (theirs);
  g_mutex_init (&race.lock);
  g_cond_init (&race.cond);
  second = skup_store_open (race.location, &error);
  g_assert_no_error (error);

  thread = g_thread_new ("organiser", issue_other_batch, &race);
  g_mutex_lock (&race.lock);
  while (!race.holding)
    g_cond_wait (&race.cond, &race.lock);
  g_mutex_unlock (&race.lock);
  g_assert_true (skup_certificates_issue (second, id_of (mine), NULL, 0, 0, ISSUED, &issued,
                                          &error));
  g_assert_no_error (error);
  g_thread_join (thread);

  /* The other batch took 1–3 first; this one waited and took 4–6. */
  assert_numbers (issued, "KBPD-2026-0004", "KBPD-2026-0005", "KBPD-2026-0006", NULL);
  g_assert_cmpint (sql_int (db_of (f), "SELECT count(DISTINCT number) FROM certificates", 0), ==,
                   6);
  g_assert_cmpint (sql_int (db_of (f), "SELECT value FROM counters", 0), ==, 6);
  g_mutex_clear (&race.lock);
  g_cond_clear (&race.cond);
  g_free (race.location);
}

/* ---- Snapshots ---------------------------------------------------------------------------- */

static char *
reprint_sha (Fixture *f,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = skup_certificates_render_page (f->store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
}

/* Renaming the person, editing and deleting the event: the reprint is the same bytes. */
static void
test_snapshot_immutable (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Quality Assurance", "sr");
  gint64 person_id = add_attendee (f, event, "Žana", "Glavendekić", "female");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(SkupRecord) person = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autofree char *sha = NULL, *after_rename = NULL, *after_delete = NULL;
  SkupCertificateEntry *e;

  set_prefix (f, "KBPD");
  issued = issue_ok (f, event, NULL, 0);
  e = entry_at (issued, 0);
  g_assert_cmpstr (e->recipient_name, ==, "Жана Главендекић");
  sha = reprint_sha (f, e->id);
  g_assert_cmpstr (sha, ==, e->pdf_sha256);

  person = load_ok (f, SKUP_TYPE_PERSON, person_id);
  skup_record_set_string (person, "given-name", "Jovana");
  save_ok (f, person);
  skup_record_set_string (event, "title", "Another title");
  skup_record_set_string (event, "city", "Niš");
  save_ok (f, event);
  after_rename = reprint_sha (f, e->id);
  g_assert_cmpstr (after_rename, ==, sha);

  plan = plan_ok (f, event);
  delete_ok (f, event, plan);
  after_delete = reprint_sha (f, e->id);
  g_assert_cmpstr (after_delete, ==, sha);
}

/* The built-in Serbian texts agree with the person's gender. */
static void
test_serbian_gender (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Обука о смањењу штете", "sr");
  g_autoptr(GPtrArray) issued = NULL;
  g_autofree char *body0 = NULL, *body1 = NULL, *issued_line = NULL;

  set_prefix (f, "KBPD");
  add_attendee (f, event, "Žana", "Glavendekić", "female");
  add_attendee (f, event, "Милутин", "Милошевић", "male");
  issued = issue_ok (f, event, NULL, 0);
  body0 = snapshot_value (entry_at (issued, 0), "text", "body");
  body1 = snapshot_value (entry_at (issued, 1), "text", "body");
  g_assert_true (g_str_has_prefix (body0, "је учествовала на обуци „Обука о смањењу штете“, "));
  g_assert_true (g_str_has_prefix (body1, "је учествовао на обуци „"));
  g_assert_true (g_str_has_suffix (body1, ", одржаној 2. марта 2026. године у Београду."));
  issued_line = snapshot_value (entry_at (issued, 1), "text", "issued");
  g_assert_cmpstr (issued_line, ==, "Београд, 6. марта 2026.");
  g_assert_cmpstr (entry_at (issued, 1)->recipient_name, ==, "Милутин Милошевић");
}

/* ---- Corrections -------------------------------------------------------------------------- */

static void
test_reissue_and_revoke (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Quality Assurance", "en");
  gint64 person_id = add_attendee (f, event, "Zana", "Glavendekic", "female");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(SkupCertificateEntry) fresh = NULL, old = NULL, revoked = NULL;
  g_autoptr(SkupRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  set_prefix (f, "KBPD");
  issued = issue_ok (f, event, NULL, 0);
  person = load_ok (f, SKUP_TYPE_PERSON, person_id);
  skup_record_set_string (person, "given-name", "Žana");
  skup_record_set_string (person, "family-name", "Glavendekić");
  save_ok (f, person);

  g_assert_false (skup_certificates_reissue (f->store, entry_at (issued, 0)->id, " ", ISSUED,
                                             NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (skup_certificates_reissue (f->store, entry_at (issued, 0)->id,
                                            "Diacritics missing", "2026-03-09", &fresh, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (fresh->number, ==, "KBPD-2026-0002");
  g_assert_cmpstr (fresh->recipient_name, ==, "Žana Glavendekić");
  g_assert_cmpint (fresh->supersedes_id, ==, entry_at (issued, 0)->id);
  old = skup_store_load_certificate (f->store, entry_at (issued, 0)->id, &error);
  g_assert_cmpint (old->state, ==, SKUP_CERTIFICATE_SUPERSEDED);
  g_assert_cmpint (old->superseded_by_id, ==, fresh->id);
  g_assert_cmpstr (old->correction_reason, ==, "Diacritics missing");
  g_assert_cmpstr (old->correction_date, ==, "2026-03-09");
  g_assert_cmpstr (old->recipient_name, ==, "Zana Glavendekic");
  /* A superseded certificate is not reissued or revoked again. */
  g_assert_false (skup_certificates_revoke (f->store, old->id, "Again", NULL, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (skup_certificates_revoke (f->store, fresh->id, "Did not attend", "2026-04-01",
                                           &error));
  g_assert_no_error (error);
  revoked = skup_store_load_certificate (f->store, fresh->id, &error);
  g_assert_cmpint (revoked->state, ==, SKUP_CERTIFICATE_REVOKED);
  g_assert_cmpstr (revoked->correction_reason, ==, "Did not attend");
  g_assert_cmpstr (revoked->correction_date, ==, "2026-04-01");
  g_assert_cmpint (count_rows (f, "certificates"), ==, 2);
}

/* ---- Verification ------------------------------------------------------------------------- */

static SkupVerifyResult
verify (Fixture    *f,
        const char *payload)
{
  g_autoptr(GError) error = NULL;
  SkupVerifyResult result = skup_certificates_verify (f->store, payload, NULL, &error);

  g_assert_no_error (error);
  return result;
}

/* @payload with the character at @i replaced by another the payload could hold. */
static char *
changed_at (const char *payload,
            gsize       i)
{
  char *copy = g_strdup (payload);

  copy[i] = copy[i] == 'A' ? 'B' : 'A';
  return copy;
}

static void
test_verify (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_held_event (f, "Quality Assurance", "en");
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(SkupCertificateEntry) fresh = NULL, found = NULL;
  g_autoptr(GError) error = NULL;
  const char *payload, *sig;
  g_autofree char *key = NULL, *url_payload = NULL;

  set_prefix (f, "KBPD");
  add_attendee (f, event, "Irena", "Molnar", "female");
  add_attendee (f, event, "Stefan", "Pejić", "male");
  issued = issue_ok (f, event, NULL, 0);
  payload = entry_at (issued, 0)->qr_payload;
  g_assert_true (g_str_has_prefix (payload, "SKUP1:KBPD-2026-0001:"));

  g_assert_cmpint (skup_certificates_verify (f->store, payload, &found, &error), ==,
                   SKUP_VERIFY_VALID);
  g_assert_cmpstr (found->recipient_name, ==, "Irena Molnar");
  g_assert_cmpint (verify (f, "KBPD-2026-0002"), ==, SKUP_VERIFY_VALID);
  g_assert_cmpint (verify (f, "KBPD-2026-0099"), ==, SKUP_VERIFY_UNKNOWN);
  /* One character changed anywhere in the number or the signature: forged. */
  sig = strrchr (payload, ':') + 1;
  for (gsize i = (gsize) (sig - payload); i < strlen (payload); i++)
    {
      g_autofree char *forged = changed_at (payload, i);
      g_assert_cmpint (verify (f, forged), ==, SKUP_VERIFY_FORGED);
    }
  for (gsize i = strlen ("SKUP1:"); i < strlen ("SKUP1:KBPD-2026-0001"); i++)
    {
      g_autofree char *forged = changed_at (payload, i);
      g_assert_cmpint (verify (f, forged), ==, SKUP_VERIFY_FORGED);
    }
  {
    /* Another certificate's number with this one's code and signature. */
    g_autofree char *moved = g_strdup (payload);
    moved[strlen ("SKUP1:KBPD-2026-000")] = '2';
    g_assert_cmpint (verify (f, moved), ==, SKUP_VERIFY_FORGED);
  }

  g_assert_true (skup_certificates_reissue (f->store, entry_at (issued, 0)->id, "Typo", ISSUED,
                                            &fresh, &error));
  g_assert_cmpint (verify (f, payload), ==, SKUP_VERIFY_SUPERSEDED);
  g_assert_true (skup_certificates_revoke (f->store, fresh->id, "Error", ISSUED, &error));
  g_assert_cmpint (verify (f, fresh->qr_payload), ==, SKUP_VERIFY_REVOKED);

  /* With the office's address set, the payload is a link that verifies the same. */
  g_assert_true (skup_store_set_setting (f->store, SKUP_SETTING_CERTIFICATE_VERIFY_URL,
                                         "https://kbpd.example/verify", &error));
  url_payload = skup_signer_qr_payload (f->store, entry_at (issued, 1)->number,
                                        entry_at (issued, 1)->verification_code,
                                        entry_at (issued, 1)->signature);
  g_assert_true (g_str_has_prefix (url_payload, "https://kbpd.example/verify?n=KBPD-2026-0002&c="));
  g_assert_cmpint (verify (f, url_payload), ==, SKUP_VERIFY_VALID);

  key = skup_signer_export_public_key (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (key, "-----BEGIN SKUP PUBLIC KEY-----\n"));
}

/* ---- Files -------------------------------------------------------------------------------- */

static void
test_file_names (void)
{
  g_autofree char *plain = skup_certificate_file_name ("Žana", "Glavendekić", "KBPD-2026-0001");
  g_autofree char *bad = skup_certificate_file_name ("A/B", "..\\C\n", "K/2026/1");

  g_assert_cmpstr (plain, ==, "Glavendekić Žana – KBPD-2026-0001.pdf");
  g_assert_null (strchr (bad, '/'));
  g_assert_null (strchr (bad, '\\'));
  g_assert_null (strchr (bad, '\n'));
  g_assert_false (bad[0] == '.');
}

static void
test_values (void)
{
  g_autofree char *city = skup_certificate_city_in ("Beograd", "sr");
  g_autofree char *novi = skup_certificate_city_in ("Нови Сад", "sr");
  g_autofree char *subotica = skup_certificate_city_in ("Суботица", "sr");
  g_autofree char *en = skup_certificate_city_in ("Belgrade", "en");
  g_autofree char *role_f = skup_certificate_role_noun ("trainer", SKUP_PLACEHOLDER_GENDER_FEMALE,
                                                        "sr", "cyrillic");
  g_autofree char *role_x = skup_certificate_role_noun ("participant",
                                                        SKUP_PLACEHOLDER_GENDER_OTHER, "sr",
                                                        "latin");

  g_assert_cmpstr (city, ==, "Beogradu");
  g_assert_cmpstr (novi, ==, "Новом Саду");
  g_assert_cmpstr (subotica, ==, "Суботици");
  g_assert_cmpstr (en, ==, "Belgrade");
  g_assert_cmpstr (role_f, ==, "предавачица");
  g_assert_cmpstr (role_x, ==, "učesnik/učesnica");
  g_assert_cmpstr (skup_certificate_kind_noun ("workshop", "sr", "cyrillic"), ==, "радионици");
  g_assert_cmpstr (skup_certificate_kind_noun ("training", "sr", "latin"), ==, "obuci");
  g_assert_cmpstr (skup_certificate_kind_noun ("meeting", "en", "latin"), ==, "meeting");
}

/* ---- The sample register -------------------------------------------------------------------- */

static gboolean
will_issue (GPtrArray  *plan,
            const char *name)
{
  for (guint i = 0; i < plan->len; i++)
    {
      SkupIssuePlanEntry *p = g_ptr_array_index (plan, i);

      if (g_str_equal (p->name, name) && p->verdict == SKUP_ISSUE_WILL)
        return TRUE;
    }
  return FALSE;
}

/* The sample event both Žana Glavendekić and Milutin Milošević are given a certificate at. */
static gint64
event_of_both (Fixture *f)
{
  g_autoptr(GArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStmt) stmt = skup_db_prepare (db_of (f), "SELECT id FROM events ORDER BY id",
                                              &error);

  events = skup_stmt_collect_ids (stmt, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      gint64 id = g_array_index (events, gint64, i);
      g_autoptr(GPtrArray) plan = skup_certificates_plan (f->store, id, NULL, 0, &error);

      g_assert_no_error (error);
      if (will_issue (plan, "Žana Glavendekić") && will_issue (plan, "Milutin Milošević"))
        return id;
    }
  return 0;
}

static char *
pdftotext (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

/* Issues @name's certificate at @event_id with the built-in @key, adding its id to @ids. */
static void
issue_with (Fixture    *f,
            gint64      event_id,
            const char *name,
            const char *key,
            GArray     *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = skup_certificates_plan (f->store, event_id, NULL, 0, &error);
  g_autoptr(SkupCertificateTemplate) t = skup_store_load_built_in_template (f->store, key,
                                                                            &error);
  g_autoptr(GPtrArray) issued = NULL;
  gint64 person_id = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < plan->len; i++)
    if (g_str_equal (((SkupIssuePlanEntry *) g_ptr_array_index (plan, i))->name, name))
      person_id = ((SkupIssuePlanEntry *) g_ptr_array_index (plan, i))->person_id;
  g_assert_true (skup_certificates_issue (f->store, event_id, &person_id, 1, t->id, ISSUED,
                                          &issued, &error));
  g_assert_no_error (error);
  g_array_append_val (ids, entry_at (issued, 0)->id);
}

/* The sample register's people print exactly as they are written, each in a file of their
 * own named after them, diacritics kept. */
static void
test_sample_register (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *folder = g_dir_make_tmp ("skup-certificates-XXXXXX", NULL);
  g_autofree char *all = NULL;
  gint64 event_id;

  g_assert_true (skup_demo_fill_sample (f->store, NULL, &error));
  g_assert_no_error (error);
  event_id = event_of_both (f);
  g_assert_cmpint (event_id, >, 0);
  /* Žana on an English certificate, in Latin; Milutin on a Serbian one, in Cyrillic. */
  issue_with (f, event_id, "Žana Glavendekić", SKUP_TEMPLATE_PARTICIPATION_EN, ids);
  issue_with (f, event_id, "Milutin Milošević", SKUP_TEMPLATE_PARTICIPATION_SR, ids);
  g_assert_true (skup_certificates_render (f->store, (gint64 *) ids->data, ids->len, folder,
                                           TRUE, paths, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (paths->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (paths, 0), "/Glavendekić Žana – "));
  g_assert_nonnull (strstr (g_ptr_array_index (paths, 1), "/Милошевић Милутин – "));
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *text = pdftotext (g_ptr_array_index (paths, i));
      g_autofree char *joined = all ? g_strconcat (all, text, NULL) : g_strdup (text);

      g_free (all);
      all = g_steal_pointer (&joined);
    }
  g_assert_nonnull (strstr (all, "Žana Glavendekić"));
  g_assert_nonnull (strstr (all, "Милутин Милошевић"));
  for (guint i = 0; i < paths->len; i++)
    g_remove (g_ptr_array_index (paths, i));
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/certificates/number-pattern", test_number_pattern);
  g_test_add_func ("/skup/certificates/file-names", test_file_names);
  g_test_add_func ("/skup/certificates/values", test_values);
  fixture_add ("/skup/certificates", "triggers-refuse", test_triggers_refuse);
  fixture_add ("/skup/certificates", "migrate-v5", test_migrate_v5);
  fixture_add ("/skup/certificates", "delete-keeps-certificates", test_delete_keeps_certificates);
  fixture_add ("/skup/certificates", "templates", test_templates);
  fixture_add ("/skup/certificates", "numbering", test_numbering);
  fixture_add ("/skup/certificates", "failed-batch-leaves-nothing",
               test_failed_batch_leaves_nothing);
  fixture_add ("/skup/certificates", "two-clients", test_two_clients);
  fixture_add ("/skup/certificates", "snapshot-immutable", test_snapshot_immutable);
  fixture_add ("/skup/certificates", "serbian-gender", test_serbian_gender);
  fixture_add ("/skup/certificates", "reissue-and-revoke", test_reissue_and_revoke);
  fixture_add ("/skup/certificates", "verify", test_verify);
  fixture_add ("/skup/certificates", "sample-register", test_sample_register);

  return g_test_run ();
}
