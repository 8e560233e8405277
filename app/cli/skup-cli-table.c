/* skup-cli-table.c — records as an aligned table for people to read
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-choices.h"
#include "skup-cli-private.h"
#include "skup-text.h"

/* A table shows the few fields that tell records apart; all fields are in csv and json. */

/* The columns are the view's `table` (skup-kind.h): a cell is made by its style. */

static char *
cell_id (SkupRecord *record,
         const char *field)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, skup_record_get_id (record));
}

static char *
cell_text (SkupRecord *record,
           const char *field)
{
  return skup_record_dup_text (record, field);
}

/* Zero capacity means "not known", which reads better as an empty cell. */
static char *
cell_count (SkupRecord *record,
            const char *field)
{
  gint64 n = skup_record_get_int (record, field);

  return n != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, n) : g_strdup ("");
}

static char *
cell_choice (SkupRecord *record,
             const char *field)
{
  const char *label = skup_record_get_choice_label (record, field);

  return g_strdup (label != NULL ? label : "");
}

static char *
cell_dates (SkupRecord *record,
            const char *field)
{
  char *dates = skup_text_format_date_range (skup_record_get_string (record, "start-date"),
                                             skup_record_get_string (record, "end-date"));

  /* People read the table: dates as the window writes them. CSV and JSON keep ISO dates. */
  return dates != NULL ? dates : g_strdup ("");
}

static char *
cell_turnout (SkupRecord *record,
              const char *field)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT,
                          skup_record_get_int (record, "registered-count"),
                          skup_record_get_int (record, "attended-count"));
}

static char *
make_cell (SkupRecord           *record,
           const SkupKindColumn *column)
{
  switch (column->style)
    {
    case SKUP_CELL_ID:
      return cell_id (record, column->field);
    case SKUP_CELL_DATES:
      return cell_dates (record, column->field);
    case SKUP_CELL_TURNOUT:
      return cell_turnout (record, column->field);
    case SKUP_CELL_CHOICE:
      return cell_choice (record, column->field);
    case SKUP_CELL_QUANTITY:
      return cell_count (record, column->field);
    case SKUP_CELL_NUMBER:
    case SKUP_CELL_TEXT:
    case SKUP_CELL_DIM:
    default:
      if (g_str_equal (column->field, "title-text"))
        return skup_record_dup_title (record);
      return cell_text (record, column->field);
    }
}

static gboolean
is_numeric (const SkupKindColumn *column)
{
  return column->style == SKUP_CELL_ID || column->style == SKUP_CELL_NUMBER
         || column->style == SKUP_CELL_QUANTITY || column->style == SKUP_CELL_TURNOUT;
}

static char *
dup_footer (const SkupKindView *view,
            guint               n)
{
  g_autofree char *number = g_strdup_printf ("%u", n);

  if (view->count_one == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, view->count_one, view->count_many, n),
                          number);
}

/* Every cell of every row, cleaned and cut, so the widths are known before printing. */
static GPtrArray *
collect_rows (const SkupKindView *view,
              GListModel         *records,
              guint              *widths)
{
  guint n_columns = view->n_table;
  guint n = g_list_model_get_n_items (records);
  GPtrArray *rows = g_ptr_array_new_full (n + 1, (GDestroyNotify) g_strfreev);
  char **header = g_new0 (char *, n_columns + 1);

  for (guint c = 0; c < n_columns; c++)
    header[c] = g_strdup (_(view->table[c].label));
  g_ptr_array_add (rows, header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);
      char **row = g_new0 (char *, n_columns + 1);

      for (guint c = 0; c < n_columns; c++)
        {
          const SkupKindColumn *column = &view->table[c];
          g_autofree char *raw = make_cell (record, column);

          row[c] = _skup_cli_sanitize_cell (raw, (guint) column->width);
        }
      g_ptr_array_add (rows, row);
    }

  for (guint r = 0; r < rows->len; r++)
    for (guint c = 0; c < n_columns; c++)
      widths[c] = MAX (widths[c], (guint) g_utf8_strlen (((char **) rows->pdata[r])[c], -1));

  return rows;
}

static void
append_cell (GString    *line,
             const char *cell,
             guint       width,
             gboolean    right)
{
  guint pad = width - (guint) g_utf8_strlen (cell, -1);

  if (right)
    for (guint i = 0; i < pad; i++)
      g_string_append_c (line, ' ');
  g_string_append (line, cell);
  if (!right)
    for (guint i = 0; i < pad; i++)
      g_string_append_c (line, ' ');
  g_string_append (line, "  ");
}

static void
write_rows (SkupCli            *cli,
            const SkupKindView *view,
            GPtrArray          *rows,
            const guint        *widths)
{
  guint n_columns = view->n_table;
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = rows->pdata[r];

      g_string_truncate (line, 0);
      for (guint c = 0; c < n_columns; c++)
        append_cell (line, row[c], widths[c], is_numeric (&view->table[c]));
      /* No blanks at the end of a line, whatever the last cells held. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_c (line, '\n');
      _skup_cli_write (cli, line->str, line->len);
    }
}

void
_skup_cli_write_table (SkupCli            *cli,
                       GListModel         *records,
                       const SkupKindView *view)
{
  g_autofree guint *widths = g_new0 (guint, MAX (view->n_table, 1));
  g_autoptr(GPtrArray) rows = collect_rows (view, records, widths);
  g_autofree char *footer = dup_footer (view, rows->len - 1);

  /* A header over nothing is noise: an empty list is just its count. */
  if (rows->len > 1)
    {
      write_rows (cli, view, rows, widths);
      _skup_cli_print (cli, "\n");
    }
  _skup_cli_print (cli, "%s\n", footer);
}
