/* skup-catalog.c — translations in a language other than the user interface's
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "skup-catalog-private.h"
#include "skup-language-private.h"

/* A document is printed in its own language, whatever the window speaks: gettext translates
 * only into the process's one language (LC_MESSAGES, LANGUAGE), and switching it for a
 * document would change the window's strings in other threads too. So the compiled catalogue
 * is read here, once per language, and looked up in a hash table. */

#define MO_MAGIC       0x950412de
/* magic, revision, number of strings, two table offsets, the hash table's size and offset */
#define MO_HEADER_SIZE 28
#define MO_ENTRY_SIZE  8   /* a string's length and offset */

typedef struct
{
  const char *text;
  gsize       len;  /* without the final NUL; plural forms are separated by NULs */
} Translation;

struct _SkupCatalog
{
  char        *language;
  GBytes      *mo;            /* the compiled catalogue the strings point into, or NULL */
  Translation *entries;
  GHashTable  *translations;  /* original (or "context\004original") → its Translation */
  gboolean     slavic;        /* three plural forms: one, few, many */
};

/* A compiled catalogue being read: its bytes in the byte order it was written in. */
typedef struct
{
  const guint8 *data;
  gsize         size;
  gboolean      swap;
  guint32       n_strings;
  guint32       originals;
  guint32       translations;
} MoFile;

G_LOCK_DEFINE_STATIC (catalogs);
static GHashTable *catalogs;  /* language → SkupCatalog, for the life of the process */

static gboolean
is_slavic (const char *language)
{
  static const char * const slavic[] = { "sr", "uk", "ru", "be", "bs", "hr" };

  for (gsize i = 0; i < G_N_ELEMENTS (slavic); i++)
    {
      if (_skup_language_is (language, slavic[i]))
        return TRUE;
    }
  return FALSE;
}

static guint
slavic_plural_form (gulong n)
{
  if (n % 10 == 1 && n % 100 != 11)
    return 0;
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20))
    return 1;
  return 2;
}

/**
 * _skup_catalog_plural_form:
 * @language: (nullable): a gettext language name
 * @n: a count
 *
 * Says which plural form @language uses for @n, as the Plural-Forms of its catalogue does
 * (tests check the two agree). Serbian (both scripts), Ukrainian and Russian — and Belarusian,
 * Bosnian and Croatian, which share the rule — have one form for 1, 21, 31 … (not 11), one for
 * 2–4, 22–24 … (not 12–14) and one for the rest; every other language has one form for 1 and
 * one for the rest, as English.
 *
 * Returns: the index of the form
 */
guint
_skup_catalog_plural_form (const char *language,
                           gulong      n)
{
  return is_slavic (language) ? slavic_plural_form (n) : n != 1;
}

/**
 * _skup_catalog_localedir:
 *
 * Returns: the folder the catalogues are read from: $SKUP_LOCALEDIR when it is set and not
 *   empty (a build tree: build-aux/run and the tests), else the installed one, as main.c binds
 *   the user interface's
 */
