/* skup-participants-group.c — who is registered for an event, registered from its page
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The event's page lists its registrations with the seats they take; people are added from
 * the register, from a pasted list or from another event, and each row's role and status is
 * written as soon as it is chosen. A conference has hundreds of participants: the rows are
 * made for the first page of them only, and a search narrows them by name in either script.
 * A seat freed goes to the first on the waitlist (the store decides): the window says who.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gui/skup-detail-section.h"
#include "gui/skup-gui-util.h"
#include "gui/skup-window.h"
#include "skup-add-people-dialog.h"
#include "skup-copy-participants.h"
#include "skup-participants-group.h"
#include "skup-paste-list-dialog.h"
#include "skup-registration-util.h"

/* Rows made at a time: enough for most events, few enough to make at once. */
#define PAGE_SIZE 50
/* From how many participants a search is worth its room. */
#define SEARCH_THRESHOLD 10

struct _SkupParticipantsGroup
{
  AdwPreferencesGroup parent_instance;

  SkupContext        *context;
  SkupStore          *store;        /* the one whose signals are followed */
  gint64              event_id;
  GListModel         *registrations;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSliceListModel  *slice;
  /* The people the search found (gint64 ids), NULL without a search. */
  GHashTable         *matches;
  /* Registrations whose deletion waits for its Undo toast: not shown meanwhile. */
  GArray             *hidden;
  /* The undo toast there was when a deletion was asked for (see ask_to_delete()). */
  AdwToast           *toast_before;
  gint64              deleting_id;
  GMenuModel         *row_menu;
  guint               limit;
  gboolean            writing;
  guint               refresh_id;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkListBox         *list_box;
  GtkLabel           *placeholder;
  GtkButton          *more_button;
  GtkLabel           *error_label;
};

static void detail_section_iface_init (SkupDetailSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupParticipantsGroup, skup_participants_group,
                               ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SKUP_TYPE_DETAIL_SECTION,
                                                      detail_section_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

static void refresh (SkupParticipantsGroup *self);

static void
show_error (SkupParticipantsGroup *self,
            const char            *message)
{
  _skup_gui_show_error (self->error_label, message);
}

/* Rows *****************************************************************************/

static gint64
row_registration_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "registration-id");

  return id ? *id : 0;
}

/* "Trainer · Duga · Waitlisted since 2 December 2026 · Attended 2 of 3 sessions (67%)": the
 * role only when it is not the usual one. */
static char *
dup_row_subtitle (SkupRecord *registration)
{
  const char *role = skup_record_get_string (registration, "role");
  g_autofree char *status = _skup_registration_dup_status_text (registration);
  g_autofree char *attendance = _skup_registration_dup_attendance_text (registration);
  const char *parts[] = {
    g_strcmp0 (role, "participant") != 0 ? skup_record_get_choice_label (registration, "role")
                                         : NULL,
    skup_record_get_string (registration, "organisation-name"),
    status,
    attendance,
  };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* Who cancelled or declined holds no seat and is not coming. */
static gboolean
is_gone (const char *status)
{
  return g_strcmp0 (status, "cancelled") == 0 || g_strcmp0 (status, "declined") == 0;
}

static void
set_action_state (GtkWidget  *row,
                  const char *name,
                  const char *value)
{
  GActionGroup *actions = g_object_get_data (G_OBJECT (row), "row-actions");
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (actions), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (value ? value : ""));
}

