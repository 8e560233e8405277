/* skup-placeholders.c — expanding a certificate's text: {name}, {{ and }}, {m:…|f:…|x:…}
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the text, no regex and no copy of a name: a batch of certificates expands the
 * same few sentences a thousand times, so literal runs are appended whole, values are looked
 * up under the table's own spelling of the name, and nothing but the result (and an error's
 * message) is allocated.
 *
 * The rules, in the order the parser meets them:
 * - "{{" and "}}" write one brace; any other "}" closes nothing and is an error.
 * - "{" opens a placeholder that ends at the next "}". A "{" met first, or the end of the text,
 *   means it was never closed, unless it is a gender group (below), which then holds a nested
 *   "{": that error points at the inner "{".
 * - A placeholder with ":" or "|" in it is a gender group of forms "m:…", "f:…" and "x:…", in
 *   any order, each at most once, m: and f: required; a form's text is anything but "|", "}"
 *   and "{". Otherwise it is one of skup_placeholders_get_names(), spelled exactly.
 * Errors point at the "{" of the placeholder or group, at the start of a gender form that is
 * not one, at the inner "{" of a nesting or at a stray "}".
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-error.h"
#include "skup-placeholders.h"

static const char * const placeholder_names[] = {
  SKUP_PLACEHOLDER_NAME, SKUP_PLACEHOLDER_GIVEN_NAME, SKUP_PLACEHOLDER_FAMILY_NAME,
  SKUP_PLACEHOLDER_HONORIFIC, SKUP_PLACEHOLDER_ORGANISATION, SKUP_PLACEHOLDER_POSITION,
  SKUP_PLACEHOLDER_ROLE, SKUP_PLACEHOLDER_EVENT, SKUP_PLACEHOLDER_KIND, SKUP_PLACEHOLDER_DATES,
  SKUP_PLACEHOLDER_VENUE, SKUP_PLACEHOLDER_CITY, SKUP_PLACEHOLDER_HOURS,
  SKUP_PLACEHOLDER_ACCREDITATION, SKUP_PLACEHOLDER_DECISION, SKUP_PLACEHOLDER_POINTS,
  SKUP_PLACEHOLDER_LICENCE, SKUP_PLACEHOLDER_NUMBER, SKUP_PLACEHOLDER_ISSUE_DATE,
  SKUP_PLACEHOLDER_ORGANISERS, SKUP_PLACEHOLDER_PROJECT, NULL,
};

/* The forms of a gender group, indexed by SkupPlaceholderGender. */
static const char form_keys[] = { 'm', 'f', 'x' };
G_STATIC_ASSERT (SKUP_PLACEHOLDER_GENDER_MALE == 0 && SKUP_PLACEHOLDER_GENDER_FEMALE == 1
                 && SKUP_PLACEHOLDER_GENDER_OTHER == 2);

typedef struct
{
  const char *text;  /* NULL: the group has no such form */
  gsize       len;
} Form;

typedef struct
{
  const char            *text;
  GString               *out;     /* NULL when only checking */
  GHashTable            *values;  /* (nullable) */
  SkupPlaceholderGender  gender;
  const char            *error_at;
} Expander;

/**
 * skup_placeholders_get_names:
 *
 * Returns: (array zero-terminated=1) (transfer none): every SKUP_PLACEHOLDER_* name, in the
 *   order of the header
 */
const char * const *
skup_placeholders_get_names (void)
{
  return placeholder_names;
}

/**
 * skup_placeholder_gender_from_nick:
 * @gender: (nullable): a person's gender as the register keeps it (the "gender" choices:
 *   "female", "male", "other", "not-stated")
 *
 * Returns: the form of gender groups to write for that person
 */
SkupPlaceholderGender
skup_placeholder_gender_from_nick (const char *gender)
{
  if (g_strcmp0 (gender, "male") == 0)
    return SKUP_PLACEHOLDER_GENDER_MALE;
  if (g_strcmp0 (gender, "female") == 0)
    return SKUP_PLACEHOLDER_GENDER_FEMALE;
  return SKUP_PLACEHOLDER_GENDER_OTHER;
}

/* The table's own spelling of the @len bytes at @name, so the value can be looked up without
 * copying the name out of the text; %NULL if it is not a placeholder. */
