/* test-text.c — search keys, transliteration, email, date parsing and writing dates
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib.h>

#include "skup-text.h"
#include "skup-text-private.h"

typedef struct
{
  const char *input;
  const char *expected;
} Case;

static void
assert_fold_cases (const Case *cases,
                   gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *folded = skup_text_fold (cases[i].input);

      g_assert_cmpstr (folded, ==, cases[i].expected);
    }
}

static void
test_fold_serbian (void)
{
  static const Case cases[] = {
    { "milosevic", "milosevic" },
    { "Milošević", "milosevic" },
    { "Милошевић", "milosevic" },
    { "MILOŠEVIĆ", "milosevic" },
    { "МИЛОШЕВИЋ", "milosevic" },
    { "Đurasović", "djurasovic" },
    { "Djurasović", "djurasovic" },
    { "Ђурасовић", "djurasovic" },
    { "ĐURASOVIĆ", "djurasovic" },
    { "Љиљана", "ljiljana" },
    { "Ljiljana", "ljiljana" },
    { "Џепина", "dzepina" },
    { "Džepina", "dzepina" },
    { "ЊЕГОШ", "njegos" },
    { "Жана Главендекић", "zana glavendekic" },
    { "Ћирић Чолић", "ciric colic" },
    { "Ђорђе Јоксимовић", "djordje joksimovic" },
    { "Хаџи-Ђорђе", "hadzi-djordje" },
    { "Ѕвезда", "dzvezda" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_ukrainian (void)
{
  /* One rule per letter, whatever the language: г g, и i, є je, ї ji, ґ g, й j. */
  static const Case cases[] = {
    { "Олександр Шевченко", "oleksandr sevcenko" },
    { "ОЛЕКСАНДР ШЕВЧЕНКО", "oleksandr sevcenko" },
    { "Їжак Євген Ґудзь", "jizak jevgen gudz" },
    { "Андрій Ірина", "andrij irina" },
    { "Микола Григорій", "mikola grigorij" },
    { "Мар'яна", "mar'jana" },
    { "Марʼяна", "mar'jana" },
    { "Мар’яна", "mar'jana" },
    { "Ўладзімір", "uladzimir" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_russian (void)
{
  /* щ šč sc, ю ju, я ja, ё e, ы y, э e; ъ and ь vanish. */
  static const Case cases[] = {
    { "Щербаков Юрий", "scerbakov jurij" },
    { "Фёдор Достоевский", "fedor dostoevskij" },
    { "Наталья Соловьёва", "natalja soloveva" },
    { "Эдуард Рыбаков", "eduard rybakov" },
    { "Объедков Яков", "obedkov jakov" },
    { "ХРУЩЁВ", "hruscev" },
    { "Solovʹëv", "solovev" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_other_latin (void)
{
  static const Case cases[] = {
    { "Straße", "strasse" },
    { "Ærø", "aero" },
    { "Søren Kierkegaard", "soren kierkegaard" },
    { "Łódź", "lodz" },
    { "François Müller", "francois muller" },
    { "Œuvre", "oeuvre" },
    { "Þór", "thor" },
    { "İstanbul Işık", "istanbul isik" },
    { "Nguyễn Thị", "nguyen thi" },
    { "ÐURIĆ", "djuric" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_normalisation (void)
{
  static const Case cases[] = {
    /* Decomposed input: combining marks typed or pasted separately */
    { "Milos\xcc\x8c" "evic\xcc\x81", "milosevic" },
    { "Сергеи\xcc\x86", "sergej" },
    { "Е\xcc\x88лкин", "elkin" },
    /* One-character digraphs, full-width letters, ligatures */
    { "\xc7\x85" "epina \xc7\x88iljana \xc7\x8c" "egos", "dzepina ljiljana njegos" },
    { "ＭＩＬＡＮ", "milan" },
    { "ﬁnansije", "finansije" },
    /* Invisible characters do not split words */
    { "Mi\xc2\xad" "loš", "milos" },
    { "\xef\xbb\xbfPetar", "petar" },
    { "Ana\xe2\x80\x8b" "Marija", "anamarija" },
    /* Digits of other scripts become ASCII */
    { "Soba ١٢", "soba 12" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_separators (void)
{
  static const Case cases[] = {
    { "", "" },
    { "   \t\n ", "" },
    { "  Ana\t\n  Marija  ", "ana marija" },
    { "Ana\xc2\xa0Marija", "ana marija" },
    { "Perić, Pera (Beograd)", "peric pera beograd" },
    { "Petar \"Pera\" Perić", "petar pera peric" },
    { "pera.peric@example.com", "pera.peric@example.com" },
    { "O'Brien", "o'brien" },
    { "O’Brien", "o'brien" },
    { "Ana-Marija", "ana-marija" },
    { "Ana–Marija", "ana-marija" },
    { "!?;:,/\\", "" },
    { "a_b+c#d", "a b c d" },
    { "№ 5", "no 5" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_other_scripts (void)
{
  static const Case cases[] = {
    { "Αθήνα", "αθηνα" },
    { "北京 大学", "北京 大学" },
    { "서울", "서울" },
  };

  assert_fold_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_fold_null_and_invalid (void)
{
  g_autofree char *invalid = skup_text_fold ("Mil\xff" "oš");
  g_autofree char *truncated = skup_text_fold ("Miloš\xc5");

  g_assert_null (skup_text_fold (NULL));
  g_assert_cmpstr (invalid, ==, "mil os");
  g_assert_true (g_utf8_validate (truncated, -1, NULL));
  g_assert_cmpstr (truncated, ==, "milos");
}

static void
test_fold_idempotent (void)
{
  static const char * const texts[] = {
    "Milošević", "Ђурасовић", "Олександр Шевченко", "Соловьёва", "Straße", "O’Brien",
    "  Ana–Marija  ", ("\xc7\x85" "epina"), "ＭＩＬＡＮ", "Αθήνα",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *once = skup_text_fold (texts[i]);
      g_autofree char *twice = skup_text_fold (once);

      g_assert_cmpstr (once, ==, twice);
    }
}

static void
assert_well_formed_key (const char *key)
{
  gsize len = strlen (key);

  g_assert_true (g_utf8_validate (key, -1, NULL));
  g_assert_null (strstr (key, "  "));
  if (len > 0)
    {
      g_assert_cmpint (key[0], !=, ' ');
      g_assert_cmpint (key[len - 1], !=, ' ');
    }
}

static void
test_fold_random_bytes (void)
{
  /* Imported files can hold anything: every output must still be valid UTF-8. */
  for (guint round = 0; round < 2000; round++)
    {
      char buffer[33];
      gsize len = (gsize) g_test_rand_int_range (0, 32);
      g_autofree char *folded = NULL;
      g_autofree char *latin = NULL;
      g_autofree char *cyrillic = NULL;
      g_auto(GStrv) terms = NULL;

      for (gsize i = 0; i < len; i++)
        buffer[i] = (char) g_test_rand_int_range (1, 256);
      buffer[len] = '\0';

      folded = skup_text_fold (buffer);
      latin = skup_text_to_latin (buffer);
      cyrillic = skup_text_to_cyrillic (buffer);
      terms = skup_text_search_terms (buffer);
      assert_well_formed_key (folded);
      g_assert_true (g_utf8_validate (latin, -1, NULL));
      g_assert_true (g_utf8_validate (cyrillic, -1, NULL));
      for (guint t = 0; terms != NULL && terms[t] != NULL; t++)
        g_assert_cmpuint (strlen (terms[t]), >, 0);
      skup_text_has_cyrillic (buffer);
    }
}

static void
test_fold_many (void)
{
  /* An import of 100,000 people folds every name: this must stay quick. */
  static const char * const names[] = {
    "Nebojša Đurasović", "Небојша Ђурасовић", "Ivana Joksimović", "Ljiljana Njegoš",
  };
  static const char * const keys[] = {
    "nebojsa djurasovic", "nebojsa djurasovic", "ivana joksimovic", "ljiljana njegos",
  };
  g_autoptr(GTimer) timer = g_timer_new ();

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *folded = skup_text_fold (names[i % G_N_ELEMENTS (names)]);

      if (g_strcmp0 (folded, keys[i % G_N_ELEMENTS (keys)]) != 0)
        g_assert_cmpstr (folded, ==, keys[i % G_N_ELEMENTS (keys)]);
    }
  g_test_message ("folded 100,000 names in %.3f s", g_timer_elapsed (timer, NULL));
}

static void
assert_transliteration (const char *latin,
                        const char *cyrillic)
{
  g_autofree char *to_cyrillic = skup_text_to_cyrillic (latin);
  g_autofree char *to_latin = skup_text_to_latin (cyrillic);
  g_autofree char *back_to_latin = skup_text_to_latin (to_cyrillic);
  g_autofree char *back_to_cyrillic = skup_text_to_cyrillic (to_latin);

  g_assert_cmpstr (to_cyrillic, ==, cyrillic);
  g_assert_cmpstr (to_latin, ==, latin);
  g_assert_cmpstr (back_to_latin, ==, latin);
  g_assert_cmpstr (back_to_cyrillic, ==, cyrillic);
}

static void
test_transliteration_round_trip (void)
{
  static const Case names[] = {
    { "Milošević", "Милошевић" },
    { "Ljiljana Njegoš", "Љиљана Његош" },
    { "Đorđe Džajić", "Ђорђе Џајић" },
    { "Žana Glavendekić", "Жана Главендекић" },
    { "Nebojša Đurasović", "Небојша Ђурасовић" },
    { "Ivana Joksimović", "Ивана Јоксимовић" },
    { "NEBOJŠA ĐURASOVIĆ", "НЕБОЈША ЂУРАСОВИЋ" },
    { "LJILJANA NJEGOŠ, DŽAJIĆ", "ЉИЉАНА ЊЕГОШ, ЏАЈИЋ" },
    { "Lj. Petrović, KRALJ", "Љ. Петровић, КРАЉ" },
    { "Hadži-Đorđe 2019.", "Хаџи-Ђорђе 2019." },
    { "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    assert_transliteration (names[i].input, names[i].expected);
}

static void
test_to_latin (void)
{
  static const Case cases[] = {
    { "Џон", "Džon" },
    { "ЊЕГОШ", "NJEGOŠ" },
    { "Његош", "Njegoš" },
    { "Љ", "Lj" },
    { "ЉЉ", "LJLJ" },
    { "Щукин Юрий", "Ščukin Jurij" },
    { "ЩУКИН ЮРИЙ", "ŠČUKIN JURIJ" },
    { "Фёдор Соловьёв", "Fëdor Solovëv" },
    { "Эдуард Рыбаков", "Eduard Rybakov" },
    { "Їжак Євген Ґудзь", "Jižak Jevgen Gudz" },
    { "Ѓорѓи Ќосе", "Ǵorǵi Ḱose" },
    { "Milošević & Co.", "Milošević & Co." },
    { "Beograd — Београд", "Beograd — Beograd" },
    { "Сергеи\xcc\x86", "Sergej" },
  };

  g_assert_null (skup_text_to_latin (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *latin = skup_text_to_latin (cases[i].input);

      g_assert_cmpstr (latin, ==, cases[i].expected);
    }
}

static void
test_to_cyrillic (void)
{
  static const Case cases[] = {
    { "Džon", "Џон" },
    { "NJEGOŠ", "ЊЕГОШ" },
    { "Njegoš", "Његош" },
    { "LJUBA Ljuba ljuba", "ЉУБА Љуба љуба" },
    { "Đorđe", "Ђорђе" },
    { "ÐORÐE", "ЂОРЂЕ" },
    { "Djura", "Дјура" },
    { "Xavier Wyqe", "Xавиер Wyqе" },
    { "José Müller", "Јосé Мüллер" },
    { "Милош", "Милош" },
    { "Miloš i Милош, 2019.", "Милош и Милош, 2019." },
    { "Dz\xcc\x8c" "on", "Џон" },
    { "\xc7\x85" "ep \xc7\x88" "iljana \xc7\x8a" "EGOŠ", "Џеп Љиљана ЊЕГОШ" },
  };

  g_assert_null (skup_text_to_cyrillic (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cyrillic = skup_text_to_cyrillic (cases[i].input);

      g_assert_cmpstr (cyrillic, ==, cases[i].expected);
    }
}

static void
assert_same_fold (const char *a,
                  const char *b)
{
  g_autofree char *folded_a = skup_text_fold (a);
  g_autofree char *folded_b = skup_text_fold (b);

  g_assert_cmpstr (folded_a, ==, folded_b);
}

static void
test_fold_matches_transliteration (void)
{
  static const char * const latin[] = {
    "Milošević", "Ljiljana Njegoš", "Đorđe Džajić", "Žana Glavendekić", "Djura Wyx",
  };

  /* Searching in one script must find what was typed in the other */
  for (gunichar c = 0x0400; c <= 0x045F; c++)
    {
      char text[8] = { 0 };
      g_autofree char *transliterated = NULL;

      g_unichar_to_utf8 (c, text);
      transliterated = skup_text_to_latin (text);
      assert_same_fold (text, transliterated);
    }
  assert_same_fold ("Ґґ", "Gg");
  for (gsize i = 0; i < G_N_ELEMENTS (latin); i++)
    {
      g_autofree char *cyrillic = skup_text_to_cyrillic (latin[i]);

      assert_same_fold (latin[i], cyrillic);
    }
}

static void
test_has_cyrillic (void)
{
  g_assert_false (skup_text_has_cyrillic (NULL));
  g_assert_false (skup_text_has_cyrillic (""));
  g_assert_false (skup_text_has_cyrillic ("Milan Đurić"));
  g_assert_false (skup_text_has_cyrillic ("\xc7\x85" "on"));
  g_assert_false (skup_text_has_cyrillic ("Αθήνα"));
  g_assert_false (skup_text_has_cyrillic ("\xff\xd0"));
  g_assert_true (skup_text_has_cyrillic ("Милан"));
  g_assert_true (skup_text_has_cyrillic ("Mилан"));
  g_assert_true (skup_text_has_cyrillic ("Ana ђ"));
  g_assert_true (skup_text_has_cyrillic ("\xff" "Ґ"));
}

static void
test_search_terms (void)
{
  static const Case cases[] = {
    { "Милош ev", "milos|ev" },
    { "Đurasović", "djurasovic" },
    { "  NEBOJŠA   đura ", "nebojsa|djura" },
    { "Petar \"Pera\" Perić", "petar|pera|peric" },
    { "O\"Brien", "o|brien" },
    { "\"\"\"", NULL },
    { "pera@example.com", "pera|example|com" },
    { "Ana-Marija O'Brien", "ana|marija|o|brien" },
    { "ana - . @ '", "ana" },
    { "AND OR NOT NEAR", "and|or|not|near" },
    { "name:pera", "name|pera" },
    { "pera*", "pera" },
    { "", NULL },
    { "    \t ", NULL },
    { "!?.,;:-@'()*^", NULL },
  };

  g_assert_null (skup_text_search_terms (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) terms = skup_text_search_terms (cases[i].input);
      g_autofree char *joined = terms ? g_strjoinv ("|", terms) : NULL;

      g_assert_cmpstr (joined, ==, cases[i].expected);
    }
}

static char *
repeat (char  c,
        gsize n)
{
  char *text = g_malloc (n + 1);

  memset (text, c, n);
  text[n] = '\0';
  return text;
}

static void
test_email_length (void)
{
  g_autofree char *local_64 = repeat ('a', 64);
  g_autofree char *local_65 = repeat ('a', 65);
  g_autofree char *label_63 = repeat ('b', 63);
  g_autofree char *label_61 = repeat ('d', 61);
  g_autofree char *label_62 = repeat ('d', 62);
  g_autofree char *longest = g_strdup_printf ("%s@%s.%s.%s",
                                              local_64, label_63, label_63, label_61);
  g_autofree char *too_long = g_strdup_printf ("%s@%s.%s.%s",
                                               local_64, label_63, label_63, label_62);
  g_autofree char *local_too_long = g_strdup_printf ("%s@example.com", local_65);

  g_assert_cmpuint (strlen (longest), ==, 254);
  g_assert_true (skup_text_is_plausible_email (longest));
  g_assert_false (skup_text_is_plausible_email (too_long));
  g_assert_false (skup_text_is_plausible_email (local_too_long));
}

static void
test_email (void)
{
  static const char * const plausible[] = {
    "pera@example.com",
    "pera.peric+skup@mail.example.rs",
    "P.Peric@Example.COM",
    "o'brien@example.ie",
    "a@b.co",
    "pera@moja-firma.rs",
    "пера@пример.срб",
  };
  static const char * const implausible[] = {
    "", "pera", "@example.com", "pera@", "pera@example", "pera@@example.com",
    "pera@ex@ample.com", "pera peric@example.com", "pera@example .com", " pera@example.com",
    "pera@example.com ", "pera@.example.com", "pera@example.com.", "pera@example..com",
    "pera@example.com,", "<pera@example.com>", "pera@example.com; mika@example.com",
    "pera@exa_mple.com", "pe\tra@example.com", "pera\xc2\xa0@example.com",
    "pe\xe2\x80\x8bra@example.com", "pera@\xff.com", "\"pera\"@example.com",
  };

  g_assert_false (skup_text_is_plausible_email (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (plausible); i++)
    g_assert_true (skup_text_is_plausible_email (plausible[i]));
  for (gsize i = 0; i < G_N_ELEMENTS (implausible); i++)
    {
      if (skup_text_is_plausible_email (implausible[i]))
        g_error ("“%s” should not be a plausible address", implausible[i]);
    }
}

static void
assert_date (const char *text,
             int         year,
             int         month,
             int         day)
{
  g_autoptr(GDateTime) date = skup_text_parse_date (text);
  int y, m, d;

  if (date == NULL)
    g_error ("“%s” should parse as %04d-%02d-%02d", text, year, month, day);
  g_date_time_get_ymd (date, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day);
  g_assert_cmpint (g_date_time_get_hour (date), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (date), ==, 0);
  g_assert_cmpint (g_date_time_get_second (date), ==, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (date), ==, 0);
}

static void
test_parse_date (void)
{
  static const char * const forms[] = {
    "20.5.2019.", "20.05.2019", "20.5.2019", "2019-05-20", "20/05/2019", "20-05-2019",
    "20/5/2019", "2019-5-20", "  20.5.2019.  ", "\t2019-05-20\n", "20. 5. 2019.",
    "20 . 05 . 2019", "2019.05.20.", "2019/05/20",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
    assert_date (forms[i], 2019, 5, 20);
  assert_date ("1.1.2000.", 2000, 1, 1);
  assert_date ("31.12.9999", 9999, 12, 31);
  assert_date ("01.01.0001", 1, 1, 1);
}

static void
test_parse_date_leap_day (void)
{
  g_autoptr(GDateTime) leap_2019 = skup_text_parse_date ("29.2.2019");
  g_autoptr(GDateTime) leap_1900 = skup_text_parse_date ("29.2.1900.");
  g_autoptr(GDateTime) iso_2019 = skup_text_parse_date ("2019-02-29");

  assert_date ("29.2.2020", 2020, 2, 29);
  assert_date ("29.02.2000.", 2000, 2, 29);
  assert_date ("2024-02-29", 2024, 2, 29);
  g_assert_null (leap_2019);
  g_assert_null (leap_1900);
  g_assert_null (iso_2019);
}

static void
test_parse_date_invalid (void)
{
  static const char * const invalid[] = {
    "", "   ", "abc", "31.2.2019", "31.4.2019", "32.1.2019", "0.1.2019", "1.0.2019",
    "1.13.2019", "20.5.19", "20.5.19.", "20.5.2019.x", "20.5.2019..", "20.5/2019",
    "20..5.2019", "2019-05-20.", "20/05/2019.", "2019-05", "20.5", "00.00.0000",
    "1.1.0000", "0000-01-01", "120.5.2019", "20.005.2019", "20.5.20190", "20.5.2019 12:00",
    "-20.5.2019", "+20.5.2019", "20,5,2019", "2019-05-20T00:00:00Z", "20. maj 2019.",
    "99999999999999999999.1.2019",
  };

  g_assert_null (skup_text_parse_date (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GDateTime) date = skup_text_parse_date (invalid[i]);

      if (date != NULL)
        g_error ("“%s” should not parse as a date", invalid[i]);
    }
}

static void
test_is_iso_date (void)
{
  static const char * const valid[] = {
    "2019-05-20", "2020-02-29", "2000-02-29", "0001-01-01", "9999-12-31",
  };
  static const char * const invalid[] = {
    "", "2019-02-29", "1900-02-29", "2019-04-31", "2019-13-01", "2019-00-10", "2019-01-00",
    "0000-01-01", "2019-5-20", "2019-05-2", " 2019-05-20", "2019-05-20 ", "2019/05/20",
    "20.05.2019", "20190520xx", "2019-05-20T00:00", "2019-O5-20", "+019-05-20",
  };

  g_assert_false (skup_text_is_iso_date (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (skup_text_is_iso_date (valid[i]));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      if (skup_text_is_iso_date (invalid[i]))
        g_error ("“%s” should not be an ISO date", invalid[i]);
    }
}

/* Dates are written in the language gettext translates into: the catalogues just built
 * (SKUP_LOCALEDIR), in the locale @locale. Serbian locales must be generated (build-aux/deps). */
static void
use_language (const char *locale)
{
  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is missing: generate it (build-aux/deps)", locale);
}

typedef struct
{
  const char *start;
  const char *end;
  const char *expected;
} DateCase;

/* The range cases, and each start alone through skup_text_format_date(). */
static void
assert_date_cases (const char     *locale,
                   const DateCase *cases,
                   gsize           n_cases)
{
  use_language (locale);
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *range = skup_text_format_date_range (cases[i].start, cases[i].end);

      g_assert_cmpstr (range, ==, cases[i].expected);
      if (cases[i].end == NULL)
        {
          g_autofree char *date = skup_text_format_date (cases[i].start);

          g_assert_cmpstr (date, ==, cases[i].expected);
        }
    }
  use_language ("C.UTF-8");
}

static void
test_format_date_english (void)
{
  static const DateCase cases[] = {
    { "2023-11-28", NULL, "28 November 2023" },
    { "2019-05-02", NULL, "2 May 2019" },
    { "2023-11-28", "2023-11-28", "28 November 2023" },
    { "2023-11-28", "2023-11-30", "28–30 November 2023" },
    { "2023-11-28", "2023-12-02", "28 November – 2 December 2023" },
    { "2023-12-30", "2024-01-02", "30 December 2023 – 2 January 2024" },
  };

  assert_date_cases ("C.UTF-8", cases, G_N_ELEMENTS (cases));
}

static void
test_format_date_serbian (void)
{
  /* The month in the genitive after a day, a full stop after the day and the year. */
  static const DateCase cases[] = {
    { "2023-11-28", NULL, "28. новембра 2023." },
    { "2019-05-02", NULL, "2. маја 2019." },
    { "2023-11-28", "2023-11-28", "28. новембра 2023." },
    { "2023-11-28", "2023-11-30", "28–30. новембра 2023." },
    { "2023-11-28", "2023-12-02", "28. новембра – 2. децембра 2023." },
    { "2023-12-30", "2024-01-02", "30. децембра 2023. – 2. јануара 2024." },
  };

  assert_date_cases ("sr_RS.UTF-8", cases, G_N_ELEMENTS (cases));
}

static void
test_format_date_serbian_latin (void)
{
  static const DateCase cases[] = {
    { "2023-11-28", NULL, "28. novembra 2023." },
    { "2019-05-02", NULL, "2. maja 2019." },
    { "2023-11-28", "2023-11-28", "28. novembra 2023." },
    { "2023-11-28", "2023-11-30", "28–30. novembra 2023." },
    { "2023-11-28", "2023-12-02", "28. novembra – 2. decembra 2023." },
    { "2023-12-30", "2024-01-02", "30. decembra 2023. – 2. januara 2024." },
  };

  assert_date_cases ("sr_RS.UTF-8@latin", cases, G_N_ELEMENTS (cases));
}

static void
assert_months (const char        *locale,
               const char * const months[12])
{
  use_language (locale);
  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *iso = g_strdup_printf ("2024-%02u-20", m);
      g_autofree char *date = skup_text_format_date (iso);
      g_autofree char *expected = g_strdup_printf (g_str_has_prefix (locale, "sr")
                                                   ? "20. %s 2024." : "20 %s 2024", months[m - 1]);

      g_assert_cmpstr (date, ==, expected);
    }
  use_language ("C.UTF-8");
}

static void
test_format_date_months (void)
{
  static const char * const english[12] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  static const char * const cyrillic[12] = {
    "јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра",
    "октобра", "новембра", "децембра",
  };
  static const char * const latin[12] = {
    "januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra",
    "oktobra", "novembra", "decembra",
  };

  assert_months ("C.UTF-8", english);
  assert_months ("sr_RS.UTF-8", cyrillic);
  assert_months ("sr_RS.UTF-8@latin", latin);
}

/* What no formatter should hide or invent: a stored value that is not a date is shown as it
 * is, an end that is not after the start is left out. */
static void
test_format_date_odd (void)
{
  static const DateCase cases[] = {
    { "2023-11-30", "2023-11-28", "30 November 2023" },
    { "2023-11-28", "", "28 November 2023" },
    { "2023-11-28", "30.11.2023.", "28 November 2023" },
    { "28.11.2023.", NULL, "28.11.2023." },
    { "2019-02-29", NULL, "2019-02-29" },
    { "", NULL, "" },
  };
  g_autofree char *null_date = skup_text_format_date (NULL);
  g_autofree char *null_range = skup_text_format_date_range (NULL, "2023-11-28");
  g_autofree char *null_numeric = skup_text_format_date_numeric (NULL);
  g_autofree char *odd_numeric = skup_text_format_date_numeric ("someday");

  assert_date_cases ("C.UTF-8", cases, G_N_ELEMENTS (cases));
  g_assert_null (null_date);
  g_assert_null (null_range);
  g_assert_null (null_numeric);
  g_assert_cmpstr (odd_numeric, ==, "someday");
}

/* The numeric form is what a date entry shows, so it must read back as the same day. */
static void
assert_numeric (const char *locale,
                const char *iso,
                const char *expected)
{
  g_autofree char *numeric = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *back = NULL;

  use_language (locale);
  numeric = skup_text_format_date_numeric (iso);
  g_assert_cmpstr (numeric, ==, expected);
  parsed = skup_text_parse_date (numeric);
  g_assert_nonnull (parsed);
  back = g_date_time_format (parsed, "%Y-%m-%d");
  g_assert_cmpstr (back, ==, iso);
  use_language ("C.UTF-8");
}

static void
test_format_date_numeric (void)
{
  assert_numeric ("C.UTF-8", "2023-11-28", "28.11.2023.");
  assert_numeric ("C.UTF-8", "2019-05-02", "02.05.2019.");
  assert_numeric ("sr_RS.UTF-8", "2023-11-28", "28. 11. 2023.");
  assert_numeric ("sr_RS.UTF-8", "2019-05-02", "2. 5. 2019.");
  assert_numeric ("sr_RS.UTF-8@latin", "2023-11-28", "28. 11. 2023.");
  assert_numeric ("sr_RS.UTF-8@latin", "2019-05-02", "2. 5. 2019.");
}

static void
assert_weekdays (const char        *locale,
                 const char        *format,
                 const char * const days[7])
{
  use_language (locale);
  /* 20 May 2019 was a Monday. */
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *iso = g_strdup_printf ("2019-05-%02u", 20 + i);
      g_autofree char *heading = skup_text_format_date_weekday (iso);
      g_autofree char *date = skup_text_format_date (iso);
      g_autofree char *expected = g_strdup_printf (format, days[i], date);

      g_assert_cmpstr (heading, ==, expected);
    }
  use_language ("C.UTF-8");
}

static void
test_format_date_weekday (void)
{
  static const char * const english[7] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  static const char * const cyrillic[7] = {
    "понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља",
  };
  static const char * const latin[7] = {
    "ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja",
  };
  g_autofree char *monday = NULL;
  g_autofree char *odd = skup_text_format_date_weekday ("20.5.2019.");
  g_autofree char *none = skup_text_format_date_weekday (NULL);

  assert_weekdays ("C.UTF-8", "%s, %s", english);
  assert_weekdays ("sr_RS.UTF-8", "%2$s (%1$s)", cyrillic);
  assert_weekdays ("sr_RS.UTF-8@latin", "%2$s (%1$s)", latin);

  use_language ("sr_RS.UTF-8");
  monday = skup_text_format_date_weekday ("2019-05-20");
  g_assert_cmpstr (monday, ==, "20. маја 2019. (понедељак)");
  use_language ("C.UTF-8");
  g_assert_cmpstr (odd, ==, "20.5.2019.");
  g_assert_null (none);
}

/* Folding skips normalising a text of "stable" letters: each must be its own NFC and NFKC
 * form, alone and after a letter, or the shortcut would fold it differently. */
static void
test_fold_stable_letters (void)
{
  guint stable = 0;

  for (gunichar c = 1; c < 0x800; c++)
    {
      char text[16] = "a";
      g_autofree char *nfc = NULL;
      g_autofree char *nfkc = NULL;

      if (!_skup_text_is_stable_char (c))
        continue;
      stable++;
      text[1 + g_unichar_to_utf8 (c, text + 1)] = '\0';
      nfc = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
      nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
      g_assert_cmpstr (nfc, ==, text);
      g_assert_cmpstr (nfkc, ==, text);
    }
  /* ASCII, most of Latin-1 and Latin Extended-A, and the Serbian Cyrillic block */
  g_assert_cmpuint (stable, >, 127 + 180 + 90);
  g_assert_false (_skup_text_is_stable_char (0x17F));   /* ſ is s */
  g_assert_false (_skup_text_is_stable_char (0x301));   /* a combining acute composes */
  g_assert_false (_skup_text_is_stable_char (0x1C4));   /* Ǆ is DŽ */

  /* a decomposed letter still folds as the composed one */
  {
    g_autofree char *decomposed = skup_text_fold ("Ђ" "C\xcc\x81" "и\xcc\x86");
    g_autofree char *composed = skup_text_fold ("ЂĆй");

    g_assert_cmpstr (decomposed, ==, composed);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SKUP_LOCALEDIR"));
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKUP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/skup/text/fold-serbian", test_fold_serbian);
  g_test_add_func ("/skup/text/fold-ukrainian", test_fold_ukrainian);
  g_test_add_func ("/skup/text/fold-russian", test_fold_russian);
  g_test_add_func ("/skup/text/fold-other-latin", test_fold_other_latin);
  g_test_add_func ("/skup/text/fold-normalisation", test_fold_normalisation);
  g_test_add_func ("/skup/text/fold-stable-letters", test_fold_stable_letters);
  g_test_add_func ("/skup/text/fold-separators", test_fold_separators);
  g_test_add_func ("/skup/text/fold-other-scripts", test_fold_other_scripts);
  g_test_add_func ("/skup/text/fold-null-and-invalid", test_fold_null_and_invalid);
  g_test_add_func ("/skup/text/fold-idempotent", test_fold_idempotent);
  g_test_add_func ("/skup/text/fold-random-bytes", test_fold_random_bytes);
  g_test_add_func ("/skup/text/fold-many", test_fold_many);
  g_test_add_func ("/skup/text/transliteration-round-trip", test_transliteration_round_trip);
  g_test_add_func ("/skup/text/to-latin", test_to_latin);
  g_test_add_func ("/skup/text/to-cyrillic", test_to_cyrillic);
  g_test_add_func ("/skup/text/fold-matches-transliteration", test_fold_matches_transliteration);
  g_test_add_func ("/skup/text/has-cyrillic", test_has_cyrillic);
  g_test_add_func ("/skup/text/search-terms", test_search_terms);
  g_test_add_func ("/skup/text/email", test_email);
  g_test_add_func ("/skup/text/email-length", test_email_length);
  g_test_add_func ("/skup/text/parse-date", test_parse_date);
  g_test_add_func ("/skup/text/parse-date-leap-day", test_parse_date_leap_day);
  g_test_add_func ("/skup/text/parse-date-invalid", test_parse_date_invalid);
  g_test_add_func ("/skup/text/is-iso-date", test_is_iso_date);
  g_test_add_func ("/skup/text/format-date-english", test_format_date_english);
  g_test_add_func ("/skup/text/format-date-serbian", test_format_date_serbian);
  g_test_add_func ("/skup/text/format-date-serbian-latin", test_format_date_serbian_latin);
  g_test_add_func ("/skup/text/format-date-months", test_format_date_months);
  g_test_add_func ("/skup/text/format-date-odd", test_format_date_odd);
  g_test_add_func ("/skup/text/format-date-numeric", test_format_date_numeric);
  g_test_add_func ("/skup/text/format-date-weekday", test_format_date_weekday);

  return g_test_run ();
}
