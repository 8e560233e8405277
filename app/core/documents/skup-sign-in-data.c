/* skup-sign-in-data.c — what a sign-in sheet prints, read from the register at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet is written in its own language and script, which need not be the window's: an
 * English window prints a Serbian Cyrillic sheet. Every text is therefore translated through
 * the document's catalogue here, and every name written in the sheet's script, before the
 * sheet measures anything.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-choices.h"
#include "skup-collate.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-project.h"
#include "skup-record-list.h"
#include "skup-room.h"
#include "skup-session.h"
#include "skup-sign-in-private.h"
#include "skup-text.h"

/* More signature columns than this do not fit a sheet anyone can sign. */
#define MAX_SIGNATURE_COLUMNS 10

typedef struct
{
  const SkupSignInOptions *options;
  SkupCatalog             *catalog;
  const char              *collation;
} Reader;

static const char *
tr (const Reader *reader,
    const char   *msgid)
{
  return skup_catalog_gettext (reader->catalog, msgid);
}

static void
person_free (gpointer data)
{
  SignInPerson *person = data;

  g_free (person->name);
  g_free (person->organisation);
  g_free (person->position);
  g_free (person->sector);
  g_free (person->gender);
  g_free (person->email);
  g_free (person->phone);
  g_free (person->sort_key);
  g_free (person);
}

void
_skup_sign_in_data_free (SignInData *data)
{
  g_free (data->title);
  g_free (data->kind);
  g_free (data->dates);
  g_free (data->place);
  g_free (data->project);
  g_free (data->day_line);
  g_free (data->date_iso);
  g_free (data->office);
  g_free (data->privacy);
  g_clear_pointer (&data->signatures, g_ptr_array_unref);
  g_clear_pointer (&data->people, g_ptr_array_unref);
  g_clear_pointer (&data->logos, g_ptr_array_unref);
  g_free (data);
}

/* A vocabulary's label in the document's language (the window's may differ). */
static char *
choice_label (const Reader *reader,
              const char   *set,
              const char   *nick)
{
  guint n = 0;
  const SkupChoice *choices = skup_choices_lookup (set, &n);

  for (guint i = 0; nick != NULL && i < n; i++)
    if (g_str_equal (choices[i].nick, nick))
      return g_strdup (skup_catalog_pgettext (reader->catalog, set, choices[i].label));
  return NULL;
}

/* @text in the sheet's script. */
static char *
in_script (const Reader *reader,
           const char   *text)
{
  if (text == NULL)
    return NULL;
  return reader->options->cyrillic ? skup_text_to_cyrillic (text) : skup_text_to_latin (text);
}

/* The person's name as the sheet writes it: their own spelling in the sheet's script when
 * they gave one (Đorđe may write himself Ђорђе, not as a machine would spell it), else
 * their name transliterated. */
static char *
person_name (const Reader          *reader,
             const SkupRosterEntry *entry)
{
  g_autofree char *name = g_strjoin (" ", entry->given_name ? entry->given_name : "",
                                     entry->family_name ? entry->family_name : "", NULL);
  const char *own = entry->other_script_name;
  gboolean want_cyrillic = reader->options->cyrillic;

  g_strstrip (name);
  if (skup_text_has_cyrillic (name) == want_cyrillic)
    return g_steal_pointer (&name);
  if (own != NULL && *own != '\0' && skup_text_has_cyrillic (own) == want_cyrillic)
    return g_strstrip (g_strdup (own));
  return in_script (reader, name);
}

/* Lists of people are read by family name, then given name, in the sheet's alphabet. */
static char *
person_sort_key (const Reader          *reader,
                 const SkupRosterEntry *entry)
{
  g_autofree char *family = in_script (reader, entry->family_name ? entry->family_name : "");
  g_autofree char *given = in_script (reader, entry->given_name ? entry->given_name : "");
  g_autofree char *family_key = skup_collate_key (family, reader->collation);
  g_autofree char *given_key = skup_collate_key (given, reader->collation);

  /* \x01 sorts below every byte a key is made of, so "Ana" comes before "Anastasija". */
  return g_strdup_printf ("%s\x01%s", family_key, given_key);
}