static const char *
find_name (const char *name,
           gsize       len)
{
  for (guint i = 0; placeholder_names[i] != NULL; i++)
    {
      if (strncmp (placeholder_names[i], name, len) == 0 && placeholder_names[i][len] == '\0')
        return placeholder_names[i];
    }
  return NULL;
}

typedef struct
{
  guint line;
  guint column;
} Position;

/* Where @at is, as people count: lines and columns from 1, columns in characters, not bytes.
 * Only an error asks, so the walk from the start costs nothing on the way to a certificate.
 * The caller reports the byte offset of @at too, for the editor's cursor. */
static Position
locate (Expander   *self,
        const char *at)
{
  const char *line_start = self->text;
  Position position = { 1, 1 };

  for (const char *p = self->text; p < at; p++)
    {
      if (*p == '\n')
        {
          position.line++;
          line_start = p + 1;
        }
    }
  position.column += (guint) g_utf8_strlen (line_start, at - line_start);
  self->error_at = at;
  return position;
}

/* @format names the line and the column of @at, in that order, and nothing else. */
static gboolean
fail_at (Expander    *self,
         const char  *at,
         GError     **error,
         const char  *format)
{
  Position position = locate (self, at);

  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, format, position.line, position.column);
  return FALSE;
}

static gboolean
fail_unknown (Expander    *self,
              const char  *open,
              gsize        len,
              GError     **error)
{
  g_autofree char *name = g_strndup (open + 1, len);
  Position position = locate (self, open);

  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
               _("Unknown placeholder {%s} at line %u, column %u."),
               name, position.line, position.column);
  return FALSE;
}

/* Which form the "k:" at @p (before @end) starts, or -1. */
static int
form_index (const char *p,
            const char *end)
{
  if (end - p < 2 || p[1] != ':')
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (form_keys); i++)
    {
      if (p[0] == form_keys[i])
        return (int) i;
    }
  return -1;
}

/* Reads the forms of the group from @open ("{") to @close ("}"). */
static gboolean
read_forms (Expander    *self,
            const char  *open,
            const char  *close,
            Form        *forms,
            GError     **error)
{
  for (const char *p = open + 1;; )
    {
      const char *end = memchr (p, '|', close - p);
      int which;

      end = end != NULL ? end : close;
      which = form_index (p, end);
      if (which < 0)
        {
          /* Translators: gender forms are {m:učestvovao|f:učestvovala|x:učestvovao/la}, for
           * men, women and others; "m:", "f:" and "x:" are written as they are. */
          return fail_at (self, p, error, _("The gender form at line %u, column %u does not "
                                            "start with m:, f: or x:."));
        }
      if (forms[which].text != NULL)
        return fail_at (self, p, error,
                        _("The gender form at line %u, column %u repeats one given before it."));
      forms[which] = (Form) { p + 2, (gsize) (end - p - 2) };
      if (end == close)
        break;
      p = end + 1;
    }

  if (forms[SKUP_PLACEHOLDER_GENDER_MALE].text == NULL)
    return fail_at (self, open, error,
                    _("The gender forms at line %u, column %u have no m: form."));
  if (forms[SKUP_PLACEHOLDER_GENDER_FEMALE].text == NULL)
    return fail_at (self, open, error,
                    _("The gender forms at line %u, column %u have no f: form."));
  return TRUE;
}

/* Writes the person's form; without an x: form, others get both: "učesnik/učesnica". */
static void
write_form (Expander   *self,
            const Form *forms)
{
  const Form *form = &forms[self->gender];
  const Form *male = &forms[SKUP_PLACEHOLDER_GENDER_MALE];
  const Form *female = &forms[SKUP_PLACEHOLDER_GENDER_FEMALE];

  if (form->text != NULL)
    {
      g_string_append_len (self->out, form->text, form->len);
      return;
    }
  g_string_append_len (self->out, male->text, male->len);
  g_string_append_c (self->out, '/');
  g_string_append_len (self->out, female->text, female->len);
}

