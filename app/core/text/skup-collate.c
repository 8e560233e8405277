/* skup-collate.c — alphabetical order in a document's language
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "skup-collate.h"
#include "skup-language-private.h"

/* A key is four levels, each ended by LEVEL_END, which is below every weight, so a text whose
 * level is a prefix of another's sorts first:
 *   1. primary: one weight per letter or digit (a letter is case-free and, where the language
 *      says so, diacritic-free), and PRIMARY_SEPARATOR between words;
 *   2. secondary: per letter the weight of its variant, per combining mark the mark's;
 *   3. tertiary: per letter its case;
 *   4. the text's own bytes, so only identical texts compare equal.
 * Levels 2 and 3 drop their trailing default weights: most names have none but those, and a
 * shorter level is still in the right order, because the default is the lowest weight.
 * No weight is 0, so the key is a C string and strcmp() compares it. */
#define LEVEL_END 0x01

enum
{
  PRIMARY_SEPARATOR = 0x02,
  PRIMARY_DIGIT = 0x03,  /* 0 … 9 are 0x03 … 0x0C */
  PRIMARY_FIRST_LETTER = 0x10,
  PRIMARY_OTHER = 0xF0,  /* then three bytes of the code point, 7 bits each, plus 1 */
};

enum
{
  WEIGHT_DEFAULT = 0x02,     /* the common secondary and the lower-case tertiary weight */
  SECONDARY_VARIANT = 0x03,  /* a letter of its own elsewhere, here a variant: ø, đ in English */
  SECONDARY_MARK = 0x10,     /* plus (mark − U+0300) for the marks most letters carry */
  SECONDARY_OTHER_MARK = 0x80,
};

enum
{
  TERTIARY_LOWER = WEIGHT_DEFAULT,
  TERTIARY_TITLE = 0x03,  /* "Dž", "Lj", "Nj" */
  TERTIARY_UPPER = 0x04,
  TERTIARY_MIXED = 0x05,  /* "dŽ": a typo, but it must sort somewhere */
};

/* A byte that is not part of valid UTF-8 counts as a code point past Unicode. */
#define INVALID_BYTE 0x110000

enum
{
  DIGRAPH_DZ,
  DIGRAPH_LJ,
  DIGRAPH_NJ,
  N_DIGRAPHS
};

/* Code points below FAST_LIMIT (ASCII, Latin-1, Latin Extended, IPA, Greek, Cyrillic) have
 * their weights in a table made once from the general rules, so a typical name costs a table
 * lookup per letter. */
#define FAST_LIMIT 0x500

typedef enum
{
  ELEMENT_SLOW,       /* the general rules: an expansion, another script, a standalone mark */
  ELEMENT_WEIGHTS,    /* the weights below, any of them 0 for none (nothing: ignorable) */
  ELEMENT_SEPARATOR,  /* between words */
} ElementKind;

typedef struct
{
  guint8 kind;
  guint8 primary;
  guint8 secondary[2];  /* the letter's, then that of the mark it carries */
  guint8 tertiary;
} Element;

typedef struct
{
  /* Primary weights of lower-case letters and digits; 0 for anything else. */
  guint8  latin[0x250];           /* U+0000 … U+024F */
  guint8  cyrillic[0x100];        /* U+0400 … U+04FF */
  guint8  digraph[N_DIGRAPHS];    /* dž, lj, nj as one letter, or 0 where they are two */
  Element fast[FAST_LIMIT];       /* by code point, any case */
} Collator;

typedef enum
{
  COLLATOR_ENGLISH,
  COLLATOR_SERBIAN_LATIN,
  COLLATOR_SERBIAN_CYRILLIC,
  COLLATOR_CYRILLIC,
  N_COLLATORS
} CollatorKind;

/* The Serbian Latin alphabet with q, w, x and y where English has them. */
static const char latin_serbian[] =
  "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š t u v w x y z ž";
static const char latin_english[] =
  "a b c d e f g h i j k l m n o p q r s t u v w x y z";
