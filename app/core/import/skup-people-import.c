/* skup-people-import.c — people from a CSV file into the register, all or nothing
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-error.h"
#include "skup-organisation.h"
#include "skup-people-import.h"
#include "skup-people-import-private.h"
#include "skup-person.h"
#include "skup-record.h"
#include "skup-store-import.h"
#include "skup-text.h"

/* Headers as organisers write them, folded (lower case, no diacritics, Latin script), and
 * the field each names. Skup's own export keys are matched through the field table. */
static const struct { const char *header; const char *field; } known_headers[] = {
  { "ime", "given-name" }, { "given name", "given-name" }, { "first name", "given-name" },
  { "prezime", "family-name" }, { "family name", "family-name" },
  { "last name", "family-name" }, { "surname", "family-name" },
  { "ime i prezime", SKUP_IMPORT_FULL_NAME }, { "name", SKUP_IMPORT_FULL_NAME },
  { "full name", SKUP_IMPORT_FULL_NAME }, { "naziv", SKUP_IMPORT_FULL_NAME },
  { "e-mail", "email" }, { "e mail", "email" }, { "email", "email" }, { "imejl", "email" },
  { "telefon", "phone" }, { "phone", "phone" }, { "mobilni", "phone" },
  { "grad", "city" }, { "mesto", "city" }, { "city", "city" },
  { "drzava", "country" }, { "country", "country" },
  { "pol", "gender" }, { "gender", "gender" },
  { "pozicija", "position" }, { "funkcija", "position" }, { "radno mesto", "position" },
  { "position", "position" }, { "titula", "honorific" }, { "honorific", "honorific" },
  { "broj licence", "licence-number" }, { "licence number", "licence-number" },
  { "license number", "licence-number" },
  { "napomena", "notes" }, { "napomene", "notes" }, { "notes", "notes" },
  { "organizacija", SKUP_IMPORT_ORGANISATION }, { "organisation", SKUP_IMPORT_ORGANISATION },
  { "organization", SKUP_IMPORT_ORGANISATION }, { "ustanova", SKUP_IMPORT_ORGANISATION },
  { "institucija", SKUP_IMPORT_ORGANISATION }, { "firma", SKUP_IMPORT_ORGANISATION },
  { "organisation name", SKUP_IMPORT_ORGANISATION },
  { "organisation_name", SKUP_IMPORT_ORGANISATION },
};

static guint fail_at_row;

void
_skup_people_import_fail_at_row (guint row)
{
  fail_at_row = row;
}

static const char *
guess_field (const char *header)
{
  g_autofree char *folded = skup_text_fold (header);
  g_autoptr(GTypeClass) klass = g_type_class_ref (SKUP_TYPE_PERSON);
  const SkupField *field;

  g_strstrip (folded);
  for (gsize i = 0; i < G_N_ELEMENTS (known_headers); i++)
    if (g_str_equal (folded, known_headers[i].header))
      return known_headers[i].field;
  /* Skup's own CSV writes keys ("other_script_name"), people write words */
  g_strdelimit (folded, " _", '-');
  field = skup_record_class_find_field (SKUP_RECORD_CLASS (klass), folded);
  if (field != NULL && !(field->flags & SKUP_FIELD_COMPUTED) && field->type != SKUP_FIELD_REF)
    return field->name;
  return "";
}

/**
 * skup_people_import_guess_mapping:
 * @headers: a file's first row
 *
 * Guesses which person field each column holds, from headers in English or Serbian (either
 * script) and from Skup's own export keys. A column that names no field maps to "" (ignored).
 *
 * Returns: (transfer full): one field name a column
 */
char **
skup_people_import_guess_mapping (const char * const *headers)
{
  g_autoptr(GStrvBuilder) mapping = g_strv_builder_new ();

  for (gsize i = 0; headers[i] != NULL; i++)
    g_strv_builder_add (mapping, guess_field (headers[i]));
  return g_strv_builder_end (mapping);
}

/* "Ana Marija Ilić": the last word is the family name, the rest the given name. */
static void
set_full_name (SkupRecord *person,
               const char *text)
{
  g_autofree char *name = g_strstrip (g_strdup (text));
  char *space = strrchr (name, ' ');

  if (space == NULL)
    {
      skup_record_set_string (person, "given-name", name);
      return;
    }
  *space = '\0';
  skup_record_set_string (person, "given-name", g_strchomp (name));
  skup_record_set_string (person, "family-name", space + 1);
}

