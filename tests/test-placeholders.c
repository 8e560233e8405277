/* test-placeholders.c — a certificate's words: placeholders, gender forms and date sentences
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib.h>

#include "skup-error.h"
#include "skup-placeholders.h"

static GHashTable *
values_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static char *
expand_ok (const char            *text,
           GHashTable            *values,
           SkupPlaceholderGender  gender)
{
  g_autoptr(GError) error = NULL;
  char *expanded = skup_placeholders_expand (text, values, gender, &error);

  g_assert_no_error (error);
  g_assert_nonnull (expanded);
  return expanded;
}

/* The names are the header's, in its order, and nothing else. */
static void
test_names (void)
{
  static const char * const expected[] = {
    "name", "given_name", "family_name", "honorific", "organisation", "position", "role",
    "event", "kind", "dates", "venue", "city", "hours", "accreditation", "decision", "points",
    "licence", "number", "issue_date", "organisers", "project",
  };
  const char * const *names = skup_placeholders_get_names ();

  g_assert_cmpuint (g_strv_length ((GStrv) names), ==, G_N_ELEMENTS (expected));
  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (names[i], ==, expected[i]);
  g_assert_cmpstr (names[0], ==, SKUP_PLACEHOLDER_NAME);
  g_assert_cmpstr (names[G_N_ELEMENTS (expected) - 1], ==, SKUP_PLACEHOLDER_PROJECT);
}

/* Each name, alone and all in one text, writes its own value and no other's. */
static void
test_every_name (void)
{
  const char * const *names = skup_placeholders_get_names ();
  g_autoptr(GHashTable) values = values_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *all = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (values, g_strdup (names[i]), g_strdup_printf ("«%s ћ%u»", names[i], i));

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *one_text = g_strdup_printf ("<{%s}>", names[i]);
      g_autofree char *one = expand_ok (one_text, values, SKUP_PLACEHOLDER_GENDER_MALE);
      g_autofree char *one_expected = g_strdup_printf ("<«%s ћ%u»>", names[i], i);

      g_assert_cmpstr (one, ==, one_expected);
      g_assert_true (skup_placeholders_check (one_text, NULL, NULL));
      g_string_append_printf (text, "{%s}, ", names[i]);
      g_string_append_printf (expected, "«%s ћ%u», ", names[i], i);
    }
  all = expand_ok (text->str, values, SKUP_PLACEHOLDER_GENDER_FEMALE);
  g_assert_cmpstr (all, ==, expected->str);
}

/* A known name without a value writes nothing, and the spaces around it stay. */
static void
test_missing_values (void)
{
  const char *text = "Held at {venue} in {city}, {hours} hours.";
  g_autoptr(GHashTable) values = values_new ();
  g_autofree char *without_table = expand_ok (text, NULL, SKUP_PLACEHOLDER_GENDER_OTHER);
  g_autofree char *none = expand_ok (text, values, SKUP_PLACEHOLDER_GENDER_OTHER);
  g_autofree char *some = NULL;

  g_assert_cmpstr (without_table, ==, "Held at  in ,  hours.");
  g_assert_cmpstr (none, ==, "Held at  in ,  hours.");
  g_hash_table_insert (values, g_strdup ("city"), g_strdup ("Београд"));
  g_hash_table_insert (values, g_strdup ("venue"), g_strdup (""));
  /* A value that looks like a placeholder is printed, not expanded again */
  g_hash_table_insert (values, g_strdup ("hours"), g_strdup ("{points}"));
  some = expand_ok (text, values, SKUP_PLACEHOLDER_GENDER_OTHER);
  g_assert_cmpstr (some, ==, "Held at  in Београд, {points} hours.");
}

typedef struct
{
  const char *text;
  const char *male;
  const char *female;
  const char *other;
} GenderCase;