/* The Cyrillic letters of Serbian, Ukrainian, Russian, Belarusian and Macedonian in one order
 * that each of these alphabets follows: a list in one of them (with a name from another) is in
 * its own order without a table per language. Ё and Й are letters of their own, as in the
 * Russian and Ukrainian alphabets. */
static const char cyrillic_all[] =
  "а б в г ґ д ђ ѓ е ё є ж з ѕ и і ї й ј к л љ м н њ о п р с т ћ ќ у ў ф х ц ч џ ш щ ъ ы ь э "
  "ю я";

static Collator collators[N_COLLATORS];

/* Memory a key (or one of its levels) is written to: the heap, or a caller's buffer on the
 * stack until it is too small. */
typedef struct
{
  char  *data;
  gsize  len;
  gsize  size;
  char  *stack;  /* the caller's buffer, never freed here */
} Buffer;

#define BUFFER_ON_STACK(array) { (array), 0, sizeof (array), (array) }

static void
buffer_clear (Buffer *buffer)
{
  if (buffer->data != buffer->stack)
    g_free (buffer->data);
  buffer->data = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Buffer, buffer_clear)

static void
buffer_reserve (Buffer *buffer,
                gsize   extra)
{
  gsize size = buffer->size;

  if (buffer->len + extra <= size)
    return;
  while (buffer->len + extra > size)
    size *= 2;
  if (buffer->data == buffer->stack)
    buffer->data = memcpy (g_malloc (size), buffer->stack, buffer->len);
  else
    buffer->data = g_realloc (buffer->data, size);
  buffer->size = size;
}

static inline void
buffer_put (Buffer *buffer,
            guint   byte)
{
  if (G_UNLIKELY (buffer->len == buffer->size))
    buffer_reserve (buffer, 1);
  buffer->data[buffer->len++] = (char) byte;
}

static void
buffer_append (Buffer     *buffer,
               const char *bytes,
               gsize       len)
{
  buffer_reserve (buffer, len);
  memcpy (buffer->data + buffer->len, bytes, len);
  buffer->len += len;
}

/* The three levels of one text's key, written in one pass over it. */
typedef struct
{
  const Collator *collator;
  Buffer         *primary;    /* the key itself */
  Buffer         *secondary;
  Buffer         *tertiary;
  gsize           secondary_end;  /* the length up to the last weight that is not the default */
  gsize           tertiary_end;
  gboolean        letters;    /* a letter or digit is written */
  gboolean        gap;        /* words are separated since the last letter */
} Builder;

static inline void
builder_primary (Builder *builder,
                 guint    weight)
{
  if (builder->gap)
    buffer_put (builder->primary, PRIMARY_SEPARATOR);
  builder->gap = FALSE;
  builder->letters = TRUE;
  buffer_put (builder->primary, weight);
}

static inline void
builder_secondary (Builder *builder,
                   guint    weight)
{
  buffer_put (builder->secondary, weight);
  if (weight != WEIGHT_DEFAULT)
    builder->secondary_end = builder->secondary->len;
}

static inline void
builder_tertiary (Builder *builder,
                  guint    weight)
{
  buffer_put (builder->tertiary, weight);
  if (weight != WEIGHT_DEFAULT)
    builder->tertiary_end = builder->tertiary->len;
}

static void
builder_letter (Builder *builder,
                guint8   primary,
                guint8   secondary,
                guint8   tertiary)
{
  builder_primary (builder, primary);
  builder_secondary (builder, secondary);
  builder_tertiary (builder, tertiary);
}

/* A letter without a place in the alphabets: after all of them, by code point. */
static void
builder_other (Builder  *builder,
               gunichar  code,
               guint8    tertiary)
{
  builder_primary (builder, PRIMARY_OTHER);
  buffer_put (builder->primary, ((code >> 14) & 0x7F) + 1);
  buffer_put (builder->primary, ((code >> 7) & 0x7F) + 1);
  buffer_put (builder->primary, (code & 0x7F) + 1);
  builder_secondary (builder, WEIGHT_DEFAULT);
  builder_tertiary (builder, tertiary);
}

