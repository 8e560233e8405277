/* test-logos.c — an organisation's logo on its page, driven on the real window under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test opens the window on a fresh register and an organisation's page as a user would.
 * The file chooser cannot be driven here, so a logo goes in through the image row's
 * load-from-file function, which is what the chooser calls (as in test-preferences.c); the
 * test draws its own logos, since Skup ships none. What is checked is what the page shows and
 * what reached the register.
 */

#include "config.h"

#include <cairo.h>

#include "core/skup-core.h"
#include "gui/skup-image-row.h"
#include "gui/skup-logo-section.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

/* Helpers *****************************************************************/

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, data);
}

/* A logo as an office might have it: a green disc with a white bar, wider than tall. */
static char *
write_logo_png (const char *dir)
{
  char *path = g_build_filename (dir, "izlazak.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 160, 80);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.15, 0.55, 0.35);
  cairo_arc (cr, 40, 40, 36, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_rectangle (cr, 84, 28, 68, 24);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 16, 34, 48, 12);
  cairo_fill (cr);
  cairo_destroy (cr);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return path;
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
stored_logo (Fixture *f,
             gint64   organisation_id)
{
  g_autoptr(GError) error = NULL;
  GBytes *logo = skup_store_dup_logo (f->store, organisation_id, &error);

  g_assert_no_error (error);
  return logo;
}

static void
assert_stored (Fixture *f,
               gint64   organisation_id,
               GBytes  *expected)
{
  g_autoptr(GBytes) logo = stored_logo (f, organisation_id);

  if (expected == NULL)
    g_assert_null (logo);
  else
    g_assert_true (logo != NULL && g_bytes_equal (logo, expected));
}

/* Opens the organisation's page and returns its logo row, as the page shows it. */
static SkupImageRow *
open_logo_row (SkupWindow *window,
               gint64      organisation_id)
{
  SkupDetailPage *detail;
  GtkWidget *section;

  skup_window_open_record (window, SKUP_TYPE_ORGANISATION, organisation_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  section = skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_LOGO_SECTION, TRUE);
  g_assert_nonnull (section);
  return skup_logo_section_get_row (SKUP_LOGO_SECTION (section));
}

static gboolean
row_settled (gpointer data)
{
  return g_object_get_data (G_OBJECT (data), "test-settled") != NULL;
}

static void
on_row_notify (SkupImageRow *row)
{
  g_object_set_data (G_OBJECT (row), "test-settled", GINT_TO_POINTER (TRUE));
}

/* Loads @path into @row as the file chooser would, and waits for the outcome: a new image
 * or an error. */
static void
choose_file (SkupImageRow *row,
             const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gulong image_id = g_signal_connect (row, "notify::image", G_CALLBACK (on_row_notify), NULL);
  gulong error_id = g_signal_connect (row, "notify::error", G_CALLBACK (on_row_notify), NULL);

  g_object_set_data (G_OBJECT (row), "test-settled", NULL);
  skup_image_row_load_file (row, file);
  skup_ui_test_wait_until (row_settled, row, "the chosen file was read");
  g_assert_true (row_settled (row));
  g_signal_handler_disconnect (row, image_id);
  g_signal_handler_disconnect (row, error_id);
  skup_ui_test_wait_for_frames (GTK_WIDGET (row));
}

/* The preview a user sees in the row: mapped, showing an image of @width × @height. */
static void
assert_thumbnail (SkupImageRow *row,
                  int           width,
                  int           height)
{
  GtkWidget *picture = skup_ui_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_PICTURE, TRUE);
  GdkPaintable *paintable;

  g_assert_nonnull (picture);
  paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  g_assert_nonnull (paintable);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, width);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, height);
  g_assert_cmpint (gtk_widget_get_width (picture), >, 0);
}

static void
assert_no_thumbnail (SkupImageRow *row)
{
  g_assert_null (skup_ui_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_PICTURE, TRUE));
}

