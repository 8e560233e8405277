/* skup-db-sqlite-schema.c — the SQLite register's tables, their migrations and backups
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "skup-db-sqlite-private.h"

/* The schema version lives in PRAGMA user_version. All migrations of one opening run in one
 * write transaction (BEGIN IMMEDIATE) that first reads the version again: two processes opening
 * a new file at once cannot both create it, the second waits and finds the tables made. A
 * register with content is copied aside with the backup API before its first migration. */

#define STAMPS \
  "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n" \
  "  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))\n"

static const char schema_v1[] =
  /* The office's own profile (name, logo, signatories …): shared by everyone using the
   * database, so it lives here and not in GSettings. Images are kept as bytes so a backup of
   * the database is complete. */
  "CREATE TABLE settings (\n"
  "  key TEXT PRIMARY KEY,\n"
  "  value TEXT,\n"
  "  data BLOB,\n"
  STAMPS ");\n"

  "CREATE TABLE organisations (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),\n"
  "  short_name TEXT,\n"
  "  sector TEXT CHECK (sector IN ('government','civil-society','international','academic',"
  "'private','media','other')),\n"
  "  parent_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,\n"
  "  city TEXT, country TEXT, website TEXT, notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  /* Names are unique once case, diacritics and script are folded away. */
  "CREATE UNIQUE INDEX organisations_sort_key ON organisations (sort_key);\n"
  "CREATE INDEX organisations_parent ON organisations (parent_id);\n"

  "CREATE TABLE venues (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),\n"
  "  address TEXT, city TEXT, country TEXT,\n"
  "  capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),\n"
  "  contact_person TEXT, contact_phone TEXT, notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX venues_sort_key ON venues (sort_key);\n"

  "CREATE TABLE rooms (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  venue_id INTEGER NOT NULL REFERENCES venues (id) ON DELETE RESTRICT,\n"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),\n"
  "  capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),\n"
  "  notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX rooms_venue ON rooms (venue_id, sort_key);\n"

  "CREATE TABLE people (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  given_name TEXT NOT NULL CHECK (trim(given_name) <> ''),\n"
  "  family_name TEXT NOT NULL CHECK (trim(family_name) <> ''),\n"
  "  other_script_name TEXT, honorific TEXT,\n"
  "  gender TEXT CHECK (gender IN ('female','male','other','not-stated')),\n"
  "  position TEXT,\n"
  "  organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,\n"
  "  email TEXT, phone TEXT, city TEXT, country TEXT,\n"
  "  is_trainer INTEGER NOT NULL DEFAULT 0 CHECK (is_trainer IN (0, 1)),\n"
  "  expertise TEXT, bio TEXT,\n"
  "  consent_date TEXT,\n"
  "  photo_consent INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),\n"
  "  notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  "  name_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX people_sort_key ON people (sort_key);\n"
  "CREATE INDEX people_name_key ON people (name_key);\n"
  "CREATE INDEX people_email ON people (email COLLATE NOCASE);\n"
  "CREATE INDEX people_organisation ON people (organisation_id);\n"
  "CREATE INDEX people_trainer ON people (is_trainer, sort_key);\n"

  "CREATE TABLE projects (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),\n"
  "  code TEXT,\n"
  "  donor_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,\n"
  "  start_date TEXT, end_date TEXT, notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX projects_sort_key ON projects (sort_key);\n"
  "CREATE INDEX projects_donor ON projects (donor_id);\n"

  "CREATE TABLE events (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  title TEXT NOT NULL CHECK (trim(title) <> ''),\n"
  "  kind TEXT NOT NULL CHECK (kind IN ('workshop','training','conference','meeting','summit',"
  "'webinar','other')),\n"
  "  description TEXT,\n"
  "  start_date TEXT NOT NULL, end_date TEXT NOT NULL CHECK (end_date >= start_date),\n"
  "  venue_id INTEGER REFERENCES venues (id) ON DELETE RESTRICT,\n"
  "  room_id INTEGER REFERENCES rooms (id) ON DELETE RESTRICT,\n"
  "  city TEXT,\n"
  "  project_id INTEGER REFERENCES projects (id) ON DELETE RESTRICT,\n"
  "  language TEXT,\n"
  "  capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),\n"
  "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','confirmed','held',"
  "'cancelled')),\n"
  "  accreditation_body TEXT, accreditation_code TEXT,\n"
  "  accreditation_points REAL NOT NULL DEFAULT 0,\n"
  "  credited_hours REAL NOT NULL DEFAULT 0,\n"
  "  topics TEXT, notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX events_start ON events (start_date, sort_key);\n"
  "CREATE INDEX events_end ON events (end_date);\n"
  "CREATE INDEX events_venue ON events (venue_id);\n"
  "CREATE INDEX events_room ON events (room_id);\n"
  "CREATE INDEX events_project ON events (project_id);\n"

  "CREATE TABLE event_organisations (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE RESTRICT,\n"
  "  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,\n"
  "  role TEXT NOT NULL CHECK (role IN ('organiser','co-organiser','supporter','donor',"
  "'partner')),\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ",\n"
  "  UNIQUE (event_id, organisation_id, role)\n"
  ");\n"
  "CREATE INDEX event_organisations_org ON event_organisations (organisation_id);\n"

  "CREATE TABLE sessions (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE RESTRICT,\n"
  "  date TEXT NOT NULL,\n"
  "  start_time TEXT, end_time TEXT, title TEXT,\n"
  "  room_id INTEGER REFERENCES rooms (id) ON DELETE RESTRICT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX sessions_event ON sessions (event_id, date, start_time);\n"
  "CREATE INDEX sessions_room ON sessions (room_id);\n"

  "CREATE TABLE registrations (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE RESTRICT,\n"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,\n"
  "  role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant','trainer',"
  "'speaker','facilitator','organiser','guest')),\n"
  "  status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('invited','registered',"
  "'confirmed','waitlisted','cancelled','declined')),\n"
  "  registered_at TEXT, status_changed_at TEXT, notes TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ",\n"
  "  UNIQUE (event_id, person_id)\n"
  ");\n"
  "CREATE INDEX registrations_person ON registrations (person_id);\n"

  "CREATE TABLE attendance (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE RESTRICT,\n"
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE RESTRICT,\n"
  "  status TEXT NOT NULL CHECK (status IN ('present','late','left-early','absent',"
  "'excused')),\n"
  "  check_in_time TEXT, note TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ",\n"
  "  UNIQUE (registration_id, session_id)\n"
  ");\n"
  "CREATE INDEX attendance_session ON attendance (session_id);\n"

  "CREATE TABLE certificate_templates (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),\n"
  "  language TEXT NOT NULL DEFAULT 'en',\n"
  "  script TEXT NOT NULL DEFAULT 'latin' CHECK (script IN ('latin','cyrillic')),\n"
  "  body TEXT, options TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"

  /* An issued certificate is a document someone holds: it keeps its own copy of the name,
   * the event and the dates, and outlives the person or event rows it came from. */
  "CREATE TABLE certificates (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  number TEXT NOT NULL UNIQUE,\n"
  "  person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,\n"
  "  event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,\n"
  "  registration_id INTEGER REFERENCES registrations (id) ON DELETE SET NULL,\n"
  "  template_id INTEGER REFERENCES certificate_templates (id) ON DELETE SET NULL,\n"
  "  recipient_name TEXT NOT NULL,\n"
  "  event_title TEXT NOT NULL,\n"
  "  event_dates TEXT NOT NULL,\n"
  "  event_place TEXT,\n"
  "  credited_hours REAL NOT NULL DEFAULT 0,\n"
  "  language TEXT NOT NULL DEFAULT 'en',\n"
  "  script TEXT NOT NULL DEFAULT 'latin',\n"
  "  issued_at TEXT NOT NULL,\n"
  "  signature TEXT,\n"
  "  revoked_at TEXT, revoked_reason TEXT,\n"
  "  sort_key TEXT NOT NULL DEFAULT '',\n"
  STAMPS ");\n"
  "CREATE INDEX certificates_person ON certificates (person_id);\n"
  "CREATE INDEX certificates_event ON certificates (event_id);\n"

  /* Merges of duplicate people, kept so a merge can be explained (and undone by hand). */
  "CREATE TABLE merges (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  kind TEXT NOT NULL,\n"
  "  kept_id INTEGER NOT NULL,\n"
  "  merged_id INTEGER NOT NULL,\n"
  "  merged_record TEXT NOT NULL,\n"
  STAMPS ");\n"

  /* One cross-script search index for all kinds; rowid = id * 8 + kind code. The prefix
   * indexes make the first keystrokes of search-as-you-type fast (one letter matches a
   * quarter of 100,000 people). */
  "CREATE VIRTUAL TABLE search_index USING fts5 (key, "
  "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');\n";

