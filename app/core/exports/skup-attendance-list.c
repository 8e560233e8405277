/* skup-attendance-list.c — who was expected, who came, read from the register at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each event's people and marks come from its attendance grid, so a list says what the
 * attendance window shows; the few details the grid lacks (the city, the organisers, the
 * place) come from the store. A person registered for several events of a project is one
 * row, with a mark under each session of the events they came to.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "skup-attendance-grid.h"
#include "skup-attendance-list.h"
#include "skup-choices.h"
#include "skup-collate.h"
#include "skup-error.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-record-list.h"
#include "skup-store-exports.h"
#include "skup-text.h"

/* The bit of each detail column, as an index into SkupListPerson.details. */
static guint
column_index (SkupListColumns column)
{
  return (guint) g_bit_nth_lsf ((gulong) column, -1);
}

static const struct
{
  const char      *name;   /* on the command line */
  SkupListColumns  column;
  const char      *title;
} column_names[] = {
  { "name", SKUP_LIST_NAME, NC_("attendance list", "Name") },
  { "organisation", SKUP_LIST_ORGANISATION, NC_("attendance list", "Organisation") },
  { "sector", SKUP_LIST_SECTOR, NC_("attendance list", "Sector") },
  { "position", SKUP_LIST_POSITION, NC_("attendance list", "Position") },
  { "city", SKUP_LIST_CITY, NC_("attendance list", "City") },
  { "gender", SKUP_LIST_GENDER, NC_("attendance list", "Gender") },
  { "email", SKUP_LIST_EMAIL, NC_("attendance list", "Email") },
  { "phone", SKUP_LIST_PHONE, NC_("attendance list", "Phone") },
  { "role", SKUP_LIST_ROLE, NC_("attendance list", "Role") },
  { "licence", SKUP_LIST_LICENCE, NC_("attendance list", "Licence number") },
  { "sessions", SKUP_LIST_SESSIONS, NC_("attendance list", "Sessions") },
  { "attendance", SKUP_LIST_RATE, NC_("attendance list", "Attendance %") },
};

/**
 * skup_list_column_title:
 * @column: one column
 *
 * Returns: (transfer none): its title in the window's language
 */
const char *
skup_list_column_title (SkupListColumns column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (column_names[i].column == column)
      return g_dpgettext2 (GETTEXT_PACKAGE, "attendance list", column_names[i].title);
  return "";
}

/**
 * skup_list_columns_parse:
 * @list: names separated by commas: name, organisation, sector, position, city, gender,
 *   email, phone, role, licence, sessions, attendance
 * @columns: (out): the columns
 * @error: where to name a column Skup does not know
 *
 * Returns: whether every name was known and at least one given
 */
gboolean
skup_list_columns_parse (const char       *list,
                         SkupListColumns  *columns,
                         GError          **error)
{
  g_auto(GStrv) names = g_strsplit (list != NULL ? list : "", ",", -1);
  SkupListColumns found = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      guint c = 0;

      if (*name == '\0')
        continue;
      while (c < G_N_ELEMENTS (column_names) && g_ascii_strcasecmp (name, column_names[c].name) != 0)
        c++;
      if (c == G_N_ELEMENTS (column_names))
        {
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("There is no column “%s”. The columns are: name, organisation, "
                         "sector, position, city, gender, email, phone, role, licence, "
                         "sessions, attendance."), name);
          return FALSE;
        }
      found |= column_names[c].column;
    }
  if (found == 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("Choose at least one column."));
      return FALSE;
    }
  *columns = found;
  return TRUE;
}

/**
 * skup_attendance_list_options_init:
 * @options: the options to fill
 * @event_id: the event
 *
 * Every session of @event_id; name, organisation, the marks and the attendance %; Latin.
 */
void
skup_attendance_list_options_init (SkupAttendanceListOptions *options,
                                   gint64                     event_id)
{
  *options = (SkupAttendanceListOptions) {
    .scope = { .kind = SKUP_REPORT_SCOPE_EVENT, .id = event_id },
    .columns = SKUP_LIST_DEFAULT_COLUMNS,
  };
}

/* Freeing ******************************************************************/

static void
event_free (gpointer data)
{
  SkupListEvent *event = data;

  g_free (event->title);
  g_free (event->start_date);
  g_free (event->end_date);
  g_free (event->dates);
  g_free (event->place);
  g_free (event->organisers);
  g_free (event);
}

