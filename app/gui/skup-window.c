/* skup-window.c — the main window: a sidebar of sections and the page of the chosen one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "certificates/skup-certificates-page.h"
#include "reports/skup-reports-page.h"

#include "skup-narrow.h"
#include "skup-open-register-window.h"
#include "skup-preferences-window.h"
#include "skup-register-location.h"
#include "skup-window.h"
#include "certificates/skup-template-list-window.h"
#include "import/skup-import-window.h"

/* Seconds a deletion can be undone in. Long enough to read the toast and reach for the
 * button; the record is gone from the lists meanwhile. */
#define UNDO_TIMEOUT 7

/* Where the user asked to go. Leaving a page with unsaved changes asks first, so the request
 * is kept until the question is answered. */
typedef enum {
  NAVIGATION_LIST,          /* from a record's page back to its section's list */
  NAVIGATION_SECTION,       /* to another section */
  NAVIGATION_RECORD,        /* to a record's page */
  NAVIGATION_NEW,           /* to a new record of the section shown */
  NAVIGATION_CLOSE_WINDOW,
  NAVIGATION_REGISTER,      /* to another register, in this window */
} NavigationKind;

typedef struct {
  NavigationKind  kind;
  char           *section;
  GType           type;
  gint64          id;
  /* NAVIGATION_SECTION: also leave the sidebar for it when folded */
  gboolean        reveal;
  /* NAVIGATION_REGISTER: the register to show, opened already */
  SkupStore      *store;
} Navigation;

/* A deletion waiting for its Undo toast to go. */
typedef struct {
  SkupRecord *record;
  GPtrArray  *plan;
  AdwToast   *toast;
} PendingDelete;

struct _SkupWindow
{
  AdwApplicationWindow  parent_instance;

  /* What the pages share; its store is @store, the register this window shows. */
  SkupContext          *context;
  SkupStore            *store;
  GSettings            *settings;
  /* The stack's pages: the sidebar shows them, so row n is page n. */
  GListModel           *pages;
  SkupDetailPage       *detail;
  /* (element-type PendingDelete), oldest first */
  GPtrArray            *pending;
  /* Lists are read ahead one at a time while idle; the next one is @prepare_index. */
  guint                 prepare_id;
  guint                 prepare_index;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwToast             *last_toast;   /* for tests: what skup_window_add_toast() showed */
  AdwWindowTitle       *sidebar_title;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkStack             *content_stack;
  GtkStack             *stack;
  AdwBin               *certificates_bin;
  AdwBin               *reports_bin;
};

