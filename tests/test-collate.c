/* test-collate.c — alphabetical order in a document's language
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "skup-collate.h"

/* Every text of @expected sorts before every later one, by skup_collate_compare() and by
 * strcmp() on the keys, and after every earlier one: the order is total and both agree. */
static void
assert_order (const char        *language,
              const char * const *expected)
{
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autofree char *key_i = skup_collate_key (expected[i], language);

      for (guint j = i + 1; expected[j] != NULL; j++)
        {
          g_autofree char *key_j = skup_collate_key (expected[j], language);

          if (skup_collate_compare (expected[i], expected[j], language) >= 0
              || strcmp (key_i, key_j) >= 0)
            g_error ("In %s, “%s” should sort before “%s”", language, expected[i], expected[j]);
          g_assert_cmpint (skup_collate_compare (expected[j], expected[i], language), >, 0);
        }
    }
}

/* @a and @b (not identical) sort next to each other: each text of @others is before both or
 * after both. */
static void
assert_adjacent (const char        *language,
                 const char        *a,
                 const char        *b,
                 const char * const *others)
{
  g_assert_cmpint (skup_collate_compare (a, b, language), !=, 0);
  for (guint i = 0; others[i] != NULL; i++)
    {
      int with_a = skup_collate_compare (others[i], a, language);
      int with_b = skup_collate_compare (others[i], b, language);

      if (with_a != with_b)
        g_error ("In %s, “%s” should not sort between “%s” and “%s”", language, others[i], a, b);
    }
}

static void
test_serbian_latin (void)
{
  static const char * const names[] = {
    "Ana", "Bojan", "Cvetković", "Čolić", "Ćirić", "Dukić", "Džajić", "Đurić", "Emil",
    "Filip", "Goran", "Hadži-Đorđe", "Ivan", "Jovan", "Kosta", "Lukić", "Luzić", "Ljubić",
    "Marko", "Nikolić", "Nušić", "Njegoš", "Olga", "Petar", "Quinn", "Rade", "Sava", "Šaban",
    "Tanja", "Uroš", "Vesna", "Walter", "Xavier", "Yvonne", "Zoran", "Žarko",
    /* Cyrillic after Latin */
    "Ана", "Ђорђе", "Љубица",
    NULL
  };
  /* The digraphs are one letter in any case and in the one-character forms. */
  static const char * const digraphs[] = {
    "Dukić", "DUKIĆ", "Dzajić", "Džajić", "DŽAJIĆ", "ǅukić", "Đurić", "LUZIĆ", "Lž", "ǈubić",
    "LJUBIĆ", "Ma", "NUŠIĆ", "Nz", "ǋegoš", "NJEGOŠ", "Oa",
    NULL
  };

  assert_order ("sr@latin", names);
  assert_order ("sr@latin", digraphs);
  assert_order ("sr_RS@latin", names);
  assert_order ("sr-Latn", names);
}

static void
test_serbian_cyrillic (void)
{
  static const char * const names[] = {
    "Ана", "Бојан", "Вера", "Горан", "Драган", "Ђорђе", "Ева", "Жарко", "Зоран", "Иван",
    "Јован", "Коста", "Лука", "Љубица", "Милан", "Небојша", "Његош", "Олга", "Петар", "Раде",
    "Сава", "Тања", "Ћирић", "Урош", "Филип", "Хаџић", "Цвијета", "Чедомир", "Џаја", "Шошкић",
    /* Latin after Cyrillic, in the Serbian Latin order */
    "Ana", "Čolić", "Ćirić", "Lukić", "Ljubić", "Žarko",
    NULL
  };
  /* Code-point order gets these wrong: Ђ Ј Љ Њ Ћ Џ come after Я there. */
  static const char * const pairs[][3] = {
    { "Драган", "Ђорђе", "Ева" },
    { "Иван", "Јован", "Коста" },
    { "Лука", "Љубица", "Марко" },
    { "Нада", "Његош", "Олга" },
    { "Тања", "Ћирић", "Урош" },
    { "Чедомир", "Џаја", "Шошкић" },
  };

  assert_order ("sr", names);
  assert_order ("sr_RS", names);
  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const char * const order[] = { pairs[i][0], pairs[i][1], pairs[i][2], NULL };

      assert_order ("sr", order);
    }
}

