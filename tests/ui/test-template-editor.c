/* test-template-editor.c — certificate templates and their live preview, driven under Xvfb
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The templates window is opened from the main window's action, as the primary menu and the
 * Certificates page open it; its rows and the editor are driven through their actions and
 * fields. The preview is checked by what it drew: the picture's pixels, and the texts of the
 * page it was drawn from. Screenshots go to SKUP_SCREENSHOT_DIR.
 */

#include "config.h"

#include <string.h>

#include "core/certificates/skup-certificate-preview.h"
#include "core/store/skup-store-certificates.h"
#include "gui/certificates/skup-template-editor.h"
#include "gui/certificates/skup-template-list-window.h"
#include "skup-ui-test.h"

typedef SkupUiTestFixture Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  skup_ui_test_fixture_setup (f, "skup-test-template-editor-XXXXXX");
}

/* Helpers *****************************************************************/

static gboolean
has_list_window (gpointer data)
{
  GtkWidget *dialog = skup_ui_test_get_dialog (data);

  return dialog != NULL && SKUP_IS_TEMPLATE_LIST_WINDOW (dialog);
}

/* The templates window, opened as the menu opens it. */
static SkupTemplateListWindow *
open_templates (Fixture *f)
{
  SkupWindow *window = skup_ui_test_open_window (f, 1280, 800);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.certificate-templates",
                                             NULL));
  skup_ui_test_wait_until (has_list_window, window, "the templates window");
  return SKUP_TEMPLATE_LIST_WINDOW (skup_ui_test_get_dialog (window));
}

static gint64
find_built_in (Fixture    *f,
               const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCertificateTemplate) t = skup_store_load_built_in_template (f->store, key,
                                                                            &error);

  g_assert_no_error (error);
  return t->id;
}

static gboolean
has_drawn (gpointer data)
{
  SkupTemplateEditor *editor = data;
  SkupTemplatePreview *preview = skup_template_editor_get_preview (editor);
  guint before = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (preview), "test-before"));

  return skup_template_preview_get_n_drawn (preview) > before &&
         skup_template_editor_is_settled (editor);
}

/* Waits for a picture after the @before-th, of the fields as they are now. */
static void
wait_for_drawing (SkupTemplateEditor *editor,
                  guint               before)
{
  SkupTemplatePreview *preview = skup_template_editor_get_preview (editor);

  g_object_set_data (G_OBJECT (preview), "test-before", GUINT_TO_POINTER (before));
  skup_ui_test_wait_until (has_drawn, editor, "the preview drawn");
}

static guint
get_n_drawn (SkupTemplateEditor *editor)
{
  return skup_template_preview_get_n_drawn (skup_template_editor_get_preview (editor));
}

/* Opens the editor through the list's action @action with the template @id. */
static SkupTemplateEditor *
open_editor (SkupTemplateListWindow *list,
             const char             *action,
             gint64                  id)
{
  SkupTemplateEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), action, "x", id));
  editor = skup_template_list_window_get_editor (list);
  g_assert_nonnull (editor);
  skup_ui_test_wait_until (skup_ui_test_is_mapped, editor, "the editor shown");
  if (get_n_drawn (editor) == 0)
    wait_for_drawing (editor, 0);
  return editor;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gpointer
