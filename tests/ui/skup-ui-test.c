/* skup-ui-test.c — what the tests of real windows share
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>

#include "skup-ui-test.h"

void
skup_ui_test_init (int    *argc,
                   char ***argv)
{
  /* Without a session bus GLib would start one through X11; the tests need none. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Transitions would put half-faded pages and half-drawn rows into the screenshots. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* Waiting *****************************************************************/

gboolean
skup_ui_test_set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
skup_ui_test_wait_until (SkupUiTestCondition  condition,
                         gpointer             data,
                         const char          *what)
{
  gboolean timed_out = FALSE;
  /* Generous: under AddressSanitizer, on two busy cores, one frame of a long record page has
   * been seen to take over three seconds. Only a failing test waits this long. */
  guint timeout_id = g_timeout_add_seconds (30, skup_ui_test_set_flag, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_test_message ("Timed out waiting until %s", what);
  else
    g_source_remove (timeout_id);
}

gboolean
skup_ui_test_wait_until_deadline (SkupUiTestCondition  condition,
                                  gpointer             data,
                                  guint                timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, skup_ui_test_set_flag, &timed_out);
  gboolean held;

  while (!(held = condition (data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);
  return held;
}

gboolean
skup_ui_test_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
frames_reached (gpointer data)
{
  return *(guint *) data >= 3;
}

void
skup_ui_test_wait_for_frames (GtkWidget *widget)
{
  guint frames = 0;
  guint tick_id = gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);

  skup_ui_test_wait_until (frames_reached, &frames, "three frames were drawn");
  g_assert_cmpuint (frames, >=, 3);
  gtk_widget_remove_tick_callback (widget, tick_id);
}

/* Window sizes ************************************************************/

typedef struct {
  GtkWidget *widget;
  int        width;
  int        height;
} SizeWait;

static gboolean
has_size (gpointer data)
{
  SizeWait *wait = data;

  return gtk_widget_get_width (wait->widget) == wait->width &&
         gtk_widget_get_height (wait->widget) == wait->height;
}

/* Once @window has taken the default size asked for, makes its visible part that size. */
static void
fit_window (GtkWindow *window,
            int        width,
            int        height)
{
  GtkWidget *widget = GTK_WIDGET (window);
  SizeWait wait = { widget, width, height };
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  skup_ui_test_wait_for_frames (widget);
  /* The default size counts the frame around the window (on X11 without compositing, a
   * border to resize by): grow by it, so the screenshots show the size asked for. */
  if (!has_size (&wait))
    {
      gtk_window_set_default_size (window,
                                   width + gdk_surface_get_width (surface) -
                                   gtk_widget_get_width (widget),
                                   height + gdk_surface_get_height (surface) -
                                   gtk_widget_get_height (widget));
      skup_ui_test_wait_until (has_size, &wait, "the window had its size");
      skup_ui_test_wait_for_frames (widget);
    }
  g_assert_cmpint (gtk_widget_get_width (widget), ==, width);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, height);
}

void
skup_ui_test_present_window (GtkWindow *window,
                             int        width,
                             int        height)
{
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  skup_ui_test_wait_until (skup_ui_test_is_mapped, window, "the window was mapped");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  fit_window (window, width, height);
}

void
skup_ui_test_resize_window (GtkWindow *window,
                            int        width,
                            int        height)
{
  gtk_window_set_default_size (window, width, height);
  fit_window (window, width, height);
}

/* Finding widgets *********************************************************/

GtkWidget *
skup_ui_test_find_widget (GtkWidget       *widget,
                          SkupUiTestMatch  match,
                          gconstpointer    data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;

      found = skup_ui_test_find_widget (child, match, data);
      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct {
  GType    type;
  gboolean mapped_only;
} TypeMatch;

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  const TypeMatch *match = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, match->type) &&
         (!match->mapped_only || gtk_widget_get_mapped (widget));
}

GtkWidget *
skup_ui_test_find_descendant (GtkWidget *widget,
                              GType      type,
                              gboolean   mapped_only)
{
  TypeMatch match = { type, mapped_only };

  return skup_ui_test_find_widget (widget, is_of_type, &match);
}