static void
builder_mark (Builder  *builder,
              gunichar  mark)
{
  if (mark >= 0x300 && mark < 0x370)
    builder_secondary (builder, SECONDARY_MARK + (mark - 0x300));
  else
    builder_secondary (builder, SECONDARY_OTHER_MARK);
}

static void
builder_separator (Builder *builder)
{
  /* Separators before the first word and after the last are ignored. */
  builder->gap = builder->letters;
}

static inline void
builder_element (Builder       *builder,
                 const Element *element)
{
  if (element->kind == ELEMENT_SEPARATOR)
    {
      builder_separator (builder);
      return;
    }
  if (element->primary != 0)
    builder_primary (builder, element->primary);
  if (element->secondary[0] != 0)
    builder_secondary (builder, element->secondary[0]);
  if (element->secondary[1] != 0)
    builder_secondary (builder, element->secondary[1]);
  if (element->tertiary != 0)
    builder_tertiary (builder, element->tertiary);
}

/* The code point at @p, or INVALID_BYTE plus the byte when it is not valid UTF-8. */
static const char *
read_char_slow (const char *p,
                gunichar   *c)
{
  gunichar read = g_utf8_get_char_validated (p, -1);

  if (read == (gunichar) -1 || read == (gunichar) -2)
    {
      *c = INVALID_BYTE + (guchar) *p;
      return p + 1;
    }
  *c = read;
  return g_utf8_next_char (p);
}

/* ASCII and the two-byte characters of Latin and Cyrillic decoded inline, the rest by GLib. */
static inline const char *
read_char (const char *p,
           gunichar   *c)
{
  guchar first = (guchar) p[0];
  guchar second = (guchar) p[1];

  if (first < 0x80)
    {
      *c = first;
      return p + 1;
    }
  if (first >= 0xC2 && first <= 0xDF && (second & 0xC0) == 0x80)
    {
      *c = ((gunichar) (first & 0x1F) << 6) | (second & 0x3F);
      return p + 2;
    }
  return read_char_slow (p, c);
}

static inline gboolean
is_mark (gunichar c)
{
  if (c < 0x300)
    return FALSE;
  if (c < 0x370)
    return TRUE;
  if (c < 0x483) /* Greek and Cyrillic letters */
    return FALSE;
  return c < INVALID_BYTE && g_unichar_ismark (c);
}

/* The character at @p with the marks that follow and compose with it, so "c" + U+030C is
 * "č", as typed on a keyboard, without normalising (and copying) the whole text. */
static inline const char *
read_composed (const char *p,
               gunichar   *c)
{
  p = read_char (p, c);
  while ((guchar) *p >= 0x80 && *c < INVALID_BYTE)
    {
      gunichar mark, composed;
      const char *next = read_char (p, &mark);

      if (!is_mark (mark) || !g_unichar_compose (*c, mark, &composed))
        break;
      *c = composed;
      p = next;
    }
  return p;
}

static inline gunichar
to_lower (gunichar c)
{
  return c < 0x80 ? (gunichar) g_ascii_tolower ((char) c) : g_unichar_tolower (c);
}

static guint8
case_weight (gunichar c,
             gunichar lower)
{
  if (c == lower)
    return TERTIARY_LOWER;
  return g_unichar_istitle (c) ? TERTIARY_TITLE : TERTIARY_UPPER;
}

static inline guint8
letter_weight (const Collator *collator,
               gunichar        lower)
{
  if (lower < G_N_ELEMENTS (collator->latin))
    return collator->latin[lower];
  if (lower >= 0x400 && lower < 0x500)
    return collator->cyrillic[lower - 0x400];
  return 0;
}

/* Letters that are variants of others (or two of them) but do not decompose into them. */
static const char *
latin_variant (gunichar lower)
{
  switch (lower)
    {
    case 0x00DF: return "ss"; /* ß */
    case 0x00E6: return "ae"; /* æ */
    case 0x0153: return "oe"; /* œ */
    case 0x00FE: return "th"; /* þ */
    case 0x00F0: /* ð */
    case 0x0111: /* đ, where it is not a letter of its own */
      return "d";
    case 0x00F8: return "o";  /* ø */
    case 0x0127: return "h";  /* ħ */
    case 0x0131: return "i";  /* ı */
    case 0x0142: return "l";  /* ł */
    case 0x0167: return "t";  /* ŧ */
    default: return NULL;
    }
}

