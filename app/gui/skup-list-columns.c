/* skup-list-columns.c — the columns of a list page's table, made from its kind's view
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"

#include "skup-list-columns.h"
#include "skup-list-row.h"

char *
_skup_list_format_number (gint64 value)
{
  /* The ' flag groups digits as the locale does: 1,234 in English, 1.234 in Serbian. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

/* GTK 4.8 can neither focus a row by its position nor say which row has the focus: the
 * widgets the page's factories make carry their GtkListItem (see "Keyboard" in
 * skup-list-page.c). */
void
_skup_list_remember_item (GtkWidget   *child,
                          GtkListItem *item)
{
  g_object_set_data (G_OBJECT (child), "skup-list-item", item);
}

GtkListItem *
_skup_list_get_remembered_item (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "skup-list-item");
}

/* Cells are made in code rather than from GtkBuilder XML: GTK 4.8 builds some 200 rows for a
 * table whatever its height, and parsing XML for each of their cells took most of the time a
 * search keystroke may take on a large register. */
static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const SkupKindColumn     *column)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = column->style == SKUP_CELL_NUMBER || column->style == SKUP_CELL_QUANTITY;

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), (column->flags & SKUP_COLUMN_EXPAND) ? 40 : 20);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (column->style == SKUP_CELL_DIM || column->style == SKUP_CELL_CHOICE)
    gtk_widget_add_css_class (label, "dim-label");
  g_object_set_data (G_OBJECT (label), "skup-column", (gpointer) column);
  _skup_list_remember_item (label, item);
  gtk_list_item_set_child (item, label);
}

static char *
format_cell (SkupRecord           *record,
             const SkupKindColumn *column)
{
  gint64 value;

  switch (column->style)
    {
    case SKUP_CELL_NUMBER:
    case SKUP_CELL_QUANTITY:
      value = skup_record_get_int (record, column->field);
      /* An unknown capacity is 0: show nothing rather than a capacity of none. */
      return value != 0 || column->style == SKUP_CELL_NUMBER ? _skup_list_format_number (value) : NULL;

    case SKUP_CELL_CHOICE:
      return g_strdup (skup_record_get_choice_label (record, column->field));

    case SKUP_CELL_TEXT:
    case SKUP_CELL_DIM:
    default:
      if (g_str_equal (column->field, "title-text"))
        return skup_record_dup_title (record);
      return g_strdup (skup_record_get_string (record, column->field));
    }
}

static void
update_cell (GtkListItem *item)
{
  GObject *record = skup_list_row_get_item (gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);
  const SkupKindColumn *column = g_object_get_data (G_OBJECT (label), "skup-column");
  g_autofree char *text = SKUP_IS_RECORD (record) ? format_cell (SKUP_RECORD (record), column)
                                                  : NULL;

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
}

/* A row shows another record after a search or a sort: the cell follows. */
static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  update_cell (item);
  g_signal_connect_swapped (gtk_list_item_get_item (item), "notify::item",
                            G_CALLBACK (update_cell), item);
}

static void
on_cell_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_cell, item);
}

void
_skup_list_columns_add (GtkColumnView      *view,
                        const SkupKindView *kind)
{
  for (guint i = 0; i < kind->n_columns; i++)
    {
      const SkupKindColumn *spec = &kind->columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), (gpointer) spec);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind), NULL);
      column = gtk_column_view_column_new (g_dgettext (GETTEXT_PACKAGE, spec->label), factory);
      gtk_column_view_column_set_expand (column, spec->flags & SKUP_COLUMN_EXPAND);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (view, column);
    }
}

/* Narrow windows keep the columns that tell rows apart. Columns have a fixed width, which
 * spares measuring every cell of some 200 rows for it (GTK 4.8 does); a hidden column gets
 * none, as GTK 4.8 counts hidden columns when it shares out the space. */
void
_skup_list_columns_update (GtkColumnView      *view,
                           const SkupKindView *kind,
                           gboolean            folded)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  /* Not built yet (the window sets "folded" early). */
  if (g_list_model_get_n_items (columns) != kind->n_columns)
    return;

  for (guint i = 0; i < kind->n_columns; i++)
    {
      const SkupKindColumn *spec = &kind->columns[i];
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      gboolean visible = !(spec->flags & SKUP_COLUMN_WIDE_ONLY) || !folded;

      gtk_column_view_column_set_fixed_width (column, visible ? spec->width : 0);
      gtk_column_view_column_set_visible (column, visible);
    }
}