static SignInPerson *
read_person (const Reader          *reader,
             const SkupRosterEntry *entry)
{
  SignInPerson *person = g_new0 (SignInPerson, 1);

  person->name = person_name (reader, entry);
  person->organisation = g_strdup (entry->organisation);
  person->position = g_strdup (entry->position);
  person->sector = choice_label (reader, SKUP_CHOICES_SECTOR, entry->sector);
  person->gender = choice_label (reader, SKUP_CHOICES_GENDER, entry->gender);
  person->email = g_strdup (entry->email);
  person->phone = g_strdup (entry->phone);
  person->sort_key = person_sort_key (reader, entry);
  return person;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const SignInPerson *first = *(SignInPerson * const *) a;
  const SignInPerson *second = *(SignInPerson * const *) b;

  return strcmp (first->sort_key, second->sort_key);
}

static GPtrArray *
read_people (SkupStore    *store,
             const Reader *reader,
             GError      **error)
{
  g_autoptr(GPtrArray) roster = skup_store_list_roster (store, reader->options->event_id, error);
  GPtrArray *people;

  if (roster == NULL)
    return NULL;
  people = g_ptr_array_new_full (roster->len, person_free);
  for (guint i = 0; i < roster->len; i++)
    g_ptr_array_add (people, read_person (reader, g_ptr_array_index (roster, i)));
  g_ptr_array_sort (people, compare_people);
  return people;
}

/* Sessions ***************************************************************/

static GPtrArray *
read_sessions (SkupStore *store,
               gint64     event_id,
               GError   **error)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) model = skup_store_list (store, SKUP_TYPE_SESSION, &query, error);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

  if (model == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      SkupRecord *session = g_list_model_get_item (model, i);

      if (session == NULL)
        break;
      g_ptr_array_add (sessions, session);
    }
  if (!skup_record_list_get_error (SKUP_RECORD_LIST (model), error))
    return NULL;
  /* In the store's order for sessions: by date, then start time. */
  return g_steal_pointer (&sessions);
}

/**
 * skup_sign_in_find_session:
 * @store: the register
 * @event_id: the event
 * @position: which session, from 1, in the order of their dates and times
 * @error: where to put a read error, or that the event has no such session
 *
 * For people who name a session by its place in the programme ("the second session").
 *
 * Returns: the session's id, or 0 with @error set
 */
gint64
skup_sign_in_find_session (SkupStore *store,
                           gint64     event_id,
                           guint      position,
                           GError   **error)
{
  g_autoptr(GPtrArray) sessions = read_sessions (store, event_id, error);

  if (sessions == NULL)
    return 0;
  if (position == 0 || position > sessions->len)
    {
      if (sessions->len == 0)
        g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, _("The event has no sessions."));
      else
        g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                     g_dngettext (GETTEXT_PACKAGE, "There is no session %u: the event has %u session.",
                                  "There is no session %u: the event has %u sessions.",
                                  sessions->len),
                     position, sessions->len);
      return 0;
    }
  return skup_record_get_id (g_ptr_array_index (sessions, position - 1));
}

/* How many different days @sessions fall on, and which of them @date is (from 1). */
static guint
count_days (GPtrArray  *sessions,
            const char *date,
            guint      *day)
{
  guint days = 0;
  const char *previous = NULL;

  *day = 0;
  for (guint i = 0; i < sessions->len; i++)
    {
      const char *at = skup_record_get_string (g_ptr_array_index (sessions, i), "date");

      if (g_strcmp0 (at, previous) != 0)
        days++;
      if (g_strcmp0 (at, date) == 0 && *day == 0)
        *day = days;
      previous = at;
    }
  return days;
}

/* "20.05.2019.", as Serbian official documents write a date in a narrow column, whatever
 * the window's language (the sheet's own language need not be the window's). */
static char *
short_date (const char *iso)
{
  g_autoptr(GDateTime) day = skup_text_parse_date (iso);

  return day != NULL ? g_date_time_format (day, "%d.%m.%Y.") : g_strdup (iso != NULL ? iso : "");
}