const char *
_skup_catalog_localedir (void)
{
  const char *dir = g_getenv ("SKUP_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

static SkupCatalog *
catalog_new (const char *language)
{
  SkupCatalog *catalog = g_new0 (SkupCatalog, 1);

  catalog->language = g_strdup (language);
  catalog->slavic = is_slavic (language);
  return catalog;
}

void
_skup_catalog_free (SkupCatalog *catalog)
{
  g_clear_pointer (&catalog->translations, g_hash_table_unref);
  g_clear_pointer (&catalog->entries, g_free);
  g_clear_pointer (&catalog->mo, g_bytes_unref);
  g_clear_pointer (&catalog->language, g_free);
  g_free (catalog);
}

/* @offset + 4 is within the file. */
static guint32
mo_read (const MoFile *mo,
         gsize         offset)
{
  guint32 value;

  memcpy (&value, mo->data + offset, sizeof value);
  return mo->swap ? GUINT32_SWAP_LE_BE (value) : value;
}

static gboolean
mo_table_fits (const MoFile *mo,
               guint32       table)
{
  return table <= mo->size && mo->n_strings <= (mo->size - table) / MO_ENTRY_SIZE;
}

static gboolean
mo_file_init (MoFile  *mo,
              GBytes  *bytes,
              GError **error)
{
  guint32 magic, revision;

  mo->data = g_bytes_get_data (bytes, &mo->size);
  if (mo->size < MO_HEADER_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%" G_GSIZE_FORMAT " bytes are too short", mo->size);
      return FALSE;
    }

  /* msgfmt writes the byte order of the machine it runs on. */
  memcpy (&magic, mo->data, sizeof magic);
  mo->swap = magic != MO_MAGIC;
  if (mo->swap && GUINT32_SWAP_LE_BE (magic) != MO_MAGIC)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Not a compiled gettext catalogue");
      return FALSE;
    }

  /* A new major revision would change the layout; minor ones only add tables. */
  revision = mo_read (mo, 4);
  if (revision >> 16 != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Unknown revision %u.%u",
                   revision >> 16, revision & 0xFFFF);
      return FALSE;
    }

  mo->n_strings = mo_read (mo, 8);
  mo->originals = mo_read (mo, 12);
  mo->translations = mo_read (mo, 16);
  if (!mo_table_fits (mo, mo->originals) || !mo_table_fits (mo, mo->translations))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The tables of %u strings do not fit in %" G_GSIZE_FORMAT " bytes",
                   mo->n_strings, mo->size);
      return FALSE;
    }
  return TRUE;
}

/* Each of the NUL-separated parts of @text (a plural's forms) is UTF-8. */
static gboolean
is_valid_text (const char *text,
               gsize       len)
{
  const char *end = text + len;

  for (const char *p = text; p <= end; p += strlen (p) + 1)
    {
      if (!g_utf8_validate (p, -1, NULL))
        return FALSE;
    }
  return TRUE;
}

/* String @index of @table, which must lie inside the file, end in a NUL and be UTF-8. */
static gboolean
mo_string (const MoFile *mo,
           guint32       table,
           guint32       index,
           Translation  *string)
{
  gsize entry = (gsize) table + (gsize) index * MO_ENTRY_SIZE;
  guint32 len = mo_read (mo, entry);
  guint32 offset = mo_read (mo, entry + 4);

  if (offset >= mo->size || len >= mo->size - offset || mo->data[offset + len] != '\0')
    return FALSE;
  string->text = (const char *) mo->data + offset;
  string->len = len;
  return is_valid_text (string->text, string->len);
}

/**
 * _skup_catalog_new_from_bytes:
 * @language: the language the catalogue translates into
 * @mo: a compiled gettext catalogue (.mo), in either byte order
 * @error: where to say why @mo cannot be read
 *
 * Reads a catalogue as msgfmt writes it: the magic number 0x950412de, revision 0 (or a later
 * minor revision, whose extra tables are not needed), and the tables of originals and their
 * translations. Contexts are "context\004msgid", plurals "one\0many" with the translated forms
 * separated by NULs. Every string must lie within @mo, end in a NUL and be UTF-8, or nothing
 * is read: a damaged catalogue is not half used.
 *
 * Returns: (transfer full) (nullable): the catalogue, or %NULL with @error set
 */
SkupCatalog *
_skup_catalog_new_from_bytes (const char  *language,
                              GBytes      *mo,
                              GError     **error)
{
  g_autoptr(SkupCatalog) catalog = NULL;
  MoFile file;

  if (!mo_file_init (&file, mo, error))
    return NULL;

  catalog = catalog_new (language);
  catalog->mo = g_bytes_ref (mo);
  catalog->entries = g_new (Translation, file.n_strings);
  catalog->translations = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < file.n_strings; i++)
    {
      Translation original;

      if (!mo_string (&file, file.originals, i, &original)
          || !mo_string (&file, file.translations, i, &catalog->entries[i]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "String %u is damaged", i);
          return NULL;
        }
      /* A plural's original is "one\0many": the hash and comparison stop at "one". */
      g_hash_table_insert (catalog->translations, (gpointer) original.text, &catalog->entries[i]);
    }
  return g_steal_pointer (&catalog);
}