static void
update_row (GtkWidget  *row,
            SkupRecord *registration)
{
  const char *name = skup_record_get_string (registration, "person-name");
  g_autofree char *subtitle = dup_row_subtitle (registration);
  GtkWidget *menu_button = g_object_get_data (G_OBJECT (row), "menu-button");
  /* Translators: the menu of one participant's row; %s is their name */
  g_autofree char *menu_label = g_strdup_printf (_("Role and Status of %s"), name ? name : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name ? name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  menu_label, -1);
  set_action_state (row, "role", skup_record_get_string (registration, "role"));
  set_action_state (row, "status", skup_record_get_string (registration, "status"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                    skup_record_get_int (registration, "person-id"));
  /* Who is not coming reads as such at a glance. */
  if (is_gone (skup_record_get_string (registration, "status")))
    gtk_widget_add_css_class (row, "dim-label");
  else
    gtk_widget_remove_css_class (row, "dim-label");
}

static SkupParticipantsGroup *
group_of (GtkWidget *row)
{
  GtkWidget *group = gtk_widget_get_ancestor (row, SKUP_TYPE_PARTICIPANTS_GROUP);

  return group ? SKUP_PARTICIPANTS_GROUP (group) : NULL;
}

/* Reads the row's registration again after a write here (its status, a promotion). */
static void
reload_row (SkupParticipantsGroup *self,
            GtkWidget             *row)
{
  g_autoptr(SkupRecord) registration = NULL;
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;
  registration = skup_store_load (self->store, SKUP_TYPE_REGISTRATION, row_registration_id (row),
                                  &error);
  if (registration == NULL)
    show_error (self, error->message);
  else
    update_row (row, registration);
}

static void update_seats (SkupParticipantsGroup *self);

static void
on_status_change (GSimpleAction *action,
                  GVariant      *value,
                  gpointer       user_data)
{
  GtkWidget *row = user_data;
  SkupParticipantsGroup *self = group_of (row);
  g_autoptr(GError) error = NULL;
  gint64 promoted = 0;
  gboolean ok;

  if (self == NULL)
    return;
  self->writing = TRUE;
  ok = skup_store_set_registration_status (self->store, row_registration_id (row),
                                           g_variant_get_string (value, NULL), &promoted, &error);
  self->writing = FALSE;
  /* The event full, or someone else's change: the row keeps the status it has. */
  _skup_gui_set_row_error (row, ok ? NULL : error->message);
  show_error (self, ok ? NULL : error->message);
  reload_row (self, row);
  if (promoted != 0)
    reload_row (self, skup_participants_group_find_row (self, promoted));
  update_seats (self);
}

static void
on_role_change (GSimpleAction *action,
                GVariant      *value,
                gpointer       user_data)
{
  GtkWidget *row = user_data;
  SkupParticipantsGroup *self = group_of (row);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self == NULL)
    return;
  self->writing = TRUE;
  ok = skup_store_set_registration_role (self->store, row_registration_id (row),
                                         g_variant_get_string (value, NULL), &error);
  self->writing = FALSE;
  _skup_gui_set_row_error (row, ok ? NULL : error->message);
  show_error (self, ok ? NULL : error->message);
  reload_row (self, row);
}

static void ask_to_delete (SkupParticipantsGroup *self,
                           SkupRecord            *registration);

static void
on_remove (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  GtkWidget *row = user_data;
  SkupParticipantsGroup *self = group_of (row);
  g_autoptr(SkupRecord) registration = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  registration = skup_store_load (self->store, SKUP_TYPE_REGISTRATION, row_registration_id (row),
                                  &error);
  if (registration == NULL)
    {
      show_error (self, error->message);
      return;
    }
  ask_to_delete (self, registration);
}

static GSimpleActionGroup *
new_row_actions (GtkWidget *row)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) role = g_simple_action_new_stateful ("role", G_VARIANT_TYPE_STRING,
                                                                g_variant_new_string (""));
  g_autoptr(GSimpleAction) status = g_simple_action_new_stateful ("status",
                                                                  G_VARIANT_TYPE_STRING,
                                                                  g_variant_new_string (""));
  g_autoptr(GSimpleAction) remove = g_simple_action_new ("remove", NULL);

  g_signal_connect (role, "change-state", G_CALLBACK (on_role_change), row);
  g_signal_connect (status, "change-state", G_CALLBACK (on_status_change), row);
  g_signal_connect (remove, "activate", G_CALLBACK (on_remove), row);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (role));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (status));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (remove));
  return group;
}

/* One menu for every row: its items name the row's own actions ("row."). */
static GMenuModel *
new_row_menu (void)
{
  const char *sets[] = { SKUP_CHOICES_REGISTRATION_ROLE, SKUP_CHOICES_REGISTRATION_STATUS };
  const char *actions[] = { "row.role", "row.status" };
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      guint n = 0;
      const SkupChoice *choices = skup_choices_lookup (sets[s], &n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (skup_choice_get_label (sets[s],
                                                                              choices[i].nick),
                                                       NULL);

          g_menu_item_set_action_and_target (item, actions[s], "s", choices[i].nick);
          g_menu_append_item (section, item);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }
  g_menu_append (last, _("_Remove From Event"), "row.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/* A popover menu is many widgets: a row's is made when it is first opened, so that a page of
 * fifty rows opens at once. */
static void
create_row_popup (GtkMenuButton *menu_button,
                  gpointer       user_data)
{
  SkupParticipantsGroup *self = user_data;

  gtk_menu_button_set_menu_model (menu_button, self->row_menu);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SkupParticipantsGroup *self = user_data;
  SkupRecord *registration = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GSimpleActionGroup) actions = new_row_actions (row);
  gint64 id = skup_record_get_id (registration);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data_full (G_OBJECT (row), "registration-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (row), "row-actions", g_object_ref (actions), g_object_unref);
  g_object_set_data (G_OBJECT (row), "menu-button", menu_button);
  gtk_widget_insert_action_group (row, "row", G_ACTION_GROUP (actions));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_row_popup, self,
                                         NULL);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu_button, _("Role and Status"));
  gtk_widget_add_css_class (menu_button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

  /* Activating the row opens the person. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "participants.open");
  update_row (row, registration);
  return row;
}

/* Reading **************************************************************************/

static void
update_seats (SkupParticipantsGroup *self)
{
  SkupEventSeats seats = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!skup_store_count_seats (self->store, self->event_id, &seats, &error))
    {
      show_error (self, error->message);
      return;
    }
  text = _skup_registration_dup_seats_text (&seats);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), text);
}