static void
session_free (gpointer data)
{
  SkupListSession *session = data;

  g_free (session->date);
  g_free (session->title);
  g_free (session->header);
  g_free (session);
}

static void
person_free (gpointer data)
{
  SkupListPerson *person = data;

  for (guint i = 0; i < SKUP_LIST_N_COLUMNS; i++)
    g_free (person->details[i]);
  g_free (person->marks);
  g_free (person->sort_key);
  g_free (person);
}

static void
list_clear (gpointer data)
{
  SkupAttendanceList *self = data;

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
}

SkupAttendanceList *
skup_attendance_list_ref (SkupAttendanceList *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
skup_attendance_list_unref (SkupAttendanceList *self)
{
  g_atomic_rc_box_release_full (self, list_clear);
}

/* People ******************************************************************/

static const char *
nonnull (const char *text)
{
  return text != NULL ? text : "";
}

static char *
in_script (const char *text,
           gboolean    cyrillic)
{
  return cyrillic ? skup_text_to_cyrillic (nonnull (text)) : skup_text_to_latin (nonnull (text));
}

/* The person's name in the list's script: their own spelling in that script when they gave
 * one (Đorđe may write himself Ђорђе, not as a machine would spell it), else transliterated,
 * the rule of the sign-in sheet. */
static char *
person_name (const SkupRosterEntry *entry,
             gboolean               cyrillic)
{
  g_autofree char *name = g_strjoin (" ", nonnull (entry->given_name),
                                     nonnull (entry->family_name), NULL);
  const char *own = entry->other_script_name;

  g_strstrip (name);
  if (skup_text_has_cyrillic (name) == cyrillic)
    return g_steal_pointer (&name);
  if (own != NULL && *own != '\0' && skup_text_has_cyrillic (own) == cyrillic)
    return g_strstrip (g_strdup (own));
  return in_script (name, cyrillic);
}

/* Family name, then given name, in the list's alphabet. */
static char *
person_sort_key (const SkupRosterEntry *entry,
                 gboolean               cyrillic)
{
  const char *language = cyrillic ? "sr" : "sr@latin";
  g_autofree char *family = in_script (entry->family_name, cyrillic);
  g_autofree char *given = in_script (entry->given_name, cyrillic);
  g_autofree char *family_key = skup_collate_key (family, language);
  g_autofree char *given_key = skup_collate_key (given, language);

  /* \x01 sorts below every byte of a key, so "Ana" comes before "Anastasija". */
  return g_strdup_printf ("%s\x01%s", family_key, given_key);
}

static char *
choice (const char *set,
        const char *nick)
{
  if (nick == NULL || *nick == '\0')
    return g_strdup ("");
  return g_strdup (skup_choice_get_label (set, nick));
}

static SkupListPerson *
person_new (const SkupRosterEntry *entry,
            const char            *city,
            gboolean               cyrillic,
            guint                  n_sessions)
{
  SkupListPerson *person = g_new0 (SkupListPerson, 1);
  char **d = person->details;

  person->person_id = entry->person_id;
  d[column_index (SKUP_LIST_NAME)] = person_name (entry, cyrillic);
  d[column_index (SKUP_LIST_ORGANISATION)] = g_strdup (nonnull (entry->organisation));
  d[column_index (SKUP_LIST_SECTOR)] = choice (SKUP_CHOICES_SECTOR, entry->sector);
  d[column_index (SKUP_LIST_POSITION)] = g_strdup (nonnull (entry->position));
  d[column_index (SKUP_LIST_CITY)] = g_strdup (nonnull (city));
  d[column_index (SKUP_LIST_GENDER)] = choice (SKUP_CHOICES_GENDER, entry->gender);
  d[column_index (SKUP_LIST_EMAIL)] = g_strdup (nonnull (entry->email));
  d[column_index (SKUP_LIST_PHONE)] = g_strdup (nonnull (entry->phone));
  d[column_index (SKUP_LIST_ROLE)] = choice (SKUP_CHOICES_REGISTRATION_ROLE, entry->role);
  d[column_index (SKUP_LIST_LICENCE)] = g_strdup (nonnull (entry->licence_number));
  for (guint i = 0; i < SKUP_LIST_N_COLUMNS; i++)
    if (d[i] == NULL)
      d[i] = g_strdup ("");
  person->marks = g_malloc (MAX (n_sessions, 1));
  memset (person->marks, SKUP_LIST_NOT_EXPECTED, MAX (n_sessions, 1));
  person->sort_key = person_sort_key (entry, cyrillic);
  return person;
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const SkupListPerson *first = *(SkupListPerson * const *) a;
  const SkupListPerson *second = *(SkupListPerson * const *) b;
  int c = strcmp (first->sort_key, second->sort_key);

  if (c != 0)
    return c;
  return first->person_id < second->person_id ? -1 : first->person_id > second->person_id;
}

/* Events ******************************************************************/

/* "Organiser A, Organiser B": who organised it, co-organisers after. */
static char *
read_organisers (SkupStore *store,
                 gint64     event_id,
                 GError   **error)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) model = skup_store_list (store, SKUP_TYPE_EVENT_ORGANISATION, &query,
                                                 error);
  const char *roles[] = { "organiser", "co-organiser" };
  g_autoptr(GString) names = g_string_new (NULL);

  if (model == NULL)
    return NULL;
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(SkupRecord) link = g_list_model_get_item (model, i);

        if (link == NULL || g_strcmp0 (skup_record_get_string (link, "role"), roles[r]) != 0)
          continue;
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, nonnull (skup_record_get_string (link, "organisation-name")));
      }
  if (!skup_record_list_get_error (SKUP_RECORD_LIST (model), error))
    return NULL;
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static SkupListEvent *
read_event (SkupStore *store,
            gint64     event_id,
            GError   **error)
{
  g_autoptr(SkupRecord) record = skup_store_load (store, SKUP_TYPE_EVENT, event_id, error);
  g_autofree char *organisers = record != NULL ? read_organisers (store, event_id, error) : NULL;
  SkupListEvent *event;
  const char *place[2];

  if (organisers == NULL)
    return NULL;
  event = g_new0 (SkupListEvent, 1);
  event->id = event_id;
  event->title = g_strdup (nonnull (skup_record_get_string (record, "title")));
  event->start_date = g_strdup (nonnull (skup_record_get_string (record, "start-date")));
  event->end_date = g_strdup (nonnull (skup_record_get_string (record, "end-date")));
  event->dates = skup_text_format_date_range (event->start_date, event->end_date);
  place[0] = skup_record_get_string (record, "venue-name");
  place[1] = skup_record_get_string (record, "city");
  event->place = skup_text_join_parts_with (", ", place, G_N_ELEMENTS (place));
  event->organisers = g_steal_pointer (&organisers);
  return event;
}