G_DEFINE_FINAL_TYPE (SkupWindow, skup_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void navigate (SkupWindow *self,
                      Navigation *navigation);
static void switch_store (SkupWindow *self,
                          SkupStore  *store);

static Navigation *
navigation_new (NavigationKind  kind,
                const char     *section,
                GType           type,
                gint64          id)
{
  Navigation *navigation = g_new0 (Navigation, 1);

  navigation->kind = kind;
  navigation->section = g_strdup (section);
  navigation->type = type;
  navigation->id = id;
  return navigation;
}

static void
navigation_free (Navigation *navigation)
{
  g_free (navigation->section);
  g_clear_object (&navigation->store);
  g_free (navigation);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Navigation, navigation_free)

static void
pending_delete_free (PendingDelete *pending)
{
  g_clear_object (&pending->record);
  g_clear_pointer (&pending->plan, g_ptr_array_unref);
  g_clear_object (&pending->toast);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PendingDelete, pending_delete_free)

static void
show_toast (SkupWindow *self,
            const char *text)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* Sections **************************************************************************/

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  GtkStackPage *page = GTK_STACK_PAGE (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  /* Built in code rather than a template: the row is only the page's own icon and title,
   * bound so the two can never disagree. */
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  g_object_bind_property (page, "icon-name", icon, "icon-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "title", label, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static const char *
page_name_at (SkupWindow *self,
              guint       position)
{
  /* GTK 4.8 has no autoptr for GtkStackPage. */
  g_autoptr(GObject) page = g_list_model_get_item (self->pages, position);

  /* The stack keeps the page alive, so the name outlives our reference. */
  return page != NULL ? gtk_stack_page_get_name (GTK_STACK_PAGE (page)) : NULL;
}

static SkupListPage *
get_current_list_page (SkupWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  return SKUP_IS_LIST_PAGE (child) ? SKUP_LIST_PAGE (child) : NULL;
}

/* Actions that need a list, and the list shown rather than a record's page. */
static void
update_actions (SkupWindow *self)
{
  gboolean has_list = get_current_list_page (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 has_list && self->detail == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", self->pending->len > 0);
}

/* Selects the sidebar row of the section shown (after a change from an action, a saved
 * setting, or a section change the user cancelled). */
static void
sync_sidebar (SkupWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  guint n_pages = g_list_model_get_n_items (self->pages);

  for (guint i = 0; i < n_pages; i++)
    {
      if (g_strcmp0 (page_name_at (self, i), name) == 0)
        {
          gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
          break;
        }
    }
}

static void
on_stack_visible_child_changed (SkupWindow *self)
{
  if (gtk_stack_get_visible_child (self->stack) == NULL)
    return;

  sync_sidebar (self);
  update_actions (self);
}

static void
on_sidebar_row_selected (SkupWindow    *self,
                         GtkListBoxRow *row)
{
  const char *name;

  if (row == NULL)
    return;

  /* Arrow keys move the selection without activating: follow it, but stay in the sidebar. */
  name = page_name_at (self, gtk_list_box_row_get_index (row));
  if (g_strcmp0 (name, gtk_stack_get_visible_child_name (self->stack)) != 0)
    navigate (self, navigation_new (NAVIGATION_SECTION, name, G_TYPE_INVALID, 0));
}

static void
on_sidebar_row_activated (SkupWindow    *self,
                          GtkListBoxRow *row)
{
  const char *name = page_name_at (self, gtk_list_box_row_get_index (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", name);
}

/* The section that lists records of @type; a person stays among the trainers if shown there. */
static const char *
section_for_type (SkupWindow *self,
                  GType       type)
{
  SkupListPage *current = get_current_list_page (self);

  const SkupKind *kind = skup_kind_for_type (type);

  if (current != NULL && skup_list_page_get_record_type (current) == type)
    return skup_list_page_get_kind (current);
  /* The kind's first list is its own; the others are a part of it (trainers). */
  return kind->n_views > 0 ? kind->views[0].name : NULL;
}

/* Tab leaves the sidebar for the page shown, Shift+Tab for the sidebar's header bar. Left to
 * itself, GtkListBox moves from row to row with Tab, and the section follows the row: Tab
 * switched sections. The arrow keys still do. */
static gboolean
focus_content (SkupWindow *self)
{
  SkupListPage *list = get_current_list_page (self);
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);

  /* The sections, or a record's page over them. */
  if (page == GTK_WIDGET (self->stack))
    page = gtk_stack_get_visible_child (self->stack);
  if (self->detail == NULL && list != NULL && skup_list_page_focus_rows (list))
    return TRUE;
  return page != NULL && gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static gboolean
on_sidebar_key_pressed (SkupWindow      *self,
                        guint            keyval,
                        guint            keycode,
                        GdkModifierType  state)
{
  GtkWidget *header;
  gboolean backward;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return GDK_EVENT_PROPAGATE;
  if ((state & gtk_accelerator_get_default_mod_mask () & ~GDK_SHIFT_MASK) != 0)
    return GDK_EVENT_PROPAGATE;

  backward = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0;
  /* Folded, the page is not shown: the header bar is all there is besides the sidebar. */
  if (!backward && !adw_leaflet_get_folded (self->leaflet) && focus_content (self))
    return GDK_EVENT_STOP;
  header = gtk_widget_get_first_child (gtk_widget_get_ancestor (GTK_WIDGET (self->sidebar),
                                                                GTK_TYPE_BOX));
  gtk_widget_child_focus (header, backward ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
  /* Never on to the next row, even when there is nothing else to go to. */
  return GDK_EVENT_STOP;
}

static void
watch_sidebar_keys (SkupWindow *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_sidebar_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), controller);
}

/* Record pages ************************************************************************/

static void
close_detail (SkupWindow *self)
{
  SkupListPage *list = get_current_list_page (self);
  SkupDetailPage *detail = g_steal_pointer (&self->detail);
  gint64 id;

  if (detail == NULL)
    return;

  id = skup_detail_page_get_record_id (detail);
  g_signal_handlers_disconnect_by_data (detail, self);
  gtk_stack_set_visible_child_name (self->content_stack, "sections");
  gtk_stack_remove (self->content_stack, GTK_WIDGET (detail));
  update_actions (self);

  /* Back where the user left, on the record just seen. */
  if (list != NULL)
    {
      skup_list_page_select_record (list, id);
      gtk_widget_grab_focus (GTK_WIDGET (list));
    }
}

static void
on_detail_close_requested (SkupWindow *self)
{
  navigate (self, navigation_new (NAVIGATION_LIST, NULL, G_TYPE_INVALID, 0));
}

static void
on_detail_delete_requested (SkupWindow *self,
                            SkupRecord *record)
{
  skup_window_delete_record (self, record);
}

static void
on_detail_open_record (SkupWindow *self,
                       GType       type,
                       gint64      id)
{
  skup_window_open_record (self, type, id);
}

static void
show_detail (SkupWindow     *self,
             SkupDetailPage *detail)
{
  self->detail = detail;
  g_signal_connect_swapped (detail, "close-requested",
                            G_CALLBACK (on_detail_close_requested), self);
  g_signal_connect_swapped (detail, "delete-requested",
                            G_CALLBACK (on_detail_delete_requested), self);
  g_signal_connect_swapped (detail, "open-record", G_CALLBACK (on_detail_open_record), self);

  gtk_stack_add_child (self->content_stack, GTK_WIDGET (detail));
  _skup_narrow_follow_fold (GTK_WIDGET (detail), self->leaflet);
  g_object_bind_property (self->leaflet, "folded", detail, "folded", G_BINDING_SYNC_CREATE);
  gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (detail));
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (detail));
}

static void
show_new_record (SkupWindow *self)
{
  SkupListPage *list = get_current_list_page (self);
  const SkupKindView *view;
  SkupDetailPage *detail;

  if (list == NULL)
    return;

  view = skup_kinds_find_view (skup_list_page_get_kind (list), NULL);
  detail = skup_detail_page_new (self->context, skup_list_page_get_record_type (list), 0);
  /* A list of some of a kind makes one of those: New in Trainers makes a trainer. */
  if (view->only_if != NULL)
    skup_detail_page_set_field_default (detail, view->only_if, "yes");
  show_detail (self, detail);
}

/* Navigation ****************************************************************************/

static void
show_section (SkupWindow *self,
              const char *name,
              gboolean    reveal)
{
  if (name != NULL && gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
  /* When folded, showing a section means leaving the sidebar for it. */
  if (reveal)
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static gboolean
close_window_in_idle (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
perform_navigation (SkupWindow *self,
                    Navigation *navigation)
{
  close_detail (self);

  switch (navigation->kind)
    {
    case NAVIGATION_LIST:
      break;

    case NAVIGATION_SECTION:
      show_section (self, navigation->section, navigation->reveal);
      break;

    case NAVIGATION_RECORD:
      show_section (self, section_for_type (self, navigation->type), FALSE);
      show_detail (self, skup_detail_page_new (self->context, navigation->type, navigation->id));
      break;

    case NAVIGATION_NEW:
      show_new_record (self);
      break;

    case NAVIGATION_REGISTER:
      switch_store (self, navigation->store);
      break;

    case NAVIGATION_CLOSE_WINDOW:
      /* Once the dialog that asked is gone: it must not outlive the window it belongs to. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_window_in_idle, g_object_ref (self),
                       g_object_unref);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
on_save_changes_response (SkupWindow      *self,
                          const char      *response,
                          AdwMessageDialog *dialog)
{
  Navigation *navigation = g_object_get_data (G_OBJECT (dialog), "navigation");

  if (self->detail == NULL)
    return;

  if (g_str_equal (response, "save"))
    {
      /* A failed save shows why at the field; the user stays to fix it. */
      if (!skup_detail_page_save (self->detail))
        {
          sync_sidebar (self);
          return;
        }
    }
  else if (g_str_equal (response, "discard"))
    {
      skup_detail_page_discard (self->detail);
    }
  else
    {
      sync_sidebar (self);
      return;
    }

  perform_navigation (self, navigation);
}

static void
ask_to_save (SkupWindow *self,
             Navigation *navigation)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                              _("This page has changes that are not saved. "
                                                "Discarded changes cannot be recovered."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "navigation", navigation,
                          (GDestroyNotify) navigation_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_changes_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Goes where @navigation says, asking first if that would lose unsaved changes. Takes
 * @navigation. */
static void
navigate (SkupWindow *self,
          Navigation *navigation)
{
  g_autoptr(Navigation) owned = navigation;

  if (self->detail != NULL && skup_detail_page_is_dirty (self->detail))
    ask_to_save (self, g_steal_pointer (&owned));
  else
    perform_navigation (self, navigation);
}

/* Delete with Undo **********************************************************************/

static void
update_hidden_records (SkupWindow *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_pages = g_list_model_get_n_items (self->pages);

  for (guint i = 0; i < n_pages; i++)
    {
      SkupListPage *list = skup_window_get_list_page (self, page_name_at (self, i));
      GType type;

      if (list == NULL)
        continue;
      type = skup_list_page_get_record_type (list);
      g_array_set_size (ids, 0);
      for (guint j = 0; j < self->pending->len; j++)
        {
          PendingDelete *pending = g_ptr_array_index (self->pending, j);
          gint64 id = skup_record_get_id (pending->record);

          if (G_OBJECT_TYPE (pending->record) == type)
            g_array_append_val (ids, id);
        }
      skup_list_page_set_hidden_ids (list, (const gint64 *) (gpointer) ids->data, ids->len);
    }
  update_actions (self);
}

/* Takes the pending deletion of @toast out of the list, or returns NULL if it was undone or
 * done already. */
static PendingDelete *
steal_pending (SkupWindow *self,
               AdwToast   *toast)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending, i);

      if (toast == NULL || pending->toast == toast)
        {
          g_signal_handlers_disconnect_by_data (pending->toast, self);
          return g_ptr_array_steal_index (self->pending, i);
        }
    }
  return NULL;
}

static void
commit_delete (SkupWindow    *self,
               PendingDelete *pending)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = skup_record_dup_title (pending->record);

  if (!skup_store_delete (self->store, pending->record, pending->plan, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a record's title, then the reason */
      message = g_strdup_printf (_("“%s” could not be deleted: %s"), title, error->message);
      show_toast (self, message);
    }
}

static void
on_undo_toast_dismissed (AdwToast   *toast,
                         SkupWindow *self)
{
  g_autoptr(PendingDelete) pending = steal_pending (self, toast);

  if (pending == NULL)
    return;
  commit_delete (self, pending);
  update_hidden_records (self);
}

static void
on_undo_clicked (AdwToast   *toast,
                 SkupWindow *self)
{
  g_autoptr(PendingDelete) pending = steal_pending (self, toast);

  if (pending != NULL)
    update_hidden_records (self);
}

static gboolean
detail_shows (SkupWindow *self,
              SkupRecord *record)
{
  return self->detail != NULL &&
         skup_detail_page_get_record_type (self->detail) == G_OBJECT_TYPE (record) &&
         skup_detail_page_get_record_id (self->detail) == skup_record_get_id (record);
}

static void
hide_and_offer_undo (SkupWindow *self,
                     SkupRecord *record,
                     GPtrArray  *plan)
{
  PendingDelete *pending = g_new0 (PendingDelete, 1);
  g_autofree char *title = skup_record_dup_title (record);
  /* Translators: shown after a deletion, with an Undo button; %s is the record's title */
  g_autofree char *markup = g_markup_printf_escaped (_("“%s” deleted"), title);

  if (detail_shows (self, record))
    close_detail (self);

  pending->record = g_object_ref (record);
  pending->plan = g_ptr_array_ref (plan);
  pending->toast = adw_toast_new (markup);
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  adw_toast_set_timeout (pending->toast, UNDO_TIMEOUT);
  /* The latest deletion is the one Undo is for: show its toast at once. */
  adw_toast_set_priority (pending->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (pending->toast, "button-clicked", G_CALLBACK (on_undo_clicked), self);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed), self);
  g_ptr_array_add (self->pending, pending);

  update_hidden_records (self);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (pending->toast));
}

static void
on_delete_response (SkupWindow       *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "delete"))
    hide_and_offer_undo (self, g_object_get_data (G_OBJECT (dialog), "record"),
                         g_object_get_data (G_OBJECT (dialog), "plan"));
}

