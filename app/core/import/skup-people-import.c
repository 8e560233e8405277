/* skup-people-import.c — people from a CSV file into the register, all or nothing
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-error.h"
#include "skup-people-import.h"
#include "skup-people-import-private.h"
#include "skup-person.h"
#include "skup-record.h"
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
      if (mapping[i][0] == '\0' || row[i][0] == '\0')
        continue;
      if (g_str_equal (mapping[i], SKUP_IMPORT_FULL_NAME))
        set_full_name (person, row[i]);
      else
        {
          g_autofree char *text = g_strstrip (g_strdup (row[i]));

          if (!skup_record_set_from_text (person, mapping[i], text, error))
            return NULL;
        }
    }
  if (!skup_record_validate (person, error))
    return NULL;
  return g_steal_pointer (&person);
}

static gboolean
import_row (SkupStore              *store,
            SkupCsvTable           *table,
            guint                   index,
            const char * const     *mapping,
            SkupPeopleImportReport *report,
            GError                **error)
{
  guint n_fields, line;
  const char * const *row = skup_csv_table_get_row (table, index, &n_fields, &line);
  g_autoptr(GError) invalid = NULL;
  g_autoptr(SkupRecord) person = person_from_row (row, n_fields, mapping, &invalid);

  if (person == NULL)
    {
      g_ptr_array_add (report->problems,
                       g_strdup_printf (_("Line %u: %s"), line, invalid->message));
      report->skipped++;
      return TRUE;
    }
  if (index == fail_at_row)
    {
      /* a test hook's words, never shown to a user, so not translated */
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_DATABASE, "Injected failure at row %u", index);
      return FALSE;
    }
  if (!skup_store_save (store, person, error))
    return FALSE;
  report->created++;
  return TRUE;
}

/**
 * skup_people_import_run:
 * @store: the register
 * @table: the file; its first row is the header
 * @mapping: one field name a column ("" ignores it), as from
 *   skup_people_import_guess_mapping()
 * @dry_run: count and check everything, then write nothing
 * @report: (out caller-allocates): what was done, and each skipped row with its line
 * @error: return location for an error
 *
 * Imports every valid row in one transaction: a failure of the register part way leaves
 * nothing written. Rows that fail the person form's validation are skipped and reported.
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
  g_return_val_if_fail (store != NULL && table != NULL && mapping != NULL, FALSE);

  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func (g_free);
  if (!skup_store_begin (store, error))
    return FALSE;
  for (guint i = 1; i < skup_csv_table_get_n_rows (table); i++)
    if (!import_row (store, table, i, mapping, report, error))
      {
        skup_store_rollback (store);
        return FALSE;
      }
  if (dry_run)
    {
      skup_store_rollback (store);
      return TRUE;
    }
  return skup_store_commit (store, error);
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
}