static gboolean
is_ignorable (gunichar c)
{
  switch (c)
    {
    case '\'':
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x02BC: /* ʼ, the Ukrainian apostrophe */
    case 0x02B9: /* ʹ and ʺ, which transliterate ь and ъ */
    case 0x02BA:
      return TRUE;
    default:
      return g_unichar_type (c) == G_UNICODE_FORMAT
             || (g_unichar_iscntrl (c) && !g_unichar_isspace (c));
    }
}

/* A character with no decomposition left: a letter of the alphabets, a mark, a digit, another
 * script's letter, something to ignore or a separator. */
static void
collate_part (Builder  *builder,
              gunichar  part,
              guint8    tertiary)
{
  gunichar lower = to_lower (part);
  guint8 weight = letter_weight (builder->collator, lower);

  if (weight != 0)
    builder_letter (builder, weight, WEIGHT_DEFAULT, tertiary);
  else if (g_unichar_ismark (lower))
    builder_mark (builder, lower);
  else if (g_unichar_type (lower) == G_UNICODE_DECIMAL_NUMBER)
    builder_letter (builder, (guint8) (PRIMARY_DIGIT + g_unichar_digit_value (lower)),
                    SECONDARY_VARIANT, tertiary);
  else if (is_ignorable (lower))
    return;
  else if (g_unichar_isalnum (lower))
    builder_other (builder, lower, tertiary);
  else
    builder_separator (builder);
}

static gboolean
collate_variant (Builder  *builder,
                 gunichar  lower,
                 guint8    tertiary)
{
  const char *variant;

  /* ð looks exactly like Đ's lower case and gets typed for it */
  if (lower == 0x00F0 && builder->collator->digraph[DIGRAPH_DZ] != 0)
    variant = "đ";
  else if ((variant = latin_variant (lower)) == NULL)
    return FALSE;

  for (const char *p = variant; *p != '\0'; p = g_utf8_next_char (p))
    builder_letter (builder, letter_weight (builder->collator, g_utf8_get_char (p)),
                    p == variant ? SECONDARY_VARIANT : WEIGHT_DEFAULT, tertiary);
  return TRUE;
}

/* The general rules for one (composed) character. */
static void
collate_char (Builder  *builder,
              gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gunichar lower;
  guint8 tertiary, weight;
  gsize n_parts = 1;

  if (c >= INVALID_BYTE)
    {
      builder_other (builder, c, TERTIARY_LOWER);
      return;
    }

  lower = to_lower (c);
  tertiary = case_weight (c, lower);
  if ((weight = letter_weight (builder->collator, lower)) != 0)
    {
      builder_letter (builder, weight, WEIGHT_DEFAULT, tertiary);
      return;
    }
  if (collate_variant (builder, lower, tertiary))
    return;

  /* Compatibility decomposition: é is e and a mark, ﬁ is f i, Ａ is a, ² is 2. Hangul
   * syllables stay whole rather than fall apart into letters. */
  parts[0] = lower;
  if (lower >= 0x80 && (lower < 0xAC00 || lower > 0xD7A3))
    n_parts = g_unichar_fully_decompose (lower, TRUE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n_parts; i++)
    collate_part (builder, parts[i], tertiary);
}