/* Whether any session on @date starts before noon, and any at noon or later. */
static void
halves_on (GPtrArray  *sessions,
           const char *date,
           gboolean   *morning,
           gboolean   *afternoon)
{
  *morning = *afternoon = FALSE;
  for (guint i = 0; i < sessions->len; i++)
    {
      SkupRecord *session = g_ptr_array_index (sessions, i);
      const char *start = skup_record_get_string (session, "start-time");

      if (g_strcmp0 (skup_record_get_string (session, "date"), date) != 0
          || start == NULL || *start == '\0')
        continue;
      if (strcmp (start, "12:00") < 0)
        *morning = TRUE;
      else
        *afternoon = TRUE;
    }
}

/* The columns for one day: one, or a morning and an afternoon where the day's sessions are
 * half days (per diems and attendance are counted by the half day then). */
static void
add_day_columns (const Reader *reader,
                 GPtrArray    *sessions,
                 const char   *date,
                 guint         day,
                 GPtrArray    *columns)
{
  g_autofree char *numeric = short_date (date);
  gboolean morning, afternoon;

  halves_on (sessions, date, &morning, &afternoon);
  if (morning && afternoon)
    {
      g_ptr_array_add (columns, g_strdup_printf ("%s\n%s", numeric, tr (reader, N_("Morning"))));
      g_ptr_array_add (columns, g_strdup_printf ("%s\n%s", numeric, tr (reader, N_("Afternoon"))));
      return;
    }
  /* Translators: a signature column's title on a sign-in sheet: "Day 2", then the date. */
  g_ptr_array_add (columns, g_strdup_printf (tr (reader, N_("Day %u\n%s")), day, numeric));
}

/* A column a day when the event has no sessions yet: it still has days to sign for. */
static gboolean
signatures_for_days (const Reader *reader,
                     SkupRecord   *event,
                     GPtrArray    *columns,
                     GError      **error)
{
  g_autoptr(GDateTime) day = skup_text_parse_date (skup_record_get_string (event, "start-date"));
  g_autoptr(GDateTime) last = skup_text_parse_date (skup_record_get_string (event, "end-date"));

  for (guint n = 1; day != NULL && (last == NULL || g_date_time_compare (day, last) <= 0); n++)
    {
      g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");
      g_autofree char *numeric = short_date (iso);
      GDateTime *next;

      if (n > MAX_SIGNATURE_COLUMNS)
        return FALSE;
      g_ptr_array_add (columns, g_strdup_printf (tr (reader, N_("Day %u\n%s")), n, numeric));
      if (last == NULL)
        break;
      next = g_date_time_add_days (day, 1);
      g_date_time_unref (day);
      day = next;
    }
  return TRUE;
}

static gboolean
too_many_columns (GError **error)
{
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
               _("The event has more than %u days or sessions, too many signatures for one "
                 "sheet. Print a sheet for each session instead."), MAX_SIGNATURE_COLUMNS);
  return FALSE;
}

/* The signature columns of a sheet for every session: a day each, or its two halves. */
static gboolean
read_signatures (const Reader *reader,
                 SkupRecord   *event,
                 GPtrArray    *sessions,
                 SignInData   *data,
                 GError      **error)
{
  const char *previous = NULL;
  guint day = 0;

  data->signatures = g_ptr_array_new_with_free_func (g_free);
  if (sessions->len == 0)
    return signatures_for_days (reader, event, data->signatures, error)
           || too_many_columns (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      const char *date = skup_record_get_string (g_ptr_array_index (sessions, i), "date");

      if (g_strcmp0 (date, previous) == 0)
        continue;
      previous = date;
      add_day_columns (reader, sessions, date, ++day, data->signatures);
      if (data->signatures->len > MAX_SIGNATURE_COLUMNS)
        return too_many_columns (error);
    }
  return TRUE;
}

