/* test-preferences.c — the office profile in the preferences window, driven under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the real preferences window on a fresh register in a temporary folder, types
 * into it as a user would (through the widgets' own API: GtkEditable, GtkTextBuffer, actions)
 * and checks both what the window shows and what the register keeps. The file chooser cannot
 * be driven here, so images go in through the row's load-from-file function, which is what
 * the chooser calls. Screenshots go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "core/certificates/skup-certificate-number.h"
#include "core/certificates/skup-signer.h"
#include "gui/skup-application.h"
#include "gui/skup-image-row.h"
#include "gui/skup-preferences-window.h"
#include "gui/skup-signatory-row.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

/* Opens the preferences of the fixture's register; their visible part is @width × @height. */
static SkupPreferencesWindow *
open_preferences (Fixture *f,
                  int      width,
                  int      height)
{
  SkupPreferencesWindow *window = g_object_new (SKUP_TYPE_PREFERENCES_WINDOW,
                                                "application", f->app,
                                                "store", f->store,
                                                NULL);

  skup_ui_test_present_window (GTK_WINDOW (window), width, height);
  return window;
}

/* Closes @window as the user does (Escape, the close button): what was typed must be kept. */
static void
close_preferences (SkupPreferencesWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (window);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gpointer
get_row (SkupPreferencesWindow *window,
         const char            *title)
{
  GtkWidget *row = skup_ui_test_find_widget (GTK_WIDGET (window), is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static gpointer
get_widget_of_type (GtkWidget *widget,
                    GType      type)
{
  GtkWidget *found = skup_ui_test_find_descendant (widget, type, FALSE);

  g_assert_nonnull (found);
  return found;
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  start)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), start);
}

static gboolean
shows_label (SkupPreferencesWindow *window,
             const char            *start)
{
  return skup_ui_test_find_widget (GTK_WIDGET (window), is_label_starting, start) != NULL;
}

static void
set_text (SkupPreferencesWindow *window,
          const char            *row_title,
          const char            *text)
{
  gtk_editable_set_text (GTK_EDITABLE (get_row (window, row_title)), text);
}

static const char *
get_text (SkupPreferencesWindow *window,
          const char            *row_title)
{
  return gtk_editable_get_text (GTK_EDITABLE (get_row (window, row_title)));
}

static GtkTextBuffer *
get_address_buffer (SkupPreferencesWindow *window)
{
  return gtk_text_view_get_buffer (get_widget_of_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW));
}