static char *
describe_plan (GPtrArray *plan)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < plan->len; i++)
    {
      SkupConsequence *consequence = g_ptr_array_index (plan, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, consequence->description);
    }
  return g_string_free (text, FALSE);
}

static void
confirm_delete (SkupWindow *self,
                SkupRecord *record,
                GPtrArray  *plan)
{
  g_autofree char *title = skup_record_dup_title (record);
  g_autofree char *body = describe_plan (plan);
  /* Translators: %s is the title of the record to delete */
  g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), title);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "record", g_object_ref (record), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "plan", g_ptr_array_ref (plan),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
commit_all_pending (SkupWindow *self)
{
  PendingDelete *pending;

  while ((pending = steal_pending (self, NULL)) != NULL)
    {
      g_autoptr(PendingDelete) owned = pending;

      commit_delete (self, owned);
    }
}

/* Actions *******************************************************************************/

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  Navigation *navigation;

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("SkupWindow has no page named “%s”", name);
      return;
    }

  /* From a record's page, the section's row goes back to its list. */
  navigation = navigation_new (NAVIGATION_SECTION, name, G_TYPE_INVALID, 0);
  navigation->reveal = TRUE;
  navigate (self, navigation);
}

/* win.show-organisation-people(id): the People list, narrowed to one organisation (an
 * organisation's page links to it). */
