/* skup-store.h — the register: records in SQLite or PostgreSQL
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "skup-record.h"

G_BEGIN_DECLS

/**
 * SkupQuery:
 * @search: (nullable): what the user typed; matched across scripts and diacritics, by prefix
 * @sort: (nullable): a field name to sort by, or %NULL for the type's default order
 * @descending: sort order
 * @filter_field: (nullable): only rows whose field equals @filter_value (e.g. "event-id")
 * @filter_value: the value for @filter_field
 * @only_if: (nullable): a boolean field the rows must have set ("is-trainer")
 * @when: events only: 0 all, 1 upcoming (ends today or later), -1 past
 * @exclude: (nullable) (array length=n_exclude): ids to leave out (records whose deletion is
 *   waiting for its Undo toast to go)
 *
 * What a list shows. Plain data: fill it on the stack.
 */
typedef struct {
  const char *search;
  const char *sort;
  gboolean    descending;
  const char *filter_field;
  gint64      filter_value;
  const char *only_if;
  int         when;
  const gint64 *exclude;
  guint       n_exclude;
} SkupQuery;

/**
 * SkupConsequence:
 * @table: the affected table
 * @count: how many rows
 * @removed: %TRUE if those rows go too, %FALSE if they stay but lose the link
 * @description: a translated sentence for people ("Also removes 3 registrations.")
 */
typedef struct {
  const char *table;
  guint       count;
  gboolean    removed;
  char       *description;
} SkupConsequence;

/**
 * SkupDuplicate:
 * @record_id: the existing record (of the kind looked for)
 * @name: its title
 * @organisation: (nullable): what tells it apart: a person's organisation, a venue's address
 *   and city
 * @reason: a translated explanation ("same email", "same name") 
 * @score: 0–100; higher is more likely the same
 */
typedef struct {
  gint64  record_id;
  char   *name;
  char   *organisation;
  char   *reason;
  guint   score;
} SkupDuplicate;

void skup_consequence_free (SkupConsequence *c);
void skup_duplicate_free   (SkupDuplicate   *d);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupConsequence, skup_consequence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupDuplicate, skup_duplicate_free)

#define SKUP_TYPE_STORE (skup_store_get_type ())
G_DECLARE_FINAL_TYPE (SkupStore, skup_store, SKUP, STORE, GObject)

/* The register: --database, $SKUP_DATABASE, else $XDG_DATA_HOME/skup/skup.db. */
char           *skup_store_default_path     (void);

/* @location made absolute (a file) or kept as it is (":memory:", a server URI). */
char           *skup_store_canonical_location (const char *location);

/* @location is a file path (SQLite, created if missing), ":memory:" (a register that lives
 * only as long as the store), or a libpq URI postgresql://user@host/dbname (a shared
 * register; passwords come from ~/.pgpass or PGSERVICE, never from Skup). */
SkupStore      *skup_store_open             (const char   *location,
                                             GError      **error);
SkupStore      *skup_store_open_temporary   (GError      **error);
/* Connects and reads the schema version, changing nothing (a connection dialog's Test). */
gboolean        skup_store_probe            (const char   *location,
                                             int          *out_version,
                                             GError      **error);
/* The location as given to skup_store_open(). */
const char     *skup_store_get_path         (SkupStore    *self);
/* The location for people to read: a path, or the URI without any password. */
char           *skup_store_dup_display_name (SkupStore    *self);
/* TRUE for a shared register on a server. */
gboolean        skup_store_is_shared        (SkupStore    *self);
/* TRUE for a register in memory, which has no file or folder to show. */
gboolean        skup_store_is_temporary     (SkupStore    *self);

/* Other organisers' changes: while watching, the store looks every second for commits by
 * other connections and emits ::changed for them (kind "" when it cannot tell which). */
void            skup_store_watch            (SkupStore    *self,
                                             gboolean      watch);
/* Looks once, now; TRUE if another connection committed something since the last look. */
gboolean        skup_store_poll_changes     (SkupStore    *self);

/* Records. save inserts when the id is 0, else updates; it validates first and fails with a
 * field error (see skup_error_get_field()) without writing anything. An update of a record
 * someone else changed or deleted since it was read fails with SKUP_ERROR_STALE: reload it. */