static void
test_gender (void)
{
  static const GenderCase cases[] = {
    { "{m:učestvovao|f:učestvovala|x:učestvovao/la}",
      "učestvovao", "učestvovala", "učestvovao/la" },
    /* Any order; no x: writes both for others */
    { "{f:učesnica|m:učesnik}", "učesnik", "učesnica", "učesnik/učesnica" },
    { "{m:predavač|f:predavačica}", "predavač", "predavačica", "predavač/predavačica" },
    { "{x:predavač/ica|f:predavačica|m:predavač}", "predavač", "predavačica", "predavač/ica" },
    { "{m:учесник|f:учесница}", "учесник", "учесница", "учесник/учесница" },
    { "{m:је учествовао|f:је учествовала|x:је учествовао/ла}",
      "је учествовао", "је учествовала", "је учествовао/ла" },
    /* A form may be empty, and may hold ":" and anything but "|", "}" and "{" */
    { "učesni{m:k|f:ca}", "učesnik", "učesnica", "učesnik/ca" },
    { "{m:|f:a}", "", "a", "/a" },
    { "{m:Mr: \"A\"\n|f:Ms: (B)}", "Mr: \"A\"\n", "Ms: (B)", "Mr: \"A\"\n/Ms: (B)" },
    { "{m:a|f:b}{m:c|f:d}", "ac", "bd", "a/bc/d" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *male = expand_ok (cases[i].text, NULL, SKUP_PLACEHOLDER_GENDER_MALE);
      g_autofree char *female = expand_ok (cases[i].text, NULL, SKUP_PLACEHOLDER_GENDER_FEMALE);
      g_autofree char *other = expand_ok (cases[i].text, NULL, SKUP_PLACEHOLDER_GENDER_OTHER);

      g_assert_cmpstr (male, ==, cases[i].male);
      g_assert_cmpstr (female, ==, cases[i].female);
      g_assert_cmpstr (other, ==, cases[i].other);
      g_assert_true (skup_placeholders_check (cases[i].text, NULL, NULL));
    }
}

/* The register's gender choices (skup-choices.c) pick the forms; anything else is "other". */
static void
test_gender_from_nick (void)
{
  g_assert_cmpint (skup_placeholder_gender_from_nick ("male"), ==, SKUP_PLACEHOLDER_GENDER_MALE);
  g_assert_cmpint (skup_placeholder_gender_from_nick ("female"), ==,
                   SKUP_PLACEHOLDER_GENDER_FEMALE);
  g_assert_cmpint (skup_placeholder_gender_from_nick ("other"), ==,
                   SKUP_PLACEHOLDER_GENDER_OTHER);
  g_assert_cmpint (skup_placeholder_gender_from_nick ("not-stated"), ==,
                   SKUP_PLACEHOLDER_GENDER_OTHER);
  g_assert_cmpint (skup_placeholder_gender_from_nick (""), ==, SKUP_PLACEHOLDER_GENDER_OTHER);
  g_assert_cmpint (skup_placeholder_gender_from_nick (NULL), ==, SKUP_PLACEHOLDER_GENDER_OTHER);
  g_assert_cmpint (skup_placeholder_gender_from_nick ("Male"), ==,
                   SKUP_PLACEHOLDER_GENDER_OTHER);
}

/* The Serbian sentence, as the issuer will fill it. */
static void
test_sentence (void)
{
  const char *text = "{name} {m:је учествовао|f:је учествовала} на обуци „{event}“, "
                     "одржаној {dates} у {city}, као {m:предавач|f:предавачица}.";
  g_autoptr(GHashTable) values = values_new ();
  g_autofree char *female = NULL;
  g_autofree char *male = NULL;

  g_hash_table_insert (values, g_strdup ("name"), g_strdup ("Жана Главендекић"));
  g_hash_table_insert (values, g_strdup ("event"), g_strdup ("Заштита деце"));
  g_hash_table_insert (values, g_strdup ("city"), g_strdup ("Београду"));
  g_hash_table_insert (values, g_strdup ("dates"),
                       skup_text_format_date_span_in (skup_catalog_get ("sr"), "2019-05-20",
                                                      "2019-05-22"));
  female = expand_ok (text, values, SKUP_PLACEHOLDER_GENDER_FEMALE);
  g_assert_cmpstr (female, ==, "Жана Главендекић је учествовала на обуци „Заштита деце“, "
                               "одржаној од 20. до 22. маја 2019. године у Београду, као "
                               "предавачица.");
  g_hash_table_insert (values, g_strdup ("name"), g_strdup ("Милутин Милошевић"));
  male = expand_ok (text, values, SKUP_PLACEHOLDER_GENDER_MALE);
  g_assert_cmpstr (male, ==, "Милутин Милошевић је учествовао на обуци „Заштита деце“, "
                             "одржаној од 20. до 22. маја 2019. године у Београду, као "
                             "предавач.");
}

static void
test_braces (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "{{name}}", "{name}" },
    { "{{{name}}}", "{Ана}" },
    { "}}{{", "}{" },
    { "a {{ b }} c", "a { b } c" },
    { "{{m:a|f:b}}", "{m:a|f:b}" },
    { "{{}}", "{}" },
    { "", "" },
    { "no braces at all: ćirilica и латиница", "no braces at all: ćirilica и латиница" },
  };
  g_autoptr(GHashTable) values = values_new ();

  g_hash_table_insert (values, g_strdup ("name"), g_strdup ("Ана"));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *expanded = expand_ok (cases[i].text, values,
                                             SKUP_PLACEHOLDER_GENDER_MALE);

      g_assert_cmpstr (expanded, ==, cases[i].expected);
      g_assert_true (skup_placeholders_check (cases[i].text, NULL, NULL));
    }
}