/* Skup's CSV writer puts an apostrophe before a cell that a spreadsheet would run as a
 * formula ("'+381 11 …"); reading its own export back takes it away again. */
static const char *
unguarded (const char *cell)
{
  return cell[0] == '\'' && cell[1] != '\0' && strchr ("=+-@\t\r", cell[1]) != NULL ? cell + 1
                                                                                  : cell;
}

/* Reads one row into a person through the fields' own parsing and the form's validation. */
static SkupRecord *
person_from_row (const char * const *row,
                 guint               n_fields,
                 const char * const *mapping,
                 GError            **error)
{
  g_autoptr(SkupRecord) person = SKUP_RECORD (skup_person_new ());

  for (guint i = 0; i < n_fields && mapping[i] != NULL; i++)
    {
      if (mapping[i][0] == '\0' || row[i][0] == '\0'
          || g_str_equal (mapping[i], SKUP_IMPORT_ORGANISATION))
        continue;
      if (g_str_equal (mapping[i], SKUP_IMPORT_FULL_NAME))
        set_full_name (person, row[i]);
      else
        {
          g_autofree char *text = g_strstrip (g_strdup (unguarded (row[i])));

          if (!skup_record_set_from_text (person, mapping[i], text, error))
            return NULL;
        }
    }
  if (!skup_record_validate (person, error))
    return NULL;
  return g_steal_pointer (&person);
}

/**
 * skup_people_import_read_row:
 * @table: the file
 * @row: a data row (1 is the first after the header)
 * @mapping: one field name a column
 * @error: why the row would be skipped
 *
 * The person a row becomes, as the import reads it (for a preview); its organisation
 * column, if any, is not looked up.
 *
 * Returns: (transfer full) (nullable): the person, or %NULL with @error set
 */
SkupRecord *
skup_people_import_read_row (SkupCsvTable       *table,
                             guint               row,
                             const char * const *mapping,
                             GError            **error)
{
  guint n_fields;
  const char * const *cells = skup_csv_table_get_row (table, row, &n_fields, NULL);

  return person_from_row (cells, n_fields, mapping, error);
}

/* Who is already there: every person's email and folded names, read once before the first
 * row (and grown by each person the file adds), so matching a row is two hash lookups and
 * never a scan of the register. */
typedef struct
{
  gint64  id;
  char   *email;  /* folded, or NULL */
  guint   line;   /* the file's line that added this person, 0 if the register had them */
} KnownPerson;

typedef struct
{
  SkupStore                     *store;
  SkupCsvTable                  *table;
  const char * const            *mapping;
  const SkupPeopleImportOptions *options;
  SkupPeopleImportReport        *report;
  SkupImportBatch               *batch;
  GPtrArray                     *known;          /* (element-type KnownPerson) owns them */
  GHashTable                    *by_email;       /* folded email → KnownPerson */
  GHashTable                    *by_name;        /* name_key → KnownPerson (the first) */
  GHashTable                    *organisations;  /* folded name → id, as found or made */
  GArray                        *to_register;    /* person ids, each once */
  GHashTable                    *registering;    /* the same ids, as a set */
} ImportRun;

static void
known_person_free (KnownPerson *known)
{
  g_free (known->email);
  g_free (known);
}

static char *
fold_email (const char *email)
{
  return email != NULL && *email != '\0' ? g_utf8_casefold (email, -1) : NULL;
}

static void
add_known (ImportRun  *run,
           gint64      id,
           const char *email,
           const char *name_key,
           guint       line)
{
  KnownPerson *known = g_new0 (KnownPerson, 1);

  known->id = id;
  known->email = fold_email (email);
  known->line = line;
  g_ptr_array_add (run->known, known);
  if (known->email != NULL && !g_hash_table_contains (run->by_email, known->email))
    g_hash_table_insert (run->by_email, known->email, known);
  if (name_key != NULL && *name_key != '\0' && !g_hash_table_contains (run->by_name, name_key))
    g_hash_table_insert (run->by_name, g_strdup (name_key), known);
}

