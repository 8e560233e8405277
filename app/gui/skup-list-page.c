/* skup-list-page.c — one section of the register as a searchable, sortable list
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"

#include "skup-event-row.h"
#include "skup-list-columns.h"
#include "skup-list-page.h"
#include "skup-organisation-filter.h"
#include "skup-record-picker.h"
#include "skup-row-model.h"

/* What differs between the lists (columns, sorts, texts) is the view a kind registered
 * (skup-kind.h), so one widget serves every section. */

struct _SkupListPage
{
  AdwBin              parent_instance;

  SkupContext        *context;
  /* The context's register, followed when the window switches to another. */
  SkupStore          *store;
  const SkupKindView *view;
  GType               record_type;
  char               *sort_by;
  gboolean            descending;
  gboolean            folded;
  gboolean            loading;
  /* (element-type gint64) records waiting for their Undo toast to go */
  GArray             *hidden_ids;
  /* The search the model answers; NULL for none. */
  char               *query_text;

  /* What the view shows: @source is a SkupRecordList, or for events a heading and a list for
   * Upcoming and for Past, flattened; @rows shows it to the view. The lists are kept to find
   * records in them. */
  GListModel         *source;
  SkupRowModel       *rows;
  GtkSingleSelection *selection;
  GListModel         *records;
  GListModel         *upcoming;
  GListModel         *past;
  guint               n_items;
  char               *count_text;

  gulong              changed_id;
  guint               refresh_id;
  gboolean            stale;

  /* Template children */
  AdwWindowTitle     *window_title;
  GtkButton          *new_button;
  GtkMenuButton      *sort_button;
  GtkToggleButton    *search_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *view_stack;
  GtkColumnView      *column_view;
  GtkListView        *event_view;
  AdwStatusPage      *empty_page;
  GtkButton          *empty_new_button;
  AdwStatusPage      *no_results_page;
  AdwStatusPage      *error_page;
  GtkMenuButton          *organisation_button;
  SkupRecordPicker       *organisation_picker;
  SkupOrganisationFilter *organisation_filter;
  gboolean            read_failed;  /* until the next read: the rows shown are not the rows */
};

G_DEFINE_FINAL_TYPE (SkupListPage, skup_list_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_KIND,
  PROP_SORT_BY,
  PROP_DESCENDING,
  PROP_FOLDED,
  PROP_LOADING,
  PROP_N_ITEMS,
  N_PROPS
};

enum {
  SIGNAL_RECORD_ACTIVATED,
  SIGNAL_DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_events (SkupListPage *self)
{
  return self->view->columns == NULL;
}

/* Counting **************************************************************************/

static char *
format_count (const SkupKindView *view,
              guint               n)
{
  g_autofree char *number = _skup_list_format_number (n);

  if (view->count_one == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, view->count_one, view->count_many, n),
                          number);
}

/* Queries *****************************************************************************/

static gint64
organisation_filter_id (SkupListPage *self)
{
  return skup_organisation_filter_get_organisation_id (self->organisation_filter);
}

static void
fill_organisation_filter (SkupListPage *self,
                          SkupQuery    *query)
{
  if (organisation_filter_id (self) == 0)
    return;
  query->filter_field = "organisation-id";
  query->filter_value = organisation_filter_id (self);
}

static void
fill_query (SkupListPage *self,
            SkupQuery    *query)
{
  query->search = self->query_text;
  query->sort = self->sort_by[0] != '\0' ? self->sort_by : NULL;
  query->descending = self->descending;
  query->only_if = self->view->only_if;
  query->exclude = (const gint64 *) (gpointer) self->hidden_ids->data;
  query->n_exclude = self->hidden_ids->len;
  fill_organisation_filter (self, query);
}

static void
append_group (GListStore *groups,
              const char *heading,
              GListModel *events)
{
  g_autoptr(GListStore) heading_model = NULL;
  g_autoptr(GtkStringObject) heading_item = NULL;

  if (g_list_model_get_n_items (events) == 0)
    return;

  heading_model = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  heading_item = gtk_string_object_new (heading);
  g_list_store_append (heading_model, heading_item);
  g_list_store_append (groups, heading_model);
  g_list_store_append (groups, events);
}