static void
show_organisation_people_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SkupListPage *people = skup_window_get_list_page (SKUP_WINDOW (widget), "people");

  skup_list_page_set_organisation_filter (people, g_variant_get_int64 (parameter));
  gtk_widget_activate_action (widget, "win.show-page", "s", "people");
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  navigate (SKUP_WINDOW (widget), navigation_new (NAVIGATION_NEW, NULL, G_TYPE_INVALID, 0));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);
  SkupListPage *list = get_current_list_page (self);

  if (list == NULL || self->detail != NULL)
    return;
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  skup_list_page_start_search (list);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);
  g_autoptr(PendingDelete) pending = NULL;

  if (self->pending->len == 0)
    return;

  pending = g_ptr_array_steal_index (self->pending, self->pending->len - 1);
  g_signal_handlers_disconnect_by_data (pending->toast, self);
  adw_toast_dismiss (pending->toast);
  update_hidden_records (self);
}

/* Sample data ***************************************************************************/

static void
set_loading (SkupWindow *self,
             gboolean    loading)
{
  guint n_pages = g_list_model_get_n_items (self->pages);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample-data", !loading);
  for (guint i = 0; i < n_pages; i++)
    {
      SkupListPage *list = skup_window_get_list_page (self, page_name_at (self, i));

      if (list != NULL)
        g_object_set (list, "loading", loading, NULL);
    }
}