static void
add_register_person (gint64      id,
                     const char *email,
                     const char *name_key,
                     gpointer    user_data)
{
  add_known (user_data, id, email, name_key, 0);
}

/* "given family" folded, as the register keeps it (and the other way round). */
static char *
name_key (SkupRecord *person,
          gboolean    swapped)
{
  const char *given = skup_record_get_string (person, "given-name");
  const char *family = skup_record_get_string (person, "family-name");
  g_autofree char *name = g_strdup_printf ("%s %s", swapped ? family : given,
                                           swapped ? given : family);

  return skup_text_fold (name);
}

/* The same email is the same person; the same name is, unless both have an email and the
 * emails differ (two Ana Petrović at different addresses are two people). */
static KnownPerson *
find_known (ImportRun   *run,
            SkupRecord  *person,
            const char **out_reason)
{
  g_autofree char *email = fold_email (skup_record_get_string (person, "email"));
  KnownPerson *known = email ? g_hash_table_lookup (run->by_email, email) : NULL;

  *out_reason = _("Same email address");
  for (int swapped = 0; known == NULL && swapped < 2; swapped++)
    {
      g_autofree char *key = name_key (person, swapped);

      known = g_hash_table_lookup (run->by_name, key);
      if (known != NULL && email != NULL && known->email != NULL)
        known = NULL;
      *out_reason = _("Same name");
    }
  return known;
}

static void
add_problem (ImportRun  *run,
             guint       line,
             const char *message)
{
  g_ptr_array_add (run->report->problems, g_strdup_printf (_("Line %u: %s"), line, message));
  run->report->skipped++;
}

static void
queue_registration (ImportRun *run,
                    gint64     person_id)
{
  if (run->options->event_id <= 0
      || g_hash_table_contains (run->registering, &person_id))
    return;
  g_array_append_val (run->to_register, person_id);
  g_hash_table_add (run->registering,
                    &g_array_index (run->to_register, gint64, run->to_register->len - 1));
}

/* The organisation named in the row's organisation column, found or made; 0 if none. */
static gboolean
resolve_organisation (ImportRun   *run,
                      const char  *name,
                      gint64      *out_id,
                      GError     **error)
{
  g_autofree char *key = skup_text_fold (name);
  g_autoptr(SkupRecord) organisation = NULL;
  gpointer found;

  *out_id = 0;
  if (key == NULL || *g_strstrip (key) == '\0')
    return TRUE;
  if (g_hash_table_lookup_extended (run->organisations, key, NULL, &found))
    {
      *out_id = GPOINTER_TO_SIZE (found);
      return TRUE;
    }
  *out_id = skup_store_find_by_title (run->store, SKUP_TYPE_ORGANISATION, name);
  if (*out_id == 0)
    {
      organisation = SKUP_RECORD (skup_organisation_new ());
      skup_record_set_string (organisation, "name", name);
      if (!skup_store_save (run->store, organisation, error))
        return FALSE;
      *out_id = skup_record_get_id (organisation);
      run->report->organisations_created++;
    }
  g_hash_table_insert (run->organisations, g_steal_pointer (&key), GSIZE_TO_POINTER (*out_id));
  return TRUE;
}

static const char *
organisation_cell (ImportRun          *run,
                   const char * const *row,
                   guint               n_fields)
{
  for (guint i = 0; i < n_fields && run->mapping[i] != NULL; i++)
    if (g_str_equal (run->mapping[i], SKUP_IMPORT_ORGANISATION) && row[i][0] != '\0')
      return row[i];
  return NULL;
}

static gboolean
link_organisation (ImportRun          *run,
                   SkupRecord         *person,
                   const char * const *row,
                   guint               n_fields,
                   GError            **error)
{
  const char *name = organisation_cell (run, row, n_fields);
  g_autofree char *trimmed = name ? g_strstrip (g_strdup (name)) : NULL;
  gint64 id = 0;

  if (trimmed == NULL || *trimmed == '\0')
    return TRUE;
  if (!resolve_organisation (run, trimmed, &id, error))
    return FALSE;
  skup_record_set_int (person, "organisation-id", id);
  return TRUE;
}