static char *
dup_address (SkupPreferencesWindow *window)
{
  GtkTextBuffer *buffer = get_address_buffer (window);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static SkupSignatoryRow *
get_signatory_row (SkupPreferencesWindow *window,
                   guint                  number)
{
  GtkWidget *row = get_widget_of_type (GTK_WIDGET (window), SKUP_TYPE_SIGNATORY_ROW);

  for (; row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (SKUP_IS_SIGNATORY_ROW (row) &&
          skup_signatory_row_get_number (SKUP_SIGNATORY_ROW (row)) == number)
        return SKUP_SIGNATORY_ROW (row);
    }

  g_assert_not_reached ();
}

static void
assert_setting (Fixture    *f,
                const char *key,
                const char *expected)
{
  g_autofree char *value = skup_store_dup_setting (f->store, key);

  g_assert_cmpstr (value, ==, expected);
}

/* Images *******************************************************************/

/* A small logo: a green disc with a white bar, drawn as PNG into @dir. */
static char *
write_logo_png (const char *dir)
{
  char *path = g_build_filename (dir, "logo.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 96, 96);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.15, 0.55, 0.35);
  cairo_arc (cr, 48, 48, 44, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 20, 40, 56, 16);
  cairo_fill (cr);
  cairo_destroy (cr);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

/* A signature: a pen stroke on a transparent background, wide as scans of signatures are. */
static char *
write_signature_png (const char *dir)
{
  char *path = g_build_filename (dir, "signature.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 100);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.1, 0.15, 0.45);
  cairo_set_line_width (cr, 4);
  cairo_move_to (cr, 20, 70);
  cairo_curve_to (cr, 60, 10, 80, 90, 120, 40);
  cairo_curve_to (cr, 150, 10, 170, 80, 210, 50);
  cairo_curve_to (cr, 240, 30, 260, 70, 285, 35);
  cairo_stroke (cr);
  cairo_destroy (cr);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

/* The test's own small PNG, made the way the brief asks: a texture saved by GDK. */
static char *
write_tiny_png (const char *dir)
{
  static const guint8 pixels[4 * 2 * 2] = {
    0xff, 0x00, 0x00, 0xff,  0x00, 0xff, 0x00, 0xff,
    0x00, 0x00, 0xff, 0xff,  0xff, 0xff, 0xff, 0xff,
  };
  g_autoptr(GBytes) bytes = g_bytes_new_static (pixels, sizeof pixels);
  g_autoptr(GdkTexture) texture = gdk_memory_texture_new (2, 2, GDK_MEMORY_R8G8B8A8, bytes, 8);
  char *path = g_build_filename (dir, "tiny.png", NULL);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  return path;
}

static gboolean
image_settled (gpointer data)
{
  SkupImageRow *row = data;

  return g_object_get_data (G_OBJECT (row), "test-settled") != NULL;
}

static void
on_image_row_notify (SkupImageRow *row)
{
  g_object_set_data (G_OBJECT (row), "test-settled", GINT_TO_POINTER (TRUE));
}

/* Loads @path into @row as the file chooser would, and waits for the outcome: a new image
 * or an error. */
static void
load_image (SkupImageRow *row,
            const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gulong image_id = g_signal_connect (row, "notify::image", G_CALLBACK (on_image_row_notify), NULL);
  gulong error_id = g_signal_connect (row, "notify::error", G_CALLBACK (on_image_row_notify), NULL);

  g_object_set_data (G_OBJECT (row), "test-settled", NULL);
  skup_image_row_load_file (row, file);
  skup_ui_test_wait_until (image_settled, row, "the image was read");
  g_assert_true (image_settled (row));

  g_signal_handler_disconnect (row, image_id);
  g_signal_handler_disconnect (row, error_id);
}

static GBytes *
read_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Fixture *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-test-preferences-XXXXXX");
}

/* Tests *******************************************************************/

static gboolean
name_saved (gpointer data)
{
  Fixture *f = data;
  g_autofree char *name = skup_store_dup_setting (f->store, SKUP_SETTING_ORGANISATION_NAME);

  return g_strcmp0 (name, "Kancelarija za borbu protiv droga") == 0;
}

static void
test_saved_while_typing (Fixture       *f,
                         gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);

  /* No Save button: a pause in the typing is enough. */
  set_text (window, "Name", "  Kancelarija za borbu protiv droga ");
  skup_ui_test_wait_until (name_saved, f, "the name was saved");
  g_assert_true (name_saved (f));
  /* The field keeps what was typed; the register keeps it tidy. */
  g_assert_cmpstr (get_text (window, "Name"), ==, "  Kancelarija za borbu protiv droga ");
}

static void
test_profile_kept (Fixture       *f,
                   gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *address = NULL;
  g_autofree char *year = g_date_time_format (now, "%Y");
  g_autofree char *example = g_strdup_printf ("Certificate numbers will look like KBPD-%s-0001.",
                                              year);

  g_assert_true (shows_label (window, "Certificate numbers will look like 20"));

  set_text (window, "Name", "Office for Combating Drugs");
  gtk_text_buffer_set_text (get_address_buffer (window),
                            "Nemanjina 11\n11000 Beograd, Srbija\n", -1);
  set_text (window, "Number Prefix", "KBPD");
  g_assert_true (shows_label (window, example));

  /* Closed at once, before the pause that saves: closing saves too. */
  close_preferences (window);
  assert_setting (f, SKUP_SETTING_ORGANISATION_NAME, "Office for Combating Drugs");
  assert_setting (f, SKUP_SETTING_ORGANISATION_ADDRESS, "Nemanjina 11\n11000 Beograd, Srbija");
  assert_setting (f, SKUP_SETTING_CERTIFICATE_PREFIX, "KBPD");

  window = open_preferences (f, 640, 680);
  g_assert_cmpstr (get_text (window, "Name"), ==, "Office for Combating Drugs");
  address = dup_address (window);
  g_assert_cmpstr (address, ==, "Nemanjina 11\n11000 Beograd, Srbija");
  g_assert_cmpstr (get_text (window, "Number Prefix"), ==, "KBPD");

  /* Emptied fields empty the register too. */
  set_text (window, "Name", "");
  /* Destroyed without closing, as when the application quits: still saved. */
  gtk_window_destroy (GTK_WINDOW (window));
  assert_setting (f, SKUP_SETTING_ORGANISATION_NAME, NULL);
}

static void
assert_prefix_error (SkupPreferencesWindow *window,
                     const char            *message)
{
  GtkWidget *row = get_row (window, "Number Prefix");

  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_true (shows_label (window, message));
  g_assert_false (shows_label (window, "Certificate numbers will look like"));
}

static void
test_invalid_prefix (Fixture       *f,
                     gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);

  set_text (window, "Number Prefix", "UNODC/SRB");
  g_assert_false (gtk_widget_has_css_class (get_row (window, "Number Prefix"), "error"));
  close_preferences (window);
  assert_setting (f, SKUP_SETTING_CERTIFICATE_PREFIX, "UNODC/SRB");

  window = open_preferences (f, 640, 680);
  set_text (window, "Number Prefix", "UNODC SRB");
  assert_prefix_error (window, "Use only letters, digits, “-” and “/”.");
  set_text (window, "Number Prefix", "UNODC.SRB");
  assert_prefix_error (window, "Use only letters, digits, “-” and “/”.");
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-prefix-error");
  set_text (window, "Number Prefix", "ABCDEFGHIJKLMNOPQ");
  assert_prefix_error (window, "Use at most 16 characters.");

  /* Sixteen letters are fine, in either script. */
  set_text (window, "Number Prefix", "КБПД-2026/СРБИЈА");
  g_assert_false (gtk_widget_has_css_class (get_row (window, "Number Prefix"), "error"));
  set_text (window, "Number Prefix", "KBPD 2026");

  /* What cannot be used is not stored: the register keeps the last good prefix. */
  close_preferences (window);
  assert_setting (f, SKUP_SETTING_CERTIFICATE_PREFIX, "UNODC/SRB");
}

static void
test_logo (Fixture       *f,
           gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  SkupImageRow *row = get_row (window, "Logo");
  g_autofree char *png = write_tiny_png (f->tmpdir);
  g_autoptr(GBytes) expected = read_file_bytes (png);
  g_autoptr(GBytes) stored = NULL;
  g_autofree char *size = g_format_size (g_bytes_get_size (expected));
  g_autofree char *description = g_strdup_printf ("2 × 2 pixels, %s", size);

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "None");

  load_image (row, png);
  g_assert_null (skup_image_row_get_error (row));
  g_assert_true (g_bytes_equal (skup_image_row_get_image (row), expected));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, description);
  stored = skup_store_dup_setting_data (f->store, SKUP_SETTING_LOGO);
  g_assert_nonnull (stored);
  g_assert_true (g_bytes_equal (stored, expected));

  /* Removing clears the register as well as the row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "image.remove", NULL));
  g_assert_null (skup_image_row_get_image (row));
  g_assert_null (skup_store_dup_setting_data (f->store, SKUP_SETTING_LOGO));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "None");
}

static void
assert_logo_kept (Fixture      *f,
                  SkupImageRow *row,
                  GBytes       *expected)
{
  g_autoptr(GBytes) stored = skup_store_dup_setting_data (f->store, SKUP_SETTING_LOGO);

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_true (g_bytes_equal (skup_image_row_get_image (row), expected));
  g_assert_nonnull (stored);
  g_assert_true (g_bytes_equal (stored, expected));
}

static void
test_image_refused (Fixture       *f,
                    gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  SkupImageRow *row = get_row (window, "Logo");
  g_autofree char *png = write_tiny_png (f->tmpdir);
  g_autofree char *notes = g_build_filename (f->tmpdir, "notes.png", NULL);
  g_autofree char *photo = g_build_filename (f->tmpdir, "photo.jpg", NULL);
  g_autofree char *big = g_malloc0 (SKUP_IMAGE_ROW_MAX_SIZE + 1);
  g_autoptr(GBytes) expected = read_file_bytes (png);
  g_autoptr(GError) error = NULL;

  load_image (row, png);

  /* Text named like an image: refused, with the reason at the row; the logo stays. */
  g_file_set_contents (notes, "Not a logo: notes about the Niš workshop.\n", -1, &error);
  g_assert_no_error (error);
  load_image (row, notes);
  g_assert_cmpstr (skup_image_row_get_error (row), ==,
                   "“notes.png” could not be read as an image.");
  assert_logo_kept (f, row, expected);

  /* Too large: refused before it is read whole. */
  g_file_set_contents (photo, big, SKUP_IMAGE_ROW_MAX_SIZE + 1, &error);
  g_assert_no_error (error);
  load_image (row, photo);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-image-error");
  g_assert_cmpstr (skup_image_row_get_error (row), ==,
                   /* g_format_size() keeps the number and its unit together. */
                   "“photo.jpg” is larger than 2.0\u00a0MB. Choose a smaller image.");
  assert_logo_kept (f, row, expected);

  /* The next good image clears the message. */
  load_image (row, png);
  g_assert_null (skup_image_row_get_error (row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
}

static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }

  return NULL;
}