/* A register that cannot be read is said so, in place of the rows: never "No Events Yet"
 * and an offer of sample data over records that are there but unreadable. */
static void
show_read_error (SkupListPage *self,
                 const GError *error)
{
  g_autofree char *description =
    /* Translators: %s is the reason the register could not be read */
    g_strdup_printf (_("%s\n\nNothing was changed. If the register is a file, restore it from a "
                       "backup; if it is shared, check the connection to the server."),
                     error->message);

  self->read_failed = TRUE;
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->view_stack, "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->sort_button), FALSE);
}

static void
on_list_failed (SkupListPage *self,
                GError       *error)
{
  show_read_error (self, error);
}

static void
watch_list (SkupListPage *self,
            GListModel   *list)
{
  g_signal_connect_object (list, "failed", G_CALLBACK (on_list_failed), self,
                           G_CONNECT_SWAPPED);
}

/* Upcoming events first, soonest first; then past events, latest first, each group after its
 * heading. GtkFlattenListModel finds a row by the groups' counts alone, so no record is read
 * before it is shown. */
static GListModel *
query_events (SkupListPage  *self,
              GError       **error)
{
  SkupQuery query = { 0 };
  gboolean by_date;
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(GListStore) groups = NULL;

  fill_query (self, &query);
  by_date = query.sort == NULL || g_str_equal (query.sort, "start-date");

  query.when = 1;
  upcoming = skup_store_list (self->store, SKUP_TYPE_EVENT, &query, error);
  if (upcoming == NULL)
    return NULL;

  query.when = -1;
  query.descending = by_date ? !self->descending : self->descending;
  past = skup_store_list (self->store, SKUP_TYPE_EVENT, &query, error);
  if (past == NULL)
    return NULL;

  groups = g_list_store_new (G_TYPE_LIST_MODEL);
  watch_list (self, upcoming);
  watch_list (self, past);
  append_group (groups, _("Upcoming"), upcoming);
  append_group (groups, _("Past"), past);
  g_set_object (&self->upcoming, upcoming);
  g_set_object (&self->past, past);
  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&groups))));
}

static GListModel *
query_records (SkupListPage  *self,
               GError       **error)
{
  SkupQuery query = { 0 };
  GListModel *records;

  fill_query (self, &query);
  records = skup_store_list (self->store, self->record_type, &query, error);
  if (records != NULL)
    {
      watch_list (self, records);
      g_set_object (&self->records, records);
    }
  return records;
}

static guint
count_records (SkupListPage *self)
{
  if (is_events (self))
    return g_list_model_get_n_items (self->upcoming) + g_list_model_get_n_items (self->past);
  return g_list_model_get_n_items (self->records);
}

static guint
find_in (GListModel *records,
         gint64      id)
{
  guint position = records != NULL ? skup_record_list_find (SKUP_RECORD_LIST (records), id)
                                   : G_MAXUINT;

  return position == G_MAXUINT ? GTK_INVALID_LIST_POSITION : position;
}

/* Position of the record @id in the model, or GTK_INVALID_LIST_POSITION. */
static guint
find_position (SkupListPage *self,
               gint64        id)
{
  guint position;
  guint n_upcoming;

  if (id == 0)
    return GTK_INVALID_LIST_POSITION;
  if (!is_events (self))
    return find_in (self->records, id);

  /* Each group comes after its heading. */
  position = find_in (self->upcoming, id);
  if (position != GTK_INVALID_LIST_POSITION)
    return position + 1;
  n_upcoming = g_list_model_get_n_items (self->upcoming);
  position = find_in (self->past, id);
  if (position != GTK_INVALID_LIST_POSITION)
    return position + 1 + (n_upcoming > 0 ? n_upcoming + 1 : 0);
  return GTK_INVALID_LIST_POSITION;
}