/* "Day 2 of 3 · 21 May 2019 · 09:00–12:30 · Opening". */
static char *
day_line (const Reader *reader,
          GPtrArray    *sessions,
          SkupRecord   *session)
{
  const char *date = skup_record_get_string (session, "date");
  g_autofree char *formatted = skup_text_format_date_in (reader->catalog, date);
  g_autofree char *times = skup_session_dup_times (session);
  g_autofree char *of = NULL;
  guint day = 0;
  guint days = count_days (sessions, date, &day);
  const char *parts[4];

  /* Translators: on a sign-in sheet for one session: "Day 2 of 3". */
  of = g_strdup_printf (tr (reader, N_("Day %u of %u")), day, days);
  parts[0] = of;
  parts[1] = formatted;
  parts[2] = times;
  parts[3] = skup_record_get_string (session, "title");
  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static SkupRecord *
find_session (GPtrArray *sessions,
              gint64     id)
{
  for (guint i = 0; i < sessions->len; i++)
    if (skup_record_get_id (g_ptr_array_index (sessions, i)) == id)
      return g_ptr_array_index (sessions, i);
  return NULL;
}

/* The event ***************************************************************/

static char *
dup_name (SkupStore *store,
          GType      type,
          gint64     id,
          GError   **error)
{
  g_autoptr(SkupRecord) record = NULL;

  if (id <= 0)
    return g_strdup ("");
  record = skup_store_load (store, type, id, error);
  return record != NULL ? skup_record_dup_title (record) : NULL;
}

/* "Palace of Serbia, Hall 2, Belgrade": the session's room when it has one of its own. */
static char *
read_place (SkupStore  *store,
            SkupRecord *event,
            SkupRecord *session,
            GError    **error)
{
  gint64 room_id = session != NULL && skup_record_get_int (session, "room-id") > 0
                   ? skup_record_get_int (session, "room-id")
                   : skup_record_get_int (event, "room-id");
  g_autofree char *room = dup_name (store, SKUP_TYPE_ROOM, room_id, error);
  const char *parts[3];

  if (room == NULL)
    return NULL;
  parts[0] = skup_record_get_string (event, "venue-name");
  parts[1] = room;
  parts[2] = skup_record_get_string (event, "city");
  /* Commas, as an address is written, rather than the dots that join a list's details. */
  return skup_text_join_parts_with (", ", parts, G_N_ELEMENTS (parts));
}

static char *
read_project (SkupStore  *store,
              SkupRecord *event,
              gint64     *donor,
              GError    **error)
{
  gint64 id = skup_record_get_int (event, "project-id");
  g_autoptr(SkupRecord) project = NULL;
  const char *code;

  if (id <= 0)
    return g_strdup ("");
  project = skup_store_load (store, SKUP_TYPE_PROJECT, id, error);
  if (project == NULL)
    return NULL;
  *donor = skup_record_get_int (project, "donor-id");
  code = skup_record_get_string (project, "code");
  if (code == NULL || *code == '\0')
    return g_strdup (skup_record_get_string (project, "name"));
  return g_strdup_printf ("%s (%s)", skup_record_get_string (project, "name"), code);
}

static void
add_logo (GPtrArray *logos,
          GBytes    *logo)
{
  if (logo == NULL)
    return;
  for (guint i = 0; i < logos->len; i++)
    if (g_bytes_equal (g_ptr_array_index (logos, i), logo))
      return;
  g_ptr_array_add (logos, g_bytes_ref (logo));
}

static gboolean
add_organisation_logo (SkupStore *store,
                       GPtrArray *logos,
                       gint64     organisation_id,
                       GError   **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GBytes) logo = NULL;

  if (organisation_id <= 0)
    return TRUE;
  logo = skup_store_dup_logo (store, organisation_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  add_logo (logos, logo);
  return TRUE;
}

/* The event's organisations with @role, in the order they were added. */
static gboolean
add_logos_of (SkupStore  *store,
              GPtrArray  *logos,
              GPtrArray  *links,
              const char *role,
              GError    **error)
{
  for (guint i = 0; i < links->len; i++)
    {
      SkupRecord *link = g_ptr_array_index (links, i);

      if (g_strcmp0 (skup_record_get_string (link, "role"), role) == 0
          && !add_organisation_logo (store, logos, skup_record_get_int (link, "organisation-id"),
                                     error))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
read_links (SkupStore *store,
            gint64     event_id,
            GError   **error)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) model = skup_store_list (store, SKUP_TYPE_EVENT_ORGANISATION, &query,
                                                 error);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_object_unref);

  if (model == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (links, g_list_model_get_item (model, i));
  if (!skup_record_list_get_error (SKUP_RECORD_LIST (model), error))
    return NULL;
  return g_steal_pointer (&links);
}

/* The office's logo, then the organisers', then the donors' (the event's and its project's):
 * the order visibility rules ask for, the implementer first and the donor last. Each logo
 * once, though an organisation may be on the event twice. */
static GPtrArray *
read_logos (SkupStore  *store,
            SkupRecord *event,
            gint64      project_donor,
            GError    **error)
{
  g_autoptr(GPtrArray) logos = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GBytes) office = skup_store_dup_setting_data (store, SKUP_SETTING_LOGO);
  g_autoptr(GPtrArray) links = read_links (store, skup_record_get_id (event), error);

  if (links == NULL)
    return NULL;
  add_logo (logos, office);
  if (!add_logos_of (store, logos, links, "organiser", error)
      || !add_logos_of (store, logos, links, "co-organiser", error)
      || !add_logos_of (store, logos, links, "donor", error)
      || !add_organisation_logo (store, logos, project_donor, error))
    return NULL;
  return g_steal_pointer (&logos);
}

