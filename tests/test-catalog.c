/* test-catalog.c — translations in a document's language, and dates written in it
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "skup-catalog-private.h"
#include "skup-text.h"

static void
test_serbian (void)
{
  SkupCatalog *catalog = skup_catalog_get ("sr");

  g_assert_nonnull (catalog);
  g_assert_true (skup_catalog_get ("sr") == catalog);
  g_assert_cmpstr (skup_catalog_get_language (catalog), ==, "sr");
  g_assert_cmpstr (skup_catalog_gettext (catalog, "Participants"), ==, "Учесници");
  g_assert_cmpstr (skup_catalog_pgettext (catalog, "month in a date", "May"), ==, "маја");
  g_assert_cmpstr (skup_catalog_pgettext (catalog, "date", "%u %s %u"), ==, "%u. %s %u.");
  g_assert_cmpstr (skup_catalog_pgettext (catalog, "date range", "%u–%u %s %u"), ==,
                   "%u–%u. %s %u.");
  /* The context matters: without it, or with another, "May" is not the genitive. */
  g_assert_cmpstr (skup_catalog_gettext (catalog, "May"), ==, "May");
  g_assert_cmpstr (skup_catalog_pgettext (catalog, "weekday", "May"), ==, "May");
  /* What has no translation is English. */
  g_assert_cmpstr (skup_catalog_gettext (catalog, "No such string in Skup"), ==,
                   "No such string in Skup");
}

static void
test_serbian_latin (void)
{
  SkupCatalog *catalog = skup_catalog_get ("sr@latin");

  g_assert_true (catalog != skup_catalog_get ("sr"));
  g_assert_cmpstr (skup_catalog_get_language (catalog), ==, "sr@latin");
  g_assert_cmpstr (skup_catalog_gettext (catalog, "Participants"), ==, "Učesnici");
  g_assert_cmpstr (skup_catalog_pgettext (catalog, "month in a date", "May"), ==, "maja");
  g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u project", "%u projects", 5), ==,
                   "%u projekata");
}

static void
test_english (void)
{
  static const char *languages[] = { "en", "C", "POSIX", NULL, "" };

  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      SkupCatalog *catalog = skup_catalog_get (languages[i]);
      const char *msgid = "Participants";

      /* The msgid itself, not a copy */
      g_assert_true (skup_catalog_gettext (catalog, msgid) == msgid);
      g_assert_cmpstr (skup_catalog_pgettext (catalog, "month in a date", "May"), ==, "May");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u project", "%u projects", 1), ==,
                       "%u project");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u project", "%u projects", 0), ==,
                       "%u projects");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u project", "%u projects", 21), ==,
                       "%u projects");
    }
  g_assert_cmpstr (skup_catalog_get_language (skup_catalog_get (NULL)), ==, "C");
  g_assert_true (skup_catalog_get (NULL) == skup_catalog_get ("C"));
}

/* A language without a catalogue writes English; a region falls back to its language. */
/* Ukrainian and Russian have catalogues of their own, with three plural forms. */
static void
test_ukrainian_russian (void)
{
  SkupCatalog *uk = skup_catalog_get ("uk_UA.UTF-8");
  SkupCatalog *ru = skup_catalog_get ("ru");

  g_assert_cmpstr (skup_catalog_gettext (uk, "Participants"), ==, "Учасники");
  g_assert_cmpstr (skup_catalog_gettext (ru, "Participants"), ==, "Участники");
  g_assert_cmpstr (skup_catalog_ngettext (uk, "%u project", "%u projects", 1), ==, "%u проєкт");
  g_assert_cmpstr (skup_catalog_ngettext (uk, "%u project", "%u projects", 3), ==, "%u проєкти");
  g_assert_cmpstr (skup_catalog_ngettext (uk, "%u project", "%u projects", 11), ==,
                   "%u проєктів");
  g_assert_cmpstr (skup_catalog_ngettext (ru, "%u project", "%u projects", 22), ==, "%u проекта");
  g_assert_cmpstr (skup_catalog_ngettext (ru, "%u project", "%u projects", 25), ==, "%u проектов");
  g_assert_cmpstr (skup_catalog_ngettext (ru, "%u project", "%u projects", 21), ==, "%u проект");
}