static void
test_ukrainian (void)
{
  static const char * const names[] = {
    "Антон", "Богдан", "Василь", "Гнат", "Ґава", "Дмитро", "Еней", "Євген", "Жанна",
    "Зиновій", "Ирій", "Іван", "Їжак", "Йосип", "Кирило", "Коваль", "Ковалюк", "Левко",
    "Мирон", "Назар", "Олег", "Петро", "Роман", "Степан", "Тарас", "Устим", "Федір",
    "Харитон", "Цезар", "Чорновіл", "Шевченко", "Щербак", "Юрій", "Ярослав",
    "Adam", "Zenon",
    NULL
  };
  /* The apostrophe is not a letter: "Мʼякий" files as "Мякий". */
  static const char * const apostrophe[] = { "Мякаш", "Мʼякий", "Мякуш", NULL };

  assert_order ("uk", names);
  assert_order ("uk_UA", names);
  assert_order ("uk", apostrophe);
}

static void
test_russian (void)
{
  static const char * const names[] = {
    "Абрамов", "Борисов", "Васильев", "Григорьев", "Дмитриев", "Ефимов", "Ёлкин", "Жуков",
    "Зайцев", "Иванов", "Йошкин", "Козлов", "Лебедев", "Морозов", "Новиков", "Орлов",
    "Павлов", "Романов", "Съезд", "Сыч", "Сьюзи", "Тихонов", "Устинов", "Фёдоров",
    "Харитонов", "Цветков", "Чернов", "Шаров", "Щукин", "Эдуардов", "Юдин", "Яковлев",
    "Adams",
    NULL
  };

  assert_order ("ru", names);
  assert_order ("ru_RU.UTF-8", names);
}

static void
test_english (void)
{
  /* Diacritics do not make letters, but break ties; Cyrillic comes after Latin, then other
   * scripts. */
  static const char * const names[] = {
    "Capoccia", "Cesar", "César", "Cesare", "Clausen", "Colić", "Ćolić", "Čolić", "Cvetković",
    "Dukić", "Durić", "Đurić", "Duška", "Ljubić", "Lukić", "Müller", "Mulligan", "Ostrom",
    "Østrom", "Straß", "Strauss", "Strauß", "Zoran", "Ана", "Яков", "Ωmega", "日本",
    NULL
  };
  g_autofree char *english = skup_collate_key ("Đurić Ćolić", "en");
  g_autofree char *german = skup_collate_key ("Đurić Ćolić", "de");
  g_autofree char *none = skup_collate_key ("Đurić Ćolić", NULL);

  assert_order ("en", names);
  assert_order ("en_GB", names);
  /* Any other language sorts as English. */
  g_assert_cmpstr (german, ==, english);
  g_assert_cmpstr (none, ==, english);
}

static void
test_case (void)
{
  static const char * const english[] = {
    "ana", "Ana", "ANA", "anamarija", "Anamarija", "anb", NULL
  };
  static const char * const serbian[] = {
    "Dzajić", "džajić", "Džajić", "ǅajić", "DŽAJIĆ", "Đurić", NULL
  };
  static const char * const cyrillic[] = { "ђорђе", "Ђорђе", "ЂОРЂЕ", "Ева", NULL };
  static const char * const others[] = {
    "ANA", "Anamarija", "Anb", "Amela", "Ana Marija", "Ana1", "Anđa", NULL
  };
  static const char * const others_latin[] = {
    "ana", "Anamarija", "Anb", "Amela", "Ana Marija", "Ana1", "Anđa", NULL
  };

  assert_order ("en", english);
  assert_order ("sr@latin", serbian);
  assert_order ("sr", cyrillic);
  assert_adjacent ("en", "ana", "Ana", others);
  assert_adjacent ("sr@latin", "Ana", "ANA", others_latin);
}