static guint
n_filtered (SkupParticipantsGroup *self)
{
  return self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
}

static void
update_more (SkupParticipantsGroup *self)
{
  guint n = n_filtered (self);
  guint hidden = n > self->limit ? n - self->limit : 0;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->more_button), hidden > 0);
  if (hidden == 0)
    return;
  /* Translators: under a long list of participants; %u is how many more rows it shows */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Show %u More", "_Show %u More",
                                        MIN (hidden, PAGE_SIZE)), MIN (hidden, PAGE_SIZE));
  gtk_button_set_label (self->more_button, label);
  gtk_button_set_use_underline (self->more_button, TRUE);
}

static void
update_search (SkupParticipantsGroup *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = self->registrations ? g_list_model_get_n_items (self->registrations) : 0;

  /* Never hidden while it holds a search: the list would stay narrowed with no way back. */
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), n > SEARCH_THRESHOLD || *text != '\0');
  gtk_label_set_label (self->placeholder, self->matches != NULL ? _("No participant matches")
                                                                : _("Nobody is registered yet"));
}

static gboolean
matches_search (gpointer item,
                gpointer user_data)
{
  SkupParticipantsGroup *self = user_data;
  gint64 person_id;

  if (self->matches == NULL)
    return TRUE;
  person_id = skup_record_get_int (SKUP_RECORD (item), "person-id");
  return g_hash_table_contains (self->matches, &person_id);
}

static void
on_filtered_changed (SkupParticipantsGroup *self)
{
  update_more (self);
}

static void
bind_list (SkupParticipantsGroup *self)
{
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  self->filter = gtk_custom_filter_new (matches_search, self, NULL);
  /* Without a search no filter: the rows past the first page are then never read. */
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->registrations),
                                              self->matches != NULL
                                              ? g_object_ref (GTK_FILTER (self->filter)) : NULL);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_filtered_changed),
                           self, G_CONNECT_SWAPPED);
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0,
                                          self->limit);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->slice), create_row, self, NULL);
}

static void
refresh (SkupParticipantsGroup *self)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = self->event_id,
                      .exclude = (const gint64 *) (gpointer) self->hidden->data,
                      .n_exclude = self->hidden->len };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) registrations = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store == NULL || self->event_id == 0)
    return;
  registrations = skup_store_list (self->store, SKUP_TYPE_REGISTRATION, &query, &error);
  /* A read error is said, never shown as an empty list. */
  show_error (self, error ? error->message : NULL);
  if (registrations == NULL)
    registrations = G_LIST_MODEL (g_list_store_new (SKUP_TYPE_RECORD));
  g_set_object (&self->registrations, registrations);
  bind_list (self);
  update_search (self);
  update_more (self);
  update_seats (self);
}

static gboolean
refresh_idle (gpointer data)
{
  SkupParticipantsGroup *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (SkupParticipantsGroup *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

/* The kinds whose changes show in the rows: names, organisations, attendance, seats. */
static gboolean
shows_kind (const char *kind)
{
  static const char * const kinds[] = {
    "", "registration", "person", "organisation", "attendance", "event", "session", "room",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i], kind))
      return TRUE;
  return FALSE;
}

static void
on_store_changed (SkupParticipantsGroup *self,
                  const char            *kind)
{
  /* What the group wrote itself is on screen already: rebuilding would take the focus. */
  if (!self->writing && shows_kind (kind))
    queue_refresh (self);
}

static void
on_promoted (SkupParticipantsGroup *self,
             gint64                 registration_id)
{
  g_autoptr(SkupRecord) registration = skup_store_load (self->store, SKUP_TYPE_REGISTRATION,
                                                        registration_id, NULL);
  g_autofree char *text = NULL;

  if (registration == NULL)
    return;
  /* Translators: a toast after someone cancelled; %s is the name of who got their seat */
  text = g_strdup_printf (_("%s had been waiting and now has a seat"),
                          skup_record_get_string (registration, "person-name"));
  _skup_registration_toast (GTK_WIDGET (self), text);
}