/* Whether another session of @grid falls on @column's day: then the time tells them apart. */
static gboolean
shares_day (SkupAttendanceGrid *grid,
            guint               column)
{
  const char *date = skup_record_get_string (skup_attendance_grid_get_session (grid, column),
                                             "date");

  for (guint i = 0; i < skup_attendance_grid_get_n_sessions (grid); i++)
    if (i != column && g_strcmp0 (date, skup_record_get_string (skup_attendance_grid_get_session (grid, i),
                                                                "date")) == 0)
      return TRUE;
  return FALSE;
}

static SkupListSession *
session_new (SkupAttendanceGrid *grid,
             guint               column,
             guint               event)
{
  SkupRecord *record = skup_attendance_grid_get_session (grid, column);
  SkupListSession *session = g_new0 (SkupListSession, 1);
  g_autoptr(GDateTime) day = skup_text_parse_date (skup_record_get_string (record, "date"));
  g_autofree char *date = day != NULL ? g_date_time_format (day, "%d.%m.") : g_strdup ("");
  const char *start = skup_record_get_string (record, "start-time");

  session->id = skup_record_get_id (record);
  session->event = event;
  session->date = g_strdup (nonnull (skup_record_get_string (record, "date")));
  session->title = g_strdup (skup_record_get_string (record, "title"));
  /* Short, so a dozen sessions fit across a page. */
  if (start != NULL && *start != '\0' && shares_day (grid, column))
    session->header = g_strdup_printf ("%s %s", date, start);
  else
    session->header = g_steal_pointer (&date);
  return session;
}

/* Reading *****************************************************************/