static void
test_missing (void)
{
  static const char *languages[] = { "de", "../../../etc", "sr/../sr", ".hidden" };

  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      SkupCatalog *catalog = skup_catalog_get (languages[i]);

      g_assert_cmpstr (skup_catalog_get_language (catalog), ==, languages[i]);
      g_assert_cmpstr (skup_catalog_gettext (catalog, "Participants"), ==, "Participants");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u project", "%u projects", 2), ==,
                       "%u projects");
    }
  g_assert_cmpstr (skup_catalog_gettext (skup_catalog_get ("sr_RS"), "Participants"), ==,
                   "Учесници");
  g_assert_cmpstr (skup_catalog_gettext (skup_catalog_get ("sr_RS.UTF-8@latin"), "Participants"),
                   ==, "Učesnici");
}

static void
test_plural (void)
{
  static const struct {
    gulong      n;
    const char *expected;
  } cases[] = {
    { 0, "%u пројеката" }, { 1, "%u пројекат" }, { 2, "%u пројекта" }, { 4, "%u пројекта" },
    { 5, "%u пројеката" }, { 11, "%u пројеката" }, { 12, "%u пројеката" },
    { 21, "%u пројекат" }, { 22, "%u пројекта" }, { 111, "%u пројеката" },
    { 1001, "%u пројекат" }, { G_MAXULONG, "%u пројеката" },
  };
  SkupCatalog *catalog = skup_catalog_get ("sr");

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u project", "%u projects", cases[i].n), ==,
                     cases[i].expected);
  /* gettext on a plural gives its first form */
  g_assert_cmpstr (skup_catalog_gettext (catalog, "%u project"), ==, "%u пројекат");
}

/* A Plural-Forms expression, evaluated for one n: C's operators on unsigned long. */
typedef struct
{
  const char *p;
  gulong      n;
} Expression;

static gulong parse_ternary (Expression *e);

static void
skip_spaces (Expression *e)
{
  while (g_ascii_isspace (*e->p))
    e->p++;
}

static gboolean
accept (Expression *e,
        const char *token)
{
  skip_spaces (e);
  if (!g_str_has_prefix (e->p, token))
    return FALSE;
  /* "<" is not the start of "<=", "=" is not an operator */
  if (strlen (token) == 1 && strchr ("<>!", *token) != NULL && e->p[1] == '=')
    return FALSE;
  e->p += strlen (token);
  return TRUE;
}

static gulong
parse_primary (Expression *e)
{
  gulong value;

  skip_spaces (e);
  if (accept (e, "("))
    {
      value = parse_ternary (e);
      g_assert_true (accept (e, ")"));
      return value;
    }
  if (accept (e, "!"))
    return !parse_primary (e);
  if (accept (e, "n"))
    return e->n;
  g_assert_true (g_ascii_isdigit (*e->p));
  return strtoul (e->p, (char **) &e->p, 10);
}

static gulong
parse_binary (Expression *e,
              guint       level)
{
  /* From the loosest binding to the tightest */
  static const char * const operators[][4] = {
    { "||" }, { "&&" }, { "==", "!=" }, { "<=", ">=", "<", ">" }, { "+", "-" },
    { "*", "/", "%" },
  };
  gulong value;
  gboolean found = TRUE;

  if (level == G_N_ELEMENTS (operators))
    return parse_primary (e);

  value = parse_binary (e, level + 1);
  while (found)
    {
      found = FALSE;
      for (guint i = 0; i < 4 && operators[level][i] != NULL && !found; i++)
        {
          const char *op = operators[level][i];
          gulong right;

          if (!accept (e, op))
            continue;
          found = TRUE;
          right = parse_binary (e, level + 1);
          switch (op[0] + (op[1] << 8))
            {
            case '|' + ('|' << 8): value = value || right; break;
            case '&' + ('&' << 8): value = value && right; break;
            case '=' + ('=' << 8): value = value == right; break;
            case '!' + ('=' << 8): value = value != right; break;
            case '<' + ('=' << 8): value = value <= right; break;
            case '>' + ('=' << 8): value = value >= right; break;
            case '<': value = value < right; break;
            case '>': value = value > right; break;
            case '+': value = value + right; break;
            case '-': value = value - right; break;
            case '*': value = value * right; break;
            case '/': value = value / right; break;
            case '%': value = value % right; break;
            default: g_assert_not_reached ();
            }
        }
    }
  return value;
}