typedef struct
{
  const char *text;
  const char *message;
  gsize       offset;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "Dear {nmae}", "Unknown placeholder {nmae} at line 1, column 6.", 5 },
  /* Columns count characters: "Сертификат за " is 14 of them and 26 bytes */
  { "Dear colleague,\nСертификат за {nmae}",
    "Unknown placeholder {nmae} at line 2, column 15.", 42 },
  { "{Name}", "Unknown placeholder {Name} at line 1, column 1.", 0 },
  { "x\n\n  { name }", "Unknown placeholder { name } at line 3, column 3.", 5 },
  { "{name", "The “{” at line 1, column 1 is never closed; write “{{” for a brace.", 0 },
  { "ćao {name {event}",
    "The “{” at line 1, column 5 is never closed; write “{{” for a brace.", 5 },
  { "{m:učesnik|f:učesnica",
    "The “{” at line 1, column 1 is never closed; write “{{” for a brace.", 0 },
  { "a } b", "The “}” at line 1, column 3 closes nothing; write “}}” for a brace.", 2 },
  { "{name}}", "The “}” at line 1, column 7 closes nothing; write “}}” for a brace.", 6 },
  { "čč\nžž {}", "Empty placeholder {} at line 2, column 4.", 10 },
  { "{x:učesnik/ca}", "The gender forms at line 1, column 1 have no m: form.", 0 },
  { "je {m:učestvovao}", "The gender forms at line 1, column 4 have no f: form.", 3 },
  { "{q:abc}", "The gender form at line 1, column 2 does not start with m:, f: or x:.", 1 },
  { "{m:učesnik|f:učesnica|q:ab}",
    "The gender form at line 1, column 23 does not start with m:, f: or x:.", 24 },
  { "{m:a|f:b|}", "The gender form at line 1, column 10 does not start with m:, f: or x:.", 9 },
  { "{m:a|b}", "The gender form at line 1, column 6 does not start with m:, f: or x:.", 5 },
  /* Cyrillic "ф" is not the key f */
  { "Уверење\n{m:учесник|ф:учесница}",
    "The gender form at line 2, column 12 does not start with m:, f: or x:.", 33 },
  { "{m:a|m:b|f:c}", "The gender form at line 1, column 6 repeats one given before it.", 5 },
  { "{m:predavač {role}|f:predavačica}",
    "The “{” at line 1, column 13 is inside gender forms, which cannot hold a placeholder.", 13 },
  { "{m:a|f:{{b}}}",
    "The “{” at line 1, column 8 is inside gender forms, which cannot hold a placeholder.", 7 },
};