static SkupImportDuplicate
choice_for_row (ImportRun *run,
                guint      row)
{
  const SkupPeopleImportOptions *options = run->options;

  if (options->row_choices != NULL && row < options->n_row_choices
      && options->row_choices[row] != SKUP_IMPORT_DUPLICATE_DEFAULT)
    return options->row_choices[row];
  return options->duplicates != SKUP_IMPORT_DUPLICATE_DEFAULT ? options->duplicates
                                                              : SKUP_IMPORT_DUPLICATE_USE;
}

static gboolean
is_empty_field (SkupRecord      *person,
                const SkupField *field)
{
  if (field->type == SKUP_FIELD_REF || field->type == SKUP_FIELD_INT)
    return skup_record_get_int (person, field->name) == 0;
  if (field->type == SKUP_FIELD_BOOL || field->type == SKUP_FIELD_REAL)
    return FALSE;  /* "no" and 0 are answers, not gaps */
  return skup_record_get_string (person, field->name) == NULL
         || *skup_record_get_string (person, field->name) == '\0';
}

/* Fills @existing's empty fields from @row_person; TRUE in @out_changed if any was. */
static void
fill_empty_fields (SkupRecord *existing,
                   SkupRecord *row_person,
                   gboolean   *out_changed)
{
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (existing);

  *out_changed = FALSE;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const SkupField *field = &klass->fields[i];

      if ((field->flags & SKUP_FIELD_COMPUTED) || !is_empty_field (existing, field)
          || is_empty_field (row_person, field))
        continue;
      if (field->type == SKUP_FIELD_REF)
        skup_record_set_int (existing, field->name, skup_record_get_int (row_person, field->name));
      else
        skup_record_set_string (existing, field->name, skup_record_get_string (row_person,
                                                                               field->name));
      *out_changed = TRUE;
    }
}

static gboolean
update_known (ImportRun   *run,
              KnownPerson *known,
              SkupRecord  *row_person,
              GError     **error)
{
  g_autoptr(SkupRecord) existing = skup_store_load (run->store, SKUP_TYPE_PERSON, known->id,
                                                    error);
  gboolean changed;

  if (existing == NULL)
    return FALSE;
  fill_empty_fields (existing, row_person, &changed);
  if (!changed)
    {
      run->report->matched++;
      return TRUE;
    }
  /* Someone this file added is still waiting for their search entry: written now, so the
   * save's fresher one is not overwritten by the batch later. */
  if (known->line > 0 && !skup_import_batch_flush (run->batch, error))
    return FALSE;
  if (!skup_store_save (run->store, existing, error))
    return FALSE;
  if (known->email == NULL)
    known->email = fold_email (skup_record_get_string (existing, "email"));
  run->report->updated++;
  return TRUE;
}

static void
add_match (ImportRun           *run,
           guint                row,
           guint                line,
           KnownPerson         *known,
           const char          *reason,
           SkupImportDuplicate  action)
{
  SkupImportMatch *match = g_new0 (SkupImportMatch, 1);
  g_autoptr(SkupRecord) person = skup_store_load (run->store, SKUP_TYPE_PERSON, known->id,
                                                  NULL);

  match->row = row;
  match->line = line;
  match->person_id = known->id;
  match->name = person ? skup_record_dup_title (person) : NULL;
  match->reason = g_strdup (reason);
  match->earlier_line = known->line;
  match->action = action;
  g_ptr_array_add (run->report->matches, match);
}

static gboolean
create_person (ImportRun   *run,
               SkupRecord  *person,
               guint        line,
               GError     **error)
{
  g_autofree char *key = name_key (person, FALSE);

  if (!skup_import_batch_insert (run->batch, person, error))
    return FALSE;
  add_known (run, skup_record_get_id (person), skup_record_get_string (person, "email"), key,
             line);
  run->report->created++;
  queue_registration (run, skup_record_get_id (person));
  return TRUE;
}

/* A row that matched someone: use them, fill them in, or make a new person all the same. */
static gboolean
import_match (ImportRun   *run,
              guint        index,
              guint        line,
              KnownPerson *known,
              const char  *reason,
              SkupRecord  *person,
              GError     **error)
{
  SkupImportDuplicate action = choice_for_row (run, index);

  add_match (run, index, line, known, reason, action);
  if (action == SKUP_IMPORT_DUPLICATE_CREATE)
    return create_person (run, person, line, error);
  if (action == SKUP_IMPORT_DUPLICATE_UPDATE)
    {
      if (!update_known (run, known, person, error))
        return FALSE;
    }
  else
    run->report->matched++;
  queue_registration (run, known->id);
  return TRUE;
}

