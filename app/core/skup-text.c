/* skup-text.c — search keys, transliteration, parsing of what people type and writing dates
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-text.h"
#include "skup-text-private.h"

#define EMAIL_MAX_LENGTH       254
#define EMAIL_LOCAL_MAX_LENGTH 64

/* Cyrillic letters as Serbian Latin writes them, lower case, from U+0430 (а) to U+045F (џ).
 * Serbian letters follow the official alphabet. Russian, Ukrainian, Belarusian and Macedonian
 * ones follow the scholarly transliteration used in Serbian texts (щ šč, ю ju, я ja, є je,
 * ї ji, ё ë, ы y), which reads like Serbian and folds to the same key as the Cyrillic. The hard
 * and soft signs are dropped, as Serbian transcription does. */
static const char * const cyrillic_latin[] = {
  /* а … п */
  "a", "b", "v", "g", "d", "e", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p",
  /* р … я */
  "r", "s", "t", "u", "f", "h", "c", "č", "š", "šč", "", "y", "", "e", "ju", "ja",
  /* ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ */
  "è", "ë", "đ", "ǵ", "je", "dz", "i", "ji", "j", "lj", "nj", "ć", "ḱ", "ì", "ŭ", "dž",
};

/* Serbian Cyrillic for a … z, 0 where Serbian has no such letter (q, w, x, y). */
static const gunichar ascii_cyrillic[26] = {
  0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, /* а б ц д е ф г */
  0x0445, 0x0438, 0x0458, 0x043A, 0x043B, 0x043C, 0x043D, /* х и ј к л м н */
  0x043E, 0x043F, 0,      0x0440, 0x0441, 0x0442, 0x0443, /* о п q р с т у */
  0x0432, 0,      0,      0,      0x0437,                 /* в w x y з */
};

typedef struct
{
  GString  *out;
  gboolean  gap;  /* a separator was seen since the last character written */
} Folder;

static void fold_unichar (Folder   *folder,
                          gunichar  c);

static const char *
cyrillic_to_latin (gunichar lower)
{
  if (lower >= 0x0430 && lower <= 0x045F)
    return cyrillic_latin[lower - 0x0430];
  if (lower == 0x0491) /* ґ */
    return "g";
  return NULL;
}

/* Letters that Unicode does not decompose into a base letter and a mark. */
static const char *
latin_fold_special (gunichar lower)
{
  switch (lower)
    {
    case 0x0111: /* đ: FTS5 keeps it, so the key must spell it out */
    case 0x00F0: /* ð looks exactly like đ and gets typed for it */
      return "dj";
    case 0x00DF: return "ss"; /* ß */
    case 0x00E6: return "ae"; /* æ */
    case 0x00F8: return "o";  /* ø */
    case 0x00FE: return "th"; /* þ */
    case 0x0127: return "h";  /* ħ */
    case 0x0131: return "i";  /* ı */
    case 0x0142: return "l";  /* ł */
    case 0x0153: return "oe"; /* œ */
    case 0x0167: return "t";  /* ŧ */
    case 0x02B9: /* ʹ and ʺ transliterate ь and ъ, which fold drops */
    case 0x02BA:
      return "";
    default:
      return NULL;
    }
}

