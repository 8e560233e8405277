/* skup-preferences-window.c — the settings of one register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-preferences-window.h"

struct _SkupPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  SkupStore            *store;

  /* Template children */
  AdwActionRow         *database_row;
};

G_DEFINE_FINAL_TYPE (SkupPreferencesWindow, skup_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_folder_shown (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SkupPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* No file manager (a minimal desktop, a sandbox without the portal): say so instead of
   * leaving the click without an answer. */
  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not show the data folder: %s", error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("Could not open the data folder")));
    }
}

static void
open_data_folder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (skup_store_get_path (self->store));
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL,
                     on_folder_shown, g_object_ref (self));
}

static void
skup_preferences_window_constructed (GObject *object)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);
  const char *path = self->store != NULL ? skup_store_get_path (self->store) : NULL;

  G_OBJECT_CLASS (skup_preferences_window_parent_class)->constructed (object);

  adw_action_row_set_subtitle (self->database_row, path);
  /* A register in memory (":memory:") has no folder to show. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.open-data-folder",
                                 path != NULL && g_path_is_absolute (path));
}

static void
skup_preferences_window_dispose (GObject *object)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_preferences_window_parent_class)->dispose (object);
}

static void
skup_preferences_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);

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
skup_preferences_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);

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
skup_preferences_window_class_init (SkupPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_preferences_window_constructed;
  object_class->dispose = skup_preferences_window_dispose;
  object_class->get_property = skup_preferences_window_get_property;
  object_class->set_property = skup_preferences_window_set_property;

  /**
   * SkupPreferencesWindow:store:
   *
   * The register whose settings are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SKUP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, database_row);

  gtk_widget_class_install_action (widget_class, "preferences.open-data-folder", NULL,
                                   open_data_folder_action);
}

static void
skup_preferences_window_init (SkupPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * skup_preferences_window_new:
 * @parent: the main window the preferences belong to
 * @store: the register whose settings are shown
 *
 * Returns: (transfer none): a new preferences window, owned by GTK until it is closed
 */
SkupPreferencesWindow *
skup_preferences_window_new (GtkWindow *parent,
                             SkupStore *store)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  return g_object_new (SKUP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       "store", store,
                       NULL);
}

/**
 * skup_preferences_window_get_store:
 *
 * Returns: (transfer none): the register whose settings are shown
 */
SkupStore *
skup_preferences_window_get_store (SkupPreferencesWindow *self)
{
  g_return_val_if_fail (SKUP_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}