static SkupRecord *
get_record_at (SkupListPage *self,
               guint         position)
{
  g_autoptr(GObject) item = NULL;

  if (self->source == NULL)
    return NULL;
  item = g_list_model_get_item (self->source, position);

  return SKUP_IS_RECORD (item) ? SKUP_RECORD (g_steal_pointer (&item)) : NULL;
}

static SkupRecord *
get_selected_record (SkupListPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  return position != GTK_INVALID_LIST_POSITION ? get_record_at (self, position) : NULL;
}

/* What the page shows *****************************************************************/

static char *
describe_no_results (SkupListPage *self)
{
  if (self->query_text == NULL)
    /* Translators: shown when a list narrowed to one organisation is empty */
    return g_strdup (_("Nobody from this organisation is listed here. Remove the filter to see "
                       "everyone."));
  /* Translators: shown when a search finds nothing; %s is what was typed */
  return g_strdup_printf (_("Nothing matches “%s”. Try fewer or other letters; either script "
                            "and letters without diacritics work too."), self->query_text);
}

static void
update_view (SkupListPage *self)
{
  gboolean searching = self->query_text != NULL || organisation_filter_id (self) > 0;

  if (self->read_failed)
    {
      gtk_stack_set_visible_child_name (self->view_stack, "error");
      gtk_widget_set_sensitive (GTK_WIDGET (self->sort_button), FALSE);
      return;
    }
  if (self->n_items > 0)
    {
      gtk_stack_set_visible_child_name (self->view_stack, is_events (self) ? "events" : "table");
    }
  else if (searching)
    {
      g_autofree char *description = describe_no_results (self);

      adw_status_page_set_description (self->no_results_page, description);
      gtk_stack_set_visible_child_name (self->view_stack, "no-results");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->view_stack, "empty");
    }

  /* Nothing to sort or search in an empty register. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->sort_button), self->n_items > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), self->n_items > 0 || searching);
}

static void
set_n_items (SkupListPage *self,
             guint         n_items)
{
  gboolean changed = self->n_items != n_items || self->count_text == NULL;

  self->n_items = n_items;
  g_free (self->count_text);
  self->count_text = format_count (self->view, n_items);
  update_view (self);
  /* "0 people" would only repeat the empty state or "No Results". */
  adw_window_title_set_subtitle (self->window_title, n_items > 0 ? self->count_text : NULL);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gint64 get_focused_id       (SkupListPage *self);
static void   keep_focus_on_record (SkupListPage *self,
                                    gint64        id);

static void
requery (SkupListPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) source = NULL;
  gint64 selected_id = skup_list_page_get_selected_id (self);
  gint64 focused_id = get_focused_id (self);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  self->read_failed = FALSE;
  if (self->store == NULL)
    return;

  source = is_events (self) ? query_events (self, &error) : query_records (self, &error);
  if (source == NULL)
    {
      show_read_error (self, error);
      return;
    }

  g_set_object (&self->source, source);
  skup_row_model_set_source (self->rows, source);
  gtk_single_selection_set_selected (self->selection, find_position (self, selected_id));
  keep_focus_on_record (self, focused_id);
  set_n_items (self, count_records (self));
}

static gboolean
refresh_in_idle (gpointer user_data)
{
  SkupListPage *self = user_data;

  self->refresh_id = 0;
  requery (self);
  return G_SOURCE_REMOVE;
}

/* A list that is not shown waits until it is; one that is, reads again once the burst of
 * changes (an import, a sample fill) is over. */
static void
schedule_refresh (SkupListPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_in_idle, self);
}

static void
on_store_changed (SkupListPage *self,
                  const char   *kind,
                  gint64        id)
{
  /* Any change may show here: a list of people shows organisation names, a list of events
   * counts registrations. */
  schedule_refresh (self);
}

static void
set_query_text (SkupListPage *self,
                const char   *text)
{
  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (text, self->query_text) == 0)
    return;

  g_free (self->query_text);
  self->query_text = g_strdup (text);
  requery (self);
}