/* Version 2: the gap-free number counters (certificate numbers per year, taken inside the
 * issuing transaction); stored folded keys for the text columns lists sort by, so both
 * engines sort them alike (the store fills them for an upgraded register); and an email
 * index both engines can use (lower() instead of the SQLite-only NOCASE collation). */
static const char schema_v2[] =
  "CREATE TABLE counters (\n"
  "  name TEXT NOT NULL,\n"
  "  year INTEGER NOT NULL,\n"
  "  value BIGINT NOT NULL DEFAULT 0,\n"
  STAMPS ",\n"
  "  PRIMARY KEY (name, year)\n"
  ");\n";

/* Version 3: the search key in two columns, the record's name and the rest, so a search can
 * rank records whose name matches first. FTS5 tables cannot gain a column: the index is made
 * anew, holding the old keys as "the rest" (searches find what they found before) until the
 * store rebuilds it (see the shared part of this migration). */
static const char schema_v3[] =
  "CREATE VIRTUAL TABLE search_index_v3 USING fts5 (name, other, "
  "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');\n"
  "INSERT INTO search_index_v3 (rowid, name, other) SELECT rowid, '', key FROM search_index;\n"
  "DROP TABLE search_index;\n"
  "ALTER TABLE search_index_v3 RENAME TO search_index;\n";