static void
follow_store (SkupParticipantsGroup *self)
{
  SkupStore *store = self->context ? skup_context_get_store (self->context) : NULL;

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store == NULL)
    return;
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "promoted", G_CALLBACK (on_promoted), self, G_CONNECT_SWAPPED);
}

/* Another register in the same window: what was shown belongs to the old one. */
static void
on_context_store_changed (SkupParticipantsGroup *self)
{
  follow_store (self);
  refresh (self);
}

/* Search ***************************************************************************/

/* The register's people search finds names in either script and without diacritics; the
 * registrations are narrowed to the people it found. */
static GHashTable *
find_people (SkupParticipantsGroup *self,
             const char            *text)
{
  SkupQuery query = { .search = text };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = skup_store_list (self->store, SKUP_TYPE_PERSON, &query, &error);
  GHashTable *found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  show_error (self, error ? error->message : NULL);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      gint64 id = skup_record_list_get_id (SKUP_RECORD_LIST (people), i);

      g_hash_table_add (found, g_memdup2 (&id, sizeof id));
    }
  return found;
}

static void
apply_search (SkupParticipantsGroup *self)
{
  g_auto(GStrv) terms = NULL;

  g_clear_pointer (&self->matches, g_hash_table_unref);
  terms = skup_text_search_terms (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (terms != NULL && self->store != NULL)
    self->matches = find_people (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  self->limit = PAGE_SIZE;
  if (self->slice != NULL)
    gtk_slice_list_model_set_size (self->slice, self->limit);
  if (self->filtered != NULL)
    gtk_filter_list_model_set_filter (self->filtered,
                                      self->matches != NULL ? GTK_FILTER (self->filter) : NULL);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_search (self);
  update_more (self);
}

static void
on_search_changed (SkupParticipantsGroup *self)
{
  apply_search (self);
}

/* Delete with Undo *****************************************************************/

static void
on_undo_over (SkupParticipantsGroup *self,
              AdwToast              *toast)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "skup-registration-id"));

  for (guint i = 0; i < self->hidden->len; i++)
    if (g_array_index (self->hidden, gint64, i) == id)
      {
        g_array_remove_index (self->hidden, i);
        break;
      }
  queue_refresh (self);
}

static SkupWindow *
get_window (SkupParticipantsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return SKUP_IS_WINDOW (root) ? SKUP_WINDOW (root) : NULL;
}

/* If the window now offers to undo the deletion, the row goes until the toast does. */
static gboolean
hide_if_undoable (SkupParticipantsGroup *self,
                  gint64                 registration_id)
{
  SkupWindow *window = get_window (self);
  AdwToast *toast = window ? skup_window_get_undo_toast (window) : NULL;

  if (toast == NULL || toast == self->toast_before)
    return FALSE;
  g_object_set_data (G_OBJECT (toast), "skup-registration-id",
                     GSIZE_TO_POINTER ((gsize) registration_id));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_over), self,
                           G_CONNECT_SWAPPED);
  g_array_append_val (self->hidden, registration_id);
  refresh (self);
  return TRUE;
}

static void
on_confirm_response (SkupParticipantsGroup *self)
{
  hide_if_undoable (self, self->deleting_id);
}

/* The window confirms first when attendance goes too: follow its dialog's answer. */
static void
follow_confirmation (SkupParticipantsGroup *self,
                     SkupWindow            *window)
{
  /* GTK's own list of windows: looked at, not owned. */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) dialog = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_visible (GTK_WIDGET (dialog))
          && gtk_window_get_transient_for (dialog) == GTK_WINDOW (window))
        g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self,
                                 G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
}

/* The window's delete: it confirms what goes with the registration (attendance) and offers
 * Undo; the row goes while it can be undone. */
static void
ask_to_delete (SkupParticipantsGroup *self,
               SkupRecord            *registration)
{
  SkupWindow *window = get_window (self);
  AdwToast *before = window ? skup_window_get_undo_toast (window) : NULL;

  g_set_object (&self->toast_before, before);
  self->deleting_id = skup_record_get_id (registration);
  skup_detail_section_request_delete (SKUP_DETAIL_SECTION (self), registration);
  if (window != NULL && !hide_if_undoable (self, self->deleting_id))
    follow_confirmation (self, window);
}

