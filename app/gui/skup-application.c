/* skup-application.c — the GTK application: options, app actions, windows
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-application.h"
#include "skup-preferences-window.h"
#include "skup-window.h"

struct _SkupApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (SkupApplication, skup_application, ADW_TYPE_APPLICATION)

/* The main window the user is working in, also when a dialog of it has the focus. */
static SkupWindow *
get_main_window (SkupApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL && !SKUP_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  return SKUP_IS_WINDOW (window) ? SKUP_WINDOW (window) : NULL;
}

static SkupWindow *
find_window_for_path (SkupApplication *self,
                      const char      *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (SKUP_IS_WINDOW (l->data) &&
          g_strcmp0 (skup_store_get_path (skup_window_get_store (l->data)), path) == 0)
        return l->data;
    }

  return NULL;
}

static void
show_open_error (SkupApplication *self,
                 const GError    *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  /* The store's messages are written for people and name the file. */
  /* Translators: "register" is the noun: Skup's record of events, people and organisations */
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Open the Register"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  /* Without a main window the dialog alone keeps Skup running until it is read. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows the register at @path: its window if one is open, else a new one. A register that
 * cannot be opened is explained in a dialog, never a crash. */
static gboolean
skup_application_open_register (SkupApplication *self,
                                const char      *path)
{
  g_autoptr(SkupStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SkupWindow *window = find_window_for_path (self, path);

  if (window == NULL)
    {
      store = skup_store_open (path, &error);
      if (store == NULL)
        {
          show_open_error (self, error);
          return FALSE;
        }
      window = skup_window_new (ADW_APPLICATION (self), store);
    }

  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

/* An absolute path, so the same register always finds the same window. */
static char *
resolve_database_path (const char *database)
{
  return skup_store_canonical_location (database);
}

static int
skup_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  const char *database = NULL;
  g_autofree char *path = NULL;

  /* Resolve the register here, in the process the user started: a running Skup has its own
   * working folder and environment, and only receives the result. */
  g_variant_dict_lookup (options, "database", "^&ay", &database);
  path = resolve_database_path (database);
  g_variant_dict_insert (options, "database", "^ay", path);

  /* Go on: register, then pass the options on to the primary instance. */
  return -1;
}

static int
skup_application_command_line (GApplication            *app,
                               GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *path = NULL;

  /* Always there when handle_local_options ran; a bare remote call gets the default. */
  if (!g_variant_dict_lookup (options, "database", "^ay", &path))
    path = resolve_database_path (NULL);

  return skup_application_open_register (SKUP_APPLICATION (app), path) ? EXIT_SUCCESS
                                                                       : EXIT_FAILURE;
}

static void
skup_application_activate (GApplication *app)
{
  g_autofree char *path = resolve_database_path (NULL);

  skup_application_open_register (SKUP_APPLICATION (app), path);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SkupWindow *window = get_main_window (SKUP_APPLICATION (user_data));

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (skup_preferences_window_new (GTK_WINDOW (window),
                                                                 skup_window_get_store (window))));
}

static char *
build_debug_info (SkupWindow *window)
{
  GString *info = g_string_new (NULL);

  g_string_append_printf (info, "Skup %s\n", PACKAGE_VERSION);
  g_string_append_printf (info, "GLib %u.%u.%u\n",
                          glib_major_version, glib_minor_version, glib_micro_version);
  g_string_append_printf (info, "GTK %u.%u.%u\n", gtk_get_major_version (),
                          gtk_get_minor_version (), gtk_get_micro_version ());
  g_string_append_printf (info, "libadwaita %u.%u.%u\n", adw_get_major_version (),
                          adw_get_minor_version (), adw_get_micro_version ());
  if (window != NULL)
    g_string_append_printf (info, "Database: %s\n",
                            skup_store_get_path (skup_window_get_store (window)));

  return g_string_free (info, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SkupApplication *self = SKUP_APPLICATION (user_data);
  SkupWindow *window = get_main_window (self);
  g_autofree char *debug_info = build_debug_info (window);
  const char *developers[] = { _("The Skup authors"), NULL };
  AdwAboutWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application", self,
                        "application-name", _("Skup"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep the register of your workshops, trainings and "
                                      "conferences"),
                        "developer-name", _("The Skup authors"),
                        "developers", developers,
                        "copyright", _("© 2026 The Skup authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://skup.rs",
                        /* Translators: your names, one a line ("Ana Anić <ana@example.org>") */
                        "translator-credits", _("translator-credits"),
                        "debug-info", debug_info,
                        "debug-info-filename", "skup-debug-info.txt",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_autoptr(GList) windows = NULL;

  /* Close rather than quit: windows save their state in close-request. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { .name = "preferences", .activate = preferences_action },
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

static void
skup_application_startup (GApplication *app)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (skup_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  /* Ctrl+? for the shortcuts window comes with gtk/help-overlay.ui. */
  gtk_application_set_accels_for_action (gtk_app, "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (gtk_app, "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
skup_application_class_init (SkupApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = skup_application_startup;
  app_class->activate = skup_application_activate;
  app_class->command_line = skup_application_command_line;
  app_class->handle_local_options = skup_application_handle_local_options;
}

static void
skup_application_init (SkupApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "database", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 /* Translators: "register" is the noun, Skup's database */
                                 _("Open the register in FILE instead of the usual one"),
                                 _("FILE"));
}

/**
 * skup_application_new:
 *
 * Returns: (transfer full): the application
 */
SkupApplication *
skup_application_new (void)
{
  /* Each command line is handled by the running Skup, so "skup --database other.db" opens a
   * second register in a window of its own instead of being ignored. */
  return g_object_new (SKUP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/rs/skup/Skup",
                       NULL);
}