/* Version 4: organisations' logos, for the headers of sign-in sheets and for certificates. A
 * table of its own, not a column: lists read organisations by the thousand and never need the
 * image bytes, and the logo goes with its organisation when that is deleted. */
static const char schema_v4[] =
  "CREATE TABLE organisation_logos (\n"
  "  organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,\n"
  "  mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png','image/jpeg','image/svg+xml')),\n"
  "  data BLOB NOT NULL,\n"
  STAMPS ");\n";

/* Version 5: registration and attendance. The history of each registration's status (when
 * someone was waitlisted, promoted, cancelled); the certificate eligibility overrides, a log
 * that is only added to (the latest row of a registration is its override, a row with no
 * verdict lifts it); and the scanned, signed sign-in sheets, kept as evidence with their
 * digest. The sheet goes with its session only through a delete plan that says so. */
static const char schema_v5[] =
  "CREATE TABLE registration_history (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,\n"
  "  status TEXT NOT NULL,\n"
  "  changed_at TEXT NOT NULL,\n"
  "  changed_by TEXT,\n"
  STAMPS ");\n"
  "CREATE INDEX registration_history_registration ON registration_history "
  "(registration_id, id);\n"
  "CREATE TABLE eligibility_overrides (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  registration_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,\n"
  "  eligible INTEGER CHECK (eligible IN (0, 1)),\n"
  "  reason TEXT NOT NULL CHECK (trim(reason) <> ''),\n"
  "  changed_by TEXT NOT NULL,\n"
  "  changed_at TEXT NOT NULL,\n"
  STAMPS ");\n"
  "CREATE INDEX eligibility_overrides_registration ON eligibility_overrides "
  "(registration_id, id);\n"
  "CREATE TABLE session_sheets (\n"
  "  session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,\n"
  "  file_name TEXT NOT NULL,\n"
  "  mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf','image/png','image/jpeg',"
  "'image/tiff')),\n"
  "  data BLOB NOT NULL,\n"
  "  sha256 TEXT NOT NULL,\n"
  "  size INTEGER NOT NULL,\n"
  "  attached_at TEXT NOT NULL,\n"
  "  attached_by TEXT,\n"
  STAMPS ");\n";

/* Version 6: certificates as issued documents. Each keeps an immutable snapshot of what it
 * printed (the expanded texts, the template as used) with its PDF's digest, a verification
 * code, its state and the links of a correction (no foreign keys on those: a certificate is
 * never deleted, and a copy of the register inserts them in id order); images are kept once
 * by their SHA-256. Templates gain what they are. Lecturers get their own accreditation
 * points. The triggers make "nothing issued is ever deleted or changed" the database's rule,
 * not only the store's: only the state, the correction's reason, date and link, and the
 * links to rows that may go (set NULL) can change, and a state only away from valid. */