static const char *
subtitle_of (SkupImageRow *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* As after a click on Choose…: the button has the focus, and the page has scrolled to it. */
static void
focus_choose_button (SkupImageRow *row)
{
  GtkWidget *choose = skup_ui_test_find_actionable (GTK_WIDGET (row), "image.choose");

  g_assert_nonnull (choose);
  g_assert_true (gtk_widget_grab_focus (choose));
  skup_ui_test_wait_for_frames (choose);
}

/* Tests *******************************************************************/

/* Choosing a file saves it at once: the row shows it, the register holds it, and the page
 * opened again reads it back. */
static void
test_choose_logo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Udruženje Izlazak",
                                      "Beograd");
  g_autofree char *png = write_logo_png (f->tmpdir);
  g_autoptr(GBytes) expected = read_file (png);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupImageRow *row = open_logo_row (window, id);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Logo");
  g_assert_cmpstr (subtitle_of (row), ==, "None");
  assert_no_thumbnail (row);

  choose_file (row, png);
  g_assert_null (skup_image_row_get_error (row));
  assert_stored (f, id, expected);
  assert_thumbnail (row, 160, 80);
  g_assert_true (g_str_has_prefix (subtitle_of (row), "160 × 80 pixels"));
  focus_choose_button (row);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "logos-organisation");

  /* Nothing to save is left behind: the page reads the logo back from the register. */
  g_signal_emit_by_name (skup_window_get_detail_page (window), "close-requested");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  row = open_logo_row (window, id);
  assert_thumbnail (row, 160, 80);
  g_assert_true (g_bytes_equal (skup_image_row_get_image (row), expected));
}

/* A file that is no image is refused at the row; the logo kept stays, in the row and the
 * register. */
static void
test_refused_file (Fixture       *f,
                   gconstpointer  data)
{
  gint64 id = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Prevent", "Novi Sad");
  g_autofree char *png = write_logo_png (f->tmpdir);
  g_autofree char *notes = g_build_filename (f->tmpdir, "notes.png", NULL);
  g_autoptr(GBytes) expected = read_file (png);
  g_autoptr(GError) error = NULL;
  SkupWindow *window;
  SkupImageRow *row;

  g_assert_true (skup_store_set_logo (f->store, id, expected, &error));
  g_assert_no_error (error);
  window = skup_ui_test_open_window (f, 1280, 800);
  row = open_logo_row (window, id);
  assert_thumbnail (row, 160, 80);

  g_assert_true (g_file_set_contents (notes, "Spisak učesnika, Niš\n", -1, NULL));
  choose_file (row, notes);
  g_assert_cmpstr (skup_image_row_get_error (row), ==,
                   "“notes.png” could not be read as an image.");
  g_assert_cmpstr (subtitle_of (row), ==, "“notes.png” could not be read as an image.");
  assert_stored (f, id, expected);
  assert_thumbnail (row, 160, 80);
}

static gboolean
row_is_empty (gpointer data)
{
  return skup_image_row_get_image (data) == NULL;
}

/* Remove saves at once and offers Undo, which puts the very bytes back. */
static void
test_remove_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "DPNSEE", NULL);
  g_autofree char *png = write_logo_png (f->tmpdir);
  g_autoptr(GBytes) expected = read_file (png);
  g_autoptr(GError) error = NULL;
  SkupWindow *window;
  SkupImageRow *row;
  GtkWidget *remove;
  AdwToast *toast;

  g_assert_true (skup_store_set_logo (f->store, id, expected, &error));
  g_assert_no_error (error);
  window = skup_ui_test_open_window (f, 1280, 800);
  row = open_logo_row (window, id);

  /* The button the user sees, labelled for those who cannot see its icon. */
  remove = skup_ui_test_find_actionable (GTK_WIDGET (row), "image.remove");
  g_assert_nonnull (remove);
  g_assert_true (gtk_widget_get_mapped (remove));
  /* A button activated from the keyboard clicks after it has shown itself pressed. */
  g_assert_true (gtk_widget_activate (remove));
  skup_ui_test_wait_until (row_is_empty, row, "the row let go of its image");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  assert_stored (f, id, NULL);
  assert_no_thumbnail (row);
  g_assert_cmpstr (subtitle_of (row), ==, "None");

  toast = skup_window_get_last_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Logo removed");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  focus_choose_button (row);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "logos-removed-toast");

  g_signal_emit_by_name (toast, "button-clicked");
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  assert_stored (f, id, expected);
  /* The page hears of the change and shows the logo again. */
  assert_thumbnail (row, 160, 80);
}