static gulong
parse_ternary (Expression *e)
{
  gulong condition = parse_binary (e, 0);
  gulong yes, no;

  if (!accept (e, "?"))
    return condition;
  yes = parse_ternary (e);
  g_assert_true (accept (e, ":"));
  no = parse_ternary (e);
  return condition ? yes : no;
}

static gulong
evaluate (const char *expression,
          gulong      n)
{
  Expression e = { expression, n };
  gulong value = parse_ternary (&e);

  skip_spaces (&e);
  g_assert_cmpint (*e.p, ==, ';');
  return value;
}

/* "nplurals=3; plural=…;" agrees with _skup_catalog_plural_form() for every n in 0 … 120
 * (and the forms it names exist). */
static void
assert_plural_rule (const char *language,
                    const char *plural_forms)
{
  const char *plural = strstr (plural_forms, "plural=");
  const char *nplurals = strstr (plural_forms, "nplurals=");
  guint n_forms;

  g_assert_nonnull (plural);
  g_assert_nonnull (nplurals);
  n_forms = (guint) strtoul (nplurals + strlen ("nplurals="), NULL, 10);
  for (gulong n = 0; n <= 120; n++)
    {
      guint form = _skup_catalog_plural_form (language, n);

      if (form != evaluate (plural + strlen ("plural="), n))
        g_error ("%s: form %u for %lu, but the catalogue says %lu (%s)", language, form, n,
                 evaluate (plural + strlen ("plural="), n), plural_forms);
      g_assert_cmpuint (form, <, n_forms);
    }
}

/* The header's value of @field in a .po file: its quoted lines joined. */
static char *
po_header_field (const char *po,
                 const char *field)
{
  g_autoptr(GString) value = g_string_new (NULL);
  const char *p = strstr (po, field);

  g_assert_nonnull (p);
  for (p += strlen (field); *p != '\0' && *p != '\\'; p++)
    {
      if (*p == '"') /* the end of a line, continued on the next */
        for (p++; *p != '\0' && *p != '"'; p++)
          ;
      else
        g_string_append_c (value, *p);
    }
  return g_string_free (g_steal_pointer (&value), FALSE);
}