get_row (gpointer    window,
         const char *title)
{
  GtkWidget *row = skup_ui_test_find_widget (GTK_WIDGET (window), is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

/* The bytes of the picture the preview shows now. */
static GBytes *
dup_pixels (SkupTemplateEditor *editor)
{
  cairo_surface_t *surface = skup_template_preview_get_surface (skup_template_editor_get_preview (editor));

  g_assert_nonnull (surface);
  cairo_surface_flush (surface);
  return g_bytes_new (cairo_image_surface_get_data (surface),
                      cairo_image_surface_get_stride (surface)
                      * cairo_image_surface_get_height (surface));
}

/* Types @text into the entry row @title as a replacement and waits for the preview. */
static void
set_text_and_wait (SkupTemplateEditor *editor,
                   const char         *title,
                   const char         *text)
{
  guint before = get_n_drawn (editor);

  gtk_editable_set_text (GTK_EDITABLE (get_row (editor, title)), text);
  wait_for_drawing (editor, before);
}

static gboolean
has_problem (gpointer data)
{
  return skup_template_editor_get_problem (data) != NULL;
}

static gboolean
save_enabled (SkupTemplateEditor *editor)
{
  GtkWidget *button = skup_ui_test_find_actionable (GTK_WIDGET (editor), "editor.save");

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static SkupCertificateTemplate *
find_own_template (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = skup_store_list_certificate_templates (f->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      SkupCertificateTemplate *t = g_ptr_array_index (all, i);

      if (t->built_in == NULL)
        return skup_certificate_template_copy (t);
    }
  return NULL;
}

static gboolean
editor_gone (gpointer data)
{
  return skup_template_list_window_get_editor (data) == NULL;
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Tests *******************************************************************/

/* A built-in duplicated, its title changed: the preview draws the new title; a misspelt
 * placeholder holds Save back and says where it is; the copy saved is there when reopened. */
static void
test_duplicate_and_edit (Fixture       *f,
                         gconstpointer  data)
{
  SkupTemplateListWindow *list = open_templates (f);
  SkupTemplateEditor *editor = open_editor (list, "templates.duplicate",
                                            find_built_in (f, SKUP_TEMPLATE_PARTICIPATION_EN));
  g_autoptr(GBytes) before = dup_pixels (editor);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(SkupCertificateTemplate) saved = NULL;
  const char *problem;
  GtkEditable *title;

  g_assert_true (save_enabled (editor));
  set_text_and_wait (editor, "Title", "CERTIFICATE OF COMPLETION");
  after = dup_pixels (editor);
  g_assert_false (g_bytes_equal (before, after));
  g_assert_cmpstr (skup_template_preview_get_text (skup_template_editor_get_preview (editor))->title,
                   ==, "CERTIFICATE OF COMPLETION");

  title = GTK_EDITABLE (get_row (editor, "Title"));
  gtk_editable_set_text (title, "Well done, {nmae}!");
  skup_ui_test_wait_until (has_problem, editor, "the placeholder refused");
  problem = skup_template_editor_get_problem (editor);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "Title"));
  g_assert_nonnull (strstr (problem, "{nmae}"));
  g_assert_nonnull (strstr (problem, "column 12"));
  g_assert_false (save_enabled (editor));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (title), "error"));
  skup_ui_test_save_screenshot (GTK_WIDGET (editor), "template-editor-error");
  /* Show puts the cursor at the brace that opens the unknown name. */
  gtk_editable_set_position (title, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-problem", NULL));
  g_assert_cmpint (gtk_editable_get_position (title), ==, 11);

  set_text_and_wait (editor, "Title", "Well done, {name}!");
  g_assert_null (skup_template_editor_get_problem (editor));
  g_assert_true (save_enabled (editor));
  gtk_editable_set_text (GTK_EDITABLE (get_row (editor, "Name")), "Completion (English)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  skup_ui_test_wait_until (editor_gone, list, "the editor closed");

  saved = find_own_template (f);
  g_assert_nonnull (saved);
  g_assert_cmpstr (saved->name, ==, "Completion (English)");
  g_assert_cmpstr (saved->title, ==, "Well done, {name}!");
  editor = open_editor (list, "templates.edit", saved->id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_row (editor, "Title"))), ==,
                   "Well done, {name}!");
  g_assert_cmpstr (skup_template_preview_get_text (skup_template_editor_get_preview (editor))->title,
                   ==, "Well done, " SKUP_PREVIEW_SAMPLE_FEMALE_LATIN "!");
}

static gboolean
is_actionable_for (GtkWidget     *widget,
                   gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* A built-in offers no Delete and refuses one asked for; the office's own goes after a
 * confirmation. */
static void
test_built_in_kept (Fixture       *f,
                    gconstpointer  data)
{
  gint64 built_in = find_built_in (f, SKUP_TEMPLATE_PARTICIPATION_SR);
  g_autoptr(SkupCertificateTemplate) t = NULL;
  g_autoptr(SkupCertificateTemplate) own = NULL;
  g_autoptr(SkupCertificateTemplate) still = NULL;
  g_autoptr(GError) error = NULL;
  SkupTemplateListWindow *list;
  SkupTemplateEditor *editor;
  GtkWidget *dialog;

  t = skup_store_load_certificate_template (f->store, built_in, &error);
  g_assert_no_error (error);
  own = skup_certificate_template_duplicate (t);
  g_assert_true (skup_store_save_certificate_template (f->store, own, &error));
  g_assert_no_error (error);

  list = open_templates (f);
  /* One Delete button: the office's own template's. */
  dialog = skup_ui_test_find_widget (GTK_WIDGET (list), is_actionable_for,
                                     "templates.delete");
  g_assert_nonnull (dialog);
  g_assert_cmpint (g_variant_get_int64 (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (dialog))),
                   ==, own->id);

  gtk_widget_activate_action (GTK_WIDGET (list), "templates.delete", "x", built_in);
  skup_ui_test_wait_for_frames (GTK_WIDGET (list));
  g_assert_false (skup_ui_test_has_message_dialog (list));
  still = skup_store_load_certificate_template (f->store, built_in, &error);
  g_assert_no_error (error);
  g_assert_nonnull (still);

  /* Opened, a built-in shows its preview but cannot be saved. */
  editor = open_editor (list, "templates.edit", built_in);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (get_row (editor, "Title"))));
  g_assert_false (gtk_widget_get_visible (skup_ui_test_find_widget (GTK_WIDGET (editor),
                                                                    is_actionable_for,
                                                                    "editor.save")));
  g_assert_true (gtk_widget_get_visible (skup_ui_test_find_widget (GTK_WIDGET (editor),
                                                                   is_actionable_for,
                                                                   "editor.duplicate")));
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_widget_activate_action (GTK_WIDGET (list), "templates.delete", "x", own->id);
  skup_ui_test_wait_until (skup_ui_test_has_message_dialog, list, "the confirmation");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (skup_ui_test_get_dialog (list)), "delete");
  g_clear_pointer (&still, skup_certificate_template_free);
  still = find_own_template (f);
  g_assert_null (still);
}