static gboolean
row_has_error (gpointer data)
{
  return skup_image_row_get_error (data) != NULL;
}

/* What the register refuses is said at the row, which shows the logo it keeps. Here another
 * organiser deleted the organisation while its page was open. */
static void
test_save_error_at_row (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Duga", "Šabac");
  g_autofree char *png = write_logo_png (f->tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) other = NULL;
  g_autoptr(SkupRecord) duga = NULL;
  const char *expected = "This organisation is no longer in the register, so its logo was "
                         "not saved.";
  g_autoptr(GFile) file = g_file_new_for_path (png);
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupImageRow *row = open_logo_row (window, id);

  other = skup_store_open (f->path, &error);
  g_assert_no_error (error);
  duga = skup_store_load (other, SKUP_TYPE_ORGANISATION, id, &error);
  g_assert_true (skup_store_delete (other, duga, NULL, &error));
  g_assert_no_error (error);

  skup_image_row_load_file (row, file);
  skup_ui_test_wait_until (row_has_error, row, "the row said why nothing was saved");
  skup_ui_test_wait_for_frames (GTK_WIDGET (row));
  g_assert_cmpstr (skup_image_row_get_error (row), ==, expected);
  g_assert_cmpstr (subtitle_of (row), ==, expected);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  /* Nothing was kept, so the row shows nothing either. */
  g_assert_null (skup_image_row_get_image (row));
  assert_no_thumbnail (row);
  focus_choose_button (row);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "logos-save-error");
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A new organisation has no logo to show yet: the page says where it will be. */
static void
test_new_organisation_hint (Fixture       *f,
                            gconstpointer  data)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);
  SkupDetailPage *detail;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "organisations"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  detail = skup_window_get_detail_page (window);
  g_assert_nonnull (detail);
  g_assert_null (skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_LOGO_SECTION,
                                               FALSE));
  g_assert_nonnull (skup_ui_test_find_widget (GTK_WIDGET (detail), is_label_reading,
                                              "A logo can be added once the organisation is "
                                              "saved."));

  g_assert_true (skup_detail_page_set_field_text (detail, "name", "Timočki omladinski centar"));
  g_assert_true (skup_detail_page_save (detail));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_nonnull (skup_ui_test_find_descendant (GTK_WIDGET (detail), SKUP_TYPE_LOGO_SECTION,
                                                  TRUE));
}

/* The section speaks the user's language, as the kind's registration names it. */
static void
test_in_serbian (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = skup_ui_test_add_named (f->store, SKUP_TYPE_ORGANISATION, "Кокоро", "Београд");
  g_autofree char *png = write_logo_png (f->tmpdir);
  g_autoptr(GBytes) logo = read_file (png);
  g_autoptr(GError) error = NULL;
  SkupWindow *window;
  SkupImageRow *row;
  GtkWidget *section;

  g_assert_true (skup_store_set_logo (f->store, id, logo, &error));
  g_assert_no_error (error);
  skup_ui_test_use_language ("sr_RS.UTF-8");
  window = skup_ui_test_open_window (f, 1280, 800);
  row = open_logo_row (window, id);
  section = gtk_widget_get_ancestor (GTK_WIDGET (row), SKUP_TYPE_LOGO_SECTION);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (section)), ==,
                   "Лого");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (section)), ==,
                   "Штампа се на листама за потписивање и сертификатима");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Лого");
  assert_thumbnail (row, 160, 80);
  focus_choose_button (row);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), "logos-organisation-sr");
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/skup/ui/logos/" path, Fixture, "skup-test-logos-XXXXXX", \
              fixture_setup, func, skup_ui_test_fixture_teardown)

  ADD ("choose-logo", test_choose_logo);
  ADD ("refused-file", test_refused_file);
  ADD ("remove-undo", test_remove_undo);
  ADD ("save-error-at-row", test_save_error_at_row);
  ADD ("new-organisation-hint", test_new_organisation_hint);
  ADD ("in-serbian", test_in_serbian);

#undef ADD

  return g_test_run ();
}