static gboolean
has_file_chooser (gpointer data)
{
  return find_file_chooser () != NULL;
}

/* Without a portal (as here) the native chooser is GTK's own dialog, which a test can answer. */
static void
test_choose_file (Fixture       *f,
                  gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  SkupImageRow *row = get_row (window, "Logo");
  g_autofree char *png = write_tiny_png (f->tmpdir);
  g_autoptr(GFile) file = g_file_new_for_path (png);
  g_autoptr(GBytes) expected = read_file_bytes (png);
  g_autoptr(GError) error = NULL;
  GtkFileChooser *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "image.choose", NULL));
  skup_ui_test_wait_until (has_file_chooser, NULL, "the file chooser was shown");
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (window));
  g_assert_nonnull (gtk_file_chooser_get_filter (chooser));

  gtk_file_chooser_set_file (chooser, file, &error);
  g_assert_no_error (error);
  skup_ui_test_wait_for_frames (GTK_WIDGET (chooser));
  g_object_set_data (G_OBJECT (row), "test-settled", NULL);
  g_signal_connect (row, "notify::image", G_CALLBACK (on_image_row_notify), NULL);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  skup_ui_test_wait_until (image_settled, row, "the chosen image was read");

  g_assert_nonnull (skup_image_row_get_image (row));
  g_assert_true (g_bytes_equal (skup_image_row_get_image (row), expected));
}

