/* test-templates.c — every .ui file builds with the GTK and libadwaita of Debian 12
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gtk4-builder-tool cannot resolve libadwaita types, and a widget or property from a newer
 * release only fails when the template is first built. So each template type is built and
 * shown here, each in a subprocess so one broken template does not hide the others, and every
 * template in the resource bundle must be on the list below.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gui/attendance/skup-attendance-window.h"
#include "gui/skup-date-row.h"
#include "gui/skup-detail-page.h"
#include "gui/skup-eligibility-group.h"
#include "gui/skup-event-row.h"
#include "gui/skup-image-row.h"
#include "gui/skup-list-page.h"
#include "gui/skup-logo-section.h"
#include "gui/skup-open-register-window.h"
#include "gui/skup-organisation-filter.h"
#include "gui/skup-organisers-group.h"
#include "gui/skup-preferences-window.h"
#include "gui/skup-record-picker.h"
#include "gui/skup-reference-row.h"
#include "gui/skup-related-list.h"
#include "gui/skup-rooms-group.h"
#include "gui/skup-sessions-group.h"
#include "gui/skup-sheet-row.h"
#include "gui/skup-sign-in-dialog.h"
#include "gui/skup-signatory-row.h"
#include "gui/skup-window.h"
#include "gui/registration/skup-add-people-dialog.h"
#include "gui/registration/skup-participants-group.h"
#include "gui/registration/skup-paste-list-dialog.h"
#include "gui/attendance/skup-check-in-window.h"
#include "gui/evaluations/skup-evaluations-window.h"
#include "gui/evaluations/skup-forms-page.h"
#include "gui/evaluations/skup-scores-page.h"
#include "gui/certificates/skup-certificates-page.h"
#include "gui/reports/skup-reports-page.h"
#include "gui/certificates/skup-issue-dialog.h"
#include "gui/certificates/skup-template-editor.h"
#include "gui/certificates/skup-template-list-window.h"
#include "gui/exports/skup-attendance-export-dialog.h"
#include "gui/import/skup-import-window.h"

#define UI_PATH "/rs/skup/Skup/ui"

/* Every type with a template. A new template type goes here (the "listed" test says so). */
static GType (*const template_types[]) (void) = {
  skup_check_in_window_get_type,
  skup_attendance_window_get_type,
  skup_evaluations_window_get_type,
  skup_scores_page_get_type,
  skup_forms_page_get_type,
  skup_child_group_get_type,
  skup_date_row_get_type,
  skup_detail_page_get_type,
  skup_eligibility_group_get_type,
  skup_event_row_get_type,
  skup_image_row_get_type,
  skup_list_page_get_type,
  skup_logo_section_get_type,
  skup_open_register_window_get_type,
  skup_organisation_filter_get_type,
  skup_organisers_group_get_type,
  skup_preferences_window_get_type,
  skup_record_picker_get_type,
  skup_reference_row_get_type,
  skup_related_list_get_type,
  skup_rooms_group_get_type,
  skup_sessions_group_get_type,
  skup_sheet_row_get_type,
  skup_sign_in_dialog_get_type,
  skup_signatory_row_get_type,
  skup_window_get_type,
  skup_participants_group_get_type,
  skup_add_people_dialog_get_type,
  skup_paste_list_dialog_get_type,
  skup_certificates_page_get_type,
  skup_reports_page_get_type,
  skup_issue_dialog_get_type,
  skup_template_editor_get_type,
  skup_template_list_window_get_type,
  skup_attendance_export_dialog_get_type,
  skup_import_window_get_type,
};

static char *tmpdir;
static SkupStore *store;

static char *
read_template_class (const char *resource)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, &error);
  g_autoptr(GRegex) regex = g_regex_new ("<template class=\"([A-Za-z0-9_]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_no_error (error);
  if (!g_regex_match (regex, g_bytes_get_data (bytes, NULL), 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

static void
test_listed (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = g_resources_enumerate_children (UI_PATH, 0, &error);
  guint n_templates = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (template_types); i++)
    g_type_ensure (template_types[i] ());

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *resource = g_build_path ("/", UI_PATH, names[i], NULL);
      g_autofree char *class_name = NULL;

      if (!g_str_has_suffix (names[i], ".ui"))
        continue;
      class_name = read_template_class (resource);
      if (class_name == NULL)
        continue;

      n_templates++;
      if (g_type_from_name (class_name) == 0)
        g_test_fail_printf ("%s is the template of %s, which is not listed in "
                            "tests/validate/test-templates.c", resource, class_name);
    }

  g_assert_cmpuint (n_templates, ==, G_N_ELEMENTS (template_types));
}

static gboolean
set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
show_briefly (GtkWidget *widget)
{
  gboolean done = FALSE;

  /* Mapping builds what is only built on demand (popovers, CSS nodes, icons). */
  gtk_widget_set_visible (widget, TRUE);
  if (GTK_IS_WINDOW (widget))
    gtk_window_present (GTK_WINDOW (widget));
  g_timeout_add (200, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
build_template (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GtkWidget *widget;

  if (!g_test_subprocess ())
    {
      /* Builder errors are criticals, and criticals abort: watch from outside. */
      g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (g_object_class_find_property (G_OBJECT_CLASS (klass), "store") != NULL)
    widget = g_object_new (type, "store", store, NULL);
  else
    widget = g_object_new (type, NULL);
  g_object_ref_sink (widget);

  show_briefly (widget);

  if (GTK_IS_WINDOW (widget))
    gtk_window_destroy (GTK_WINDOW (widget));
  g_object_unref (widget);
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GObject *overlay;

  gtk_builder_add_from_resource (builder, "/rs/skup/Skup/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));

  show_briefly (GTK_WIDGET (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  tmpdir = g_dir_make_tmp ("skup-test-templates-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmpdir, "skup.db", NULL);
  store = skup_store_open (path, &error);
  g_assert_no_error (error);
}

static void
close_store (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  g_clear_object (&store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (tmpdir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* One broken template must not hide the next one. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/skup/validate/templates/listed", test_listed);
  for (guint i = 0; i < G_N_ELEMENTS (template_types); i++)
    {
      GType type = template_types[i] ();
      g_autofree char *path = g_strconcat ("/skup/validate/templates/", g_type_name (type), NULL);

      g_test_add_data_func (path, GSIZE_TO_POINTER (type), build_template);
    }
  g_test_add_func ("/skup/validate/templates/help-overlay", test_help_overlay);

  open_store ();
  status = g_test_run ();
  close_store ();

  return status;
}