static gboolean
is_apostrophe (gunichar c)
{
  /* ’ and ‘ from word processors, ʼ from Ukrainian keyboards */
  return c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

/* Whether @c is its own NFC and NFKC form and composes with nothing before it: ASCII, the
 * Latin letters of Serbian and its neighbours (Latin-1, Latin Extended-A but for the
 * compatibility letters ĳ Ŀ ŉ ſ) and the Cyrillic of U+0400–U+045F. */
gboolean
_skup_text_is_stable_char (gunichar c)
{
  if (c < 0x80 || (c >= 0xC0 && c <= 0x17E) || (c >= 0x400 && c <= 0x45F))
    return c != 0x132 && c != 0x133 && c != 0x13F && c != 0x140 && c != 0x149;
  return FALSE;
}

/* Normalising is most of folding a name's cost; a valid text of stable letters only (every
 * name in Serbian, in either script) is its own NFKC form already. */
static gboolean
is_nfkc (const char *text)
{
  const char *end;

  if (!g_utf8_validate (text, -1, &end))
    return FALSE;
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0x80 && !_skup_text_is_stable_char (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Returns a valid, normalised copy of @text, or %NULL when @text is plain ASCII and can be used
 * as it is (most names are, and they skip two allocations). */
static char *
prepare_text (const char     *text,
              GNormalizeMode  mode)
{
  g_autofree char *valid = NULL;
  const char *p;

  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    return NULL;
  if (!g_utf8_validate (p, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  return g_utf8_normalize (text, -1, mode);
}

static void
folder_start_char (Folder *folder)
{
  if (folder->gap && folder->out->len > 0)
    g_string_append_c (folder->out, ' ');
  folder->gap = FALSE;
}

static void
folder_add_c (Folder *folder,
              char    c)
{
  folder_start_char (folder);
  g_string_append_c (folder->out, c);
}

static void
folder_add (Folder     *folder,
            const char *ascii)
{
  if (*ascii == '\0')
    return;
  folder_start_char (folder);
  g_string_append (folder->out, ascii);
}

static void
fold_ascii (Folder *folder,
            char    c)
{
  if (g_ascii_isalnum (c) || c == '@' || c == '.' || c == '-' || c == '\'')
    folder_add_c (folder, g_ascii_tolower (c));
  else
    folder->gap = TRUE;
}

/* @c is lower case, fully decomposed and has no mapping of its own. */
static void
fold_plain (Folder   *folder,
            gunichar  c)
{
  if (c < 0x80)
    {
      fold_ascii (folder, (char) c);
      return;
    }
  if (is_apostrophe (c))
    {
      folder_add_c (folder, '\'');
      return;
    }

  switch (g_unichar_type (c))
    {
    case G_UNICODE_FORMAT: /* soft hyphen, zero-width space, byte order mark */
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      break;
    case G_UNICODE_DECIMAL_NUMBER:
      folder_add_c (folder, (char) ('0' + g_unichar_digit_value (c)));
      break;
    case G_UNICODE_DASH_PUNCTUATION:
      folder_add_c (folder, '-');
      break;
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
      folder_start_char (folder);
      g_string_append_unichar (folder->out, c);
      break;
    default:
      folder->gap = TRUE;
      break;
    }
}

static void
fold_latin (Folder     *folder,
            const char *latin)
{
  for (const char *p = latin; *p != '\0'; p = g_utf8_next_char (p))
    fold_unichar (folder, g_utf8_get_char (p));
}

/* @c is lower case and fully decomposed: map it or keep it. */
static void
fold_base (Folder   *folder,
           gunichar  c)
{
  const char *mapped;

  if ((mapped = latin_fold_special (c)) != NULL)
    folder_add (folder, mapped);
  else if ((mapped = cyrillic_to_latin (c)) != NULL)
    fold_latin (folder, mapped);
  else
    fold_plain (folder, c);
}

static void
fold_unichar (Folder   *folder,
              gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  const char *latin;
  gsize n_parts = 1;

  c = g_unichar_tolower (c);

  /* Before decomposing: й, ё and ї decompose into и, е and і with a mark, but are letters of
   * their own. The Latin is folded in turn, so fold (to_latin (x)) == fold (x) by design. */
  if ((latin = cyrillic_to_latin (c)) != NULL)
    {
      fold_latin (folder, latin);
      return;
    }

  /* From U+3000 on, decomposition splits kana and Hangul syllables instead of removing
   * accents. */
  parts[0] = c;
  if (c >= 0x80 && c < 0x3000)
    n_parts = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));

  for (gsize i = 0; i < n_parts; i++)
    {
      if (!g_unichar_ismark (parts[i]))
        fold_base (folder, parts[i]);
    }
}

/**
 * skup_text_fold:
 * @text: (nullable): any text, ideally UTF-8
 *
 * Makes the search and sort key of @text: lower case, without diacritics, with Cyrillic
 * transliterated to Latin, so that "Милошевић", "MILOŠEVIĆ" and "milosevic" all give
 * "milosevic". Đ becomes "dj" (SQLite's FTS5 does not fold it), so "Đurasović",
 * "Djurasović" and "Ђурасовић" meet at "djurasovic".
 *
 * Cyrillic goes through the same table as skup_text_to_latin() and the result is folded as
 * Latin: ж ž z, ч and ћ c, џ dž dz, щ šč sc, ю ju, я ja, є je, ї ji, й j, ё e, ы y, ґ g; ъ and
 * ь vanish. The rule is the letter's, not the language's: Ukrainian и and г give "i" and "g",
 * not "y" and "h" as in Ukrainian passports.
 *
 * The text is first normalised to NFKC (so full-width letters, ligatures and the one-character
 * digraphs ǅ ǈ ǋ count as what they mean), then marks are dropped from each decomposed
 * letter; ß æ œ ø ł þ get their usual spellings. Letters and digits of other scripts are kept,
 * lower case; other digits become ASCII. Letters, digits, "@", ".", "-" and "'" are kept
 * (dashes become "-", typographic apostrophes "'"), invisible format characters are removed
 * and everything else separates words: runs of separators collapse into one space and the
 * result is trimmed. Invalid UTF-8 is repaired first.
 *
 * Returns: (transfer full) (nullable): the key, valid UTF-8, or %NULL if @text is %NULL
 */
char *
skup_text_fold (const char *text)
{
  g_autofree char *prepared = NULL;
  g_autoptr(GString) out = NULL;
  Folder folder;

  if (text == NULL)
    return NULL;

  prepared = is_nfkc (text) ? NULL : prepare_text (text, G_NORMALIZE_ALL_COMPOSE);
  if (prepared != NULL)
    text = prepared;

  out = g_string_sized_new (strlen (text) + 8);
  folder = (Folder) { out, FALSE };
  for (const char *p = text; *p != '\0';)
    {
      if ((guchar) *p < 0x80)
        fold_ascii (&folder, *p++);
      else
        {
          fold_unichar (&folder, g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_latin (GString  *out,
              gunichar  prev,
              gunichar  c,
              gunichar  next)
{
  gunichar lower = g_unichar_tolower (c);
  const char *latin = cyrillic_to_latin (lower);
  gboolean all_caps;

  if (latin == NULL)
    {
      g_string_append_unichar (out, c);
      return;
    }
  if (lower == c)
    {
      g_string_append (out, latin);
      return;
    }

  /* Љ is "LJ" in a word written in capitals ("ЉИЉА", "КРАЉ"), else "Lj" ("Љиља", "Љ.") */
  all_caps = g_unichar_isupper (next) || (!g_unichar_isalpha (next) && g_unichar_isupper (prev));
  for (const char *p = latin; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar l = g_utf8_get_char (p);

      g_string_append_unichar (out, (p == latin || all_caps) ? g_unichar_toupper (l) : l);
    }
}

/**
 * skup_text_to_latin:
 * @text: (nullable): text in Cyrillic, Latin or both
 *
 * Writes Cyrillic in Serbian Latin: "Милошевић" → "Milošević", "Љиљана" → "Ljiljana",
 * "ЊЕГОШ" → "NJEGOŠ", "Џон" → "Džon". Russian, Ukrainian and Macedonian letters follow the
 * scholarly transliteration ("Щукин Юрий" → "Ščukin Jurij", "Їжак" → "Jižak", "Фёдор" →
 * "Fëdor", "Ѓорѓи" → "Ǵorǵi"); ъ and ь are dropped. Everything else is kept.
 *
 * Returns: (transfer full) (nullable): the Latin text, or %NULL if @text is %NULL
 */
char *
skup_text_to_latin (const char *text)
{
  g_autofree char *prepared = NULL;
  g_autoptr(GString) out = NULL;
  gunichar prev = 0;

  if (text == NULL)
    return NULL;

  prepared = prepare_text (text, G_NORMALIZE_DEFAULT_COMPOSE);
  if (prepared == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (prepared) + 8);
  for (const char *p = prepared; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      append_latin (out, prev, c, *next != '\0' ? g_utf8_get_char (next) : 0);
      prev = c;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gunichar
latin_to_cyrillic (gunichar lower)
{
  if (lower >= 'a' && lower <= 'z')
    return ascii_cyrillic[lower - 'a'];

  switch (lower)
    {
    case 0x010D: return 0x0447; /* č ч */
    case 0x0107: return 0x045B; /* ć ћ */
    case 0x0161: return 0x0448; /* š ш */
    case 0x017E: return 0x0436; /* ž ж */
    case 0x0111: /* đ ђ */
    case 0x00F0: /* ð, typed for đ */
      return 0x0452;
    case 0x01C6: return 0x045F; /* ǆ џ */
    case 0x01C9: return 0x0459; /* ǉ љ */
    case 0x01CC: return 0x045A; /* ǌ њ */
    default: return 0;
    }
}

static gunichar
latin_digraph_to_cyrillic (gunichar lower,
                           gunichar next_lower)
{
  if (lower == 'l' && next_lower == 'j')
    return 0x0459; /* љ */
  if (lower == 'n' && next_lower == 'j')
    return 0x045A; /* њ */
  if (lower == 'd' && next_lower == 0x017E)
    return 0x045F; /* џ */
  return 0;
}

/* Appends the Cyrillic for the letter at @p and returns where the next letter starts. */
static const char *
append_cyrillic (GString    *out,
                 const char *p)
{
  gunichar c = g_utf8_get_char (p);
  gunichar lower = g_unichar_tolower (c);
  const char *next = g_utf8_next_char (p);
  gunichar cyrillic = 0;

  if (*next != '\0')
    cyrillic = latin_digraph_to_cyrillic (lower, g_unichar_tolower (g_utf8_get_char (next)));
  if (cyrillic != 0)
    next = g_utf8_next_char (next);
  else
    cyrillic = latin_to_cyrillic (lower);

  if (cyrillic == 0)
    g_string_append_len (out, p, next - p);
  else
    g_string_append_unichar (out, c == lower ? cyrillic : g_unichar_toupper (cyrillic));
  return next;
}

/**
 * skup_text_to_cyrillic:
 * @text: (nullable): text in Serbian Latin, Cyrillic or both
 *
 * Writes Serbian Latin in Cyrillic: "Milošević" → "Милошевић", "Ljiljana" → "Љиљана",
 * "NJEGOŠ" → "ЊЕГОШ", "Đorđe" → "Ђорђе". The digraphs lj, nj and dž (and the one-character
 * ǉ ǌ ǆ) become single letters; "dj" stays д + ј, since it is not a Serbian digraph
 * ("podjednako"). Words where lj, nj or dž straddle a prefix ("nadživeti") cannot be told apart
 * and come out with the single letter. Letters Serbian does not have (q, w, x, y, é, ü …)
 * and Cyrillic are kept as they are.
 *
 * Returns: (transfer full) (nullable): the Cyrillic text, or %NULL if @text is %NULL
 */
char *
skup_text_to_cyrillic (const char *text)
{
  g_autofree char *prepared = NULL;
  g_autoptr(GString) out = NULL;

  if (text == NULL)
    return NULL;

  prepared = prepare_text (text, G_NORMALIZE_DEFAULT_COMPOSE);
  if (prepared != NULL)
    text = prepared;

  out = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p != '\0';)
    p = append_cyrillic (out, p);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * skup_text_has_cyrillic:
 * @text: (nullable): text, ideally UTF-8
 *
 * Tells whether @text contains at least one Cyrillic character. Invalid UTF-8 sequences are
 * skipped.
 *
 * Returns: %TRUE if @text has Cyrillic
 */
gboolean
skup_text_has_cyrillic (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0';)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_CYRILLIC)
        return TRUE;
      p = g_utf8_next_char (p);
    }

  return FALSE;
}

/* A folded word is worth searching for if it has a letter or a digit: every non-ASCII
 * character fold leaves is one. */
static gboolean
is_searchable (const char *word,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isalnum (word[i]) || (guchar) word[i] >= 0x80)
        return TRUE;
    }
  return FALSE;
}

/**
 * skup_text_search_terms:
 * @user_input: (nullable): what someone typed into a search entry
 *
 * The words to search for, whatever was typed: the input is folded with skup_text_fold()
 * and each word with a letter or digit is a term, matched as a word prefix in the search
 * index (every term must match). "Милош ev" gives { "milos", "ev" }. Search syntax typed by
 * the user (AND, NEAR, quotes) is only words; "pera@example.com" is three terms: the engine's own syntax is built from these
 * terms by its driver, never from the input.
 *
 * Returns: (transfer full) (nullable) (array zero-terminated=1): the terms, or %NULL when
 *   nothing searchable is left (empty input, spaces or punctuation only)
 */
GStrv
skup_text_search_terms (const char *user_input)
{
  g_autofree char *folded = skup_text_fold (user_input);
  g_autoptr(GStrvBuilder) terms = NULL;
  g_auto(GStrv) result = NULL;

  if (folded == NULL)
    return NULL;

  terms = g_strv_builder_new ();
  /* Words split where the engines' word breakers split them (any ASCII character but a
   * letter or digit), so an address or a double name finds the same on both engines. */
  for (char *p = folded; *p != '\0'; p++)
    if ((guchar) *p < 0x80 && !g_ascii_isalnum (*p))
      *p = ' ';
  for (const char *word = folded; *word != '\0';)
    {
      gsize len = strcspn (word, " ");

      if (is_searchable (word, len))
        {
          g_autofree char *term = g_strndup (word, len);
          g_strv_builder_add (terms, term);
        }
      word += len;
      while (*word == ' ')
        word++;
    }

  result = g_strv_builder_end (terms);
  if (result[0] == NULL)
    return NULL;
  return g_steal_pointer (&result);
}

/* Space, control and invisible characters are never part of an address typed correctly. */
static gboolean
is_stray_in_email (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT;
}

static gboolean
is_plausible_local_part (const char *local,
                         gsize       len)
{
  const char *end = local + len;

  if (len == 0 || len > EMAIL_LOCAL_MAX_LENGTH)
    return FALSE;

  for (const char *p = local; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* These need a quoted local part; in practice they mean a typo or a pasted list. */
      if (is_stray_in_email (c) || (c < 0x80 && strchr ("\"(),:;<>[\\]", (int) c) != NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_plausible_domain (const char *domain)
{
  gboolean label_empty = TRUE;
  gboolean has_dot = FALSE;

  for (const char *p = domain; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.')
        {
          if (label_empty) /* a leading dot or ".." */
            return FALSE;
          has_dot = TRUE;
          label_empty = TRUE;
        }
      else if (c == '-' || g_unichar_isalnum (c))
        label_empty = FALSE;
      else
        return FALSE;
    }

  return has_dot && !label_empty;
}

/**
 * skup_text_is_plausible_email:
 * @email: (nullable): an address as typed
 *
 * Checks that @email looks like an address worth sending to: at most 254 bytes of valid
 * UTF-8, exactly one "@", a local part of 1 to 64 bytes without spaces, control characters or
 * characters that would need quoting, and a domain of letters, digits, "-" and dots with at
 * least one dot, no empty label and no leading or trailing dot. Nothing is trimmed: an address
 * with surrounding spaces is not plausible. Internationalised addresses pass.
 *
 * Returns: %TRUE if @email is plausible
 */
gboolean
skup_text_is_plausible_email (const char *email)
{
  const char *at;
  gsize len;

  if (email == NULL)
    return FALSE;

  len = strlen (email);
  if (len == 0 || len > EMAIL_MAX_LENGTH || !g_utf8_validate (email, (gssize) len, NULL))
    return FALSE;

  at = strchr (email, '@');
  if (at == NULL || strchr (at + 1, '@') != NULL)
    return FALSE;

  return is_plausible_local_part (email, (gsize) (at - email)) && is_plausible_domain (at + 1);
}

static void
skip_spaces (const char **p)
{
  while (g_ascii_isspace (**p))
    (*p)++;
}

/* Reads up to five digits (enough to reject any longer number without overflow) and returns
 * how many were read. */
static guint
read_number (const char **p,
             guint       *value)
{
  guint n_digits = 0;

  *value = 0;
  while (g_ascii_isdigit (**p) && n_digits < 5)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*p)++;
      n_digits++;
    }
  return n_digits;
}

/* Spaces around separators are allowed: Serbian orthography writes "20. 5. 2019.". */
static gboolean
skip_separator (const char **p,
                char         separator)
{
  skip_spaces (p);
  if (**p != separator)
    return FALSE;
  (*p)++;
  skip_spaces (p);
  return TRUE;
}

static GDateTime *
date_new (guint year,
          guint month,
          guint day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return NULL;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);
}

/**
 * skup_text_parse_date:
 * @text: (nullable): a date as typed
 *
 * Parses a calendar date written day first, as in Serbia ("20.5.2019.", "20. 5. 2019.",
 * "20.05.2019", "20/05/2019", "20-05-2019"), or year first ("2019-05-20", also with "." or
 * "/"). Day and month have one or two digits, the year four (two-digit years are ambiguous and
 * refused). The three parts share one separator, spaces may surround the separators and the
 * whole text, and a final "." may close a date written with dots.
 *
 * Returns: (transfer full) (nullable): the date at 00:00 UTC, or %NULL if @text is not a date
 *   or names a day that does not exist ("31.2.2019", "29.2.2019")
 */
GDateTime *
skup_text_parse_date (const char *text)
{
  const char *p = text;
  guint first, second, third;
  guint n_first, n_second, n_third;
  char separator;

  if (text == NULL)
    return NULL;

  skip_spaces (&p);
  n_first = read_number (&p, &first);
  skip_spaces (&p);
  separator = *p;
  if (separator != '.' && separator != '/' && separator != '-')
    return NULL;
  p++;
  skip_spaces (&p);
  n_second = read_number (&p, &second);
  if (n_second < 1 || n_second > 2 || !skip_separator (&p, separator))
    return NULL;
  n_third = read_number (&p, &third);
  if (separator == '.' && *p == '.')
    p++;
  skip_spaces (&p);
  if (*p != '\0')
    return NULL;

  if (n_first == 4 && (n_third == 1 || n_third == 2))
    return date_new (first, second, third);
  if ((n_first == 1 || n_first == 2) && n_third == 4)
    return date_new (third, second, first);
  return NULL;
}

static guint
digits_value (const char *digits,
              gsize       len)
{
  guint value = 0;

  for (gsize i = 0; i < len; i++)
    value = value * 10 + (guint) (digits[i] - '0');
  return value;
}

/**
 * skup_text_is_iso_date:
 * @text: (nullable): a string read from the database
 *
 * Checks that @text is exactly "YYYY-MM-DD" and names a day that exists.
 *
 * Returns: %TRUE if @text is a valid ISO 8601 calendar date
 */
gboolean
skup_text_is_iso_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10)
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      gboolean dash_expected = (i == 4 || i == 7);

      if (dash_expected ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = digits_value (text, 4);
  month = digits_value (text + 5, 2);
  day = digits_value (text + 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Writing dates *************************************************************/

/* Dates are written from translatable patterns and month names, not with g_date_time_format():
 * that follows LC_TIME, which need not be the language gettext shows (LC_MESSAGES, LANGUAGE),
 * and locale data has only the nominative month ("мај") where Serbian writes the genitive
 * after a day ("20. маја 2019."). So a date reads in the language of the rest of the window,
 * and a language without a translation gets English, as the window does. */

gboolean
_skup_text_read_day (const char  *iso,
                     SkupTextDay *day)
{
  if (!skup_text_is_iso_date (iso))
    return FALSE;
  day->year = digits_value (iso, 4);
  day->month = digits_value (iso + 5, 2);
  day->day = digits_value (iso + 8, 2);
  return TRUE;
}

static const char * const month_in_date[] = {
  /* Translators: a month as it is written after the day in a date ("20 May 2019", "20–22 May
   * 2019"). Languages that decline it write the form used there, e.g. the genitive in Serbian
   * ("20. маја 2019."). */
  NC_("month in a date", "January"), NC_("month in a date", "February"),
  NC_("month in a date", "March"), NC_("month in a date", "April"),
  NC_("month in a date", "May"), NC_("month in a date", "June"),
  NC_("month in a date", "July"), NC_("month in a date", "August"),
  NC_("month in a date", "September"), NC_("month in a date", "October"),
  NC_("month in a date", "November"), NC_("month in a date", "December"),
};

/* @msgid in @context, translated by @catalog (a document's language) or, when it is %NULL,
 * by gettext (the user interface's). The strings are marked with NC_() where they are used, so
 * their msgids stay those the catalogues translate. */
const char *
_skup_text_translate (SkupCatalog *catalog,
                      const char  *context,
                      const char  *msgid)
{
  if (catalog == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  return skup_catalog_pgettext (catalog, context, msgid);
}

const char *
_skup_text_month_name (SkupCatalog *catalog,
                       guint        month)
{
  g_assert (month >= 1 && month <= 12);
  return _skup_text_translate (catalog, "month in a date", month_in_date[month - 1]);
}

static char *
format_day (SkupCatalog       *catalog,
            const SkupTextDay *day)
{
  /* Translators: a date, "20 May 2019": the day, the month (as translated in "month in a
   * date") and the year. Reorder with %1$u, %2$s, %3$u; Serbian writes "%u. %s %u." */
  return g_strdup_printf (_skup_text_translate (catalog, "date", NC_("date", "%u %s %u")),
                          day->day, _skup_text_month_name (catalog, day->month), day->year);
}

/**
 * skup_text_format_date:
 * @iso: (nullable): a date as the register keeps it, "YYYY-MM-DD"
 *
 * Writes @iso for people to read, in the language of the user interface (the one gettext
 * translates into): "20 May 2019" in English, "20. маја 2019." in Serbian Cyrillic and
 * "20. maja 2019." in Serbian Latin. Machine formats (CSV, JSON) keep the ISO date.
 *
 * Returns: (transfer full) (nullable): the date, @iso itself when it is not an ISO date (so
 *   nothing stored is hidden), or %NULL if @iso is %NULL
 */
char *
skup_text_format_date (const char *iso)
{
  return skup_text_format_date_in (NULL, iso);
}

/**
 * skup_text_format_date_in:
 * @catalog: (nullable): the catalogue of the language to write in, %NULL for the user
 *   interface's
 * @iso: (nullable): a date as the register keeps it, "YYYY-MM-DD"
 *
 * Writes @iso as skup_text_format_date() does, but in the language of @catalog, such as a
 * document's: "20. маја 2019." with skup_catalog_get ("sr") in an English window.
 *
 * Returns: (transfer full) (nullable): the date, @iso itself when it is not an ISO date, or
 *   %NULL if @iso is %NULL
 */
char *
skup_text_format_date_in (SkupCatalog *catalog,
                          const char  *iso)
{
  SkupTextDay day;

  if (iso == NULL)
    return NULL;
  if (!_skup_text_read_day (iso, &day))
    return g_strdup (iso);
  return format_day (catalog, &day);
}

/* @first is before @last. */
static char *
format_days (SkupCatalog       *catalog,
             const SkupTextDay *first,
             const SkupTextDay *last)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (first->year == last->year && first->month == last->month)
    /* Translators: days of one month, "20–22 May 2019": the first day, the last day, the
     * month and the year. Serbian writes "%u–%u. %s %u." */
    return g_strdup_printf (_skup_text_translate (catalog, "date range",
                                                  NC_("date range", "%u–%u %s %u")),
                            first->day, last->day, _skup_text_month_name (catalog, last->month),
                            last->year);
  if (first->year == last->year)
    {
      /* Translators: days of one year, "30 May – 2 June 2019": the first day and its month,
       * the last day, its month and the year. Serbian writes "%u. %s – %u. %s %u." */
      const char *format = NC_("date range", "%u %s – %u %s %u");

      return g_strdup_printf (_skup_text_translate (catalog, "date range", format),
                              first->day, _skup_text_month_name (catalog, first->month),
                              last->day, _skup_text_month_name (catalog, last->month),
                              last->year);
    }

  from = format_day (catalog, first);
  to = format_day (catalog, last);
  /* Translators: days across a new year, "30 December 2019 – 2 January 2020": two dates */
  return g_strdup_printf (_skup_text_translate (catalog, "date range",
                                                NC_("date range", "%s – %s")),
                          from, to);
}

/**
 * skup_text_format_date_range:
 * @start: (nullable): the first day, "YYYY-MM-DD"
 * @end: (nullable): the last day, "YYYY-MM-DD"
 *
 * Writes the days from @start to @end as people write them, in the language of the user
 * interface, saying each month and year once: "20 May 2019", "20–22 May 2019", "30 May –
 * 2 June 2019", "30 December 2019 – 2 January 2020"; in Serbian "20–22. маја 2019.",
 * "30. маја – 2. јуна 2019.", "30. децембра 2019. – 2. јануара 2020.". One day, or an @end
 * that is missing, not a date or not after @start, gives @start alone.
 *
 * Returns: (transfer full) (nullable): the days, as skup_text_format_date() for @start alone,
 *   or %NULL if @start is %NULL
 */
char *
skup_text_format_date_range (const char *start,
                             const char *end)
{
  return skup_text_format_date_range_in (NULL, start, end);
}

/**
 * skup_text_format_date_range_in:
 * @catalog: (nullable): the catalogue of the language to write in, %NULL for the user
 *   interface's
 * @start: (nullable): the first day, "YYYY-MM-DD"
 * @end: (nullable): the last day, "YYYY-MM-DD"
 *
 * Writes the days from @start to @end as skup_text_format_date_range() does, but in the
 * language of @catalog: "20–22. маја 2019." with skup_catalog_get ("sr").
 *
 * Returns: (transfer full) (nullable): the days, as skup_text_format_date_in() for @start
 *   alone, or %NULL if @start is %NULL
 */
char *
skup_text_format_date_range_in (SkupCatalog *catalog,
                                const char  *start,
                                const char  *end)
{
  SkupTextDay first, last;

  if (start == NULL || !_skup_text_read_day (start, &first) || end == NULL
      || !_skup_text_read_day (end, &last) || strcmp (end, start) <= 0)
    return skup_text_format_date_in (catalog, start);
  return format_days (catalog, &first, &last);
}

/**
 * skup_text_format_date_numeric:
 * @iso: (nullable): a date as the register keeps it, "YYYY-MM-DD"
 *
 * Writes @iso in digits, day first, as the language of the user interface writes dates on
 * forms: "20.05.2019." in English, "20. 5. 2019." in Serbian. Whatever it writes,
 * skup_text_parse_date() reads back, so it is what a date entry shows.
 *
 * Returns: (transfer full) (nullable): the date, @iso itself when it is not an ISO date, or
 *   %NULL if @iso is %NULL
 */
char *
skup_text_format_date_numeric (const char *iso)
{
  SkupTextDay day;

  if (iso == NULL)
    return NULL;
  if (!_skup_text_read_day (iso, &day))
    return g_strdup (iso);
  /* Translators: a date in digits, "20.05.2019.": day, month, year, in an order and with
   * separators that Skup's date entry reads back (day first, then month, with ".", "/" or
   * "-"; or year first). Serbian writes "%u. %u. %u." */
  return g_strdup_printf (C_("numeric date", "%02u.%02u.%u."), day.day, day.month, day.year);
}

static const char * const weekdays[] = {
  /* Translators: a day of the week before a date ("Monday, 20 May 2019"), Monday first */
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

/**
 * skup_text_format_date_weekday:
 * @iso: (nullable): a date as the register keeps it, "YYYY-MM-DD"
 *
 * Writes @iso as skup_text_format_date() does, with its day of the week, for a heading of
 * one day: "Monday, 20 May 2019", in Serbian "20. маја 2019. (понедељак)". Weekday names are
 * translated with the rest, not taken from LC_TIME.
 *
 * Returns: (transfer full) (nullable): the date, @iso itself when it is not an ISO date, or
 *   %NULL if @iso is %NULL
 */
char *
skup_text_format_date_weekday (const char *iso)
{
  g_autoptr(GDate) date = NULL;
  g_autofree char *day_text = NULL;
  const char *weekday;
  SkupTextDay day;

  if (iso == NULL)
    return NULL;
  if (!_skup_text_read_day (iso, &day))
    return g_strdup (iso);

  date = g_date_new_dmy ((GDateDay) day.day, (GDateMonth) day.month, (GDateYear) day.year);
  weekday = g_dpgettext2 (GETTEXT_PACKAGE, "weekday",
                          weekdays[g_date_get_weekday (date) - G_DATE_MONDAY]);
  day_text = format_day (NULL, &day);
  /* Translators: a day's heading, "Monday, 20 May 2019": the day of the week, then the date.
   * Reorder with %1$s and %2$s; Serbian writes "%2$s (%1$s)" */
  return g_strdup_printf (C_("date with weekday", "%s, %s"), weekday, day_text);
}

/**
 * skup_text_join_parts_with:
 * @separator: what stands between two parts (", " in an address, "\n" in a block)
 * @parts: (array length=n_parts): texts, any of them %NULL or empty
 *
 * Returns: (transfer full): the non-empty @parts joined with @separator
 */
char *
skup_text_join_parts_with (const char         *separator,
                           const char * const *parts,
                           guint               n_parts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, separator);
      g_string_append (text, parts[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * skup_text_join_parts:
 * @parts: (array length=n_parts): texts, any of them %NULL or empty
 *
 * Returns: (transfer full): the non-empty @parts joined with " · ", as subtitles read
 *   ("Workshop · 28–30 November 2023 · Belgrade")
 */
char *
skup_text_join_parts (const char * const *parts,
                      guint               n_parts)
{
  return skup_text_join_parts_with (" · ", parts, n_parts);
}
