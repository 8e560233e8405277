/* skup-certificate-values.c — the placeholder values of one person at one event
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-catalog.h"
#include "skup-certificate-template.h"
#include "skup-certificate-values.h"
#include "skup-event.h"
#include "skup-event-organisation.h"
#include "skup-person.h"
#include "skup-registration.h"
#include "skup-text.h"

/* Serbian nouns in the locative, after "на": every one feminine, so the built-in sentence's
 * "одржаној" agrees whatever the kind (a meeting is a "седница", a summit a "конференција на
 * врху", a webinar an "онлајн радионица", anything else an "активност"). */
static const struct {
  const char *kind;
  const char *en;
  const char *sr;
} kinds[] = {
  { "workshop", "workshop", "радионици" },
  { "training", "training", "обуци" },
  { "conference", "conference", "конференцији" },
  { "meeting", "meeting", "седници" },
  { "summit", "summit", "конференцији на врху" },
  { "webinar", "webinar", "онлајн радионици" },
  { "other", "event", "активности" },
};

static gboolean
is_serbian (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "sr");
}

static gboolean
is_latin (const char *script)
{
  return g_strcmp0 (script, "cyrillic") != 0;
}

/* Serbian in @script from text written in Cyrillic. */
static char *
in_script (const char *cyrillic,
           const char *script)
{
  return is_latin (script) ? skup_text_to_latin (cyrillic) : g_strdup (cyrillic);
}

const char *
skup_certificate_kind_noun (const char *kind,
                            const char *language,
                            const char *script)
{
  static GHashTable *latin = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (kinds) - 1; i++)
    if (g_strcmp0 (kind, kinds[i].kind) == 0)
      break;
  if (!is_serbian (language))
    return kinds[i].en;
  if (!is_latin (script))
    return kinds[i].sr;
  /* Transliterated once and kept: the table is static. */
  if (g_once_init_enter (&latin))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        g_hash_table_insert (table, (gpointer) kinds[k].sr, skup_text_to_latin (kinds[k].sr));
      g_once_init_leave (&latin, table);
    }
  return g_hash_table_lookup (latin, kinds[i].sr);
}

static const struct {
  const char *role;
  const char *en;
  const char *m;
  const char *f;
} roles[] = {
  { "participant", "participant", "учесник", "учесница" },
  { "trainer", "trainer", "предавач", "предавачица" },
  { "speaker", "speaker", "говорник", "говорница" },
  { "facilitator", "facilitator", "модератор", "модераторка" },
  { "organiser", "organiser", "организатор", "организаторка" },
  { "guest", "guest", "гост", "гошћа" },
};

char *
skup_certificate_role_noun (const char            *role,
                            SkupPlaceholderGender  gender,
                            const char            *language,
                            const char            *script)
{
  guint i;
  g_autofree char *both = NULL;

  for (i = 0; i < G_N_ELEMENTS (roles) - 1; i++)
    if (g_strcmp0 (role, roles[i].role) == 0)
      break;
  if (!is_serbian (language))
    return g_strdup (roles[i].en);
  if (gender == SKUP_PLACEHOLDER_GENDER_MALE)
    return in_script (roles[i].m, script);
  if (gender == SKUP_PLACEHOLDER_GENDER_FEMALE)
    return in_script (roles[i].f, script);
  both = g_strdup_printf ("%s/%s", roles[i].m, roles[i].f);
  return in_script (both, script);
}

/* Cities whose locative no rule gives: two words, or a vowel that drops. */
static const struct {
  const char *city;
  const char *in;
} cities[] = {
  { "Нови Сад", "Новом Саду" }, { "Крагујевац", "Крагујевцу" }, { "Лесковац", "Лесковцу" },
  { "Нови Пазар", "Новом Пазару" }, { "Сремска Митровица", "Сремској Митровици" },
  { "Бања Лука", "Бањој Луци" }, { "Чачак", "Чачку" }, { "Пожаревац", "Пожаревцу" },
  { "Херцег Нови", "Херцег Новом" }, { "Ваљево", "Ваљеву" },
};

/* One word: a consonant takes -у (Београд → Београду, Ниш → Нишу), -а becomes -и (Суботица
 * → Суботици), -о and -е become -у (Сарајево → Сарајеву). */