/* The C locale and English are the msgids themselves. */
static gboolean
is_untranslated (const char *language)
{
  return strcmp (language, "C") == 0 || strcmp (language, "POSIX") == 0
         || strcmp (language, "en") == 0;
}

/* A language is one folder name, never a path elsewhere. */
static gboolean
is_folder_name (const char *language)
{
  if (language[0] == '.' || strlen (language) > 64)
    return FALSE;
  for (const char *p = language; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("_@.-", *p) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* "sr_RS.UTF-8@latin" → "sr@latin", as gettext falls back from a region to its language. */
static char *
language_without_region (const char *language)
{
  g_autofree char *base = g_strndup (language, strcspn (language, "_.@"));
  const char *modifier = strchr (language, '@');

  return g_strconcat (base, modifier, NULL);
}

static GBytes *
read_mo (const char  *name,
         GError     **error)
{
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize len = 0;

  path = g_build_filename (_skup_catalog_localedir (), name, "LC_MESSAGES",
                           GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;
  return g_bytes_new_take (contents, len);
}

/* The catalogue of @language or, missing that, of its language without the region. */
static GBytes *
find_mo (const char  *language,
         GError     **error)
{
  g_autofree char *general = language_without_region (language);
  g_autoptr(GError) local_error = NULL;
  GBytes *mo;

  mo = read_mo (language, &local_error);
  if (mo == NULL && strcmp (general, language) != 0
      && g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_clear_error (&local_error);
      mo = read_mo (general, &local_error);
    }
  if (mo == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return mo;
}

static SkupCatalog *
catalog_load (const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) mo = NULL;
  SkupCatalog *catalog;

  if (is_untranslated (language))
    return catalog_new (language);
  if (!is_folder_name (language))
    {
      g_debug ("“%s” is not a language: English", language);
      return catalog_new (language);
    }

  mo = find_mo (language, &error);
  if (mo == NULL)
    {
      /* A language Skup has no translation for yet: its documents are written in English. */
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("No catalogue for %s in %s: English", language, _skup_catalog_localedir ());
      else
        g_warning ("Could not read the catalogue for %s: %s", language, error->message);
      return catalog_new (language);
    }

  catalog = _skup_catalog_new_from_bytes (language, mo, &error);
  if (catalog == NULL)
    {
      g_warning ("Ignoring the damaged catalogue for %s: %s", language, error->message);
      return catalog_new (language);
    }
  return catalog;
}

/**
 * skup_catalog_get:
 * @language: (nullable): a gettext language name: "sr", "sr@latin", "uk", "ru", "en" …
 *   (%NULL or "" mean "C")
 *
 * Finds the translations into @language, for text that must be in a language other than the
 * user interface's, such as a document printed in Serbian from an English window. They are
 * read from `<localedir>/<language>/LC_MESSAGES/skup.mo` (localedir is $SKUP_LOCALEDIR when
 * it is set and not empty, else the installed one), falling back from "sr_RS@latin" to
 * "sr@latin" as gettext does. "C", "POSIX", "en" and a language without a catalogue translate
 * nothing: every lookup returns the msgid, that is English. A damaged catalogue is ignored with
 * a warning.
 *
 * Each language is read once; the catalogue lives as long as the process and, never changing,
 * may be used from any thread, as may this function.
 *
 * Returns: (transfer none): the catalogue
 */
SkupCatalog *
skup_catalog_get (const char *language)
{
  SkupCatalog *catalog;

  if (language == NULL || *language == '\0')
    language = "C";

  G_LOCK (catalogs);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  catalog = g_hash_table_lookup (catalogs, language);
  if (catalog == NULL)
    {
      catalog = catalog_load (language);
      g_hash_table_insert (catalogs, catalog->language, catalog);
    }
  G_UNLOCK (catalogs);

  return catalog;
}

/**
 * skup_catalog_get_language:
 * @catalog: a catalogue
 *
 * Returns: (transfer none): the language @catalog was asked for, as given to
 *   skup_catalog_get() ("C" for %NULL), whether or not it has translations
 */
const char *
skup_catalog_get_language (SkupCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);

  return catalog->language;
}

static const Translation *
lookup (SkupCatalog *catalog,
        const char  *key)
{
  if (catalog->translations == NULL)
    return NULL;
  return g_hash_table_lookup (catalog->translations, key);
}

/**
 * skup_catalog_gettext:
 * @catalog: a catalogue
 * @msgid: the English text, as marked for translation in the sources
 *
 * Returns: (transfer none): the translation of @msgid, or @msgid itself when there is none
 */
const char *
skup_catalog_gettext (SkupCatalog *catalog,
                      const char  *msgid)
{
  const Translation *translation;

  g_return_val_if_fail (catalog != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = lookup (catalog, msgid);
  return translation != NULL ? translation->text : msgid;
}

/**
 * skup_catalog_pgettext:
 * @catalog: a catalogue
 * @context: the context the text is marked with in the sources (msgctxt)
 * @msgid: the English text
 *
 * Returns: (transfer none): the translation of @msgid in @context, or @msgid itself when
 *   there is none
 */
const char *
skup_catalog_pgettext (SkupCatalog *catalog,
                       const char  *context,
                       const char  *msgid)
{
  const Translation *translation;
  g_autofree char *long_key = NULL;
  char key[256];
  int len;

  g_return_val_if_fail (catalog != NULL, msgid);
  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (catalog->translations == NULL)
    return msgid;

  /* Contexts are short and looked up often (every month of every date): no allocation. */
  len = g_snprintf (key, sizeof key, "%s\004%s", context, msgid);
  if (len < 0 || (gsize) len >= sizeof key)
    long_key = g_strconcat (context, "\004", msgid, NULL);
  translation = lookup (catalog, long_key != NULL ? long_key : key);
  return translation != NULL ? translation->text : msgid;
}

/* Form @form of @translation; the first when it has fewer forms than the language's rule
 * says, as GNU gettext does, so the text stays in the document's language. */
static const char *
plural_text (const Translation *translation,
             guint              form)
{
  const char *end = translation->text + translation->len;
  const char *p = translation->text;

  for (guint i = 0; i < form; i++)
    {
      p += strlen (p) + 1;
      if (p >= end)
        return translation->text;
    }
  return p;
}

/**
 * skup_catalog_ngettext:
 * @catalog: a catalogue
 * @one: the English singular
 * @many: the English plural
 * @n: the count the text is for
 *
 * Translates a text that depends on a count, choosing the form by the plural rule of the
 * catalogue's language (see the Plural-Forms of its .po file).
 *
 * Returns: (transfer none): the translated form for @n or, without a translation, @one when
 *   @n is 1 and @many otherwise
 */
const char *
skup_catalog_ngettext (SkupCatalog *catalog,
                       const char  *one,
                       const char  *many,
                       gulong       n)
{
  const Translation *translation;

  g_return_val_if_fail (catalog != NULL, n == 1 ? one : many);
  g_return_val_if_fail (one != NULL && many != NULL, NULL);

  translation = lookup (catalog, one);
  if (translation == NULL)
    return n == 1 ? one : many;
  return plural_text (translation, catalog->slavic ? slavic_plural_form (n) : n != 1);
}

/**
 * skup_catalog_language_for:
 * @language: (nullable): a document's language: "en", "sr", "uk", "ru" …
 * @cyrillic: whether a Serbian document is written in Cyrillic
 *
 * Names the catalogue a document in @language is translated with. For Serbian ("sr", and
 * also "sr_RS" or "sr@latin") @cyrillic chooses the script: "sr" or "sr@latin". "en", "uk" and
 * "ru" (and their regional variants) have one script and give "en", "uk" and "ru" whatever
 * @cyrillic says; %NULL and "" give "en". Any other language is its own catalogue name.
 *
 * Returns: (transfer none): the name to give skup_catalog_get()
 */
const char *
skup_catalog_language_for (const char *language,
                           gboolean    cyrillic)
{
  static const char * const single_script[] = { "en", "uk", "ru" };

  if (language == NULL || *language == '\0')
    return "en";
  if (_skup_language_is (language, "sr"))
    return cyrillic ? "sr" : "sr@latin";
  for (gsize i = 0; i < G_N_ELEMENTS (single_script); i++)
    {
      if (_skup_language_is (language, single_script[i]))
        return single_script[i];
    }
  return g_intern_string (language);
}
