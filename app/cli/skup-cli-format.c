/* skup-cli-format.c — records written as JSON, CSV or an aligned table
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "exports/skup-csv.h"
#include "skup-choices.h"
#include "skup-cli-private.h"

/* JSON and CSV are for scripts: every field, keyed by its database-style name, values typed.
 * The table is for people: a few columns per kind, aligned by characters (not bytes, so
 * Cyrillic lines up), with nothing in a cell that could move the terminal's cursor.
 * Records are written one at a time, so a list of 100 000 people never sits in memory twice. */

/* Record classes are static types: once made they live as long as the process, so keeping
 * the first reference makes every later lookup a plain borrow. */
SkupRecordClass *
_skup_cli_record_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

/* "start-date" → "start_date": the column name, which scripts can use as an identifier. */
char *
_skup_cli_field_key (const SkupField *field)
{
  return g_strdelimit (g_strdup (field->name), "-", '_');
}

static char *
dup_valid_utf8 (const char *text)
{
  return g_utf8_validate (text, -1, NULL) ? g_strdup (text) : g_utf8_make_valid (text, -1);
}

void
_skup_cli_json_escape (GString    *out,
                       const char *text)
{
  g_autofree char *valid = dup_valid_utf8 (text);

  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          /* UTF-8 passes through as it is: JSON is UTF-8, and Милошевић stays readable. */
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_json_value (GString         *out,
                   SkupRecord      *record,
                   const SkupField *field)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text;
  double real;
  gint64 number;

  switch (field->type)
    {
    case SKUP_FIELD_INT:
    case SKUP_FIELD_REF:
      number = skup_record_get_int (record, field->name);
      if (number == 0 && field->type == SKUP_FIELD_REF)
        g_string_append (out, "null");
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT, number);
      break;
    case SKUP_FIELD_BOOL:
      g_string_append (out, skup_record_get_bool (record, field->name) ? "true" : "false");
      break;
    case SKUP_FIELD_REAL:
      /* JSON has no NaN or infinity. */
      real = skup_record_get_real (record, field->name);
      g_string_append (out, isfinite (real) ? g_ascii_dtostr (buf, sizeof buf, real) : "null");
      break;
    default:
      text = skup_record_get_string (record, field->name);
      if (text == NULL || *text == '\0')
        g_string_append (out, "null");
      else
        _skup_cli_json_escape (out, text);
      break;
    }
}

static void
append_json_record (GString         *out,
                    SkupRecord      *record,
                    SkupRecordClass *klass)
{
  g_string_append_printf (out, "  {\"id\": %" G_GINT64_FORMAT, skup_record_get_id (record));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *key = _skup_cli_field_key (&klass->fields[i]);

      g_string_append_printf (out, ", \"%s\": ", key);
      append_json_value (out, record, &klass->fields[i]);
    }
  g_string_append_c (out, '}');
}

void
_skup_cli_write_json (SkupCli    *cli,
                      GListModel *records,
                      GType       type)
{
  SkupRecordClass *klass = _skup_cli_record_class (type);
  guint n = g_list_model_get_n_items (records);
  g_autoptr(GString) line = g_string_new (NULL);

  _skup_cli_write (cli, n > 0 ? "[\n" : "[", -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);

      g_string_truncate (line, 0);
      append_json_record (line, record, klass);
      g_string_append (line, i + 1 < n ? ",\n" : "\n");
      _skup_cli_write (cli, line->str, line->len);
    }
  _skup_cli_write (cli, "]\n", -1);
}

static void
append_csv_header (GString         *out,
                   SkupRecordClass *klass)
{
  g_string_append (out, "id");
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *key = _skup_cli_field_key (&klass->fields[i]);

      g_string_append_printf (out, ",%s", key);
    }
  g_string_append (out, "\r\n");
}

static void
append_csv_record (GString         *out,
                   SkupRecord      *record,
                   SkupRecordClass *klass)
{
  g_string_append_printf (out, "%" G_GINT64_FORMAT, skup_record_get_id (record));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *text = skup_record_dup_text (record, klass->fields[i].name);

      g_string_append_c (out, ',');
      /* The one CSV writer: quoted, and a cell starting with = + - @ neutralised. */
      skup_csv_append_text (out, SKUP_CSV_RFC4180, text);
    }
  g_string_append (out, "\r\n");
}

void
_skup_cli_write_csv (SkupCli    *cli,
                     GListModel *records,
                     GType       type)
{
  SkupRecordClass *klass = _skup_cli_record_class (type);
  guint n = g_list_model_get_n_items (records);
  g_autoptr(GString) line = g_string_new (NULL);

  append_csv_header (line, klass);
  _skup_cli_write (cli, line->str, line->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);

      g_string_truncate (line, 0);
      append_csv_record (line, record, klass);
      _skup_cli_write (cli, line->str, line->len);
    }
}

/**
 * _skup_cli_sanitize_cell:
 * @max_chars: the widest the cell may be, in characters (at least 1)
 *
 * Makes @text safe for one table cell: valid UTF-8, control characters (line breaks, tabs,
 * and escape sequences that could rewrite the terminal) turned into spaces, and cut to
 * @max_chars with an ellipsis.
 *
 * Returns: (transfer full): the cell
 */
char *
_skup_cli_sanitize_cell (const char *text,
                         guint       max_chars)
{
  g_autofree char *valid = dup_valid_utf8 (text);
  g_autoptr(GString) cell = g_string_new (NULL);
  guint n = 0;

  g_assert (max_chars >= 1);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n + 1 == max_chars && *g_utf8_next_char (p) != '\0')
        {
          g_string_append (cell, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        g_string_append_c (cell, ' ');
      else
        g_string_append_unichar (cell, c);
    }

  return g_string_free (g_steal_pointer (&cell), FALSE);
}