/* Filtering by organisation ***********************************************************/

/* Only lists of people have organisations to narrow them to. */
static void
set_up_organisation_filter (SkupListPage *self)
{
  gboolean people = self->record_type == SKUP_TYPE_PERSON;

  gtk_widget_set_visible (GTK_WIDGET (self->organisation_button), people);
  skup_record_picker_set_record_type (self->organisation_picker, SKUP_TYPE_ORGANISATION);
}

static void
set_organisation_filter_store (SkupListPage *self,
                               SkupStore    *store)
{
  skup_record_picker_set_store (self->organisation_picker, store);
  skup_organisation_filter_set_store (self->organisation_filter, store);
}

static void
on_organisation_chosen (SkupListPage *self,
                        gint64        id)
{
  skup_organisation_filter_set_organisation_id (self->organisation_filter, id);
}

static void
on_organisation_filter_changed (SkupListPage *self)
{
  /* With a filter on, the picker offers to take it off as well. */
  skup_record_picker_set_can_clear (self->organisation_picker, organisation_filter_id (self) > 0);
  if (self->view != NULL)
    skup_list_page_refresh (self);
}

/* Callbacks ***************************************************************************/

static void
on_search_changed (SkupListPage *self)
{
  set_query_text (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static guint
first_record_position (SkupListPage *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION)
    return selected;
  /* Events begin with a heading. */
  return is_events (self) ? 1 : 0;
}

/* Enter in the search opens the selected, else the first, result. */
static void
on_search_activate (SkupListPage *self)
{
  g_autoptr(SkupRecord) record = NULL;

  if (self->n_items == 0)
    return;
  record = get_record_at (self, first_record_position (self));
  if (record != NULL)
    g_signal_emit (self, signals[SIGNAL_RECORD_ACTIVATED], 0, skup_record_get_id (record));
}

static void
on_row_activated (SkupListPage *self,
                  guint         position)
{
  g_autoptr(SkupRecord) record = get_record_at (self, position);

  if (record != NULL)
    g_signal_emit (self, signals[SIGNAL_RECORD_ACTIVATED], 0, skup_record_get_id (record));
}

static void
on_event_row_setup (SkupListPage *self,
                    GtkListItem  *item)
{
  GtkWidget *row = skup_event_row_new ();

  _skup_list_remember_item (row, item);
  gtk_list_item_set_child (item, row);
}

static void
update_event_row (GtkListItem *item)
{
  GObject *object = skup_list_row_get_item (gtk_list_item_get_item (item));

  skup_event_row_set_item (SKUP_EVENT_ROW (gtk_list_item_get_child (item)), object);
  /* Group headings are rows too (GTK 4.8 has no list sections): never selected or opened. */
  gtk_list_item_set_activatable (item, SKUP_IS_RECORD (object));
  gtk_list_item_set_selectable (item, SKUP_IS_RECORD (object));
}

static void
on_event_row_bind (SkupListPage *self,
                   GtkListItem  *item)
{
  update_event_row (item);
  g_signal_connect_swapped (gtk_list_item_get_item (item), "notify::item",
                            G_CALLBACK (update_event_row), item);
}

static void
on_event_row_unbind (SkupListPage *self,
                     GtkListItem  *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_event_row, item);
}

static void
on_selection_changed (SkupListPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.delete",
                                 skup_list_page_get_selected_id (self) != 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupListPage *self = SKUP_LIST_PAGE (widget);
  g_autoptr(SkupRecord) record = get_selected_record (self);

  if (record != NULL)
    g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, record);
}

/* Keyboard ****************************************************************************/

/* The list view whose children are the rows (a table keeps one inside). */
static GtkWidget *
get_rows_view (SkupListPage *self)
{
  if (is_events (self))
    return GTK_WIDGET (self->event_view);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return GTK_WIDGET (self->column_view);
}

static GtkListItem *
find_list_item (GtkWidget *widget)
{
  GtkListItem *item = _skup_list_get_remembered_item (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && item == NULL;
       child = gtk_widget_get_next_sibling (child))
    item = find_list_item (child);
  return item;
}