static gboolean
is_actionable_for (GtkWidget     *widget,
                   gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

GtkWidget *
skup_ui_test_find_actionable (GtkWidget  *widget,
                              const char *action_name)
{
  /* Each section has its own header bar, so hidden sections have unmapped copies. */
  return skup_ui_test_find_widget (widget, is_actionable_for, action_name);
}

/* Screenshots *************************************************************/

void
skup_ui_test_save_screenshot (GtkWidget  *widget,
                              const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (SKUP_SCREENSHOT_DIR, file, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_rect_t bounds;

  /* Layout must have caught up with the last change, or there is nothing to draw yet. */
  skup_ui_test_wait_for_frames (widget);
  /* A widget inside the window draws no background of its own: give it the window's. */
  if (!GTK_IS_WINDOW (widget))
    gtk_snapshot_append_color (snapshot,
                               adw_style_manager_get_dark (adw_style_manager_get_default ())
                               ? &(GdkRGBA) { 0.14, 0.14, 0.14, 1.0 }
                               : &(GdkRGBA) { 0.98, 0.98, 0.98, 1.0 },
                               &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                    gtk_widget_get_height (widget)));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (renderer, node, &bounds);

  g_assert_cmpint (g_mkdir_with_parents (SKUP_SCREENSHOT_DIR, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s (%d×%d)", path,
                  gdk_texture_get_width (texture), gdk_texture_get_height (texture));
}

/* Fixtures ****************************************************************/

SkupApplication *
skup_ui_test_make_application (void)
{
  SkupApplication *app = skup_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  return app;
}

GSettings *
skup_ui_test_new_settings (void)
{
  GSettings *settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  /* The memory backend lives as long as the process: start every test from the defaults. */
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);

  return settings;
}

SkupStore *
skup_ui_test_create_store (const char  *tmpl,
                           char       **tmpdir,
                           char       **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  SkupStore *store;

  *tmpdir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  db_path = g_build_filename (*tmpdir, "skup.db", NULL);
  store = skup_store_open (db_path, &error);
  g_assert_no_error (error);

  if (path != NULL)
    *path = g_steal_pointer (&db_path);
  return store;
}

void
skup_ui_test_fixture_setup (SkupUiTestFixture *f,
                            const char        *tmpl)
{
  g_autoptr(GError) error = NULL;

  f->store = skup_ui_test_create_store (tmpl, &f->tmpdir, &f->path);
  f->settings = skup_ui_test_new_settings ();

  f->app = skup_ui_test_make_application ();
  g_application_register (G_APPLICATION (f->app), NULL, &error);
  g_assert_no_error (error);
}

void
skup_ui_test_fixture_teardown (SkupUiTestFixture *f,
                               gconstpointer      data)
{
  skup_ui_test_destroy_windows ();

  g_clear_object (&f->app);
  g_clear_object (&f->store);
  g_clear_object (&f->settings);
  skup_ui_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

SkupWindow *
skup_ui_test_open_window (SkupUiTestFixture *f,
                          int                width,
                          int                height)
{
  SkupWindow *window = skup_window_new (ADW_APPLICATION (f->app), f->store);

  skup_ui_test_present_window (GTK_WINDOW (window), width, height);
  return window;
}

void
skup_ui_test_destroy_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* One at a time from the front: destroying a window may destroy others with it. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
skup_ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        skup_ui_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Language *****************************************************************/

void
skup_ui_test_use_language (const char *locale)
{
  const char *localedir = g_getenv ("SKUP_LOCALEDIR");

  g_assert_nonnull (localedir);
  /* LANGUAGE would override the locale for gettext. */
  if (g_getenv ("LANGUAGE") != NULL)
    g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The locale %s is missing: generate it (build-aux/deps)", locale);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* Records and dialogs ****************************************************/

gint64
skup_ui_test_save (SkupStore  *store,
                   SkupRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (skup_store_save (store, record, &error));
  g_assert_no_error (error);
  return skup_record_get_id (record);
}

gint64
skup_ui_test_add_person (SkupStore  *store,
                         const char *given,
                         const char *family)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  return skup_ui_test_save (store, person);
}

gint64
skup_ui_test_add_named (SkupStore  *store,
                        GType       type,
                        const char *name,
                        const char *city)
{
  g_autoptr(SkupRecord) record = skup_record_new_for_type (type);

  skup_record_set_string (record, "name", name);
  skup_record_set_string (record, "city", city);
  return skup_ui_test_save (store, record);
}

GtkWidget *
skup_ui_test_get_dialog (gpointer window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window)
        && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

gboolean
skup_ui_test_has_message_dialog (gpointer window)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (window);

  return ADW_IS_MESSAGE_DIALOG (dialog) && gtk_widget_get_mapped (dialog);
}