/* What the general rules make of @c alone, kept when it is a few plain weights. */
static void
init_element (Collator *collator,
              gunichar  c)
{
  char stacks[3][8];
  Buffer primary = BUFFER_ON_STACK (stacks[0]);
  Buffer secondary = BUFFER_ON_STACK (stacks[1]);
  Buffer tertiary = BUFFER_ON_STACK (stacks[2]);
  /* As if after a word, so that a separator shows */
  Builder builder = { collator, &primary, &secondary, &tertiary, 0, 0, TRUE, FALSE };
  Element *element = &collator->fast[c];

  collate_char (&builder, c);
  g_assert (primary.data == primary.stack);

  if (builder.gap && primary.len == 0 && secondary.len == 0)
    element->kind = ELEMENT_SEPARATOR;
  else if (!builder.gap && primary.len <= 1 && secondary.len <= 2 && tertiary.len <= 1)
    *element = (Element) {
      ELEMENT_WEIGHTS,
      primary.len > 0 ? (guint8) primary.data[0] : 0,
      { secondary.len > 0 ? (guint8) secondary.data[0] : 0,
        secondary.len > 1 ? (guint8) secondary.data[1] : 0 },
      tertiary.len > 0 ? (guint8) tertiary.data[0] : 0,
    };
  else
    element->kind = ELEMENT_SLOW;
}

static void
set_letter (Collator *collator,
            gunichar  letter,
            guint8    weight)
{
  if (letter < G_N_ELEMENTS (collator->latin))
    collator->latin[letter] = weight;
  else if (letter >= 0x400 && letter < 0x500)
    collator->cyrillic[letter - 0x400] = weight;
  else
    g_assert_not_reached ();
}