static void
test_signatory (Fixture       *f,
                gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  SkupSignatoryRow *row = get_signatory_row (window, 1);
  g_autofree char *signature = write_signature_png (f->tmpdir);
  g_autoptr(GBytes) expected = read_file_bytes (signature);
  g_autoptr(GBytes) stored = NULL;

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Signatory 1");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Not set");

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_editable_set_text (skup_signatory_row_get_name_editable (row), "Jelena Petrović");
  /* An ampersand is text, not markup. */
  gtk_editable_set_text (skup_signatory_row_get_job_title_editable (row),
                         "Director, Drugs & Health");
  load_image (skup_signatory_row_get_signature_row (row), signature);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  /* Folded, the row still says who it is. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Jelena Petrović");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Director, Drugs & Health");

  close_preferences (window);
  assert_setting (f, "signatory-1-name", "Jelena Petrović");
  assert_setting (f, "signatory-1-title", "Director, Drugs & Health");
  assert_setting (f, "signatory-2-name", NULL);
  stored = skup_store_dup_setting_data (f->store, "signatory-1-signature");
  g_assert_nonnull (stored);
  g_assert_true (g_bytes_equal (stored, expected));

  window = open_preferences (f, 640, 680);
  row = get_signatory_row (window, 1);
  g_assert_cmpstr (gtk_editable_get_text (skup_signatory_row_get_job_title_editable (row)), ==,
                   "Director, Drugs & Health");
  g_assert_true (g_bytes_equal (skup_image_row_get_image (skup_signatory_row_get_signature_row (row)),
                                expected));
}

static GtkWidget *
focus_next (SkupPreferencesWindow *window)
{
  GtkWidget *focus;

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  return focus;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  GtkWidget *name_row = get_row (window, "Name");
  GtkWidget *focus;

  /* Nothing has the focus at first (see test_nothing_selected); Tab gives it. */
  g_assert_null (gtk_root_get_focus (GTK_ROOT (window)));
  focus_next (window);

  /* Tab goes from field to field, in the order they are read. */
  gtk_widget_grab_focus (name_row);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, name_row));

  focus = focus_next (window);
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  /* A row of a boxed list takes the focus itself (a screen reader reads its title and
   * subtitle), then its buttons. */
  focus = focus_next (window);
  g_assert_true (SKUP_IS_IMAGE_ROW (focus));
  focus = focus_next (window);
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "image.choose");
  focus = focus_next (window);
  g_assert_true (gtk_widget_is_ancestor (focus, get_row (window, "Number Prefix")));
}

