/* skup-window.c — the main window: a sidebar of sections and the page of the chosen one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-window.h"

struct _SkupWindow
{
  AdwApplicationWindow  parent_instance;

  SkupStore            *store;
  GSettings            *settings;
  /* The stack's pages: the sidebar shows them, so row n is page n. */
  GListModel           *pages;

  /* Template children */
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  AdwWindowTitle       *page_title;
};

G_DEFINE_FINAL_TYPE (SkupWindow, skup_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
on_stack_visible_child_changed (SkupWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);
  GtkStackPage *page;
  guint n_pages;

  if (child == NULL)
    return;

  page = gtk_stack_get_page (self->stack, child);
  adw_window_title_set_title (self->page_title, gtk_stack_page_get_title (page));

  /* Keep the sidebar in step when the page changes from an action or a saved setting. */
  n_pages = g_list_model_get_n_items (self->pages);
  for (guint i = 0; i < n_pages; i++)
    {
      if (g_strcmp0 (page_name_at (self, i), gtk_stack_page_get_name (page)) == 0)
        {
          gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
          break;
        }
    }
}

static void
on_sidebar_row_selected (SkupWindow    *self,
                         GtkListBoxRow *row)
{
  /* Arrow keys move the selection without activating: follow it, but stay in the sidebar. */
  if (row != NULL)
    gtk_stack_set_visible_child_name (self->stack,
                                      page_name_at (self, gtk_list_box_row_get_index (row)));
}

static void
on_sidebar_row_activated (SkupWindow    *self,
                          GtkListBoxRow *row)
{
  const char *name = page_name_at (self, gtk_list_box_row_get_index (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", name);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkupWindow *self = SKUP_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("SkupWindow has no page named “%s”", name);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, name);
  /* When folded, showing a page means leaving the sidebar for it. */
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
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
  save_window_state (SKUP_WINDOW (window));

  return GTK_WINDOW_CLASS (skup_window_parent_class)->close_request (window);
}

static void
skup_window_dispose (GObject *object)
{
  SkupWindow *self = SKUP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_WINDOW);
  g_clear_object (&self->pages);

  G_OBJECT_CLASS (skup_window_parent_class)->dispose (object);
}

static void
skup_window_finalize (GObject *object)
{
  SkupWindow *self = SKUP_WINDOW (object);

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

  object_class->dispose = skup_window_dispose;
  object_class->finalize = skup_window_finalize;
  object_class->get_property = skup_window_get_property;
  object_class->set_property = skup_window_set_property;

  window_class->close_request = skup_window_close_request;

  /**
   * SkupWindow:store:
   *
   * The register this window shows and edits.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SKUP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/rs/skup/Skup/ui/skup-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupWindow, page_title);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);

  /* win.show-page('people'): the way menus, tests and later links between pages open a
   * section. */
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
}

static void
skup_window_init (SkupWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = G_LIST_MODEL (gtk_stack_get_pages (self->stack));
  gtk_list_box_bind_model (self->sidebar, self->pages, create_sidebar_row, NULL, NULL);

  self->settings = g_settings_new (APP_ID);
  restore_window_state (self);
  /* Restoring the first page changes nothing, so nothing would select its row. */
  on_stack_visible_child_changed (self);
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