static char *
read_privacy (SkupStore               *store,
              const SkupSignInOptions *options)
{
  g_autofree char *stored = NULL;

  if (options->privacy_notice != NULL)
    return g_strdup (options->privacy_notice);
  stored = skup_store_dup_setting (store, SKUP_SETTING_PRIVACY_NOTICE);
  if (stored != NULL && *g_strstrip (stored) != '\0')
    return g_steal_pointer (&stored);
  return skup_sign_in_default_privacy_notice (options->language, options->cyrillic);
}

static gboolean
read_event (SkupStore    *store,
            const Reader *reader,
            SkupRecord   *event,
            SkupRecord   *session,
            SignInData   *data,
            GError      **error)
{
  gint64 donor = 0;

  data->title = g_strdup (skup_record_get_string (event, "title"));
  data->kind = choice_label (reader, SKUP_CHOICES_EVENT_KIND,
                             skup_record_get_string (event, "kind"));
  data->dates = skup_text_format_date_range_in (reader->catalog,
                                                skup_record_get_string (event, "start-date"),
                                                skup_record_get_string (event, "end-date"));
  data->date_iso = g_strdup (session != NULL ? skup_record_get_string (session, "date")
                                             : skup_record_get_string (event, "start-date"));
  data->office = skup_store_dup_setting (store, SKUP_SETTING_ORGANISATION_NAME);
  data->privacy = read_privacy (store, reader->options);

  data->place = read_place (store, event, session, error);
  if (data->place != NULL)
    data->project = read_project (store, event, &donor, error);
  if (data->project != NULL)
    data->logos = read_logos (store, event, donor, error);
  return data->logos != NULL;
}

/**
 * _skup_sign_in_data_read:
 * @store: the register
 * @options: what to print
 * @catalog: the document's language
 * @error: where to put a read error, or why the sheet cannot be made
 *
 * Returns: (transfer full) (nullable): what the sheet prints
 */
SignInData *
_skup_sign_in_data_read (SkupStore               *store,
                         const SkupSignInOptions *options,
                         SkupCatalog             *catalog,
                         GError                 **error)
{
  /* The alphabet is the language's even where its translations are not installed. */
  Reader reader = { options, catalog,
                    skup_catalog_language_for (options->language != NULL ? options->language
                                                                         : "en",
                                               options->cyrillic) };
  g_autoptr(SignInData) data = g_new0 (SignInData, 1);
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, options->event_id, error);
  g_autoptr(GPtrArray) sessions = NULL;
  SkupRecord *session = NULL;

  if (event == NULL)
    return NULL;
  sessions = read_sessions (store, options->event_id, error);
  if (sessions == NULL)
    return NULL;
  if (options->session_id > 0)
    {
      session = find_session (sessions, options->session_id);
      if (session == NULL)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, options->session_id);
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                       _("The event has no session %s."), id);
          return NULL;
        }
      data->day_line = day_line (&reader, sessions, session);
      data->signatures = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (data->signatures, g_strdup (tr (&reader, N_("Signature"))));
    }
  else if (!read_signatures (&reader, event, sessions, data, error))
    return NULL;
  if (!read_event (store, &reader, event, session, data, error))
    return NULL;
  data->people = read_people (store, &reader, error);
  return data->people != NULL ? g_steal_pointer (&data) : NULL;
}