/* An icon has no text for a screen reader to read: the button needs a label of its own. */
/* Whatever gets the focus first, one key must not replace the office's name. */
static void
test_nothing_selected (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  SkupPreferencesWindow *window;

  skup_store_set_setting (f->store, SKUP_SETTING_ORGANISATION_NAME, "Izlazak", &error);
  g_assert_no_error (error);

  window = open_preferences (f, 360, 640);
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (get_row (window, "Name")),
                                                     NULL, NULL));
  close_preferences (window);

  window = open_preferences (f, 1280, 800);
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (get_row (window, "Name")),
                                                     NULL, NULL));
}

static gboolean
is_unnamed_icon_button (GtkWidget     *widget,
                        gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL &&
         !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL) &&
         !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  GtkWidget *unnamed;

  for (guint i = 1; i <= SKUP_MAX_SIGNATORIES; i++)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (get_signatory_row (window, i)), TRUE);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));

  /* Icon buttons say what they do (the remove buttons, the folder button). */
  unnamed = skup_ui_test_find_widget (GTK_WIDGET (window), is_unnamed_icon_button, NULL);
  if (unnamed != NULL)
    g_test_fail_printf ("A %s with the icon %s has no accessible name",
                        G_OBJECT_TYPE_NAME (unnamed),
                        gtk_button_get_icon_name (GTK_BUTTON (unnamed)));

  /* The address has no entry row to name it: its label does. */
  g_assert_true (gtk_test_accessible_has_relation (
    get_widget_of_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW),
    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

static gboolean
is_mapped_scrolled_window (GtkWidget     *widget,
                           gconstpointer  data)
{
  return GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget);
}