static void
test_decomposed (void)
{
  /* Text typed with combining marks (as some keyboards and macOS file names write it) sorts
   * as the composed letters: in Serbian Latin "c" + caron is the letter Č. */
  static const char * const others[] = {
    "Colić", "Ćolić", "Čolića", "Cvetković", "Čačak", "Dukić", NULL
  };
  const char *composed = "Čolić";
  const char *decomposed = "C\xcc\x8colic\xcc\x81"; /* C + U+030C, c + U+0301 */

  assert_adjacent ("sr@latin", composed, decomposed, others);
  assert_adjacent ("en", composed, decomposed, others);
  g_assert_cmpint (skup_collate_compare (decomposed, "Ćolić", "sr@latin"), <, 0);
  g_assert_cmpint (skup_collate_compare (decomposed, "Cvetković", "sr@latin"), >, 0);
}

static void
test_separators (void)
{
  /* Word by word: a space or punctuation between words sorts before any letter. */
  static const char * const words[] = {
    "Ana", "Ana Marija", "Anamarija", "Petrović Ana", "Petrović Zorana", "Petrovića Ana", NULL
  };
  /* An apostrophe is not a separator: "O'Brien" is filed as "OBrien". */
  static const char * const apostrophe[] = { "O Brien", "Oates", "O'Brien", "Ocampo", NULL };
  static const char * const others[] = {
    "Ana", "Anamarija", "Ana Marijana", "Ana Mari", "Ana Marija Petrović", "Amela", NULL
  };

  assert_order ("en", words);
  assert_order ("sr@latin", words);
  assert_order ("en", apostrophe);
  assert_adjacent ("sr@latin", "Ana Marija", "Ana-Marija", others);
  assert_adjacent ("sr@latin", "Ana Marija", "  Ana  Marija ", others);
  assert_adjacent ("sr@latin", "Ana Marija", "Ana, Marija.", others);
  assert_adjacent ("en", "Ana Marija", "Ana\xc2\xad Marija", others); /* a soft hyphen */
}

static void
test_digits (void)
{
  /* Digits before letters, one by one; other scripts' digits are the same digits. */
  static const char * const texts[] = {
    "1", "10", "2", "3D", "Room", "Room 1", "Room 10", "Room 2", "Room A", "Roomy", NULL
  };
  static const char * const others[] = { "Room 2", "Room 4", "Room 30", "Room", NULL };

  assert_order ("en", texts);
  assert_order ("sr", texts + 4);
  assert_adjacent ("en", "Room 3", "Room \xd9\xa3", others); /* ٣, Arabic-Indic three */
  assert_adjacent ("en", "Room 3", "Room \xef\xbc\x93", others); /* ３, full width */
}

static void
test_empty (void)
{
  g_autofree char *empty = skup_collate_key ("", "sr");
  g_autofree char *null = skup_collate_key (NULL, "sr");

  g_assert_nonnull (empty);
  g_assert_null (null);
  g_assert_cmpint (skup_collate_compare ("", "", "sr"), ==, 0);
  g_assert_cmpint (skup_collate_compare ("", "a", "sr"), <, 0);
  g_assert_cmpint (skup_collate_compare ("", "0", "sr"), <, 0);
  g_assert_cmpint (skup_collate_compare ("", " ", "sr"), <, 0);
  /* NULL first, before "" too. */
  g_assert_cmpint (skup_collate_compare (NULL, "", "sr"), <, 0);
  g_assert_cmpint (skup_collate_compare ("", NULL, "sr"), >, 0);
  g_assert_cmpint (skup_collate_compare (NULL, NULL, "sr"), ==, 0);
}

static void
test_long (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *longer = NULL;
  g_autofree char *changed = NULL;

  while (g_utf8_strlen (text->str, -1) < 10000)
    g_string_append (text, "Љубомир Đorđević c\xcc\x8c 12 ");
  key = skup_collate_key (text->str, "sr@latin");
  longer = g_strconcat (text->str, "a", NULL);
  changed = g_strdup (text->str);
  changed[text->len - 2] = '3'; /* the last "12" becomes "13" */

  g_assert_nonnull (key);
  g_assert_true (g_str_has_suffix (key, text->str));
  g_assert_cmpint (skup_collate_compare (text->str, text->str, "sr@latin"), ==, 0);
  g_assert_cmpint (skup_collate_compare (text->str, longer, "sr@latin"), <, 0);
  g_assert_cmpint (skup_collate_compare (changed, text->str, "sr@latin"), >, 0);
  g_assert_cmpint (skup_collate_compare (changed, longer, "sr@latin"), >, 0);
}