static gboolean
expand_group (Expander    *self,
              const char  *open,
              const char  *close,
              GError     **error)
{
  Form forms[G_N_ELEMENTS (form_keys)] = { { NULL, 0 } };

  if (!read_forms (self, open, close, forms, error))
    return FALSE;
  if (self->out != NULL)
    write_form (self, forms);
  return TRUE;
}

static gboolean
expand_name (Expander    *self,
             const char  *open,
             const char  *close,
             GError     **error)
{
  gsize len = (gsize) (close - open - 1);
  const char *name = find_name (open + 1, len);
  const char *value;

  if (name == NULL)
    return fail_unknown (self, open, len, error);
  if (self->out == NULL || self->values == NULL)
    return TRUE;
  value = g_hash_table_lookup (self->values, name);
  if (value != NULL)
    g_string_append (self->out, value);
  return TRUE;
}

/* Expands the placeholder or gender group that opens at @open. Returns: where the text goes
 * on after it, or %NULL on error. */
static const char *
expand_braces (Expander    *self,
               const char  *open,
               GError     **error)
{
  const char *stop = open + 1 + strcspn (open + 1, "{}:|");
  gboolean group = *stop == ':' || *stop == '|';
  const char *close = group ? stop + strcspn (stop, "{}") : stop;
  gboolean done;

  if (group && *close == '{')
    done = fail_at (self, close, error, _("The “{” at line %u, column %u is inside gender "
                                          "forms, which cannot hold a placeholder."));
  else if (*close != '}')
    done = fail_at (self, open, error, _("The “{” at line %u, column %u is never closed; "
                                         "write “{{” for a brace."));
  else if (group)
    done = expand_group (self, open, close, error);
  else if (close == open + 1)
    done = fail_at (self, open, error, _("Empty placeholder {} at line %u, column %u."));
  else
    done = expand_name (self, open, close, error);
  return done ? close + 1 : NULL;
}

static gboolean
expander_run (Expander  *self,
              GError   **error)
{
  const char *p = self->text;

  while (*p != '\0')
    {
      gsize run = strcspn (p, "{}");

      if (self->out != NULL)
        g_string_append_len (self->out, p, (gssize) run);
      p += run;
      if (*p == '\0')
        break;
      if (p[1] == p[0]) /* "{{" or "}}" */
        {
          if (self->out != NULL)
            g_string_append_c (self->out, *p);
          p += 2;
        }
      else if (*p == '}')
        return fail_at (self, p, error, _("The “}” at line %u, column %u closes nothing; "
                                          "write “}}” for a brace."));
      else if ((p = expand_braces (self, p, error)) == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * skup_placeholders_check:
 * @text: a template's text
 * @out_offset: (out) (optional): on error, the byte offset of the problem in @text; left as it
 *   is on success
 * @error: return location for a %SKUP_ERROR_INVALID naming the problem, its line and column
 *
 * Checks @text by the rules at the top of this file, without expanding it.
 *
 * Returns: %TRUE if @text can be expanded for any person
 */
gboolean
skup_placeholders_check (const char  *text,
                         gsize       *out_offset,
                         GError     **error)
{
  Expander self = { text, NULL, NULL, SKUP_PLACEHOLDER_GENDER_OTHER, NULL };

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (expander_run (&self, error))
    return TRUE;
  if (out_offset != NULL)
    *out_offset = (gsize) (self.error_at - text);
  return FALSE;
}

/**
 * skup_placeholders_expand:
 * @text: a template's text
 * @values: (nullable) (element-type utf8 utf8): placeholder name → value; a name missing
 *   from it (or all of them, when it is %NULL) expands to ""
 * @gender: which form of each gender group to write
 * @error: as skup_placeholders_check()
 *
 * Returns: (transfer full) (nullable): the text to print, or %NULL on error
 */
char *
skup_placeholders_expand (const char             *text,
                          GHashTable             *values,
                          SkupPlaceholderGender   gender,
                          GError                **error)
{
  g_autoptr(GString) out = NULL;
  Expander self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail ((guint) gender < G_N_ELEMENTS (form_keys), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Values are mostly longer than their names: room for a long event title up front */
  out = g_string_sized_new (strlen (text) + 128);
  self = (Expander) { text, out, values, gender, NULL };
  if (!expander_run (&self, error))
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