static void
test_plural_forms_match_po (void)
{
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;
  guint n_checked = 0;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "po", "LINGUAS",
                                                           NULL), &linguas, NULL, NULL));
  languages = g_strsplit_set (linguas, " \n", -1);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *po_name = g_strconcat (languages[i], ".po", NULL);
      g_autofree char *po = NULL;
      g_autofree char *rule = NULL;

      if (*languages[i] == '\0' || *languages[i] == '#')
        continue;
      g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "po", po_name,
                                                               NULL), &po, NULL, NULL));
      rule = po_header_field (po, "Plural-Forms:");
      assert_plural_rule (languages[i], rule);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >=, 2);

  /* And the rules the gettext manual gives for languages without a catalogue yet */
  assert_plural_rule ("uk", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                            "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
  assert_plural_rule ("ru", "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                            "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;");
  assert_plural_rule ("en", "nplurals=2; plural=(n != 1);");
  assert_plural_rule ("de", "nplurals=2; plural=n != 1;");
}

/* A compiled catalogue as msgfmt writes it, in either byte order (no hash table: it is
 * optional and not read). */
typedef struct
{
  const char *original;
  gsize       original_len;  /* with the NULs inside a plural, without the last */
  const char *translation;
  gsize       translation_len;
} MoString;

#define MO_STRING(original, translation) \
  { original, sizeof original - 1, translation, sizeof translation - 1 }

static void
put_u32 (GByteArray *mo,
         gsize       offset,
         guint32     value,
         gboolean    big_endian)
{
  guint32 stored = big_endian ? GUINT32_TO_BE (value) : GUINT32_TO_LE (value);

  memcpy (mo->data + offset, &stored, sizeof stored);
}

static GBytes *
build_mo (const MoString *strings,
          guint32         n_strings,
          gboolean        big_endian)
{
  g_autoptr(GByteArray) mo = g_byte_array_new ();
  guint32 originals = 28, translations = originals + 8 * n_strings;

  g_byte_array_set_size (mo, translations + 8 * n_strings);
  memset (mo->data, 0, mo->len);
  put_u32 (mo, 0, 0x950412de, big_endian);
  put_u32 (mo, 8, n_strings, big_endian);
  put_u32 (mo, 12, originals, big_endian);
  put_u32 (mo, 16, translations, big_endian);
  for (guint32 table = 0; table < 2; table++)
    for (guint32 i = 0; i < n_strings; i++)
      {
        const char *text = table == 0 ? strings[i].original : strings[i].translation;
        gsize len = table == 0 ? strings[i].original_len : strings[i].translation_len;
        guint32 entry = (table == 0 ? originals : translations) + 8 * i;

        put_u32 (mo, entry, (guint32) len, big_endian);
        put_u32 (mo, entry + 4, mo->len, big_endian);
        g_byte_array_append (mo, (const guint8 *) text, (guint) len + 1);
      }
  return g_byte_array_free_to_bytes (g_steal_pointer (&mo));
}

static const MoString sample[] = {
  MO_STRING ("", "Content-Type: text/plain; charset=UTF-8\n"),
  MO_STRING ("Hello", "Здраво"),
  MO_STRING ("greeting\004Hello", "Ћао"),
  MO_STRING ("%u day\0%u days", "%u дан\0%u дана\0%u дана"),
  MO_STRING ("%u hour\0%u hours", "%u сат"),
};

static void
test_mo_byte_orders (void)
{
  for (int big_endian = 0; big_endian < 2; big_endian++)
    {
      g_autoptr(GBytes) bytes = build_mo (sample, G_N_ELEMENTS (sample), big_endian);
      g_autoptr(GError) error = NULL;
      g_autoptr(SkupCatalog) catalog = _skup_catalog_new_from_bytes ("sr", bytes, &error);

      g_assert_no_error (error);
      g_assert_nonnull (catalog);
      g_assert_cmpstr (skup_catalog_gettext (catalog, "Hello"), ==, "Здраво");
      g_assert_cmpstr (skup_catalog_pgettext (catalog, "greeting", "Hello"), ==, "Ћао");
      g_assert_cmpstr (skup_catalog_pgettext (catalog, "other", "Hello"), ==, "Hello");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u day", "%u days", 1), ==, "%u дан");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u day", "%u days", 3), ==, "%u дана");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u day", "%u days", 7), ==, "%u дана");
      /* Fewer forms than the rule wants: the first, still Serbian */
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u hour", "%u hours", 5), ==, "%u сат");
      g_assert_cmpstr (skup_catalog_ngettext (catalog, "%u week", "%u weeks", 5), ==, "%u weeks");
      g_assert_cmpstr (skup_catalog_gettext (catalog, "%u day"), ==, "%u дан");
    }
}

/* A context long enough not to fit the lookup's buffer on the stack */
static void
test_long_context (void)
{
  g_autofree char *context = g_strnfill (300, 'c');
  g_autofree char *original = g_strconcat (context, "\004Hello", NULL);
  MoString strings[] = { { original, strlen (original), "Здраво", strlen ("Здраво") } };
  g_autoptr(GBytes) bytes = build_mo (strings, 1, FALSE);
  g_autoptr(SkupCatalog) catalog = _skup_catalog_new_from_bytes ("sr", bytes, NULL);

  g_assert_cmpstr (skup_catalog_pgettext (catalog, context, "Hello"), ==, "Здраво");
  g_assert_cmpstr (skup_catalog_pgettext (catalog, context, "Hell"), ==, "Hell");
}