static void
test_invalid_utf8 (void)
{
  /* Invalid bytes are not repaired: each counts as a letter after every real one. */
  static const char * const texts[] = {
    "Ana", "Anaz", "Anaж", "Ana日本", "Ana\xff", "Ana\xff\xfe", "Anb", NULL
  };
  static const char * const broken[] = {
    "\xff", "\xc3", "Ana\xc3", "Ana\xc3\x28", "\xe2\x82", "\xf4\x90\x80\x80", "\xed\xa0\x80",
    "\xc0\xaf", "a\xcc", "c\xcc\x8c\xcc", NULL
  };

  assert_order ("sr@latin", texts);
  for (guint i = 0; broken[i] != NULL; i++)
    {
      g_autofree char *key = skup_collate_key (broken[i], "sr");
      g_autofree char *again = skup_collate_key (broken[i], "sr");

      g_assert_cmpstr (key, ==, again);
      g_assert_true (g_str_has_suffix (key, broken[i]));
      g_assert_cmpint (skup_collate_compare (broken[i], "Ана", "sr"), !=, 0);
    }
}

/* Any bytes at all: the key is made, ends with the text itself (so no weight is a NUL), and
 * the order is antisymmetric, agrees with strcmp() on the keys and ties only identical texts. */
static void
test_random_bytes (void)
{
  static const char * const languages[] = { "en", "sr", "sr@latin", "uk" };
  static const char alphabet[] = "aAcCdDjJlLnNzZ -'1\xc5\xbe\xc4\x8d\xd1\x99\xcc\x8c\xff\x80";
  char texts[200][12];

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      guint len = (guint) g_test_rand_int_range (0, sizeof texts[i]);

      for (guint j = 0; j < len; j++)
        texts[i][j] = i % 2 ? alphabet[g_test_rand_int_range (0, sizeof alphabet - 1)]
                            : (char) g_test_rand_int_range (1, 256);
      texts[i][len] = '\0';
    }

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autofree char *key_i = skup_collate_key (texts[i], languages[l]);

        g_assert_true (g_str_has_suffix (key_i, texts[i]));
        for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
          {
            g_autofree char *key_j = skup_collate_key (texts[j], languages[l]);
            int order = skup_collate_compare (texts[i], texts[j], languages[l]);
            int keys = strcmp (key_i, key_j);

            g_assert_cmpint (order, ==, (keys > 0) - (keys < 0));
            g_assert_cmpint (order, ==, -skup_collate_compare (texts[j], texts[i], languages[l]));
            g_assert_cmpint (order == 0, ==, strcmp (texts[i], texts[j]) == 0);
          }
      }
}

static gpointer
make_keys (gpointer data)
{
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *key = skup_collate_key ("Љубица Đurić", data);
      g_autofree char *expected = skup_collate_key ("Ljubica Đurić", data);

      if (strcmp (key, expected) <= 0)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

/* The tables are built on first use: threads starting at once all see them whole. Runs first,
 * before any other test has built them. */
static void
test_threads (void)
{
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("collate", make_keys, i % 2 ? "en" : "sr@latin");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skup/collate/threads", test_threads);
  g_test_add_func ("/skup/collate/serbian-latin", test_serbian_latin);
  g_test_add_func ("/skup/collate/serbian-cyrillic", test_serbian_cyrillic);
  g_test_add_func ("/skup/collate/ukrainian", test_ukrainian);
  g_test_add_func ("/skup/collate/russian", test_russian);
  g_test_add_func ("/skup/collate/english", test_english);
  g_test_add_func ("/skup/collate/case", test_case);
  g_test_add_func ("/skup/collate/decomposed", test_decomposed);
  g_test_add_func ("/skup/collate/separators", test_separators);
  g_test_add_func ("/skup/collate/digits", test_digits);
  g_test_add_func ("/skup/collate/empty", test_empty);
  g_test_add_func ("/skup/collate/long", test_long);
  g_test_add_func ("/skup/collate/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/skup/collate/random-bytes", test_random_bytes);

  return g_test_run ();
}