static gboolean
is_gender_toggle (GtkWidget     *widget,
                  gconstpointer  nick)
{
  GVariant *target;

  if (!GTK_IS_TOGGLE_BUTTON (widget))
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), nick) == 0;
}

static GtkToggleButton *
get_gender_toggle (SkupTemplateEditor *editor,
                   const char         *nick)
{
  GtkWidget *toggle = skup_ui_test_find_widget (GTK_WIDGET (editor), is_gender_toggle, nick);

  g_assert_nonnull (toggle);
  return GTK_TOGGLE_BUTTON (toggle);
}

/* The toggle writes the sample for a woman or a man: the name and the verb agree. */
static void
test_gender (Fixture       *f,
             gconstpointer  data)
{
  SkupTemplateListWindow *list = open_templates (f);
  SkupTemplateEditor *editor = open_editor (list, "templates.edit",
                                            find_built_in (f, SKUP_TEMPLATE_PARTICIPATION_SR));
  SkupTemplatePreview *preview = skup_template_editor_get_preview (editor);
  guint before;

  g_assert_cmpstr (skup_template_preview_get_text (preview)->name, ==,
                   SKUP_PREVIEW_SAMPLE_FEMALE_CYRILLIC);
  g_assert_nonnull (strstr (skup_template_preview_get_text (preview)->body, "учествовала"));
  /* The toggles say whom the sample is for. */
  g_assert_true (gtk_toggle_button_get_active (get_gender_toggle (editor, "female")));
  g_assert_false (gtk_toggle_button_get_active (get_gender_toggle (editor, "male")));

  before = get_n_drawn (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.sample-gender", "s",
                                             "male"));
  wait_for_drawing (editor, before);
  g_assert_cmpstr (skup_template_preview_get_text (preview)->name, ==,
                   SKUP_PREVIEW_SAMPLE_MALE_CYRILLIC);
  g_assert_nonnull (strstr (skup_template_preview_get_text (preview)->body, "учествовао"));
  g_assert_null (strstr (skup_template_preview_get_text (preview)->body, "учествовала"));
  g_assert_true (gtk_toggle_button_get_active (get_gender_toggle (editor, "male")));
}

/* What an office sets up before its first certificate: a logo, a prefix, who signs. */
static void
set_up_office (Fixture *f)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 160, 160);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  cairo_set_source_rgb (cr, 0.12, 0.30, 0.50);
  cairo_arc (cr, 80, 80, 74, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_arc (cr, 80, 80, 40, 0, 2 * G_PI);
  cairo_set_line_width (cr, 12);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));

  g_assert_true (skup_store_set_setting_data (f->store, SKUP_SETTING_LOGO, bytes, &error));
  g_assert_true (skup_store_set_setting (f->store, SKUP_SETTING_CERTIFICATE_PREFIX, "KBPD",
                                         &error));
  g_assert_true (skup_store_set_setting (f->store, "signatory-1-name", "Jelena Marković",
                                         &error));
  g_assert_true (skup_store_set_setting (f->store, "signatory-1-title", "Director", &error));
  g_assert_no_error (error);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  SkupTemplateListWindow *list;
  SkupTemplateEditor *editor;

  set_up_office (f);
  list = open_templates (f);

  skup_ui_test_save_screenshot (GTK_WIDGET (list), "template-list");
  editor = open_editor (list, "templates.duplicate",
                        find_built_in (f, SKUP_TEMPLATE_PARTICIPATION_EN));
  skup_ui_test_resize_window (GTK_WINDOW (editor), 1280, 800);
  wait_for_drawing (editor, get_n_drawn (editor) - 1);
  skup_ui_test_wait_for_frames (GTK_WIDGET (editor));
  skup_ui_test_save_screenshot (GTK_WIDGET (editor), "template-editor");
  skup_ui_test_destroy_windows ();

  skup_ui_test_use_language ("sr_RS.UTF-8");
  list = open_templates (f);
  editor = open_editor (list, "templates.edit", find_built_in (f, SKUP_TEMPLATE_PARTICIPATION_SR));
  skup_ui_test_resize_window (GTK_WINDOW (editor), 1280, 800);
  skup_ui_test_wait_for_frames (GTK_WIDGET (editor));
  skup_ui_test_save_screenshot (GTK_WIDGET (editor), "template-editor-sr");
  skup_ui_test_use_language ("C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  skup_ui_test_init (&argc, &argv);

  g_test_add ("/skup/ui/template-editor/duplicate-and-edit", Fixture, NULL,
              fixture_setup, test_duplicate_and_edit, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/template-editor/built-in-kept", Fixture, NULL,
              fixture_setup, test_built_in_kept, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/template-editor/gender", Fixture, NULL,
              fixture_setup, test_gender, skup_ui_test_fixture_teardown);
  g_test_add ("/skup/ui/template-editor/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, skup_ui_test_fixture_teardown);

  return g_test_run ();
}