/* The row GTK made for @position, if it made one (it makes those near the visible ones). */
static GtkWidget *
find_row_widget (GtkWidget *view,
                 guint      position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (view);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkListItem *item = find_list_item (row);

      if (item != NULL && gtk_list_item_get_position (item) == position)
        return row;
    }
  return NULL;
}

/* The position of the row with the focus, or GTK_INVALID_LIST_POSITION. */
static guint
get_focus_position (SkupListPage *self)
{
  GtkWidget *view = get_rows_view (self);
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *row = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListItem *item;

  while (row != NULL && gtk_widget_get_parent (row) != view)
    row = gtk_widget_get_parent (row);
  item = row != NULL ? find_list_item (row) : NULL;
  return item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;
}

/* Focuses the row at @position and selects it: the row with the focus is the one Delete and
 * Enter act on. */
static gboolean
focus_row (SkupListPage *self,
           guint         position)
{
  GtkWidget *view = get_rows_view (self);
  GtkWidget *row = find_row_widget (view, position);

  if (row != NULL && gtk_widget_grab_focus (row))
    {
      gtk_single_selection_set_selected (self->selection, position);
      return TRUE;
    }
  /* A row far from those shown has no widget yet: the view focuses one it has. */
  if (!gtk_widget_grab_focus (view))
    return FALSE;
  gtk_single_selection_set_selected (self->selection, get_focus_position (self));
  return TRUE;
}

/* The record of the row with the focus, or 0. */
static gint64
get_focused_id (SkupListPage *self)
{
  guint position = get_focus_position (self);
  g_autoptr(SkupRecord) record = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return 0;
  record = get_record_at (self, position);
  return record != NULL ? skup_record_get_id (record) : 0;
}

/* Rows stay while the records they show change (SkupRowModel): when the record of the row
 * with the focus went (deleted, here or by someone else), the focus must not pass to the one
 * that took its place, or a second Delete or Enter would act on a record nobody chose. It
 * stays in the list, on no row, until the user chooses one. */
static void
keep_focus_on_record (SkupListPage *self,
                      gint64        id)
{
  GtkWidget *view = get_rows_view (self);
  GtkRoot *root = gtk_widget_get_root (view);

  if (id == 0 || root == NULL || get_focused_id (self) == id)
    return;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_root_set_focus (root, view);
}

/* On the list itself (no row has the focus), Down chooses the first record, as from the
 * search. */
static gboolean
on_view_key_pressed (SkupListPage    *self,
                     guint            keyval,
                     guint            keycode,
                     GdkModifierType  state)
{
  GtkWidget *view = get_rows_view (self);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || !gtk_widget_is_focus (view) || self->n_items == 0)
    return GDK_EVENT_PROPAGATE;
  return focus_row (self, first_record_position (self));
}

/* Down from the search goes to the results, choosing the first (or the one chosen). */
static gboolean
on_search_key_pressed (SkupListPage    *self,
                       guint            keyval,
                       guint            keycode,
                       GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || self->n_items == 0 || self->read_failed)
    return GDK_EVENT_PROPAGATE;
  return focus_row (self, first_record_position (self));
}

static void
watch_keys (SkupListPage *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  /* Before the entry's text, which would move the focus down without choosing a row. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_search_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_view_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view_stack), controller);
}

/* Set up **************************************************************************/

static GMenuModel *
build_sort_menu (const SkupKindView *kind)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) fields = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();

  for (guint i = 0; i < kind->n_sorts; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (g_dgettext (GETTEXT_PACKAGE,
                                                               kind->sorts[i].label), NULL);

      g_menu_item_set_action_and_target (item, "list.sort-by", "s", kind->sorts[i].field);
      g_menu_append_item (fields, item);
    }
  g_menu_append (order, _("_Reverse Order"), "list.sort-descending");

  g_menu_append_section (menu, _("Sort By"), G_MENU_MODEL (fields));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  return G_MENU_MODEL (menu);
}

