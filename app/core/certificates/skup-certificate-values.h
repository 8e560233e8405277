/* skup-certificate-values.h — what a certificate says of one person at one event
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table of SKUP_PLACEHOLDER_* values for one registration, in the certificate's language
 * and script, read from the register once at issuing and then frozen in the snapshot.
 */

#pragma once

#include "skup-placeholders.h"
#include "skup-store.h"

G_BEGIN_DECLS

/* Not a placeholder (a template cannot name it): the city as it is named, in the certificate's
 * script, which the place-and-date line uses for {city} ("Београд, 6. марта 2026."), while a
 * sentence's {city} is in the locative ("у Београду"). */
#define SKUP_CERTIFICATE_CITY_AS_NAMED "city-as-named"

/**
 * SkupCertificateFacts:
 * @language: "en" or "sr"
 * @script: "latin" or "cyrillic"
 * @number: (nullable): the certificate's number
 * @issue_date: "YYYY-MM-DD"
 *
 * What the register cannot tell: which certificate is being written.
 */
typedef struct
{
  const char *language;
  const char *script;
  const char *number;
  const char *issue_date;
} SkupCertificateFacts;

/**
 * skup_certificate_values_new:
 * @registration_id: the person at the event
 * @out_gender: (out) (optional): the person's, for the {m:…|f:…} groups
 * @out_role: (out) (optional) (transfer full): the registration's role nick
 *
 * Names are written in @facts->script: the person's own spelling in that script when the
 * register has one (the name fields, or "name in the other script"), else transliterated.
 * {kind} is the event kind's noun as the built-in sentences need it: in Serbian the locative
 * ("на обуци", "на радионици", "на конференцији"), in English with its article-less noun
 * ("workshop"); {city} in Serbian the locative too (skup_certificate_city_in()). Every
 * Serbian kind noun is feminine (радионица, обука, конференција, седница, конференција на
 * врху, онлајн радионица, активност), so one participle ("одржаној") agrees with all of them.
 * {points} are the participants' or the lecturers' by the role.
 *
 * Returns: (transfer full) (element-type utf8 utf8): placeholder name → value
 */
GHashTable *skup_certificate_values_new (SkupStore                  *store,
                                         gint64                      registration_id,
                                         const SkupCertificateFacts *facts,
                                         SkupPlaceholderGender      *out_gender,
                                         char                      **out_role,
                                         GError                    **error);

/* The kind noun ("training", "обуци") for an event kind nick, in the case the built-in
 * sentence needs ("на {kind}": Serbian locative). */
const char *skup_certificate_kind_noun  (const char *kind,
                                         const char *language,
                                         const char *script);
/* The role noun for a registration role in the person's gender ("учесница", "предавач";
 * both, "предавач/предавачица", for %SKUP_PLACEHOLDER_GENDER_OTHER). */
char       *skup_certificate_role_noun  (const char            *role,
                                         SkupPlaceholderGender  gender,
                                         const char            *language,
                                         const char            *script);
/* A Serbian city name in the locative a sentence needs after "у" ("Београд" → "Београду",
 * "Нови Сад" → "Новом Саду", "Суботица" → "Суботици"); other languages' as it is. */
char       *skup_certificate_city_in    (const char *city,
                                         const char *language);

G_END_DECLS