static char *
locative_of_word (const char *city)
{
  gsize len = strlen (city);
  const char *last = g_utf8_prev_char (city + len);
  gunichar c = g_unichar_tolower (g_utf8_get_char (last));
  g_autofree char *stem = g_strndup (city, (gsize) (last - city));

  if (c == 0x0430)   /* а */
    return g_strconcat (stem, "и", NULL);
  if (c == 0x043E || c == 0x0435)   /* о, е */
    return g_strconcat (stem, "у", NULL);
  if (c == 0x0438 || c == 0x0443)   /* и, у: left as written */
    return g_strdup (city);
  return g_strconcat (city, "у", NULL);
}

char *
skup_certificate_city_in (const char *city,
                          const char *language)
{
  g_autofree char *cyrillic = NULL;
  gboolean latin;

  if (city == NULL || *city == '\0' || !is_serbian (language))
    return g_strdup (city != NULL ? city : "");
  latin = !skup_text_has_cyrillic (city);
  cyrillic = skup_text_to_cyrillic (city);
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    if (g_str_equal (cyrillic, cities[i].city))
      return latin ? skup_text_to_latin (cities[i].in) : g_strdup (cities[i].in);
  if (strchr (cyrillic, ' ') != NULL)
    return g_strdup (city);
  {
    g_autofree char *in = locative_of_word (cyrillic);
    return latin ? skup_text_to_latin (in) : g_steal_pointer (&in);
  }
}

/* The name in @script: the register's own spelling in that script if it has one (the name
 * fields themselves, or the name in the other script), else transliterated. */
static char *
name_in_script (const char *name,
                const char *other,
                const char *script)
{
  gboolean want_cyrillic = !is_latin (script);

  if (name == NULL)
    return g_strdup ("");
  if (skup_text_has_cyrillic (name) == want_cyrillic)
    return g_strdup (name);
  if (other != NULL && *other != '\0' && skup_text_has_cyrillic (other) == want_cyrillic)
    return g_strdup (other);
  return want_cyrillic ? skup_text_to_cyrillic (name) : skup_text_to_latin (name);
}

static void
put (GHashTable *values,
     const char *key,
     char       *value)
{
  g_hash_table_insert (values, g_strdup (key), value != NULL ? value : g_strdup (""));
}

static char *
format_number (double value)
{
  if (value <= 0)
    return g_strdup ("");
  return value == (gint64) value ? g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value)
                                 : g_strdup_printf ("%.1f", value);
}

/* The name parts: "other script name" is one whole name, so it stands for {name} only. */
static void
put_person (GHashTable                 *values,
            SkupRecord                 *person,
            const SkupCertificateFacts *facts)
{
  const char *given = skup_record_get_string (person, "given-name");
  const char *family = skup_record_get_string (person, "family-name");
  const char *other = skup_record_get_string (person, "other-script-name");
  g_autofree char *full = g_strdup_printf ("%s %s", given, family);
  gboolean own = other != NULL && *other != '\0'
                 && skup_text_has_cyrillic (other) == !is_latin (facts->script)
                 && skup_text_has_cyrillic (full) != skup_text_has_cyrillic (other);

  put (values, SKUP_PLACEHOLDER_NAME, own ? g_strdup (other)
                                          : name_in_script (full, NULL, facts->script));
  put (values, SKUP_PLACEHOLDER_GIVEN_NAME, name_in_script (given, NULL, facts->script));
  put (values, SKUP_PLACEHOLDER_FAMILY_NAME, name_in_script (family, NULL, facts->script));
  put (values, SKUP_PLACEHOLDER_HONORIFIC, g_strdup (skup_record_get_string (person,
                                                                             "honorific")));
  put (values, SKUP_PLACEHOLDER_ORGANISATION,
       g_strdup (skup_record_get_string (person, "organisation-name")));
  put (values, SKUP_PLACEHOLDER_POSITION, g_strdup (skup_record_get_string (person, "position")));
  put (values, SKUP_PLACEHOLDER_LICENCE, g_strdup (skup_record_get_string (person,
                                                                           "licence-number")));
}

static char *
dup_organisers (SkupStore  *store,
                gint64      event_id)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = event_id };
  g_autoptr(GListModel) list = skup_store_list (store, SKUP_TYPE_EVENT_ORGANISATION, &query,
                                                NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkupRecord) link = g_list_model_get_item (list, i);
      const char *role = skup_record_get_string (link, "role");

      if (g_strcmp0 (role, "organiser") == 0 || g_strcmp0 (role, "co-organiser") == 0)
        g_ptr_array_add (names, g_strdup (skup_record_get_string (link, "organisation-name")));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* A Serbian certificate writes its city in its own script, as it does names. */