static void
set_up_kind (SkupListPage *self)
{
  const char *title = g_dgettext (GETTEXT_PACKAGE, self->view->title);
  const char *new_label = g_dgettext (GETTEXT_PACKAGE, self->view->new_label);
  g_autoptr(GMenuModel) menu = build_sort_menu (self->view);

  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_button), new_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, new_label, -1);
  gtk_button_set_label (self->empty_new_button, new_label);
  /* The property, as its setter is GTK 4.10. */
  g_object_set (self->search_entry, "placeholder-text",
                g_dgettext (GETTEXT_PACKAGE, self->view->search_hint), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_dgettext (GETTEXT_PACKAGE, self->view->search_hint), -1);
  gtk_menu_button_set_menu_model (self->sort_button, menu);
  set_up_organisation_filter (self);

  adw_status_page_set_icon_name (self->empty_page, self->view->icon_name);
  adw_status_page_set_title (self->empty_page,
                             g_dgettext (GETTEXT_PACKAGE, self->view->empty_title));
  adw_status_page_set_description (self->empty_page,
                                   g_dgettext (GETTEXT_PACKAGE, self->view->empty_description));

  if (self->sort_by[0] == '\0')
    {
      g_free (self->sort_by);
      self->sort_by = g_strdup (self->view->sorts[0].field);
      /* The menu's items were made as it was set, when no order was chosen yet: the notify
       * is what marks the first order in it. */
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
    }
}

static void
set_up_view (SkupListPage *self)
{
  GtkWidget *view;

  if (is_events (self))
    {
      view = GTK_WIDGET (self->event_view);
      gtk_list_view_set_model (self->event_view, GTK_SELECTION_MODEL (self->selection));
    }
  else
    {
      view = GTK_WIDGET (self->column_view);
      _skup_list_columns_add (self->column_view, self->view);
      _skup_list_columns_update (self->column_view, self->view, self->folded);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_dgettext (GETTEXT_PACKAGE, self->view->title), -1);
}

/* Shows the register the context holds: the window switched to another one. */
static void
follow_store (SkupListPage *self)
{
  SkupStore *store = skup_context_get_store (self->context);

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  set_organisation_filter_store (self, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed",
                                                 G_CALLBACK (on_store_changed), self);
  skup_list_page_refresh (self);
}

static void
skup_list_page_map (GtkWidget *widget)
{
  SkupListPage *self = SKUP_LIST_PAGE (widget);

  /* Read before the first frame, so a list never flashes its old rows or an empty state. */
  if (self->stale)
    requery (self);

  GTK_WIDGET_CLASS (skup_list_page_parent_class)->map (widget);
}