static gboolean
import_row (ImportRun  *run,
            guint       index,
            GError    **error)
{
  guint n_fields, line;
  const char * const *row = skup_csv_table_get_row (run->table, index, &n_fields, &line);
  g_autoptr(GError) invalid = NULL;
  g_autoptr(SkupRecord) person = person_from_row (row, n_fields, run->mapping, &invalid);
  const char *reason;
  KnownPerson *known;

  if (person == NULL)
    {
      add_problem (run, line, invalid->message);
      return TRUE;
    }
  if (index == fail_at_row)
    {
      /* a test hook's words, never shown to a user, so not translated */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE, "Injected failure at row %u", index);
      return FALSE;
    }
  if (!link_organisation (run, person, row, n_fields, &invalid))
    {
      /* a name the organisation form refuses skips the row; a broken register stops all */
      if (!g_error_matches (invalid, SKUP_ERROR, SKUP_ERROR_INVALID))
        {
          g_propagate_error (error, g_steal_pointer (&invalid));
          return FALSE;
        }
      add_problem (run, line, invalid->message);
      return TRUE;
    }
  known = find_known (run, person, &reason);
  if (known != NULL)
    return import_match (run, index, line, known, reason, person, error);
  return create_person (run, person, line, error);
}

static gboolean
register_for_event (ImportRun  *run,
                    GError    **error)
{
  SkupRegisterSummary summary = { 0, };

  if (run->options->event_id <= 0)
    return TRUE;
  if (!skup_store_register_people (run->store, run->options->event_id,
                                   (const gint64 *) run->to_register->data,
                                   run->to_register->len, NULL, &summary, error))
    return FALSE;
  run->report->registered = summary.registered;
  run->report->waitlisted = summary.waitlisted;
  run->report->already_registered = summary.already;
  skup_register_summary_clear (&summary);
  return TRUE;
}

static void
import_run_init (ImportRun                     *run,
                 SkupStore                     *store,
                 SkupCsvTable                  *table,
                 const char * const            *mapping,
                 const SkupPeopleImportOptions *options,
                 SkupPeopleImportReport        *report)
{
  run->store = store;
  run->table = table;
  run->mapping = mapping;
  run->options = options;
  run->report = report;
  run->batch = skup_import_batch_new (store);
  run->known = g_ptr_array_new_with_free_func ((GDestroyNotify) known_person_free);
  run->by_email = g_hash_table_new (g_str_hash, g_str_equal);
  run->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->organisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->to_register = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                        skup_csv_table_get_n_rows (table));
  run->registering = g_hash_table_new (g_int64_hash, g_int64_equal);
}

static void
import_run_clear (ImportRun *run)
{
  g_clear_pointer (&run->batch, skup_import_batch_free);
  g_clear_pointer (&run->by_email, g_hash_table_unref);
  g_clear_pointer (&run->by_name, g_hash_table_unref);
  g_clear_pointer (&run->known, g_ptr_array_unref);
  g_clear_pointer (&run->organisations, g_hash_table_unref);
  g_clear_pointer (&run->registering, g_hash_table_unref);
  g_clear_pointer (&run->to_register, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportRun, import_run_clear)

static gboolean
import_all (ImportRun  *run,
            GError    **error)
{
  if (!skup_store_foreach_person_key (run->store, add_register_person, run, error))
    return FALSE;
  for (guint i = 1; i < skup_csv_table_get_n_rows (run->table); i++)
    if (!import_row (run, i, error))
      return FALSE;
  return skup_import_batch_flush (run->batch, error) && register_for_event (run, error);
}

/**
 * skup_people_import_run_with_options:
 * @store: the register
 * @table: the file; its first row is the header
 * @mapping: one field name a column ("" ignores it), as from
 *   skup_people_import_guess_mapping()
 * @options: duplicates, the event, a dry run
 * @report: (out caller-allocates): what was done, each skipped row with its line, and each
 *   row that matched someone
 * @error: return location for an error
 *
 * Imports every valid row in one transaction: a failure of the register part way leaves
 * nothing written. Rows that fail the person form's validation are skipped and reported.
 * Each row is matched against the register and the rows before it (the same email, or the
 * same name across scripts where the emails do not differ) and a match is used, filled in
 * or duplicated as @options say. An organisation column links to the organisation of that
 * name, made if there is none; with an event, everyone imported or matched is registered.
 *
 * Returns: %TRUE unless the register failed
 */
gboolean
skup_people_import_run_with_options (SkupStore                     *store,
                                     SkupCsvTable                  *table,
                                     const char * const            *mapping,
                                     const SkupPeopleImportOptions *options,
                                     SkupPeopleImportReport        *report,
                                     GError                       **error)
{
  g_auto(ImportRun) run = { 0, };

  g_return_val_if_fail (store != NULL && table != NULL && mapping != NULL, FALSE);
  g_return_val_if_fail (options != NULL && report != NULL, FALSE);

  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func (g_free);
  report->matches = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_import_match_free);
  if (!skup_store_begin (store, error))
    return FALSE;
  import_run_init (&run, store, table, mapping, options, report);
  if (!import_all (&run, error))
    {
      skup_store_rollback (store);
      return FALSE;
    }
  if (options->dry_run)
    {
      skup_store_rollback (store);
      return TRUE;
    }
  return skup_store_commit (store, error);
}