static void
assert_damaged (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCatalog) catalog = _skup_catalog_new_from_bytes ("sr", bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* @bytes with the 32-bit little-endian word at @offset set to @value */
static GBytes *
with_word (GBytes  *bytes,
           gsize    offset,
           guint32  value)
{
  gsize size;
  guint8 *data = g_memdup2 (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  guint32 stored = GUINT32_TO_LE (value);

  memcpy (data + offset, &stored, sizeof stored);
  return g_bytes_new_take (data, size);
}

static void
test_mo_damaged (void)
{
  g_autoptr(GBytes) good = build_mo (sample, G_N_ELEMENTS (sample), FALSE);
  const guint8 *data = g_bytes_get_data (good, NULL);
  gsize size = g_bytes_get_size (good);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) short_header = g_bytes_new (data, 27);
  g_autoptr(GBytes) truncated = g_bytes_new (data, size - 1); /* the last NUL */
  g_autoptr(GBytes) magic = with_word (good, 0, 0x12345678);
  g_autoptr(GBytes) revision = with_word (good, 4, 0x00010000);
  g_autoptr(GBytes) minor_revision = with_word (good, 4, 0x00000001);
  g_autoptr(GBytes) count = with_word (good, 8, 1000);
  g_autoptr(GBytes) huge_count = with_word (good, 8, G_MAXUINT32);
  g_autoptr(GBytes) table = with_word (good, 16, (guint32) size - 4);
  g_autoptr(GBytes) length = with_word (good, 28, (guint32) size);
  g_autoptr(GBytes) offset = with_word (good, 32, G_MAXUINT32);
  g_autoptr(GBytes) no_nul = with_word (good, 28 + 8 * 5 + 8, 1); /* "Здраво" cut to 1 byte */
  g_autoptr(SkupCatalog) minor = _skup_catalog_new_from_bytes ("sr", minor_revision, NULL);

  assert_damaged (empty);
  assert_damaged (short_header);
  assert_damaged (truncated);
  assert_damaged (magic);
  assert_damaged (revision);
  assert_damaged (count);
  assert_damaged (huge_count);
  assert_damaged (table);
  assert_damaged (length);
  assert_damaged (offset);
  assert_damaged (no_nul);
  /* A minor revision only adds tables */
  g_assert_nonnull (minor);
  g_assert_cmpstr (skup_catalog_gettext (minor, "Hello"), ==, "Здраво");
}

static void
test_mo_invalid_utf8 (void)
{
  static const MoString strings[] = { MO_STRING ("Hello", "Zdr\xff" "avo") };
  static const MoString plural[] = { MO_STRING ("%u day\0%u days", "%u dan\0%u dan\xc3") };
  g_autoptr(GBytes) bytes = build_mo (strings, 1, FALSE);
  g_autoptr(GBytes) plural_bytes = build_mo (plural, 1, TRUE);

  assert_damaged (bytes);
  assert_damaged (plural_bytes);
}

/* Whatever the bytes, reading them never reads outside them (run under a sanitizer to see). */
static void
test_mo_random_damage (void)
{
  g_autoptr(GBytes) good = build_mo (sample, G_N_ELEMENTS (sample), g_test_rand_bit ());
  gsize size = g_bytes_get_size (good);

  for (guint round = 0; round < 2000; round++)
    {
      g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (good, NULL), size);
      gsize len = round % 4 == 0 ? (gsize) g_test_rand_int_range (0, (gint32) size) : size;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(SkupCatalog) catalog = NULL;

      for (guint i = 0; i < 3; i++)
        data[g_test_rand_int_range (0, (gint32) size)] = (guint8) g_test_rand_int_range (0, 256);
      bytes = g_bytes_new (data, len);
      catalog = _skup_catalog_new_from_bytes ("sr", bytes, NULL);
      if (catalog != NULL)
        {
          g_assert_nonnull (skup_catalog_gettext (catalog, "Hello"));
          g_assert_nonnull (skup_catalog_ngettext (catalog, "%u day", "%u days", 5));
        }
    }
}

