/* skup-ui-test.h — what the tests of real windows share
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running the main loop until something holds, windows of an exact size, finding widgets as a
 * user would, screenshots, and a fresh register in a temporary folder. Each test program keeps
 * what only it needs; a failure here asserts, so it fails the test that called it.
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"
#include "gui/skup-application.h"
#include "gui/skup-window.h"

G_BEGIN_DECLS

/* The fixture of the tests that run the application: a fresh register, the settings at their
 * defaults and a registered application (it loads the style sheet, as for users). */
typedef struct {
  char            *tmpdir;
  char            *path;
  SkupStore       *store;
  SkupApplication *app;
  GSettings       *settings;
} SkupUiTestFixture;

typedef gboolean (*SkupUiTestCondition) (gpointer data);
typedef gboolean (*SkupUiTestMatch)     (GtkWidget    *widget,
                                         gconstpointer data);

/* Before g_test_add(): no session bus, GTK and libadwaita, no animations. */
void             skup_ui_test_init                 (int                 *argc,
                                                    char              ***argv);

/* A GSourceFunc that sets the gboolean at @user_data. */
gboolean         skup_ui_test_set_flag             (gpointer             user_data);
/* Runs the main loop until @condition holds or ten seconds pass (a hang, not slowness); the
 * caller asserts what it waited for, so a failure says what was wrong. */
void             skup_ui_test_wait_until           (SkupUiTestCondition  condition,
                                                    gpointer             data,
                                                    const char          *what);
/* Runs the main loop until @condition holds or @timeout_ms pass; returns whether it held.
 * For promises with a deadline ("shows within two seconds"), not for hangs. */
gboolean         skup_ui_test_wait_until_deadline  (SkupUiTestCondition  condition,
                                                    gpointer             data,
                                                    guint                timeout_ms);
/* A SkupUiTestCondition: the GtkWidget at @data is mapped. */
gboolean         skup_ui_test_is_mapped            (gpointer             data);
/* Waits for three frames of @widget: idle work, layout and drawing have caught up. */
void             skup_ui_test_wait_for_frames      (GtkWidget           *widget);

/* Presents @window with a visible part of @width × @height and waits until it shows. */
void             skup_ui_test_present_window       (GtkWindow           *window,
                                                    int                  width,
                                                    int                  height);
/* Resizes the shown @window to a visible part of @width × @height. */
void             skup_ui_test_resize_window        (GtkWindow           *window,
                                                    int                  width,
                                                    int                  height);

/* The first descendant of @widget, depth first, that @match accepts, or NULL. */
GtkWidget       *skup_ui_test_find_widget          (GtkWidget           *widget,
                                                    SkupUiTestMatch      match,
                                                    gconstpointer        data);
GtkWidget       *skup_ui_test_find_descendant      (GtkWidget           *widget,
                                                    GType                type,
                                                    gboolean             mapped_only);
/* The control for @action_name that the user sees. */
GtkWidget       *skup_ui_test_find_actionable      (GtkWidget           *widget,
                                                    const char          *action_name);

/* Saves what @widget shows as SKUP_SCREENSHOT_DIR/@name.png. */
void             skup_ui_test_save_screenshot      (GtkWidget           *widget,
                                                    const char          *name);

/* An application that does not claim the bus name: several come and go in one process. */
SkupApplication *skup_ui_test_make_application     (void);
/* The application's settings, reset to their defaults. */
GSettings       *skup_ui_test_new_settings         (void);
/* Opens a new register "skup.db" in a new folder made from @tmpl (see g_dir_make_tmp()). */
SkupStore       *skup_ui_test_create_store         (const char          *tmpl,
                                                    char               **tmpdir,
                                                    char               **path);
/* Sets up @f with its register in a new folder made from @tmpl. */
void             skup_ui_test_fixture_setup        (SkupUiTestFixture   *f,
                                                    const char          *tmpl);
/* A g_test_add() teardown for a SkupUiTestFixture: every window goes, then the register. */
void             skup_ui_test_fixture_teardown     (SkupUiTestFixture   *f,
                                                    gconstpointer        data);
/* Opens the main window on @f's register, its visible part @width × @height. */
SkupWindow      *skup_ui_test_open_window          (SkupUiTestFixture   *f,
                                                    int                  width,
                                                    int                  height);
/* Saves @record in @store, asserting it was; returns its id. */
gint64           skup_ui_test_save                 (SkupStore           *store,
                                                    SkupRecord          *record);
/* Saves a person called @given @family; returns the id. */
gint64           skup_ui_test_add_person           (SkupStore           *store,
                                                    const char          *given,
                                                    const char          *family);
/* Saves a record of @type (an organisation, a venue) with @name and @city; returns the id. */
gint64           skup_ui_test_add_named            (SkupStore           *store,
                                                    GType                type,
                                                    const char          *name,
                                                    const char          *city);
/* The visible window transient for @window (a dialog it opened), or NULL. */
GtkWidget       *skup_ui_test_get_dialog           (gpointer             window);
/* A SkupUiTestCondition: @window shows an AdwMessageDialog. */
gboolean         skup_ui_test_has_message_dialog   (gpointer             window);
/* Destroys every window, then lets the main loop finish what that started. */
void             skup_ui_test_destroy_windows      (void);
/* Deletes @path and everything below it. */
void             skup_ui_test_remove_tree          (const char          *path);

/* Speaks the language of @locale from now on ("C.UTF-8" for English, "sr_RS.UTF-8",
 * "sr_RS.UTF-8@latin"), with the catalogues just built (SKUP_LOCALEDIR), as build-aux/run
 * does. Windows made before keep the strings they have. */
void             skup_ui_test_use_language         (const char          *locale);

G_END_DECLS