static void
refresh_lists (SkupWindow *self)
{
  guint n_pages = g_list_model_get_n_items (self->pages);

  for (guint i = 0; i < n_pages; i++)
    {
      SkupListPage *list = skup_window_get_list_page (self, page_name_at (self, i));

      if (list != NULL)
        skup_list_page_refresh (list);
    }
}

static void
on_sample_data_loaded (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(SkupWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean loaded = skup_demo_fill_sample_finish (SKUP_STORE (source), result, NULL, &error);

  /* A window closed meanwhile has nothing left to show it in. */
  if (self->pages == NULL)
    return;

  set_loading (self, FALSE);
  refresh_lists (self);
  show_toast (self, loaded ? _("Sample data loaded") : error->message);
}

static void
load_sample_data_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);

  set_loading (self, TRUE);
  skup_demo_fill_sample_async (self->store, NULL, on_sample_data_loaded, g_object_ref (self));
}

/* Registers ****************************************************************************/

/* A shared register says which one it is: two open registers must never be confused. */
static void
update_register_title (SkupWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->store == NULL || !skup_store_is_shared (self->store))
    {
      adw_window_title_set_subtitle (self->sidebar_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Skup"));
      return;
    }
  name = skup_store_dup_display_name (self->store);
  adw_window_title_set_subtitle (self->sidebar_title, name);
  /* Translators: the window title; %s is a shared register's address */
  title = g_strdup_printf (_("Skup — %s"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Shared registers are remembered for the Open Shared Register dialog; their locations carry
 * no password (the dialog has nowhere to type one). */
static void
remember_register (SkupWindow *self)
{
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) updated = NULL;

  if (!skup_store_is_shared (self->store))
    return;
  recent = g_settings_get_strv (self->settings, "recent-registers");
  updated = skup_recent_registers_add ((const char * const *) recent,
                                       skup_store_get_path (self->store),
                                       SKUP_MAX_RECENT_REGISTERS);
  g_settings_set_strv (self->settings, "recent-registers", (const char * const *) updated);
}

/* The preferences show one register's settings: they go with it. */
static void
close_preferences (SkupWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (SKUP_IS_PREFERENCES_WINDOW (window) && gtk_window_get_transient_for (window)
                                                 == GTK_WINDOW (self))
        gtk_window_destroy (window);
    }
}

/* Shows @store instead of the register shown: deletions waiting for Undo are done in the old
 * one first, then every list, the title and the watch follow. The record page is closed by
 * the navigation that brings us here. */
static void
switch_store (SkupWindow *self,
              SkupStore  *store)
{
  PendingDelete *pending;

  if (store == self->store)
    return;

  while ((pending = steal_pending (self, NULL)) != NULL)
    {
      g_autoptr(PendingDelete) owned = pending;

      commit_delete (self, owned);
      adw_toast_dismiss (owned->toast);
    }
  close_preferences (self);

  skup_store_watch (self->store, FALSE);
  g_set_object (&self->store, store);
  skup_store_watch (self->store, TRUE);
  /* Every page follows the context. */
  skup_context_set_store (self->context, store);
  /* No deletion waits any more: nothing stays hidden. */
  update_hidden_records (self);
  update_register_title (self);
  remember_register (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
on_register_opened (SkupWindow *self,
                    SkupStore  *store)
{
  skup_window_open_register (self, store);
}

static void
open_shared_register_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SkupOpenRegisterWindow *dialog = skup_open_register_window_new (GTK_WINDOW (widget));

  g_signal_connect_object (dialog, "register-opened", G_CALLBACK (on_register_opened), widget,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_local_register_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);
  g_autofree char *path = skup_store_canonical_location (NULL);
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (path, skup_store_get_path (self->store)) == 0)
    return;
  /* A file on this computer opens at once; a server is the dialog's, in a thread. */
  store = skup_store_open (path, &error);
  if (store == NULL)
    show_toast (self, error->message);
  else
    skup_window_open_register (self, store);
}

/* Window state ***************************************************************************/

static void
restore_window_state (SkupWindow *self)
{
  g_autofree char *last_page = NULL;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* A page that no longer exists (a setting from another version) leaves the first one. */
  last_page = g_settings_get_string (self->settings, "last-page");
  if (gtk_stack_get_child_by_name (self->stack, last_page) != NULL)
    gtk_stack_set_visible_child_name (self->stack, last_page);
}

static void
save_window_state (SkupWindow *self)
{
  int width;
  int height;

  /* GTK 4 keeps the default size up to date with the unmaximised size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-page", skup_window_get_visible_page_name (self));
  g_settings_apply (self->settings);
}

static gboolean
skup_window_close_request (GtkWindow *window)
{
  SkupWindow *self = SKUP_WINDOW (window);

  /* Unsaved changes are never lost silently: ask, and close once answered. */
  if (self->detail != NULL && skup_detail_page_is_dirty (self->detail))
    {
      navigate (self, navigation_new (NAVIGATION_CLOSE_WINDOW, NULL, G_TYPE_INVALID, 0));
      return TRUE;
    }

  /* Deletions waiting for their toast are what the user asked for. */
  commit_all_pending (self);
  save_window_state (self);

  return GTK_WINDOW_CLASS (skup_window_parent_class)->close_request (window);
}

/* GObject *******************************************************************************/

static void
on_list_record_activated (SkupWindow   *self,
                          gint64        id,
                          SkupListPage *list)
{
  skup_window_open_record (self, skup_list_page_get_record_type (list), id);
}

static void
on_list_delete_requested (SkupWindow   *self,
                          SkupRecord   *record,
                          SkupListPage *list)
{
  skup_window_delete_record (self, record);
}

/* The sections: a list for each view a kind registered, in the registry's order, then the
 * pages the template declares (certificates, reports). */
static void
add_list_pages (SkupWindow *self)
{
  g_autoptr(GPtrArray) fixed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree GType *types = NULL;
  guint n_types;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stack))) != NULL)
    {
      g_ptr_array_add (fixed, g_object_ref (gtk_stack_get_page (self->stack, child)));
      g_ptr_array_add (fixed, g_object_ref (child));
      gtk_stack_remove (self->stack, child);
    }

  types = skup_kinds_get_all (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      const SkupKind *kind = skup_kind_for_type (types[i]);

      for (guint v = 0; v < kind->n_views; v++)
        {
          const SkupKindView *view = &kind->views[v];
          SkupListPage *list = skup_list_page_new (self->context, view->name);
          GtkStackPage *page = gtk_stack_add_titled (self->stack, GTK_WIDGET (list), view->name,
                                                     g_dgettext (GETTEXT_PACKAGE, view->title));

          gtk_stack_page_set_icon_name (page, view->icon_name);
        }
    }

  for (guint i = 0; i < fixed->len; i += 2)
    {
      GtkStackPage *old = fixed->pdata[i];
      GtkStackPage *page = gtk_stack_add_titled (self->stack, fixed->pdata[i + 1],
                                                 gtk_stack_page_get_name (old),
                                                 gtk_stack_page_get_title (old));

      gtk_stack_page_set_icon_name (page, gtk_stack_page_get_icon_name (old));
    }
}