static char *
city_in_script (const char                 *city,
                const SkupCertificateFacts *facts,
                gboolean                    locative)
{
  g_autofree char *in = locative ? skup_certificate_city_in (city, facts->language)
                                 : g_strdup (city != NULL ? city : "");

  if (!is_serbian (facts->language))
    return g_steal_pointer (&in);
  return is_latin (facts->script) ? skup_text_to_latin (in) : skup_text_to_cyrillic (in);
}

static void
put_event (GHashTable                 *values,
           SkupStore                  *store,
           SkupRecord                 *event,
           const char                 *role,
           const SkupCertificateFacts *facts)
{
  SkupCatalog *catalog = skup_catalog_get (is_serbian (facts->language)
                                           ? skup_catalog_language_for ("sr", !is_latin (facts->script))
                                           : "en");
  const char *points = skup_certificate_role_for_registration (role)
                       == SKUP_CERTIFICATE_ROLE_TRAINER ? "accreditation-points-lecturers"
                                                        : "accreditation-points";

  put (values, SKUP_PLACEHOLDER_EVENT, g_strdup (skup_record_get_string (event, "title")));
  put (values, SKUP_PLACEHOLDER_KIND,
       g_strdup (skup_certificate_kind_noun (skup_record_get_string (event, "kind"),
                                             facts->language, facts->script)));
  put (values, SKUP_PLACEHOLDER_DATES,
       skup_text_format_date_span_in (catalog, skup_record_get_string (event, "start-date"),
                                      skup_record_get_string (event, "end-date")));
  put (values, SKUP_PLACEHOLDER_VENUE, g_strdup (skup_record_get_string (event, "venue-name")));
  put (values, SKUP_PLACEHOLDER_CITY, city_in_script (skup_record_get_string (event, "city"),
                                                      facts, TRUE));
  put (values, SKUP_CERTIFICATE_CITY_AS_NAMED,
       city_in_script (skup_record_get_string (event, "city"), facts, FALSE));
  put (values, SKUP_PLACEHOLDER_HOURS, format_number (skup_record_get_real (event,
                                                                          "credited-hours")));
  put (values, SKUP_PLACEHOLDER_ACCREDITATION,
       g_strdup (skup_record_get_string (event, "accreditation-body")));
  put (values, SKUP_PLACEHOLDER_DECISION,
       g_strdup (skup_record_get_string (event, "accreditation-code")));
  put (values, SKUP_PLACEHOLDER_POINTS, format_number (skup_record_get_real (event, points)));
  put (values, SKUP_PLACEHOLDER_PROJECT, g_strdup (skup_record_get_string (event,
                                                                           "project-name")));
  put (values, SKUP_PLACEHOLDER_ORGANISERS, dup_organisers (store, skup_record_get_id (event)));
  put (values, SKUP_PLACEHOLDER_NUMBER, g_strdup (facts->number));
  put (values, SKUP_PLACEHOLDER_ISSUE_DATE, skup_text_format_date_in (catalog, facts->issue_date));
}

GHashTable *
skup_certificate_values_new (SkupStore                  *store,
                             gint64                      registration_id,
                             const SkupCertificateFacts *facts,
                             SkupPlaceholderGender      *out_gender,
                             char                      **out_role,
                             GError                    **error)
{
  g_autoptr(SkupRecord) reg = NULL, person = NULL, event = NULL;
  g_autoptr(GHashTable) values = NULL;
  SkupPlaceholderGender gender;
  const char *role;

  reg = skup_store_load (store, SKUP_TYPE_REGISTRATION, registration_id, error);
  if (reg == NULL)
    return NULL;
  person = skup_store_load (store, SKUP_TYPE_PERSON, skup_record_get_int (reg, "person-id"),
                            error);
  event = person ? skup_store_load (store, SKUP_TYPE_EVENT, skup_record_get_int (reg, "event-id"),
                                    error) : NULL;
  if (event == NULL)
    return NULL;
  role = skup_record_get_string (reg, "role");
  gender = skup_placeholder_gender_from_nick (skup_record_get_string (person, "gender"));
  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  put_person (values, person, facts);
  put_event (values, store, event, role, facts);
  put (values, SKUP_PLACEHOLDER_ROLE, skup_certificate_role_noun (role, gender, facts->language,
                                                                  facts->script));
  if (out_gender)
    *out_gender = gender;
  if (out_role)
    *out_role = g_strdup (role);
  return g_steal_pointer (&values);
}