/**
 * skup_people_import_run:
 * @dry_run: count and check everything, then write nothing
 *
 * skup_people_import_run_with_options() with matches used as they are and no event.
 *
 * Returns: %TRUE unless the register failed
 */
gboolean
skup_people_import_run (SkupStore              *store,
                        SkupCsvTable           *table,
                        const char * const     *mapping,
                        gboolean                dry_run,
                        SkupPeopleImportReport *report,
                        GError                **error)
{
  SkupPeopleImportOptions options = { dry_run, SKUP_IMPORT_DUPLICATE_USE, NULL, 0, 0 };

  return skup_people_import_run_with_options (store, table, mapping, &options, report, error);
}

/* The setting that remembers a mapping: keyed by the headers folded, so "E-mail" and
 * "e-mail" are the same file. */
static char *
mapping_key (const char * const *headers)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autofree char *digest = NULL;

  for (gsize i = 0; headers[i] != NULL; i++)
    {
      g_autofree char *header = skup_text_fold (headers[i]);

      g_string_append_printf (folded, "%s\x1f", g_strstrip (header));
    }
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, folded->str, -1);
  return g_strconcat ("import-people-mapping-", digest, NULL);
}

/**
 * skup_people_import_remember_mapping:
 * @store: the register
 * @headers: a file's first row
 * @mapping: the mapping the user chose for it
 * @error: return location for an error
 *
 * Keeps @mapping for the next file with the same headers (see
 * skup_people_import_recall_mapping()).
 *
 * Returns: %TRUE when it was stored
 */
gboolean
skup_people_import_remember_mapping (SkupStore           *store,
                                     const char * const  *headers,
                                     const char * const  *mapping,
                                     GError             **error)
{
  g_autofree char *key = mapping_key (headers);
  g_autofree char *value = g_strjoinv ("\x1f", (char **) mapping);

  return skup_store_set_setting (store, key, value, error);
}

/**
 * skup_people_import_recall_mapping:
 * @store: the register
 * @headers: a file's first row
 *
 * The mapping last chosen for a file with these headers, else the guess from the headers.
 *
 * Returns: (transfer full): one field name a column ("" ignores it)
 */
char **
skup_people_import_recall_mapping (SkupStore          *store,
                                   const char * const *headers)
{
  g_autofree char *key = mapping_key (headers);
  g_autofree char *value = skup_store_dup_setting (store, key);
  g_auto(GStrv) mapping = value ? g_strsplit (value, "\x1f", -1) : NULL;

  if (mapping != NULL && g_strv_length (mapping) == g_strv_length ((char **) headers))
    return g_steal_pointer (&mapping);
  return skup_people_import_guess_mapping (headers);
}

void
skup_people_import_report_clear (SkupPeopleImportReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_clear_pointer (&report->matches, g_ptr_array_unref);
}

void
skup_import_match_free (SkupImportMatch *match)
{
  g_free (match->name);
  g_free (match->reason);
  g_free (match);
}