static void
scroll_to_end (SkupPreferencesWindow *window)
{
  GtkWidget *scrolled =
    skup_ui_test_find_widget (GTK_WIDGET (window), is_mapped_scrolled_window, NULL);
  GtkAdjustment *adjustment;

  g_assert_nonnull (scrolled);
  /* The page grows with what was just expanded once layout has run. */
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

/* Fills the profile as an office would, for people to look at. */
static void
fill_profile (Fixture               *f,
              SkupPreferencesWindow *window)
{
  g_autofree char *logo = write_logo_png (f->tmpdir);
  g_autofree char *signature = write_signature_png (f->tmpdir);
  SkupSignatoryRow *first = get_signatory_row (window, 1);
  SkupSignatoryRow *second = get_signatory_row (window, 2);

  set_text (window, "Name", "Office for Combating Drugs of the Government of the Republic of Serbia");
  gtk_text_buffer_set_text (get_address_buffer (window), "Nemanjina 11\n11000 Beograd, Srbija", -1);
  load_image (get_row (window, "Logo"), logo);
  set_text (window, "Number Prefix", "KBPD");

  gtk_editable_set_text (skup_signatory_row_get_name_editable (first), "Jelena Petrović");
  gtk_editable_set_text (skup_signatory_row_get_job_title_editable (first), "Director of the Office");
  load_image (skup_signatory_row_get_signature_row (first), signature);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
  gtk_editable_set_text (skup_signatory_row_get_name_editable (second), "Irena Molnar");
  gtk_editable_set_text (skup_signatory_row_get_job_title_editable (second),
                         "Programme Director, ReGeneration");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 1280, 800);

  fill_profile (f, window);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-1280x800");
  /* The address is a text view inside a row: no box in a box in the dark style either. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-1280x800-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  close_preferences (window);

  window = open_preferences (f, 360, 640);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-360x640");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (get_signatory_row (window, 1)), TRUE);
  scroll_to_end (window);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-360x640-signatories");
}

/* The number pattern shows the default, refuses what the core refuses (unsaved, the error at
 * the field) and shows the first number it would give. */
static void
test_number_pattern (Fixture       *f,
                     gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *example = g_strdup_printf ("The first certificate of the year will be "
                                              "KBPD/%d/0001.", g_date_time_get_year (now));

  g_assert_cmpstr (get_text (window, "Number Pattern"), ==, SKUP_CERTIFICATE_DEFAULT_PATTERN);
  set_text (window, "Number Prefix", "KBPD");
  set_text (window, "Number Pattern", "{prefix}-{seq}");
  g_assert_true (gtk_widget_has_css_class (get_row (window, "Number Pattern"), "error"));
  g_assert_true (shows_label (window, "A certificate number pattern needs {year} and {seq}"));
  set_text (window, "Number Pattern", "{prefix}/{year}/{seq:04}");
  g_assert_false (gtk_widget_has_css_class (get_row (window, "Number Pattern"), "error"));
  g_assert_true (shows_label (window, example));
  close_preferences (window);
  assert_setting (f, SKUP_SETTING_CERTIFICATE_PATTERN, "{prefix}/{year}/{seq:04}");

  window = open_preferences (f, 640, 680);
  g_assert_cmpstr (get_text (window, "Number Pattern"), ==, "{prefix}/{year}/{seq:04}");
  set_text (window, "Number Pattern", "{prefix}-{nmae}-{year}-{seq}");
  g_assert_true (gtk_widget_has_css_class (get_row (window, "Number Pattern"), "error"));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-pattern-error");

  /* The last good pattern is what the register keeps. */
  close_preferences (window);
  assert_setting (f, SKUP_SETTING_CERTIFICATE_PATTERN, "{prefix}/{year}/{seq:04}");
}

static void
test_verify_url (Fixture       *f,
                 gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  const char *title = "Verification Address (Optional)";

  g_assert_false (gtk_widget_has_css_class (get_row (window, title), "error"));
  set_text (window, title, "verify.example.org");
  g_assert_true (gtk_widget_has_css_class (get_row (window, title), "error"));
  g_assert_true (shows_label (window, "Start the address with https:// or http://."));
  set_text (window, title, "https://verify.example.org/c");
  g_assert_false (gtk_widget_has_css_class (get_row (window, title), "error"));
  close_preferences (window);
  assert_setting (f, SKUP_SETTING_CERTIFICATE_VERIFY_URL, "https://verify.example.org/c");
}

/* The office's key, shown by its ends and exported whole, as the signer writes it. */
static void
test_public_key (Fixture       *f,
                 gconstpointer  data)
{
  SkupPreferencesWindow *window = open_preferences (f, 640, 680);
  AdwActionRow *row = get_row (window, "Public Signing Key");
  g_autoptr(GError) error = NULL;
  g_autofree char *key = skup_signer_dup_public_key (f->store, &error);
  g_autofree char *expected = skup_signer_export_public_key (f->store, &error);
  g_autofree char *path = g_build_filename (f->tmpdir, "key.pem", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *written = NULL;
  g_autofree char *start = NULL;
  const char *subtitle = adw_action_row_get_subtitle (row);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (key), ==, 44);
  start = g_strndup (key, 10);
  g_assert_true (g_str_has_prefix (subtitle, start));
  g_assert_true (g_str_has_suffix (subtitle, key + strlen (key) - 10));
  g_assert_nonnull (strstr (subtitle, "…"));

  g_assert_true (skup_preferences_window_export_public_key (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_assert_true (g_str_has_prefix (written, "-----BEGIN SKUP PUBLIC KEY-----\n"));
  g_assert_nonnull (strstr (written, key));
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "preferences-public-key");
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps accessible names and relations where the tests can see them. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/preferences/saved-while-typing", Fixture, NULL,
              fixture_setup, test_saved_while_typing, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/profile-kept", Fixture, NULL,
              fixture_setup, test_profile_kept, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/invalid-prefix", Fixture, NULL,
              fixture_setup, test_invalid_prefix, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/logo", Fixture, NULL,
              fixture_setup, test_logo, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/image-refused", Fixture, NULL,
              fixture_setup, test_image_refused, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/choose-file", Fixture, NULL,
              fixture_setup, test_choose_file, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/signatory", Fixture, NULL,
              fixture_setup, test_signatory, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/keyboard", Fixture, NULL,
              fixture_setup, test_keyboard, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/nothing-selected", Fixture, NULL,
              fixture_setup, test_nothing_selected, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/accessible-names", Fixture, NULL,
              fixture_setup, test_accessible_names, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/number-pattern", Fixture, NULL,
              fixture_setup, test_number_pattern, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/verify-url", Fixture, NULL,
              fixture_setup, test_verify_url, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/public-key", Fixture, NULL,
              fixture_setup, test_public_key, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/preferences/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, skup_ui_test_fixture_teardown);

  return g_test_run ();
}