static void
connect_list_pages (SkupWindow *self)
{
  guint n_pages = g_list_model_get_n_items (self->pages);

  for (guint i = 0; i < n_pages; i++)
    {
      SkupListPage *list = skup_window_get_list_page (self, page_name_at (self, i));

      if (list == NULL)
        continue;
      g_object_bind_property (self->leaflet, "folded", list, "folded", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (list, "record-activated",
                               G_CALLBACK (on_list_record_activated), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "delete-requested", G_CALLBACK (on_list_delete_requested),
                               self, G_CONNECT_SWAPPED);
    }
}

/* Reads one list that is not shown yet, while nothing else is to be done: opening a section
 * then only has to draw it (on 100,000 people, reading and building the rows is a third of
 * the time). */
static gboolean
prepare_next_list (gpointer user_data)
{
  SkupWindow *self = user_data;
  guint n_pages = g_list_model_get_n_items (self->pages);

  while (self->prepare_index < n_pages)
    {
      SkupListPage *list = skup_window_get_list_page (self,
                                                      page_name_at (self, self->prepare_index++));

      if (list != NULL)
        {
          skup_list_page_prepare (list);
          return G_SOURCE_CONTINUE;
        }
    }

  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

/* The page needs the context, which the template cannot give it. */
static void
add_certificates_page (SkupWindow *self)
{
  SkupCertificatesPage *page = skup_certificates_page_new (self->context);

  g_object_bind_property (self->leaflet, "folded", page, "folded", G_BINDING_SYNC_CREATE);
  adw_bin_set_child (self->certificates_bin, GTK_WIDGET (page));
}

/* As the Certificates page: the Reports page needs the context too. */
static void
add_reports_page (SkupWindow *self)
{
  SkupReportsPage *page = skup_reports_page_new (self->context);

  g_object_bind_property (self->leaflet, "folded", page, "folded", G_BINDING_SYNC_CREATE);
  adw_bin_set_child (self->reports_bin, GTK_WIDGET (page));
}

static void
skup_window_constructed (GObject *object)
{
  SkupWindow *self = SKUP_WINDOW (object);

  G_OBJECT_CLASS (skup_window_parent_class)->constructed (object);

  self->context = skup_context_new (self->store, self->settings);
  add_list_pages (self);
  connect_list_pages (self);
  add_certificates_page (self);
  add_reports_page (self);
  restore_window_state (self);
  /* Restoring the first page changes nothing, so nothing would select its row. */
  on_stack_visible_child_changed (self);
  /* The sidebar and every section; record pages as they open. */
  _skup_narrow_follow_fold (GTK_WIDGET (self->leaflet), self->leaflet);
  /* Other organisers' changes show within a second or two, here as on a shared server. */
  skup_store_watch (self->store, TRUE);
  update_register_title (self);
  self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_next_list, self, NULL);
}

static void
skup_window_dispose (GObject *object)
{
  SkupWindow *self = SKUP_WINDOW (object);

  /* A window destroyed without closing (the application quitting) still does what it was
   * asked: the deletions waiting for their toasts. */
  if (self->pending != NULL && self->store != NULL)
    commit_all_pending (self);

  g_clear_handle_id (&self->prepare_id, g_source_remove);
  if (self->store != NULL)
    skup_store_watch (self->store, FALSE);
  if (self->detail != NULL)
    g_signal_handlers_disconnect_by_data (self->detail, self);
  self->detail = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_WINDOW);
  g_clear_object (&self->pages);
  g_clear_object (&self->last_toast);

  G_OBJECT_CLASS (skup_window_parent_class)->dispose (object);
}