gboolean        skup_store_save             (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
SkupRecord     *skup_store_load             (SkupStore    *self,
                                             GType         type,
                                             gint64        id,
                                             GError      **error);
/* What else a delete touches. (element-type SkupConsequence) */
GPtrArray      *skup_store_plan_delete      (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
/* Deletes @record. If anything else is touched, @accepted must be the plan the user was shown
 * (from skup_store_plan_delete()); a missing or outdated plan fails with SKUP_ERROR_IN_USE. */
gboolean        skup_store_delete           (SkupStore    *self,
                                             SkupRecord   *record,
                                             GPtrArray    *accepted,
                                             GError      **error);

/* Lists: a lazy GListModel of @type that pages rows in from SQLite as they are shown. */
GListModel     *skup_store_list             (SkupStore       *self,
                                             GType            type,
                                             const SkupQuery *query,
                                             GError         **error);
guint           skup_store_count            (SkupStore       *self,
                                             GType            type,
                                             const SkupQuery *query,
                                             GError         **error);

/* Likely duplicates of a person or a venue. (element-type SkupDuplicate), most likely first. */
gboolean        skup_store_can_find_duplicates (GType      type);
GPtrArray      *skup_store_find_duplicates  (SkupStore    *self,
                                             SkupRecord   *record,
                                             GError      **error);
/* Moves everything of @drop_id (registrations, attendance, certificates) to @keep_id, fills
 * @keep_id's empty fields from @drop_id, records the merge and deletes @drop_id. */
gboolean        skup_store_merge_people     (SkupStore    *self,
                                             gint64        keep_id,
                                             gint64        drop_id,
                                             GError      **error);

/* Events. */
gboolean        skup_store_register         (SkupStore    *self,
                                             gint64        event_id,
                                             gint64        person_id,
                                             const char   *role,
                                             const char   *status,
                                             gint64       *out_registration_id,
                                             GError      **error);
gboolean        skup_store_set_attendance   (SkupStore    *self,
                                             gint64        registration_id,
                                             gint64        session_id,
                                             const char   *status,
                                             const char   *check_in_time,
                                             GError      **error);
gboolean        skup_store_add_event_organisation (SkupStore  *self,
                                                   gint64      event_id,
                                                   gint64      organisation_id,
                                                   const char *role,
                                                   GError    **error);

/**
 * SkupEventDatesPlan:
 * @session_ids: (element-type gint64): the sessions outside the new dates, by date
 * @session_dates: (element-type utf8): their dates (ISO), ascending, each once
 * @n_marks: the attendance marks recorded at those sessions
 * @n_added: the days of the new dates that have no session yet (saving adds one each)
 *
 * What saving an event with new dates does to its sessions.
 */
typedef struct {
  GArray    *session_ids;
  GPtrArray *session_dates;
  guint      n_marks;
  guint      n_added;
} SkupEventDatesPlan;

/* What skup_store_save_event_dates() removed, to put it back (Undo). Opaque. */
typedef struct _SkupEventDatesUndo SkupEventDatesUndo;

void skup_event_dates_plan_free (SkupEventDatesPlan *plan);
void skup_event_dates_undo_free (SkupEventDatesUndo *undo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupEventDatesPlan, skup_event_dates_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupEventDatesUndo, skup_event_dates_undo_free)

/* What saving @event (edited, not yet saved) with its dates would remove and add. */
gboolean        skup_store_plan_event_dates (SkupStore          *self,
                                             SkupRecord         *event,
                                             SkupEventDatesPlan **out_plan,
                                             GError            **error);
/* Saves @event and removes the sessions outside its dates with their attendance, in one
 * transaction. @accepted must be the plan the user was shown; if other sessions are outside
 * now, nothing is written (SKUP_ERROR_IN_USE). @out_undo gets what was removed. */
gboolean        skup_store_save_event_dates (SkupStore                *self,
                                             SkupRecord               *event,
                                             const SkupEventDatesPlan *accepted,
                                             SkupEventDatesUndo      **out_undo,
                                             GError                  **error);
/* Puts the event's old dates, its removed sessions and their attendance back, and takes
 * away the sessions the save added, in one transaction. */
gboolean        skup_store_undo_event_dates (SkupStore          *self,
                                             SkupEventDatesUndo *undo,
                                             GError            **error);

/* Numbers without gaps (certificate numbers per year): call inside a transaction opened with
 * skup_store_begin(); the counter row stays locked until it commits, so two organisers on
 * one shared register never take the same number, and a rolled-back issue gives its number
 * back. */
gboolean        skup_store_next_number      (SkupStore    *self,
                                             const char   *counter,
                                             int           year,
                                             gint64       *out_number,
                                             GError      **error);

/* Moving a register: copies every record of @from into @to (which must be empty), ids and
 * stamps intact, in one transaction on @to. @out_counts gets "table=N" lines. */
gboolean        skup_store_copy             (SkupStore    *from,
                                             SkupStore    *to,
                                             GPtrArray    *out_counts,
                                             GError      **error);
/* (element-type utf8): the tables of a register and how many rows each holds, "table=N". */
GPtrArray      *skup_store_count_rows       (SkupStore    *self,
                                             GError      **error);

/* Write transactions for bulk work (demo, import): nestable. */
gboolean        skup_store_begin            (SkupStore    *self,
                                             GError      **error);
gboolean        skup_store_commit           (SkupStore    *self,
                                             GError      **error);
void            skup_store_rollback         (SkupStore    *self);

/* The office profile and other shared settings (see SKUP_SETTING_*). */
#define SKUP_SETTING_ORGANISATION_NAME    "organisation-name"
#define SKUP_SETTING_ORGANISATION_ADDRESS "organisation-address"
#define SKUP_SETTING_LOGO                 "logo"
#define SKUP_SETTING_CERTIFICATE_PREFIX   "certificate-prefix"
/* Signatories are numbered from 1: "signatory-1-name", "signatory-1-title",
 * "signatory-1-signature" (image bytes). */
#define SKUP_MAX_SIGNATORIES 3

char           *skup_store_dup_setting      (SkupStore    *self,
                                             const char   *key);
gboolean        skup_store_set_setting      (SkupStore    *self,
                                             const char   *key,
                                             const char   *value,
                                             GError      **error);
GBytes         *skup_store_dup_setting_data (SkupStore    *self,
                                             const char   *key);
gboolean        skup_store_set_setting_data (SkupStore    *self,
                                             const char   *key,
                                             GBytes       *data,
                                             GError      **error);

/* Looks a record up by its folded title (organisations, venues, projects: demo and import). */
gint64          skup_store_find_by_title    (SkupStore    *self,
                                             GType         type,
                                             const char   *title);

/* Organisations' logos (skup-store-logos.c): the image file as chosen, PNG, JPEG or SVG,
 * printed in the headers of sign-in sheets and on certificates. Skup ships none: an office
 * adds the logos it may use. */
#define SKUP_LOGO_MAX_SIZE (2 * 1000 * 1000)

GBytes         *skup_store_dup_logo         (SkupStore    *self,
                                             gint64        organisation_id,
                                             GError      **error);
gboolean        skup_store_set_logo         (SkupStore    *self,
                                             gint64        organisation_id,
                                             GBytes       *logo,
                                             GError      **error);

/* skup-store-roster.c: who is expected at an event, for documents. */
typedef struct
{
  gint64  registration_id;
  gint64  person_id;
  char   *role;
  char   *status;
  char   *given_name;
  char   *family_name;
  char   *other_script_name;
  char   *gender;
  char   *position;
  char   *email;
  char   *phone;
  char   *organisation;
  char   *sector;
  char   *licence_number;
} SkupRosterEntry;

void            skup_roster_entry_free      (SkupRosterEntry *entry);

GPtrArray      *skup_store_list_roster      (SkupStore    *self,
                                             gint64        event_id,
                                             GError      **error);

/* skup-store-registrations.c: who is coming. Seats are taken by the registered and the
 * confirmed; an event's capacity is its own, else its room's, else there is no limit. Every
 * check of capacity runs inside the write transaction, after the event's row is locked, so
 * two organisers on one shared register cannot both take the last seat. */

/**
 * SkupEventSeats:
 * @capacity: the seats, 0 for no limit
 * @taken: registrations that hold a seat (registered, confirmed)
 * @waitlisted: registrations waiting for one
 */
typedef struct {
  guint capacity;
  guint taken;
  guint waitlisted;
} SkupEventSeats;

/**
 * SkupRegisterSummary:
 * @registered: new registrations that took a seat (or an invitation, as asked)
 * @waitlisted: new registrations put on the waitlist because the event was full
 * @already: people who were registered already, left as they were
 * @ids: (element-type gint64): the new registrations, in the order the people were given
 */
typedef struct {
  guint   registered;
  guint   waitlisted;
  guint   already;
  GArray *ids;
} SkupRegisterSummary;

void            skup_register_summary_clear (SkupRegisterSummary *summary);

/* A history entry of a registration's status. */
typedef struct {
  char *status;
  char *changed_at;   /* UTC stamp */
  char *changed_by;   /* (nullable) */
} SkupStatusChange;

void            skup_status_change_free     (SkupStatusChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupStatusChange, skup_status_change_free)

gboolean        skup_store_count_seats      (SkupStore    *self,
                                             gint64        event_id,
                                             SkupEventSeats *out_seats,
                                             GError      **error);
/* Registers each of @person_ids for @event_id with @role in one transaction: as "registered"
 * while there are seats, then as "waitlisted". People registered already are counted in
 * @out_summary->already and left as they were. An unknown event or person writes nothing. */
gboolean        skup_store_register_people  (SkupStore    *self,
                                             gint64        event_id,
                                             const gint64 *person_ids,
                                             guint         n_people,
                                             const char   *role,
                                             SkupRegisterSummary *out_summary,
                                             GError      **error);
/* Registers everyone of @from_event_id who was not cancelled and did not decline for
 * @to_event_id, with the same roles (the same workshop in another city). */
gboolean        skup_store_copy_participants (SkupStore   *self,
                                              gint64       from_event_id,
                                              gint64       to_event_id,
                                              SkupRegisterSummary *out_summary,
                                              GError     **error);
/* Changes a registration's status, keeping the date of the change in its history. A seat
 * freed (a registered or confirmed person cancels or declines) goes to the first on the
 * waitlist, in the same transaction: @out_promoted_id gets that registration (0 for none).
 * Taking someone off the waitlist while the event is full fails with SKUP_ERROR_FULL. */
gboolean        skup_store_set_registration_status (SkupStore  *self,
                                                    gint64      registration_id,
                                                    const char *status,
                                                    gint64     *out_promoted_id,
                                                    GError    **error);
gboolean        skup_store_set_registration_role (SkupStore  *self,
                                                  gint64      registration_id,
                                                  const char *role,
                                                  GError    **error);
/* (element-type SkupStatusChange): oldest first. */
GPtrArray      *skup_store_list_status_history (SkupStore *self,
                                                gint64     registration_id,
                                                GError   **error);

/* skup-store-attendance.c: who came. */

/**
 * SkupMark:
 * How a person attended one session. Present, late and left early count as attended.
 */
typedef enum {
  SKUP_MARK_NONE,        /* not taken */
  SKUP_MARK_PRESENT,
  SKUP_MARK_LATE,
  SKUP_MARK_LEFT_EARLY,
  SKUP_MARK_ABSENT,
  SKUP_MARK_EXCUSED,
} SkupMark;

#define SKUP_MARK_LAST SKUP_MARK_EXCUSED

/* The attendance-status nick of @mark ("present" …), NULL for SKUP_MARK_NONE. */
const char     *skup_mark_to_nick           (SkupMark      mark);
/* SKUP_MARK_NONE for NULL or an unknown nick. */
SkupMark        skup_mark_from_nick         (const char   *nick);
gboolean        skup_mark_is_attended       (SkupMark      mark);

typedef struct {
  gint64   registration_id;
  gint64   session_id;
  SkupMark mark;
  char     check_in_time[6];   /* "HH:MM" or "" */
} SkupAttendanceMark;

/* Every mark recorded at @event_id's sessions, in one query. (element-type SkupAttendanceMark) */
GArray         *skup_store_list_marks       (SkupStore    *self,
                                             gint64        event_id,
                                             GError      **error);
/* Writes or (SKUP_MARK_NONE) clears the marks of @n registrations at one session, in one
 * transaction. @check_in_time may be NULL. */
gboolean        skup_store_set_marks        (SkupStore    *self,
                                             gint64        session_id,
                                             const gint64 *registration_ids,
                                             guint         n,
                                             SkupMark      mark,
                                             const char   *check_in_time,
                                             GError      **error);
/* Checks one person in: marks @registration_id present at @session_id with @check_in_time,
 * unless they are marked present or late there already: then nothing changes and this fails
 * with SKUP_ERROR_ALREADY, the message saying since when. */
gboolean        skup_store_check_in         (SkupStore    *self,
                                             gint64        registration_id,
                                             gint64        session_id,
                                             const char   *check_in_time,
                                             GError      **error);
/* A walk-in: creates @person (unsaved), registers them (over capacity if need be: they are
 * here) and marks them present, in one transaction. */
gboolean        skup_store_walk_in          (SkupStore    *self,
                                             gint64        event_id,
                                             gint64        session_id,
                                             SkupRecord   *person,
                                             const char   *check_in_time,
                                             gint64       *out_registration_id,
                                             GError      **error);
/* Undoes skup_store_walk_in(): removes the mark, the registration and the person, if
 * nothing else refers to the person since. */
gboolean        skup_store_undo_walk_in     (SkupStore    *self,
                                             gint64        registration_id,
                                             GError      **error);

/* skup-store-eligibility.c: who may be given a certificate (see skup-eligibility.h). */
typedef struct {
  gint64   registration_id;
  int      eligible;       /* 1 eligible, 0 not eligible, -1 the override was lifted */
  char    *reason;
  char    *changed_by;
  char    *changed_at;     /* UTC stamp */
} SkupOverride;

void            skup_override_free          (SkupOverride *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupOverride, skup_override_free)

/* Sets (@eligible 1 or 0) or lifts (-1) a registration's manual verdict, with a reason
 * (required), logging who and when. */
gboolean        skup_store_override_eligibility (SkupStore  *self,
                                                 gint64      registration_id,
                                                 int         eligible,
                                                 const char *reason,
                                                 GError    **error);
/* (element-type SkupOverride): the log of one registration, oldest first. */
GPtrArray      *skup_store_list_overrides   (SkupStore    *self,
                                             gint64        registration_id,
                                             GError      **error);
/* (element-type SkupOverride): the override in force of each registration of @event_id that
 * has one (lifted ones left out). */
GPtrArray      *skup_store_list_event_overrides (SkupStore *self,
                                                 gint64     event_id,
                                                 GError   **error);
/* (element-type SkupOverride): the whole log of every registration of @event_id, lifts
 * included, by registration and each oldest first, in one query. */
GPtrArray      *skup_store_list_event_override_log (SkupStore *self,
                                                    gint64     event_id,
                                                    GError   **error);

/* skup-store-sheets.c: the scanned, signed sign-in sheet of a session, kept as evidence. */
#define SKUP_SHEET_MAX_SIZE (50 * 1000 * 1000)

typedef struct {
  gint64  session_id;
  char   *file_name;
  char   *mime_type;    /* application/pdf, image/png, image/jpeg, image/tiff */
  char   *sha256;       /* hex */
  gint64  size;
  char   *attached_at;  /* UTC stamp */
  char   *attached_by;  /* (nullable) */
} SkupSheetInfo;

void            skup_sheet_info_free        (SkupSheetInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupSheetInfo, skup_sheet_info_free)

/* Attaches (or replaces) the sheet of @session_id. The type is read from the bytes; anything
 * but a PDF, PNG, JPEG or TIFF is refused, as is an empty or too large file. */
gboolean        skup_store_attach_sheet     (SkupStore    *self,
                                             gint64        session_id,
                                             const char   *file_name,
                                             GBytes       *data,
                                             GError      **error);
/* NULL without an error when the session has no sheet. */
SkupSheetInfo  *skup_store_dup_sheet_info   (SkupStore    *self,
                                             gint64        session_id,
                                             GError      **error);
/* The sheet's bytes, checked against its digest (a mismatch is SKUP_ERROR_DAMAGED). */
GBytes         *skup_store_dup_sheet        (SkupStore    *self,
                                             gint64        session_id,
                                             GError      **error);
gboolean        skup_store_remove_sheet     (SkupStore    *self,
                                             gint64        session_id,
                                             GError      **error);

/* Who is writing, for logs: the user's real name, else their login. */
char           *skup_store_dup_user_name    (SkupStore    *self);

G_END_DECLS
