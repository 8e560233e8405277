/* test-narrow.c — the window at a phone's 360 × 640, in English and in Serbian (both scripts)
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window must fit 360 px, and every header title must read whole there, not "Orga…":
 * Serbian words are longer, so each language runs in a child process started in its locale
 * (gettext and GtkBuilder translate as they load, and a process keeps its first language).
 * Screenshots of every section and record page go to SKUP_SCREENSHOT_DIR as narrow-<lang>-*.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "core/skup-core.h"
#include "gui/skup-application.h"
#include "gui/skup-narrow.h"
#include "gui/skup-window.h"
#include "skup-ui-test.h"

#define NARROW_WIDTH  360
#define NARROW_HEIGHT 640

typedef struct {
  const char *name;      /* in the test path and the screenshots */
  const char *locale;
  const char *events;    /* "Events" as the locale says it: the catalogue is in use */
} Language;

static const Language languages[] = {
  { "en", "C.UTF-8", "Events" },
  { "sr", "sr_RS.UTF-8", "Догађаји" },
  { "sr-latin", "sr_RS.UTF-8@latin", "Događaji" },
};

static const char *const sections[] = {
  "events", "people", "trainers", "organisations", "venues", "projects", "certificates",
  "reports",
};

static const struct {
  const char *section;
  GType     (*get_type) (void);
} record_kinds[] = {
  { "events", skup_event_get_type },
  { "people", skup_person_get_type },
  { "organisations", skup_organisation_get_type },
  { "venues", skup_venue_get_type },
  { "projects", skup_project_get_type },
};

/* Helpers *****************************************************************/

/* Fails the test, saying why on stderr: the parent shows only the child's stderr. */
G_GNUC_PRINTF (1, 2) static void
fail_printf (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("%s\n", message);
  g_test_fail ();
}

/* The mapped AdwWindowTitle of the page shown (hidden sections have header bars too). */
static AdwWindowTitle *
find_shown_title (GtkWidget *widget)
{
  GtkWidget *title = skup_ui_test_find_descendant (widget, ADW_TYPE_WINDOW_TITLE, TRUE);

  g_assert_nonnull (title);
  return ADW_WINDOW_TITLE (title);
}

static gboolean
is_label_reading (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The title reads whole: it is not ellipsized, and it was given all the width it asks for. */
static void
assert_title_readable (AdwWindowTitle *window_title,
                       const char     *where)
{
  const char *text = adw_window_title_get_title (window_title);
  GtkWidget *label = skup_ui_test_find_widget (GTK_WIDGET (window_title), is_label_reading, text);
  graphene_rect_t bounds;
  int natural;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_true (gtk_widget_compute_bounds (label, label, &bounds));
  if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))) ||
      bounds.size.width < natural)
    fail_printf ("%s: the title “%s” is cut: %g px of the %d px it needs", where, text,
                        bounds.size.width, natural);
}

/* What the window asks for at least, without the frame X11 draws around it to resize by. */
static void
assert_fits (SkupWindow *window,
             const char *where)
{
  GtkWidget *widget = GTK_WIDGET (window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  int frame = gdk_surface_get_width (surface) - gtk_widget_get_width (widget);
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum - frame > NARROW_WIDTH)
    fail_printf ("%s: the window needs %d px", where, minimum - frame);
  g_assert_cmpint (gtk_widget_get_width (widget), ==, NARROW_WIDTH);
}

static void
check_section (SkupWindow     *window,
               const Language *language,
               const char     *section)
{
  g_autofree char *name = g_strdup_printf ("narrow-%s-%s", language->name, section);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             section));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpstr (skup_window_get_visible_page_name (window), ==, section);
  assert_title_readable (find_shown_title (content), name);
  assert_fits (window, name);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), name);
}

/* The first record of a section's list (events begin with a heading). */
static gint64
first_record_id (SkupWindow *window,
                 const char *section)
{
  GListModel *model = skup_list_page_get_model (skup_window_get_list_page (window, section));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (SKUP_IS_RECORD (item))
        return skup_record_get_id (SKUP_RECORD (item));
    }
  g_assert_not_reached ();
}

static void
check_record_page (SkupWindow     *window,
                   const Language *language,
                   const char     *section,
                   GType           type)
{
  g_autofree char *name = g_strdup_printf ("narrow-%s-record-%s", language->name, section);
  SkupDetailPage *page;

  skup_window_open_record (window, type, first_record_id (window, section));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
  page = skup_window_get_detail_page (window);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  assert_title_readable (find_shown_title (GTK_WIDGET (page)), name);
  assert_fits (window, name);
  skup_ui_test_save_screenshot (GTK_WIDGET (window), name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "detail.cancel", NULL));
  skup_ui_test_wait_for_frames (GTK_WIDGET (window));
}

/* Tests *******************************************************************/

/* Runs in the child process, in @language's locale. */
static void
run_narrow (const Language *language)
{
  SkupUiTestFixture f;
  g_autoptr(GError) error = NULL;
  SkupDemoStats stats;
  SkupWindow *window;

  g_assert_cmpstr (_("Events"), ==, language->events);
  skup_ui_test_fixture_setup (&f, "skup-test-narrow-XXXXXX");
  skup_demo_fill_sample (f.store, &stats, &error);
  g_assert_no_error (error);
  window = skup_ui_test_open_window (&f, NARROW_WIDTH, NARROW_HEIGHT);
  assert_fits (window, "the sidebar");

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    check_section (window, language, sections[i]);
  for (guint i = 0; i < G_N_ELEMENTS (record_kinds); i++)
    check_record_page (window, language, record_kinds[i].section, record_kinds[i].get_type ());

  skup_ui_test_fixture_teardown (&f, NULL);
}

static gboolean
has_locale (const char *name)
{
  g_autofree char *current = g_strdup (setlocale (LC_ALL, NULL));
  gboolean found = setlocale (LC_ALL, name) != NULL;

  setlocale (LC_ALL, current);
  return found;
}

static void
test_narrow (gconstpointer data)
{
  const Language *language = data;
  g_autofree char *saved = g_strdup (g_getenv ("LC_ALL"));

  if (g_test_subprocess ())
    {
      run_narrow (language);
      return;
    }
  if (!has_locale (language->locale))
    {
      g_test_skip_printf ("the locale %s is not installed (see locale-gen)", language->locale);
      return;
    }

  /* The child inherits the locale: it reads it at start, as Skup does. */
  g_setenv ("LC_ALL", language->locale, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
  g_test_trap_assert_passed ();
}

/* Folded, the window keeps only the close button, on the side the user put it. */
static void
test_strip_layout (void)
{
  const struct {
    const char *layout;
    const char *narrow;
  } cases[] = {
    { "menu:minimize,maximize,close", "menu:close" },
    { "appmenu:close", "appmenu:close" },
    { "close,minimize,maximize:", "close:" },
    { "icon:minimize,,maximize,close", "icon:close" },
    { "minimize,maximize", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *narrow = _skup_narrow_strip_layout (cases[i].layout);

      g_assert_cmpstr (narrow, ==, cases[i].narrow);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* As main.c does: the catalogues just built, in the locale of the environment. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKUP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  skup_ui_test_init (&argc, &argv);

  g_test_add_func ("/skup/ui/narrow/strip-layout", test_strip_layout);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = g_strdup_printf ("/skup/ui/narrow/%s", languages[i].name);

      g_test_add_data_func (path, &languages[i], test_narrow);
    }

  return g_test_run ();
}