static void
skup_list_page_constructed (GObject *object)
{
  SkupListPage *self = SKUP_LIST_PAGE (object);

  G_OBJECT_CLASS (skup_list_page_parent_class)->constructed (object);

  /* Built without a register or a list (the template check), the page stays empty. */
  if (self->context == NULL || self->view == NULL)
    return;

  g_signal_connect_object (self->context, "notify::store", G_CALLBACK (follow_store), self,
                           G_CONNECT_SWAPPED);
  follow_store (self);
  set_up_kind (self);
  set_up_view (self);
  set_n_items (self, 0);
  self->stale = TRUE;
  /* The entry sits in a clamp, so the bar cannot find it by itself: without it, Escape would
   * not close the bar and typed keys would not reach the entry. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Typing anywhere in the list searches it. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  watch_keys (self);
}

static void
skup_list_page_dispose (GObject *object)
{
  SkupListPage *self = SKUP_LIST_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_LIST_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->source);
  g_clear_object (&self->records);
  g_clear_object (&self->upcoming);
  g_clear_object (&self->past);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_list_page_parent_class)->dispose (object);
}

static void
skup_list_page_finalize (GObject *object)
{
  SkupListPage *self = SKUP_LIST_PAGE (object);

  g_free (self->sort_by);
  g_free (self->query_text);
  g_free (self->count_text);
  g_array_unref (self->hidden_ids);

  G_OBJECT_CLASS (skup_list_page_parent_class)->finalize (object);
}

static void
skup_list_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkupListPage *self = SKUP_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->view != NULL ? self->view->name : NULL);
      break;

    case PROP_SORT_BY:
      g_value_set_string (value, self->sort_by);
      break;

    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_sort_by (SkupListPage *self,
             const char   *field)
{
  if (field == NULL || g_strcmp0 (field, self->sort_by) == 0)
    return;

  g_free (self->sort_by);
  self->sort_by = g_strdup (field);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
  if (self->view != NULL)
    requery (self);
}

static void
set_boolean (SkupListPage *self,
             gboolean     *field,
             gboolean      value,
             guint         prop_id)
{
  if (*field == !!value)
    return;

  *field = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (prop_id == PROP_DESCENDING && self->view != NULL)
    requery (self);
}

static void
skup_list_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkupListPage *self = SKUP_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_KIND:
      self->view = skup_kinds_find_view (g_value_get_string (value), &self->record_type);
      if (self->view == NULL && g_value_get_string (value) != NULL)
        g_critical ("No kind has a list called “%s”", g_value_get_string (value));
      break;

    case PROP_SORT_BY:
      set_sort_by (self, g_value_get_string (value));
      break;

    case PROP_DESCENDING:
      set_boolean (self, &self->descending, g_value_get_boolean (value), prop_id);
      break;

    case PROP_FOLDED:
      set_boolean (self, &self->folded, g_value_get_boolean (value), prop_id);
      if (self->view != NULL && !is_events (self))
        _skup_list_columns_update (self->column_view, self->view, self->folded);
      break;

    case PROP_LOADING:
      set_boolean (self, &self->loading, g_value_get_boolean (value), prop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_list_page_class_init (SkupListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_list_page_constructed;
  object_class->dispose = skup_list_page_dispose;
  object_class->finalize = skup_list_page_finalize;
  object_class->get_property = skup_list_page_get_property;
  object_class->set_property = skup_list_page_set_property;
  widget_class->map = skup_list_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The name of a view a kind registered: "events", "people", "trainers" … */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A field name of the record type (see the sort menu). */
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The window is too narrow for the sidebar: show a back button, fewer columns. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Sample data is being loaded: the empty state's button spins. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SKUP_TYPE_RECORD);

  g_type_ensure (SKUP_TYPE_RECORD_PICKER);
  g_type_ensure (SKUP_TYPE_ORGANISATION_FILTER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, sort_button);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, event_view);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, organisation_button);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, organisation_picker);
  gtk_widget_class_bind_template_child (widget_class, SkupListPage, organisation_filter);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_event_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_event_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_event_row_unbind);

  gtk_widget_class_install_property_action (widget_class, "list.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "list.sort-descending", "descending");
  gtk_widget_class_install_action (widget_class, "list.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "list.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "list.delete", NULL);
}

static void
skup_list_page_init (SkupListPage *self)
{
  self->hidden_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* The sort menu's state is read as soon as the template is built: never NULL. */
  self->sort_by = g_strdup ("");
  self->rows = skup_row_model_new ();
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.delete", FALSE);
}

/* Public API **************************************************************************/

/**
 * skup_list_page_new:
 * @context: what the window shares
 * @kind: the name of a view a kind registered ("people")
 *
 * Returns: (transfer floating): a list page
 */
SkupListPage *
skup_list_page_new (SkupContext *context,
                    const char  *kind)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_LIST_PAGE, "context", context, "kind", kind, NULL);
}

/**
 * skup_list_page_get_store:
 *
 * Returns: (transfer none) (nullable): the register listed
 */
SkupStore *
skup_list_page_get_store (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), NULL);

  return self->store;
}

const char *
skup_list_page_get_kind (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), NULL);

  return self->view->name;
}

GType
skup_list_page_get_record_type (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), G_TYPE_INVALID);

  return self->record_type;
}