static const char schema_v6[] =
  "ALTER TABLE events ADD COLUMN accreditation_points_lecturers REAL NOT NULL DEFAULT 0;\n"
  "ALTER TABLE certificate_templates ADD COLUMN built_in TEXT;\n"
  "CREATE UNIQUE INDEX certificate_templates_built_in ON certificate_templates (built_in);\n"
  "ALTER TABLE certificate_templates ADD COLUMN role TEXT NOT NULL DEFAULT 'participant' "
  "CHECK (role IN ('participant','trainer'));\n"
  "ALTER TABLE certificate_templates ADD COLUMN layout TEXT NOT NULL DEFAULT 'un' "
  "CHECK (layout IN ('un','classic'));\n"
  "ALTER TABLE certificate_templates ADD COLUMN paper TEXT NOT NULL DEFAULT 'a4' "
  "CHECK (paper IN ('a4','letter'));\n"
  "ALTER TABLE certificate_templates ADD COLUMN landscape INTEGER NOT NULL DEFAULT 1 "
  "CHECK (landscape IN (0, 1));\n"
  "ALTER TABLE certificate_templates ADD COLUMN accent INTEGER NOT NULL DEFAULT 2051705;\n"
  "ALTER TABLE certificate_templates ADD COLUMN font_family TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN title TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN preamble TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN issued_line TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN second_language TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN second_script TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN second_title TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN second_preamble TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN second_body TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN logos TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN signatories TEXT;\n"
  "ALTER TABLE certificate_templates ADD COLUMN background TEXT;\n"
  "CREATE TABLE certificate_assets (\n"
  "  sha256 TEXT PRIMARY KEY,\n"
  "  mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png','image/jpeg','image/svg+xml')),\n"
  "  data BLOB NOT NULL,\n"
  "  size INTEGER NOT NULL,\n"
  STAMPS ");\n"
  "ALTER TABLE certificates ADD COLUMN verification_code TEXT;\n"
  "CREATE UNIQUE INDEX certificates_verification_code ON certificates (verification_code);\n"
  "ALTER TABLE certificates ADD COLUMN state TEXT NOT NULL DEFAULT 'valid' "
  "CHECK (state IN ('valid','superseded','revoked'));\n"
  "ALTER TABLE certificates ADD COLUMN supersedes_id INTEGER;\n"
  "ALTER TABLE certificates ADD COLUMN superseded_by_id INTEGER;\n"
  "ALTER TABLE certificates ADD COLUMN correction_reason TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN correction_date TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN role TEXT NOT NULL DEFAULT 'participant';\n"
  "ALTER TABLE certificates ADD COLUMN issue_date TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN qr_payload TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN snapshot TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN design TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN pdf_sha256 TEXT;\n"
  "ALTER TABLE certificates ADD COLUMN pdf_size INTEGER NOT NULL DEFAULT 0;\n"
  "CREATE INDEX certificates_issue_date ON certificates (issue_date);\n"
  /* What schema 5 said of a revoked certificate, said as schema 6 says it. */
  "UPDATE certificates SET issue_date = substr (issued_at, 1, 10);\n"
  "UPDATE certificates SET state = 'revoked', correction_reason = revoked_reason, "
  "correction_date = substr (revoked_at, 1, 10) WHERE revoked_at IS NOT NULL;\n"
  "CREATE TRIGGER certificates_never_deleted BEFORE DELETE ON certificates BEGIN "
  "SELECT RAISE (ABORT, 'An issued certificate is never deleted; revoke it instead.'); END;\n"
  "CREATE TRIGGER certificates_frozen BEFORE UPDATE OF id, number, verification_code, role, "
  "issue_date, issued_at, recipient_name, event_title, event_dates, event_place, "
  "credited_hours, language, script, signature, qr_payload, snapshot, design, pdf_sha256, "
  "pdf_size, supersedes_id ON certificates BEGIN "
  "SELECT RAISE (ABORT, 'What an issued certificate printed never changes.'); END;\n"
  "CREATE TRIGGER certificates_state_once BEFORE UPDATE OF state ON certificates "
  "WHEN OLD.state <> 'valid' AND NEW.state IS NOT OLD.state BEGIN "
  "SELECT RAISE (ABORT, 'A superseded or revoked certificate stays so.'); END;\n"
  "CREATE TRIGGER certificate_assets_frozen BEFORE UPDATE ON certificate_assets BEGIN "
  "SELECT RAISE (ABORT, 'A certificate image never changes.'); END;\n"
  "CREATE TRIGGER certificate_assets_kept BEFORE DELETE ON certificate_assets BEGIN "
  "SELECT RAISE (ABORT, 'A certificate image is kept with the certificates.'); END;\n";

/* Version 7: evaluations. An event's test gives at most test_max_score points and is passed
 * with test_pass_mark (shared part of the migration). A participant's pre- and post-test
 * scores hang on the registration (one row each, either score may be missing). Satisfaction
 * forms are anonymous by design: a form names its event and nothing else, not even when it
 * was typed in, so no order or time can lead back to the person who filled it in. */