/* Actions **************************************************************************/

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (widget);
  GtkWindow *dialog;

  if (self->store == NULL || self->event_id == 0)
    return;
  dialog = skup_add_people_dialog_new (parent_window (widget), self->store, self->event_id);
  gtk_window_present (dialog);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (widget);
  GtkWindow *dialog;

  if (self->store == NULL || self->event_id == 0)
    return;
  dialog = skup_paste_list_dialog_new (parent_window (widget), self->store, self->event_id);
  gtk_window_present (dialog);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (widget);

  if (self->store != NULL && self->event_id != 0)
    skup_copy_participants_present (parent_window (widget), self->store, self->event_id);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  skup_detail_section_open_record (SKUP_DETAIL_SECTION (widget), SKUP_TYPE_PERSON,
                                   g_variant_get_int64 (parameter));
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (widget);

  self->limit += PAGE_SIZE;
  if (self->slice != NULL)
    gtk_slice_list_model_set_size (self->slice, self->limit);
  update_more (self);
}

/* SkupDetailSection ****************************************************************/

static void
participants_set_record (SkupDetailSection *section,
                         SkupRecord        *record)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (section);

  self->event_id = skup_record_get_id (record);
  g_array_set_size (self->hidden, 0);
  refresh (self);
}

static void
detail_section_iface_init (SkupDetailSectionInterface *iface)
{
  iface->set_record = participants_set_record;
  /* No refresh: the group follows the register itself, and not while it writes, so the page
   * reading again after each change never takes a row from under the user's hands. */
}

/* GObject **************************************************************************/

static void
skup_participants_group_constructed (GObject *object)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (object);

  G_OBJECT_CLASS (skup_participants_group_parent_class)->constructed (object);

  if (self->context != NULL)
    g_signal_connect_object (self->context, "notify::store",
                             G_CALLBACK (on_context_store_changed), self, G_CONNECT_SWAPPED);
  follow_store (self);
}

static void
skup_participants_group_dispose (GObject *object)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_PARTICIPANTS_GROUP);
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->registrations);
  g_clear_object (&self->toast_before);
  g_clear_object (&self->row_menu);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_participants_group_parent_class)->dispose (object);
}

static void
skup_participants_group_finalize (GObject *object)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (object);

  g_array_unref (self->hidden);

  G_OBJECT_CLASS (skup_participants_group_parent_class)->finalize (object);
}

static void
skup_participants_group_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SECTION:
      g_value_set_pointer (value, NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_participants_group_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SkupParticipantsGroup *self = SKUP_PARTICIPANTS_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SECTION:
      /* The group's title and texts are its own (its template's). */
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_participants_group_class_init (SkupParticipantsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_participants_group_constructed;
  object_class->dispose = skup_participants_group_dispose;
  object_class->finalize = skup_participants_group_finalize;
  object_class->get_property = skup_participants_group_get_property;
  object_class->set_property = skup_participants_group_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_SECTION, "section");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-participants-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupParticipantsGroup, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupParticipantsGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupParticipantsGroup, placeholder);
  gtk_widget_class_bind_template_child (widget_class, SkupParticipantsGroup, more_button);
  gtk_widget_class_bind_template_child (widget_class, SkupParticipantsGroup, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);

  gtk_widget_class_install_action (widget_class, "participants.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "participants.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "participants.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "participants.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "participants.show-more", NULL,
                                   show_more_action);
}

static void
skup_participants_group_init (SkupParticipantsGroup *self)
{
  self->limit = PAGE_SIZE;
  self->hidden = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->row_menu = new_row_menu ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API ******************************************************************************/

GtkWidget *
skup_participants_group_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_PARTICIPANTS_GROUP, "context", context, NULL);
}

GtkListBox *
skup_participants_group_get_list (SkupParticipantsGroup *self)
{
  g_return_val_if_fail (SKUP_IS_PARTICIPANTS_GROUP (self), NULL);

  return self->list_box;
}

guint
skup_participants_group_get_n_matches (SkupParticipantsGroup *self)
{
  g_return_val_if_fail (SKUP_IS_PARTICIPANTS_GROUP (self), 0);

  return n_filtered (self);
}

GtkWidget *
skup_participants_group_find_row (SkupParticipantsGroup *self,
                                  gint64                 registration_id)
{
  g_return_val_if_fail (SKUP_IS_PARTICIPANTS_GROUP (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child) && row_registration_id (child) == registration_id)
      return child;
  return NULL;
}

gint64
skup_participants_group_get_row_registration (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), 0);

  return row_registration_id (row);
}

void
skup_participants_group_set_search_text (SkupParticipantsGroup *self,
                                         const char            *text)
{
  g_return_if_fail (SKUP_IS_PARTICIPANTS_GROUP (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* The entry reports changes after a pause for typing; callers want the list now. */
  apply_search (self);
}
