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

typedef char *(*CellFunc) (SkupRecord *record,
                           const char *field);

typedef struct {
  const char *header;     /* N_() */
  CellFunc    cell;
  const char *field;
  guint       max_width;  /* in characters; longer cells end in "…" */
  gboolean    numeric;    /* right-aligned */
} TableColumn;

typedef struct {
  const char        *kind;      /* SkupRecordClass.kind */
  const TableColumn *columns;   /* ends with a NULL header */
} TableLayout;

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
  const SkupField *f = skup_record_find_field (record, field);
  const char *label = skup_choice_get_label (f->extra, skup_record_get_string (record, field));

  return g_strdup (label != NULL ? label : "");
}

static char *
cell_person_name (SkupRecord *record,
                  const char *field)
{
  const char *given = skup_record_get_string (record, "given-name");
  const char *family = skup_record_get_string (record, "family-name");

  return g_strstrip (g_strdup_printf ("%s %s", given ? given : "", family ? family : ""));
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

static const TableColumn person_columns[] = {
  { N_("ID"), cell_id, NULL, 8, TRUE },
  { N_("Name"), cell_person_name, NULL, 32, FALSE },
  { N_("Organisation"), cell_text, "organisation-name", 32, FALSE },
  { N_("City"), cell_text, "city", 16, FALSE },
  { N_("Email"), cell_text, "email", 32, FALSE },
  { NULL },
};

static const TableColumn event_columns[] = {
  { N_("ID"), cell_id, NULL, 8, TRUE },
  { N_("Dates"), cell_dates, NULL, 42, FALSE },
  { N_("Title"), cell_text, "title", 48, FALSE },
  { N_("Venue"), cell_text, "venue-name", 24, FALSE },
  /* Translators: column of "registered / attended" numbers. */
  { N_("Registered / attended"), cell_turnout, NULL, 24, TRUE },
  { NULL },
};

static const TableColumn organisation_columns[] = {
  { N_("ID"), cell_id, NULL, 8, TRUE },
  { N_("Name"), cell_text, "name", 48, FALSE },
  { N_("Short name"), cell_text, "short-name", 16, FALSE },
  { N_("Sector"), cell_choice, "sector", 24, FALSE },
  { N_("City"), cell_text, "city", 16, FALSE },
  { NULL },
};

static const TableColumn venue_columns[] = {
  { N_("ID"), cell_id, NULL, 8, TRUE },
  { N_("Name"), cell_text, "name", 48, FALSE },
  { N_("City"), cell_text, "city", 16, FALSE },
  { N_("Capacity"), cell_count, "capacity", 10, TRUE },
  { NULL },
};

static const TableColumn project_columns[] = {
  { N_("ID"), cell_id, NULL, 8, TRUE },
  { N_("Code"), cell_text, "code", 16, FALSE },
  { N_("Name"), cell_text, "name", 48, FALSE },
  { N_("Donor"), cell_text, "donor-name", 32, FALSE },
  { NULL },
};

static const TableLayout layouts[] = {
  { "person", person_columns },
  { "event", event_columns },
  { "organisation", organisation_columns },
  { "venue", venue_columns },
  { "project", project_columns },
};

static const TableLayout *
find_layout (SkupRecordClass *klass)
{
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    if (g_str_equal (layouts[i].kind, klass->kind))
      return &layouts[i];

  g_assert_not_reached ();
}

/* The plurals are written out in full so xgettext sees each pair. */
static char *
dup_footer (SkupRecordClass *klass,
            gboolean         trainers,
            guint            n)
{
  const char *kind = klass->kind;

  if (trainers)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trainer", "%u trainers", n), n);
  if (g_str_equal (kind, "person"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n), n);
  if (g_str_equal (kind, "event"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);
  if (g_str_equal (kind, "organisation"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation",
                                         "%u organisations", n), n);
  if (g_str_equal (kind, "venue"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u venue", "%u venues", n), n);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects", n), n);
}

static guint
count_columns (const TableLayout *layout)
{
  guint n = 0;

  while (layout->columns[n].header != NULL)
    n++;

  return n;
}

/* Every cell of every row, cleaned and cut, so the widths are known before printing. */
static GPtrArray *
collect_rows (const TableLayout *layout,
              GListModel        *records,
              guint             *widths)
{
  guint n_columns = count_columns (layout);
  guint n = g_list_model_get_n_items (records);
  GPtrArray *rows = g_ptr_array_new_full (n + 1, (GDestroyNotify) g_strfreev);
  char **header = g_new0 (char *, n_columns + 1);

  for (guint c = 0; c < n_columns; c++)
    header[c] = g_strdup (_(layout->columns[c].header));
  g_ptr_array_add (rows, header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);
      char **row = g_new0 (char *, n_columns + 1);

      for (guint c = 0; c < n_columns; c++)
        {
          const TableColumn *column = &layout->columns[c];
          g_autofree char *raw = column->cell (record, column->field);

          row[c] = _skup_cli_sanitize_cell (raw, column->max_width);
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
write_rows (SkupCli           *cli,
            const TableLayout *layout,
            GPtrArray         *rows,
            const guint       *widths)
{
  guint n_columns = count_columns (layout);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = rows->pdata[r];

      g_string_truncate (line, 0);
      for (guint c = 0; c < n_columns; c++)
        append_cell (line, row[c], widths[c], layout->columns[c].numeric);
      /* No blanks at the end of a line, whatever the last cells held. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_c (line, '\n');
      _skup_cli_write (cli, line->str, line->len);
    }
}

void
_skup_cli_write_table (SkupCli    *cli,
                       GListModel *records,
                       GType       type,
                       gboolean    trainers)
{
  SkupRecordClass *klass = _skup_cli_record_class (type);
  const TableLayout *layout = find_layout (klass);
  g_autofree guint *widths = g_new0 (guint, count_columns (layout));
  g_autoptr(GPtrArray) rows = collect_rows (layout, records, widths);
  g_autofree char *footer = dup_footer (klass, trainers, rows->len - 1);

  /* A header over nothing is noise: an empty list is just its count. */
  if (rows->len > 1)
    {
      write_rows (cli, layout, rows, widths);
      _skup_cli_print (cli, "\n");
    }
  _skup_cli_print (cli, "%s\n", footer);
}