static void
test_localedir (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("SKUP_LOCALEDIR"));

  g_assert_nonnull (saved);
  g_assert_cmpstr (_skup_catalog_localedir (), ==, saved);
  g_setenv ("SKUP_LOCALEDIR", "", TRUE);
  g_assert_cmpstr (_skup_catalog_localedir (), ==, LOCALEDIR);
  g_unsetenv ("SKUP_LOCALEDIR");
  g_assert_cmpstr (_skup_catalog_localedir (), ==, LOCALEDIR);
  g_setenv ("SKUP_LOCALEDIR", "/somewhere/else", TRUE);
  g_assert_cmpstr (_skup_catalog_localedir (), ==, "/somewhere/else");
  g_setenv ("SKUP_LOCALEDIR", saved, TRUE);
}

static void
test_language_for (void)
{
  static const struct {
    const char *language;
    gboolean    cyrillic;
    const char *expected;
  } cases[] = {
    { "sr", TRUE, "sr" }, { "sr", FALSE, "sr@latin" }, { "sr@latin", TRUE, "sr" },
    { "sr_RS", FALSE, "sr@latin" }, { "en", TRUE, "en" }, { "en", FALSE, "en" },
    { "uk", FALSE, "uk" }, { "uk", TRUE, "uk" }, { "ru", FALSE, "ru" }, { "ru_RU", TRUE, "ru" },
    { NULL, TRUE, "en" }, { "", FALSE, "en" }, { "de", FALSE, "de" }, { "srn", FALSE, "srn" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (skup_catalog_language_for (cases[i].language, cases[i].cyrillic), ==,
                     cases[i].expected);
}

static gpointer
get_catalog (gpointer data)
{
  return skup_catalog_get ("sr_ME@latin");
}

/* Threads asking for a language at once all get the one catalogue, read once. Runs first,
 * before any other test has read it. */
static void
test_threads (void)
{
  GThread *threads[8];
  SkupCatalog *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("catalog", get_catalog, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      SkupCatalog *catalog = g_thread_join (threads[i]);

      if (first == NULL)
        first = catalog;
      g_assert_true (catalog == first);
    }
  g_assert_cmpstr (skup_catalog_gettext (first, "Participants"), ==, "Učesnici");
}

typedef struct
{
  const char *start;
  const char *end;
  const char *expected;
} DateCase;

static void
assert_dates (SkupCatalog    *catalog,
              const DateCase *cases,
              gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *range = skup_text_format_date_range_in (catalog, cases[i].start,
                                                               cases[i].end);

      g_assert_cmpstr (range, ==, cases[i].expected);
      if (cases[i].end == NULL)
        {
          g_autofree char *date = skup_text_format_date_in (catalog, cases[i].start);

          g_assert_cmpstr (date, ==, cases[i].expected);
        }
    }
}

/* A document in Serbian from an English window: the dates are Serbian, the window's stay
 * English. */
static void
test_format_date_in (void)
{
  static const DateCase serbian[] = {
    { "2019-05-20", NULL, "20. маја 2019." },
    { "2019-05-20", "2019-05-22", "20–22. маја 2019." },
    { "2019-05-30", "2019-06-02", "30. маја – 2. јуна 2019." },
    { "2019-12-30", "2020-01-02", "30. децембра 2019. – 2. јануара 2020." },
    { "2019-05-20", "2019-05-20", "20. маја 2019." },
    { "someday", NULL, "someday" },
  };
  static const DateCase latin[] = {
    { "2019-05-20", NULL, "20. maja 2019." },
    { "2019-05-20", "2019-05-22", "20–22. maja 2019." },
    { "2019-05-30", "2019-06-02", "30. maja – 2. juna 2019." },
  };
  static const DateCase english[] = {
    { "2019-05-20", NULL, "20 May 2019" },
    { "2019-05-20", "2019-05-22", "20–22 May 2019" },
    { "2019-12-30", "2020-01-02", "30 December 2019 – 2 January 2020" },
  };
  /* Day, month in the genitive, year: as a Ukrainian or Russian list heads a column. */
  static const DateCase ukrainian[] = {
    { "2019-05-20", NULL, "20 травня 2019" },
    { "2019-05-20", "2019-05-22", "20–22 травня 2019" },
    { "2019-12-30", "2020-01-02", "30 грудня 2019 – 2 січня 2020" },
  };
  static const DateCase russian[] = {
    { "2019-05-20", NULL, "20 мая 2019" },
    { "2019-05-20", "2019-05-22", "20–22 мая 2019" },
    { "2019-12-30", "2020-01-02", "30 декабря 2019 – 2 января 2020" },
  };
  g_autofree char *window = NULL;
  g_autofree char *null_date = skup_text_format_date_in (skup_catalog_get ("sr"), NULL);
  g_autofree char *null_range = skup_text_format_date_range_in (skup_catalog_get ("sr"), NULL,
                                                                "2019-05-22");

  assert_dates (skup_catalog_get ("sr"), serbian, G_N_ELEMENTS (serbian));
  assert_dates (skup_catalog_get ("sr@latin"), latin, G_N_ELEMENTS (latin));
  assert_dates (skup_catalog_get ("en"), english, G_N_ELEMENTS (english));
  assert_dates (skup_catalog_get ("uk"), ukrainian, G_N_ELEMENTS (ukrainian));
  assert_dates (skup_catalog_get ("ru"), russian, G_N_ELEMENTS (russian));
  /* No catalogue: the user interface's language, here English (LC_ALL=C.UTF-8) */
  assert_dates (NULL, english, G_N_ELEMENTS (english));
  window = skup_text_format_date ("2019-05-20");
  g_assert_cmpstr (window, ==, "20 May 2019");
  g_assert_null (null_date);
  g_assert_null (null_range);
}

/* And the other way round: an English document from a Serbian window. */
static void
test_format_date_in_serbian_window (void)
{
  static const DateCase english[] = {
    { "2019-05-20", NULL, "20 May 2019" },
    { "2019-05-20", "2019-05-22", "20–22 May 2019" },
  };
  static const DateCase serbian[] = {
    { "2019-05-20", NULL, "20. маја 2019." },
    { "2019-05-20", "2019-05-22", "20–22. маја 2019." },
  };

  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, "sr_RS.UTF-8") == NULL)
    g_error ("The locale sr_RS.UTF-8 is missing: generate it (build-aux/deps)");
  assert_dates (skup_catalog_get ("en"), english, G_N_ELEMENTS (english));
  assert_dates (NULL, serbian, G_N_ELEMENTS (serbian));
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SKUP_LOCALEDIR"));
  /* The user interface's gettext reads the same catalogues, as main.c binds them. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKUP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/skup/catalog/threads", test_threads);
  g_test_add_func ("/skup/catalog/serbian", test_serbian);
  g_test_add_func ("/skup/catalog/serbian-latin", test_serbian_latin);
  g_test_add_func ("/skup/catalog/english", test_english);
  g_test_add_func ("/skup/catalog/missing", test_missing);
  g_test_add_func ("/skup/catalog/ukrainian-russian", test_ukrainian_russian);
  g_test_add_func ("/skup/catalog/plural", test_plural);
  g_test_add_func ("/skup/catalog/plural-forms-match-po", test_plural_forms_match_po);
  g_test_add_func ("/skup/catalog/mo-byte-orders", test_mo_byte_orders);
  g_test_add_func ("/skup/catalog/long-context", test_long_context);
  g_test_add_func ("/skup/catalog/mo-damaged", test_mo_damaged);
  g_test_add_func ("/skup/catalog/mo-invalid-utf8", test_mo_invalid_utf8);
  g_test_add_func ("/skup/catalog/mo-random-damage", test_mo_random_damage);
  g_test_add_func ("/skup/catalog/localedir", test_localedir);
  g_test_add_func ("/skup/catalog/language-for", test_language_for);
  g_test_add_func ("/skup/catalog/format-date-in", test_format_date_in);
  g_test_add_func ("/skup/catalog/format-date-in-serbian-window",
                   test_format_date_in_serbian_window);

  return g_test_run ();
}