static const char schema_v7[] =
  "CREATE TABLE evaluation_scores (\n"
  "  registration_id INTEGER PRIMARY KEY REFERENCES registrations (id) ON DELETE RESTRICT,\n"
  "  pre_score REAL CHECK (pre_score >= 0),\n"
  "  post_score REAL CHECK (post_score >= 0),\n"
  STAMPS ");\n"
  "CREATE TABLE satisfaction_forms (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE RESTRICT,\n"
  "  q_overall INTEGER CHECK (q_overall BETWEEN 1 AND 5),\n"
  "  q_content INTEGER CHECK (q_content BETWEEN 1 AND 5),\n"
  "  q_trainers INTEGER CHECK (q_trainers BETWEEN 1 AND 5),\n"
  "  q_organisation INTEGER CHECK (q_organisation BETWEEN 1 AND 5),\n"
  "  q_usefulness INTEGER CHECK (q_usefulness BETWEEN 1 AND 5),\n"
  "  comment TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE INDEX satisfaction_forms_event ON satisfaction_forms (event_id);\n";

const char * const _skup_sqlite_migrations[SKUP_DB_SCHEMA_VERSION] = {
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
  schema_v5,
  schema_v6,
  schema_v7,
};

/* Reads PRAGMA user_version; -1 with @error set if the file is not a database. */
static int
read_version (SkupDb  *db,
              GError **error)
{
  sqlite3 *handle = SQLITE_DB (db)->handle;
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  int rc = sqlite3_prepare_v2 (handle, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (version >= 0)
    return version;
  if (sqlite3_errcode (handle) == SQLITE_NOTADB)
    g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP,
                 _("%s is not a Skup register, or it is damaged. Skup did not change it."),
                 db->location);
  else
    _skup_sqlite_set_error (error, handle, _("Could not read the register"));
  return -1;
}

static int
count_tables (SkupDb  *db,
              GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  if (sqlite3_prepare_v2 (SQLITE_DB (db)->handle, "SELECT count(*) FROM sqlite_schema", -1,
                          &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (n < 0)
    _skup_sqlite_set_error (error, SQLITE_DB (db)->handle, _("Could not read the register"));
  return n;
}

/**
 * _skup_sqlite_version:
 *
 * Reads the schema version without changing anything, and refuses what this Skup cannot
 * open: a file that is not a database, a database of another program, one from a newer Skup.
 *
 * Returns: the version, or -1 with @error set
 */
int
_skup_sqlite_version (SkupDb  *db,
                      GError **error)
{
  int version = read_version (db, error);
  int tables;

  if (version < 0)
    return -1;
  if (version > SKUP_DB_SCHEMA_VERSION)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_TOO_NEW,
                   _("This register was written by a newer version of Skup (schema %d); "
                     "this version understands up to schema %d. Update Skup to open it."),
                   version, SKUP_DB_SCHEMA_VERSION);
      return -1;
    }
  if (version > 0)
    return version;
  tables = count_tables (db, error);
  if (tables < 0)
    return -1;
  if (tables > 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_SKUP,
                   _("%s is not a Skup register: it holds another program’s tables. "
                     "Skup did not change it."), db->location);
      return -1;
    }
  return 0;
}

/**
 * _skup_sqlite_backup:
 *
 * Copies the whole database to @dest_path with SQLite's online backup API, which gives a
 * consistent copy even while the database is in WAL mode.
 */
gboolean
_skup_sqlite_backup (SkupDb      *db,
                     const char  *dest_path,
                     GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
      != SQLITE_OK)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE, _("Could not create the backup %s."),
                   dest_path);
      sqlite3_close (dest);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", SQLITE_DB (db)->handle, "main");
  if (backup == NULL)
    {
      _skup_sqlite_set_error (error, dest, _("Could not back up the register"));
      sqlite3_close (dest);
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  sqlite3_close (dest);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE,
                   _("Could not back up the register to %s."), dest_path);
      return FALSE;
    }

  g_chmod (dest_path, 0600);
  return TRUE;
}

static char *
backup_path_for (const char *path,
                 int         version)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.v%d-%s.bak", path, version, stamp);
}

/* Copies an older register aside before its first migration (a backup cannot read a file
 * its own connection is writing, so this runs before the write lock is taken). */
gboolean
_skup_sqlite_before_migration (SkupDb  *db,
                               int      version,
                               char   **out_backup_path,
                               GError **error)
{
  g_autofree char *backup = NULL;

  if (version == 0 || skup_db_is_temporary (db))
    return TRUE;
  backup = backup_path_for (db->location, version);
  if (!_skup_sqlite_backup (db, backup, error))
    return FALSE;
  if (out_backup_path)
    *out_backup_path = g_steal_pointer (&backup);
  return TRUE;
}