/* dž, lj and nj, also as the one-character ǆ, ǉ and ǌ (lower case of Ǆ ǅ, Ǉ ǈ, Ǌ ǋ) */
static void
set_digraph (Collator *collator,
             gunichar  first,
             guint8    weight)
{
  switch (first)
    {
    case 'd':
      collator->digraph[DIGRAPH_DZ] = weight;
      set_letter (collator, 0x01C6, weight);
      break;
    case 'l':
      collator->digraph[DIGRAPH_LJ] = weight;
      set_letter (collator, 0x01C9, weight);
      break;
    case 'n':
      collator->digraph[DIGRAPH_NJ] = weight;
      set_letter (collator, 0x01CC, weight);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Gives the letters of @alphabet (separated by spaces) weights from @weight on and returns
 * the weight after the last. */
static guint8
add_alphabet (Collator   *collator,
              const char *alphabet,
              guint8      weight)
{
  g_auto(GStrv) letters = g_strsplit (alphabet, " ", -1);

  for (guint i = 0; letters[i] != NULL; i++, weight++)
    {
      gunichar first = g_utf8_get_char (letters[i]);

      if (*g_utf8_next_char (letters[i]) != '\0')
        set_digraph (collator, first, weight);
      else
        set_letter (collator, first, weight);
    }
  g_assert (weight < PRIMARY_OTHER);
  return weight;
}

static void
init_collator (Collator   *collator,
               const char *latin,
               gboolean    cyrillic_first)
{
  guint8 weight = PRIMARY_FIRST_LETTER;

  for (guint digit = 0; digit < 10; digit++)
    collator->latin['0' + digit] = (guint8) (PRIMARY_DIGIT + digit);
  if (cyrillic_first)
    weight = add_alphabet (collator, cyrillic_all, weight);
  weight = add_alphabet (collator, latin, weight);
  if (!cyrillic_first)
    add_alphabet (collator, cyrillic_all, weight);

  for (gunichar c = 1; c < FAST_LIMIT; c++)
    init_element (collator, c);
}

static const Collator *
get_collator (const char *language)
{
  static gsize initialized = 0;
  CollatorKind kind = COLLATOR_ENGLISH;

  if (g_once_init_enter (&initialized))
    {
      init_collator (&collators[COLLATOR_ENGLISH], latin_english, FALSE);
      init_collator (&collators[COLLATOR_SERBIAN_LATIN], latin_serbian, FALSE);
      init_collator (&collators[COLLATOR_SERBIAN_CYRILLIC], latin_serbian, TRUE);
      init_collator (&collators[COLLATOR_CYRILLIC], latin_english, TRUE);
      g_once_init_leave (&initialized, 1);
    }

  if (_skup_language_is_serbian_latin (language))
    kind = COLLATOR_SERBIAN_LATIN;
  else if (_skup_language_is (language, "sr"))
    kind = COLLATOR_SERBIAN_CYRILLIC;
  else if (_skup_language_is (language, "uk") || _skup_language_is (language, "ru"))
    kind = COLLATOR_CYRILLIC;
  return &collators[kind];
}

static guint8
digraph_case (gboolean first_upper,
              gboolean second_upper)
{
  if (first_upper)
    return second_upper ? TERTIARY_UPPER : TERTIARY_TITLE;
  return second_upper ? TERTIARY_MIXED : TERTIARY_LOWER;
}

/* dž, lj or nj in any case, when @c and the letter at @next make one: returns where the text
 * goes on after it, or %NULL. */
static const char *
collate_digraph (Builder    *builder,
                 gunichar    c,
                 const char *next)
{
  const guint8 *digraph = builder->collator->digraph;
  gunichar first = c | 0x20, second;
  const char *after;
  guint8 weight = 0;

  if (*next == '\0')
    return NULL;
  after = read_composed (next, &second);
  if (first == 'd' && (second == 0x017E || second == 0x017D)) /* ž Ž */
    weight = digraph[DIGRAPH_DZ];
  else if ((first == 'l' || first == 'n') && (second == 'j' || second == 'J'))
    weight = digraph[first == 'l' ? DIGRAPH_LJ : DIGRAPH_NJ];
  if (weight == 0)
    return NULL;

  builder_letter (builder, weight, WEIGHT_DEFAULT,
                  digraph_case (c < 'a', second == 'J' || second == 0x017D));
  return after;
}

static inline gboolean
may_start_digraph (const Collator *collator,
                   gunichar        c)
{
  return collator->digraph[DIGRAPH_DZ] != 0
         && (c == 'd' || c == 'D' || c == 'l' || c == 'L' || c == 'n' || c == 'N');
}

static void
collate_text (Builder    *builder,
              const char *text)
{
  const Collator *collator = builder->collator;
  const char *p = text;

  while (*p != '\0')
    {
      const char *after;
      gunichar c;

      p = read_composed (p, &c);
      if (may_start_digraph (collator, c) && (after = collate_digraph (builder, c, p)) != NULL)
        p = after;
      else if (c < FAST_LIMIT && collator->fast[c].kind != ELEMENT_SLOW)
        builder_element (builder, &collator->fast[c]);
      else
        collate_char (builder, c);
    }
}

/* Writes the key of @text to @key, with @secondary and @tertiary (empty) to build in. */
static void
build_key (Buffer         *key,
           Buffer         *secondary,
           Buffer         *tertiary,
           const char     *text,
           const Collator *collator)
{
  Builder builder = { collator, key, secondary, tertiary, 0, 0, FALSE, FALSE };

  collate_text (&builder, text);
  buffer_put (key, LEVEL_END);
  buffer_append (key, secondary->data, builder.secondary_end);
  buffer_put (key, LEVEL_END);
  buffer_append (key, tertiary->data, builder.tertiary_end);
  buffer_put (key, LEVEL_END);
  buffer_append (key, text, strlen (text) + 1);
}

/**
 * skup_collate_key:
 * @text: (nullable): a name or any text, ideally UTF-8
 * @language: (nullable): the gettext name of the language whose order to follow: "sr"
 *   (Serbian Cyrillic), "sr@latin", "uk", "ru", "en"; regional variants ("sr_RS@latin") and
 *   "sr-Latn" are understood; %NULL and any other language sort as "en"
 *
 * Makes the sort key of @text: strcmp() on two keys orders their texts alphabetically in
 * @language, as a printed list of names needs. The C library's strcoll() is not used: it
 * depends on installed locales and gets Serbian wrong.
 *
 * The alphabet decides first, case-free: "sr@latin" is A B C Č Ć D Dž Đ E F G H I J K L Lj
 * M N Nj O P R S Š T U V Z Ž with Q W X Y where English has them, and dž, lj, nj are one
 * letter in any case ("Lukić" before "Ljubić", "Dukić" before "Džajić" before "Đurić";
 * "injekcija" cannot be told apart and is n + j as one letter too). "sr" is А Б В Г Д Ђ Е Ж З
 * И Ј К Л Љ М Н Њ О П Р С Т Ћ У Ф Х Ц Ч Џ Ш, "uk" А Б В Г Ґ Д Е Є Ж З И І Ї Й К … Ь Ю Я,
 * "ru" А Б В Г Д Е Ё Ж З И Й К … Ъ Ы Ь Э Ю Я (Ё and Й letters of their own). In "sr", "uk"
 * and "ru" Latin comes after Cyrillic (in "sr" with the Serbian Latin order); in "en" and
 * "sr@latin" Cyrillic comes after Latin, in one order that the Serbian, Ukrainian, Russian,
 * Belarusian and Macedonian alphabets all agree with. In "en" diacritics do not make letters
 * (č is c, đ is d, ß is ss, ø is o). Letters of other scripts follow, by code point, case-free.
 * Digits come before letters, one by one ("10" before "9").
 *
 * Words are compared one by one: spaces and punctuation between words count as one separator
 * that sorts before any letter, so "Ana Marija" (and "Ana-Marija") sorts before "Anamarija",
 * and "Petrović Ana" before "Petrovića Ana". Apostrophes, soft hyphens and other invisible
 * characters are ignored ("O'Brien" is "OBrien").
 *
 * Ties are broken in turn by diacritics and variants letter by letter (in "en": "Colić",
 * "Ćolić", "Čolić"), then by case letter by letter, lower case first ("ana", "Ana", "ANA";
 * "Dž" between "dž" and "DŽ"), and last by the bytes of the texts, so two keys are equal only
 * for identical texts and a sort is the same whatever order it starts from. Decomposed text
 * sorts as composed ("c" + U+030C as "č"), compatibility characters as what they stand for
 * (ǉ as lj, ﬁ as fi, Ａ as A, ² as 2).
 *
 * Invalid UTF-8 is not repaired: each byte that is not part of a valid character counts as a
 * letter after every real one, so such text sorts last and still has a key of its own.
 *
 * The key is not text (not UTF-8 and not for display): compare it with strcmp() or store it
 * as a BLOB. Making it allocates only the key, about four bytes per character (and, for
 * texts of more than 256 letters, room to build it in).
 *
 * Returns: (transfer full) (nullable): the key, or %NULL if @text is %NULL
 */
char *
skup_collate_key (const char *text,
                  const char *language)
{
  char secondary_stack[256], tertiary_stack[256];
  g_auto(Buffer) secondary = BUFFER_ON_STACK (secondary_stack);
  g_auto(Buffer) tertiary = BUFFER_ON_STACK (tertiary_stack);
  Buffer key = { NULL, 0, 0, NULL };

  if (text == NULL)
    return NULL;

  /* Enough for the four levels of Latin and Cyrillic: one allocation. */
  key.size = strlen (text) * 4 + 8;
  key.data = g_malloc (key.size);
  build_key (&key, &secondary, &tertiary, text, get_collator (language));
  return key.data;
}

/**
 * skup_collate_compare:
 * @a: (nullable): a text
 * @b: (nullable): another text
 * @language: (nullable): the language whose order to follow, as for skup_collate_key()
 *
 * Compares @a and @b as their keys from skup_collate_key() compare. A %NULL text sorts before
 * any other, "" included. To sort many texts, make each key once instead.
 *
 * Returns: a negative number if @a sorts before @b, 0 if they are identical, a positive
 *   number if @a sorts after @b
 */
int
skup_collate_compare (const char *a,
                      const char *b,
                      const char *language)
{
  const Collator *collator = get_collator (language);
  char stacks[4][256];
  g_auto(Buffer) key_a = BUFFER_ON_STACK (stacks[0]);
  g_auto(Buffer) key_b = BUFFER_ON_STACK (stacks[1]);
  g_auto(Buffer) secondary = BUFFER_ON_STACK (stacks[2]);
  g_auto(Buffer) tertiary = BUFFER_ON_STACK (stacks[3]);
  int order;

  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  build_key (&key_a, &secondary, &tertiary, a, collator);
  secondary.len = tertiary.len = 0;
  build_key (&key_b, &secondary, &tertiary, b, collator);
  order = strcmp (key_a.data, key_b.data);
  return (order > 0) - (order < 0);
}