typedef struct
{
  SkupAttendanceList *list;
  GPtrArray          *grids;    /* (element-type SkupAttendanceGrid) an event each */
  GArray             *columns;  /* (element-type int) the grid column of each list session */
  GHashTable         *row_of;   /* person id → index + 1 in list->people */
} Reader;

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->list, skup_attendance_list_unref);
  g_clear_pointer (&reader->grids, g_ptr_array_unref);
  g_clear_pointer (&reader->columns, g_array_unref);
  g_clear_pointer (&reader->row_of, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/* The event's sessions in the list: all, or the one asked for. */
static gboolean
add_sessions (Reader             *reader,
              SkupAttendanceGrid *grid,
              SkupListEvent      *event,
              GError            **error)
{
  SkupAttendanceList *list = reader->list;
  gint64 only = list->options.session_id;

  event->first_session = list->sessions->len;
  for (guint c = 0; c < skup_attendance_grid_get_n_sessions (grid); c++)
    {
      int column = (int) c;

      if (only != 0 && skup_record_get_id (skup_attendance_grid_get_session (grid, c)) != only)
        continue;
      g_ptr_array_add (list->sessions, session_new (grid, c, list->events->len - 1));
      g_array_append_val (reader->columns, column);
    }
  event->n_sessions = list->sessions->len - event->first_session;
  if (only != 0 && event->n_sessions == 0)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                           _("The session is not one of the event’s."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_events (Reader     *reader,
             SkupStore  *store,
             GError    **error)
{
  g_autoptr(GArray) ids = skup_store_list_export_events (store, &reader->list->options.scope,
                                                         error);

  if (ids == NULL)
    return FALSE;
  if (ids->len == 0 && reader->list->options.scope.kind == SKUP_REPORT_SCOPE_EVENT)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND, _("There is no such event."));
      return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      SkupListEvent *event = read_event (store, id, error);
      SkupAttendanceGrid *grid = event != NULL ? skup_attendance_grid_load (store, id, error)
                                               : NULL;

      if (grid == NULL)
        {
          g_clear_pointer (&event, event_free);
          return FALSE;
        }
      g_ptr_array_add (reader->list->events, event);
      g_ptr_array_add (reader->grids, grid);
      if (!add_sessions (reader, grid, event, error))
        return FALSE;
    }
  return TRUE;
}

static SkupListPerson *
find_person (Reader                *reader,
             const SkupRosterEntry *entry,
             GHashTable            *cities)
{
  SkupAttendanceList *list = reader->list;
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (reader->row_of, &entry->person_id));
  SkupListPerson *person;

  if (index > 0)
    return g_ptr_array_index (list->people, index - 1);
  person = person_new (entry, g_hash_table_lookup (cities, &entry->person_id),
                       list->options.cyrillic, list->sessions->len);
  g_ptr_array_add (list->people, person);
  g_hash_table_insert (reader->row_of, &person->person_id, GUINT_TO_POINTER (list->people->len));
  return person;
}

/* Every grid row's marks at the event's listed sessions go to the person's row. */
static gboolean
read_people (Reader     *reader,
             SkupStore  *store,
             GError    **error)
{
  SkupAttendanceList *list = reader->list;

  for (guint e = 0; e < list->events->len; e++)
    {
      SkupListEvent *event = g_ptr_array_index (list->events, e);
      SkupAttendanceGrid *grid = g_ptr_array_index (reader->grids, e);
      g_autoptr(GHashTable) cities = skup_store_list_roster_cities (store, event->id, error);

      if (cities == NULL)
        return FALSE;
      for (guint r = 0; r < skup_attendance_grid_get_n_people (grid); r++)
        {
          SkupListPerson *person = find_person (reader, skup_attendance_grid_get_person (grid, r)->entry,
                                                cities);

          for (guint s = event->first_session; s < event->first_session + event->n_sessions; s++)
            {
              SkupMark mark = skup_attendance_grid_get_mark (grid, r,
                                                             (guint) g_array_index (reader->columns, int, s));

              person->marks[s] = (guint8) mark;
              person->expected++;
              person->attended += skup_mark_is_attended (mark) ? 1 : 0;
            }
        }
    }
  g_ptr_array_sort (list->people, compare_people);
  return TRUE;
}

/**
 * skup_attendance_list_read:
 * @store: the register
 * @options: which events and sessions, which columns, which script
 * @error: where to put a read error, or that the event or session does not exist
 *
 * A read error is an error, never an empty list.
 *
 * Returns: (transfer full) (nullable): the list
 */