/**
 * skup_list_page_get_model:
 *
 * Returns: (transfer none) (nullable): what the view shows
 */
GListModel *
skup_list_page_get_model (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), NULL);

  return self->source;
}

guint
skup_list_page_get_n_items (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), 0);

  return self->n_items;
}

const char *
skup_list_page_get_count_text (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), NULL);

  return self->count_text;
}

void
skup_list_page_set_search_text (SkupListPage *self,
                                const char   *text)
{
  g_return_if_fail (SKUP_IS_LIST_PAGE (self));

  if (text != NULL && *text != '\0')
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  /* Replacing the text empties the entry first, which would list everyone in between. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  /* Now rather than after the entry's delay, so callers see the result. */
  set_query_text (self, text);
}

const char *
skup_list_page_get_search_text (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), NULL);

  return self->query_text;
}

void
skup_list_page_start_search (SkupListPage *self)
{
  g_return_if_fail (SKUP_IS_LIST_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
skup_list_page_set_hidden_ids (SkupListPage *self,
                               const gint64 *ids,
                               guint         n_ids)
{
  g_return_if_fail (SKUP_IS_LIST_PAGE (self));

  if (self->hidden_ids->len == n_ids &&
      (n_ids == 0 || memcmp (self->hidden_ids->data, ids, n_ids * sizeof (gint64)) == 0))
    return;

  g_array_set_size (self->hidden_ids, 0);
  g_array_append_vals (self->hidden_ids, ids, n_ids);
  skup_list_page_refresh (self);
}

void
skup_list_page_refresh (SkupListPage *self)
{
  g_return_if_fail (SKUP_IS_LIST_PAGE (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    requery (self);
  else
    self->stale = TRUE;
}

/**
 * skup_list_page_prepare:
 *
 * Reads the list now if it is out of date, although it is not shown: the window does it
 * while idle, so opening a section later only has to draw it.
 */
void
skup_list_page_prepare (SkupListPage *self)
{
  g_return_if_fail (SKUP_IS_LIST_PAGE (self));

  if (self->stale)
    requery (self);
}

gboolean
skup_list_page_select_record (SkupListPage *self,
                              gint64        id)
{
  guint position;

  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), FALSE);

  if (self->stale)
    requery (self);
  position = find_position (self, id);
  gtk_single_selection_set_selected (self->selection, position);
  return position != GTK_INVALID_LIST_POSITION;
}

gint64
skup_list_page_get_selected_id (SkupListPage *self)
{
  g_autoptr(SkupRecord) record = NULL;

  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), 0);

  record = get_selected_record (self);
  return record != NULL ? skup_record_get_id (record) : 0;
}

/**
 * skup_list_page_focus_rows:
 *
 * Puts the keyboard focus on the chosen row, or on the first record, choosing it; with no
 * rows, on what the page shows instead (the empty state's buttons).
 *
 * Returns: whether the focus moved
 */
gboolean
skup_list_page_focus_rows (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), FALSE);

  if (self->n_items > 0 && !self->read_failed)
    return focus_row (self, first_record_position (self));
  return gtk_widget_child_focus (gtk_stack_get_visible_child (self->view_stack),
                                 GTK_DIR_TAB_FORWARD);
}

/**
 * skup_list_page_set_organisation_filter:
 * @id: an organisation's id, or 0 for everyone
 *
 * Narrows a list of people to the people of one organisation, as choosing it under the
 * header bar's organisation button does; the list says so above its rows.
 */
void
skup_list_page_set_organisation_filter (SkupListPage *self,
                                        gint64        id)
{
  g_return_if_fail (SKUP_IS_LIST_PAGE (self));
  g_return_if_fail (id == 0 || self->record_type == SKUP_TYPE_PERSON);

  skup_organisation_filter_set_organisation_id (self->organisation_filter, id);
}

gint64
skup_list_page_get_organisation_filter (SkupListPage *self)
{
  g_return_val_if_fail (SKUP_IS_LIST_PAGE (self), 0);

  return organisation_filter_id (self);
}