static void
skup_window_finalize (GObject *object)
{
  SkupWindow *self = SKUP_WINDOW (object);

  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (skup_window_parent_class)->finalize (object);
}

static void
skup_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SkupWindow *self = SKUP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SkupWindow *self = SKUP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_window_class_init (SkupWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = skup_window_constructed;
  object_class->dispose = skup_window_dispose;
  object_class->finalize = skup_window_finalize;
  object_class->get_property = skup_window_get_property;
  object_class->set_property = skup_window_set_property;

  window_class->close_request = skup_window_close_request;

  /**
   * SkupWindow:store:
   *
   * The register this window shows and edits. It changes (and notifies) through
   * skup_window_open_register(), which asks about an unsaved record first.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SKUP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_LIST_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/rs/skup/Skup/ui/skup-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, certificates_bin);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, reports_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);

  /* win.show-page('people'): the way menus, tests and links between pages open a section. */
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-organisation-people", "x",
                                   show_organisation_people_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample-data", NULL,
                                   load_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.open-shared-register", NULL,
                                   open_shared_register_action);
  gtk_widget_class_install_action (widget_class, "win.open-local-register", NULL,
                                   open_local_register_action);
  /* For the Certificates page's header and the primary menu alike. */
  gtk_widget_class_install_action (widget_class, "win.certificate-templates", NULL,
                                   skup_template_list_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.import-people", NULL,
                                   skup_import_window_open_action);

  /* Bound on the window rather than as application accelerators, so a text field that has
   * the focus keeps its own Ctrl+Z. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo",
                                       NULL);
}

static void
skup_window_init (SkupWindow *self)
{
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_delete_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = G_LIST_MODEL (gtk_stack_get_pages (self->stack));
  gtk_list_box_bind_model (self->sidebar, self->pages, create_sidebar_row, NULL, NULL);
  watch_sidebar_keys (self);

  self->settings = g_settings_new (APP_ID);
}

/**
 * skup_window_new:
 * @application: the application the window belongs to
 * @store: the register to show
 *
 * Returns: (transfer none): a new main window, owned by GTK until it is closed
 */
