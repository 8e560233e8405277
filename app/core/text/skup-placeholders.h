/* skup-placeholders.h — the words a certificate's text is written with: {name}, {dates} …
 * and the forms that agree with the person's gender, {m:učestvovao|f:učestvovala}
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure text: no register, no GTK. The issuer fills a table of values for one person and one
 * event (SKUP_PLACEHOLDER_* below) and expands a template's title and body with it; the
 * template editor checks a text as it is typed and puts the error at its position.
 */

#pragma once

#include <glib.h>

#include "skup-catalog.h"

G_BEGIN_DECLS

/* The placeholders a template may use, without braces. */
#define SKUP_PLACEHOLDER_NAME          "name"
#define SKUP_PLACEHOLDER_GIVEN_NAME    "given_name"
#define SKUP_PLACEHOLDER_FAMILY_NAME   "family_name"
#define SKUP_PLACEHOLDER_HONORIFIC     "honorific"
#define SKUP_PLACEHOLDER_ORGANISATION  "organisation"
#define SKUP_PLACEHOLDER_POSITION      "position"
#define SKUP_PLACEHOLDER_ROLE          "role"
#define SKUP_PLACEHOLDER_EVENT         "event"
#define SKUP_PLACEHOLDER_KIND          "kind"
#define SKUP_PLACEHOLDER_DATES         "dates"
#define SKUP_PLACEHOLDER_VENUE         "venue"
#define SKUP_PLACEHOLDER_CITY          "city"
#define SKUP_PLACEHOLDER_HOURS         "hours"
#define SKUP_PLACEHOLDER_ACCREDITATION "accreditation"
#define SKUP_PLACEHOLDER_DECISION      "decision"
#define SKUP_PLACEHOLDER_POINTS        "points"
#define SKUP_PLACEHOLDER_LICENCE       "licence"
#define SKUP_PLACEHOLDER_NUMBER        "number"
#define SKUP_PLACEHOLDER_ISSUE_DATE    "issue_date"
#define SKUP_PLACEHOLDER_ORGANISERS    "organisers"
#define SKUP_PLACEHOLDER_PROJECT       "project"

/* (array zero-terminated=1): every placeholder above, in this order. */
const char * const *skup_placeholders_get_names (void);

/**
 * SkupPlaceholderGender:
 *
 * Which form of a {m:…|f:…|x:…} group is written: the person's gender ("male", "female";
 * anything else, or none, is %SKUP_PLACEHOLDER_GENDER_OTHER).
 */
typedef enum
{
  SKUP_PLACEHOLDER_GENDER_MALE,
  SKUP_PLACEHOLDER_GENDER_FEMALE,
  SKUP_PLACEHOLDER_GENDER_OTHER,
} SkupPlaceholderGender;

SkupPlaceholderGender skup_placeholder_gender_from_nick (const char *gender);

/**
 * skup_placeholders_check:
 * @text: a template's text
 * @error: SKUP_ERROR_INVALID with a message for people that names the problem and where it
 *   is ("Unknown placeholder {nmae} at line 2, column 14."): an unknown name, a brace left
 *   open, a gender group without an m: or f: form
 * @out_offset: (out) (optional): on error, the byte offset of the problem in @text, so the
 *   editor can put the cursor there
 *
 * Returns: %TRUE if @text can be expanded for any person.
 */
gboolean skup_placeholders_check  (const char  *text,
                                   gsize       *out_offset,
                                   GError     **error);

/**
 * skup_placeholders_expand:
 * @text: a template's text
 * @values: (element-type utf8 utf8): placeholder name → value; a known name missing from the
 *   table, or with an empty value, expands to "" (an event without a venue)
 * @gender: which form of each gender group to write; a group without an x: form writes the
 *   m: and f: forms joined by "/" for %SKUP_PLACEHOLDER_GENDER_OTHER
 * @error: as skup_placeholders_check()
 *
 * "{{" and "}}" write a brace. Runs of spaces left by an empty value are not collapsed: the
 * template decides.
 *
 * Returns: (transfer full) (nullable): the text to print, or %NULL on error.
 */
char    *skup_placeholders_expand (const char            *text,
                                   GHashTable            *values,
                                   SkupPlaceholderGender  gender,
                                   GError               **error);

/**
 * skup_text_format_date_span_in:
 * @catalog: (nullable): the document's language (%NULL: the user interface's)
 * @start: the first day, "YYYY-MM-DD"
 * @end: (nullable): the last day
 *
 * The days of an event as a certificate's sentence says them, each month and year once, in
 * the certificate's language: "20–22 May 2019"; Serbian with the month in the genitive and
 * the words a sentence needs: "од 20. до 22. маја 2019. године", "od 30. maja do 2. juna
 * 2019. godine", "од 30. децембра 2019. до 2. јануара 2020. године"; one day: "20. маја
 * 2019. године". (skup_text_format_date_range_in() gives the short form: "20–22. maja
 * 2019.".)
 *
 * Returns: (transfer full): the days, or @start itself when it is not an ISO date.
 */
char    *skup_text_format_date_span_in (SkupCatalog *catalog,
                                        const char  *start,
                                        const char  *end);

G_END_DECLS