SkupAttendanceList *
skup_attendance_list_read (SkupStore                       *store,
                           const SkupAttendanceListOptions *options,
                           GError                         **error)
{
  g_auto(Reader) reader = { 0 };

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  reader.list = g_atomic_rc_box_new0 (SkupAttendanceList);
  reader.list->options = *options;
  reader.list->events = g_ptr_array_new_with_free_func (event_free);
  reader.list->sessions = g_ptr_array_new_with_free_func (session_free);
  reader.list->people = g_ptr_array_new_with_free_func (person_free);
  reader.grids = g_ptr_array_new_with_free_func (g_object_unref);
  reader.columns = g_array_new (FALSE, FALSE, sizeof (int));
  reader.row_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  if (!read_events (&reader, store, error) || !read_people (&reader, store, error))
    return NULL;
  return g_steal_pointer (&reader.list);
}

/* Reading the list *********************************************************/

/**
 * skup_list_person_get_detail:
 * @person: a row
 * @column: a detail column (not %SKUP_LIST_SESSIONS or %SKUP_LIST_RATE)
 *
 * Returns: (transfer none): the text, "" when the register has none
 */
const char *
skup_list_person_get_detail (const SkupListPerson *person,
                             SkupListColumns       column)
{
  guint index = column_index (column);

  g_return_val_if_fail (index < SKUP_LIST_N_COLUMNS, "");
  return person->details[index] != NULL ? person->details[index] : "";
}

/**
 * skup_list_person_get_rate:
 * @person: a row
 *
 * Returns: the attendance % as a fraction, 0 … 1 (see the top of skup-attendance-list.h)
 */
double
skup_list_person_get_rate (const SkupListPerson *person)
{
  return person->expected > 0 ? (double) person->attended / person->expected : 0.0;
}

gboolean
skup_list_person_expects (const SkupListPerson *person,
                          guint                 session)
{
  return person->marks[session] != SKUP_LIST_NOT_EXPECTED;
}

const char *
skup_list_mark_label (guint8 mark)
{
  const char *nick;

  if (mark == SKUP_LIST_NOT_EXPECTED || mark > SKUP_MARK_LAST)
    return "";
  nick = skup_mark_to_nick ((SkupMark) mark);
  return nick != NULL ? skup_choice_get_label (SKUP_CHOICES_ATTENDANCE_STATUS, nick) : "";
}

guint
skup_attendance_list_count_present (SkupAttendanceList *self,
                                    guint               session)
{
  guint n = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      const SkupListPerson *person = g_ptr_array_index (self->people, i);

      if (skup_list_person_expects (person, session)
          && skup_mark_is_attended ((SkupMark) person->marks[session]))
        n++;
    }
  return n;
}

char *
skup_attendance_list_dup_session_title (SkupAttendanceList *self,
                                        guint               session)
{
  const SkupListSession *s = g_ptr_array_index (self->sessions, session);
  const SkupListEvent *event = g_ptr_array_index (self->events, s->event);

  if (self->events->len == 1)
    return g_strdup (s->header);
  return g_strdup_printf ("%s · %s", event->title, s->header);
}

const char *
skup_list_format_extension (SkupListFormat format)
{
  switch (format)
    {
    case SKUP_LIST_FORMAT_XLSX: return "xlsx";
    case SKUP_LIST_FORMAT_PDF: return "pdf";
    case SKUP_LIST_FORMAT_CSV:
    case SKUP_LIST_FORMAT_EXCEL_CSV:
    default: return "csv";
    }
}

gboolean
skup_attendance_list_write (SkupAttendanceList  *self,
                            SkupListFormat       format,
                            const SkupPageSetup *page,
                            const char          *path,
                            GError             **error)
{
  switch (format)
    {
    case SKUP_LIST_FORMAT_CSV:
      return skup_attendance_list_write_csv (self, SKUP_CSV_RFC4180, path, error);
    case SKUP_LIST_FORMAT_EXCEL_CSV:
      return skup_attendance_list_write_csv (self, SKUP_CSV_EXCEL, path, error);
    case SKUP_LIST_FORMAT_XLSX:
      return skup_attendance_list_write_xlsx (self, path, error);
    case SKUP_LIST_FORMAT_PDF:
    default:
      return skup_attendance_list_write_pdf (self, page, path, error);
    }
}