SkupWindow *
skup_window_new (AdwApplication *application,
                 SkupStore      *store)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  return g_object_new (SKUP_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * skup_window_get_store:
 *
 * Returns: (transfer none): the register this window shows
 */
SkupStore *
skup_window_get_store (SkupWindow *self)
{
  g_return_val_if_fail (SKUP_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * skup_window_get_visible_page_name:
 *
 * Returns: (transfer none): the name of the section shown ("events", "people" …)
 */
const char *
skup_window_get_visible_page_name (SkupWindow *self)
{
  g_return_val_if_fail (SKUP_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * skup_window_get_list_page:
 * @name: a section's name
 *
 * Returns: (transfer none) (nullable): the section's list, or %NULL if it has none
 */
SkupListPage *
skup_window_get_list_page (SkupWindow *self,
                           const char *name)
{
  GtkWidget *child;

  g_return_val_if_fail (SKUP_IS_WINDOW (self), NULL);

  child = name != NULL ? gtk_stack_get_child_by_name (self->stack, name) : NULL;
  return SKUP_IS_LIST_PAGE (child) ? SKUP_LIST_PAGE (child) : NULL;
}

/**
 * skup_window_get_detail_page:
 *
 * Returns: (transfer none) (nullable): the record's page shown, if any
 */
SkupDetailPage *
skup_window_get_detail_page (SkupWindow *self)
{
  g_return_val_if_fail (SKUP_IS_WINDOW (self), NULL);

  return self->detail;
}

void
skup_window_open_record (SkupWindow *self,
                         GType       record_type,
                         gint64      id)
{
  g_return_if_fail (SKUP_IS_WINDOW (self));
  g_return_if_fail (g_type_is_a (record_type, SKUP_TYPE_RECORD));

  navigate (self, navigation_new (NAVIGATION_RECORD, NULL, record_type, id));
}

void
skup_window_delete_record (SkupWindow *self,
                           SkupRecord *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plan = NULL;

  g_return_if_fail (SKUP_IS_WINDOW (self));
  g_return_if_fail (SKUP_IS_RECORD (record));

  plan = skup_store_plan_delete (self->store, record, &error);
  if (plan == NULL)
    show_toast (self, error->message);
  else if (plan->len > 0)
    confirm_delete (self, record, plan);
  else
    hide_and_offer_undo (self, record, plan);
}

/**
 * skup_window_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the latest deletion waiting for Undo
 */
AdwToast *
skup_window_get_undo_toast (SkupWindow *self)
{
  PendingDelete *pending;

  g_return_val_if_fail (SKUP_IS_WINDOW (self), NULL);

  if (self->pending->len == 0)
    return NULL;
  pending = g_ptr_array_index (self->pending, self->pending->len - 1);
  return pending->toast;
}

/**
 * skup_window_open_register:
 * @store: the register to show instead
 *
 * Shows @store in this window, asking first if a record has unsaved changes (the user may
 * say no: then nothing changes).
 */
void
skup_window_open_register (SkupWindow *self,
                           SkupStore  *store)
{
  Navigation *navigation;

  g_return_if_fail (SKUP_IS_WINDOW (self));
  g_return_if_fail (SKUP_IS_STORE (store));

  navigation = navigation_new (NAVIGATION_REGISTER, NULL, G_TYPE_INVALID, 0);
  navigation->store = g_object_ref (store);
  navigate (self, navigation);
}

/**
 * skup_window_add_toast:
 * @toast: (transfer full): a toast about what the window shows (a save's outcome, an Undo)
 */
void
skup_window_add_toast (SkupWindow *self,
                       AdwToast   *toast)
{
  g_return_if_fail (SKUP_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_set_object (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * skup_window_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast last given to skup_window_add_toast()
 */
AdwToast *
skup_window_get_last_toast (SkupWindow *self)
{
  g_return_val_if_fail (SKUP_IS_WINDOW (self), NULL);

  return self->last_toast;
}