/* check() and expand() fail alike, with the message, the position and the offset. */
static void
test_errors (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];
      g_autoptr(GError) check_error = NULL;
      g_autoptr(GError) expand_error = NULL;
      g_autofree char *expanded = NULL;
      gsize offset = G_MAXSIZE;

      g_test_message ("%s", c->text);
      g_assert_false (skup_placeholders_check (c->text, &offset, &check_error));
      g_assert_error (check_error, SKUP_ERROR, SKUP_ERROR_INVALID);
      g_assert_cmpstr (check_error->message, ==, c->message);
      g_assert_cmpuint (offset, ==, c->offset);
      g_assert_false (skup_placeholders_check (c->text, NULL, NULL));

      expanded = skup_placeholders_expand (c->text, NULL, SKUP_PLACEHOLDER_GENDER_FEMALE,
                                           &expand_error);
      g_assert_null (expanded);
      g_assert_error (expand_error, SKUP_ERROR, SKUP_ERROR_INVALID);
      g_assert_cmpstr (expand_error->message, ==, c->message);
    }
}

/* A good text leaves the offset alone; the first of several errors is the one reported. */
static void
test_check_offset (void)
{
  g_autoptr(GError) error = NULL;
  gsize offset = 77;

  g_assert_true (skup_placeholders_check ("{name} {m:a|f:b} {{", &offset, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (offset, ==, 77);

  g_assert_false (skup_placeholders_check ("{a} }", &offset, &error));
  g_assert_cmpstr (error->message, ==, "Unknown placeholder {a} at line 1, column 1.");
  g_assert_cmpuint (offset, ==, 0);
}

/* The errors are in the window's language: Serbian in a Serbian window. */
static void
test_errors_translated (void)
{
  g_autoptr(GError) unknown = NULL;
  g_autoptr(GError) nested = NULL;

  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, "sr_RS.UTF-8") == NULL)
    g_error ("The locale sr_RS.UTF-8 is missing: generate it (build-aux/deps)");
  g_assert_false (skup_placeholders_check ("Поштовани,\n{име}", NULL, &unknown));
  g_assert_false (skup_placeholders_check ("{m:a|f:{b}}", NULL, &nested));
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (unknown->message, ==, "Непознато поље {име} у реду 2, колони 1.");
  g_assert_cmpstr (nested->message, ==, "Знак „{“ у реду 1, колони 8 налази се унутар "
                                        "родних облика, а они не могу садржати поље.");
}

typedef struct
{
  const char *start;
  const char *end;
  const char *english;
  const char *cyrillic;
  const char *latin;
} SpanCase;

static const SpanCase span_cases[] = {
  /* One month */
  { "2019-05-20", "2019-05-22", "20–22 May 2019", "од 20. до 22. маја 2019. године",
    "od 20. do 22. maja 2019. godine" },
  /* Across months */
  { "2019-05-30", "2019-06-02", "30 May – 2 June 2019", "од 30. маја до 2. јуна 2019. године",
    "od 30. maja do 2. juna 2019. godine" },
  /* Across years */
  { "2019-12-30", "2020-01-02", "30 December 2019 – 2 January 2020",
    "од 30. децембра 2019. до 2. јануара 2020. године",
    "od 30. decembra 2019. do 2. januara 2020. godine" },
  /* Across years in the same month of the year */
  { "2019-01-30", "2020-01-02", "30 January 2019 – 2 January 2020",
    "од 30. јануара 2019. до 2. јануара 2020. године",
    "od 30. januara 2019. do 2. januara 2020. godine" },
  /* One day, written as one or without an end */
  { "2019-05-20", "2019-05-20", "20 May 2019", "20. маја 2019. године", "20. maja 2019. godine" },
  { "2019-05-20", NULL, "20 May 2019", "20. маја 2019. године", "20. maja 2019. godine" },
  { "2024-02-29", NULL, "29 February 2024", "29. фебруара 2024. године",
    "29. februara 2024. godine" },
  /* An end before the start, or not a date: the start alone */
  { "2019-05-22", "2019-05-20", "22 May 2019", "22. маја 2019. године", "22. maja 2019. godine" },
  { "2019-05-20", "22.5.2019.", "20 May 2019", "20. маја 2019. године", "20. maja 2019. godine" },
  { "2019-05-20", "", "20 May 2019", "20. маја 2019. године", "20. maja 2019. godine" },
  /* A start that is not an ISO date is returned as it is */
  { "20.5.2019.", "2019-05-22", "20.5.2019.", "20.5.2019.", "20.5.2019." },
  { "2019-02-29", NULL, "2019-02-29", "2019-02-29", "2019-02-29" },
  { "maj 2019", "jun 2019", "maj 2019", "maj 2019", "maj 2019" },
  { "", NULL, "", "", "" },
};

static void
assert_spans (SkupCatalog *catalog,
              gsize        column)
{
  for (gsize i = 0; i < G_N_ELEMENTS (span_cases); i++)
    {
      const SpanCase *c = &span_cases[i];
      const char *expected = column == 0 ? c->english : column == 1 ? c->cyrillic : c->latin;
      g_autofree char *span = skup_text_format_date_span_in (catalog, c->start, c->end);

      g_assert_cmpstr (span, ==, expected);
    }
}

/* Each language with its own catalogue, whatever the window's (English here, LC_ALL=C.UTF-8) */
static void
test_date_span (void)
{
  assert_spans (NULL, 0);
  assert_spans (skup_catalog_get ("en"), 0);
  assert_spans (skup_catalog_get ("sr"), 1);
  assert_spans (skup_catalog_get ("sr_RS"), 1);
  assert_spans (skup_catalog_get ("sr@latin"), 2);
  assert_spans (skup_catalog_get ("sr_RS@latin"), 2);
}

/* And an English certificate from a Serbian window: the document's catalogue, not the UI's. */
static void
test_date_span_serbian_window (void)
{
  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, "sr_RS.UTF-8") == NULL)
    g_error ("The locale sr_RS.UTF-8 is missing: generate it (build-aux/deps)");
  assert_spans (skup_catalog_get ("en"), 0);
  assert_spans (NULL, 1);
  assert_spans (skup_catalog_get ("sr@latin"), 2);
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SKUP_LOCALEDIR"));
  /* The user interface's gettext reads the catalogues just built, as main.c binds them. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKUP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/skup/placeholders/names", test_names);
  g_test_add_func ("/skup/placeholders/every-name", test_every_name);
  g_test_add_func ("/skup/placeholders/missing-values", test_missing_values);
  g_test_add_func ("/skup/placeholders/gender", test_gender);
  g_test_add_func ("/skup/placeholders/gender-from-nick", test_gender_from_nick);
  g_test_add_func ("/skup/placeholders/sentence", test_sentence);
  g_test_add_func ("/skup/placeholders/braces", test_braces);
  g_test_add_func ("/skup/placeholders/errors", test_errors);
  g_test_add_func ("/skup/placeholders/check-offset", test_check_offset);
  g_test_add_func ("/skup/placeholders/errors-translated", test_errors_translated);
  g_test_add_func ("/skup/placeholders/date-span", test_date_span);
  g_test_add_func ("/skup/placeholders/date-span-serbian-window",
                   test_date_span_serbian_window);

  return g_test_run ();
}
