/* skup-open-register-window.c — the dialog that connects to a shared register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows make a libpq URI (see skup-register-location.c); Test and Open hand it to the
 * core in a worker thread with a connection of its own. Which engine is behind the URI is
 * the core's business: the dialog only says what the core answered.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-open-register-window.h"
#include "skup-register-location.h"

/* The rows of ssl_row, in order. */
static const char * const ssl_modes[] = { "prefer", "require", "disable" };

struct _SkupOpenRegisterWindow
{
  AdwWindow        parent_instance;

  GSettings       *settings;
  /* The Test or Open under way; cancelled when another starts or the dialog goes. */
  GCancellable    *cancellable;
  char            *status;

  /* Template children */
  AdwPreferencesGroup *recent_group;
  GtkListBox      *recent_list;
  AdwEntryRow     *host_row;
  GtkSpinButton   *port_spin;
  AdwEntryRow     *database_row;
  AdwEntryRow     *user_row;
  AdwComboRow     *ssl_row;
  AdwPreferencesGroup *test_group;
  AdwActionRow    *test_row;
  GtkImage        *status_icon;
  GtkSpinner      *spinner;
};

G_DEFINE_FINAL_TYPE (SkupOpenRegisterWindow, skup_open_register_window, ADW_TYPE_WINDOW)

enum {
  SIGNAL_REGISTER_OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum {
  STATUS_NONE,
  STATUS_BUSY,
  STATUS_OK,
  STATUS_ERROR,
} StatusKind;

static void
set_status (SkupOpenRegisterWindow *self,
            StatusKind              kind,
            const char             *text)
{
  gboolean busy = kind == STATUS_BUSY;
  /* Row subtitles are markup in libadwaita 1.2; the core's messages are plain text. */
  g_autofree char *markup = text ? g_markup_escape_text (text, -1) : NULL;

  g_free (self->status);
  self->status = g_strdup (text);
  adw_action_row_set_subtitle (self->test_row, markup);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), kind == STATUS_OK
                                                          || kind == STATUS_ERROR);
  gtk_image_set_from_icon_name (self->status_icon, kind == STATUS_OK ? "emblem-ok-symbolic"
                                                                     : "dialog-error-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
  if (kind == STATUS_OK || kind == STATUS_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon),
                              kind == STATUS_OK ? "success" : "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "open-register.test", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "open-register.open", !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recent_list), !busy);
}

static GCancellable *
restart_cancellable (SkupOpenRegisterWindow *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  return self->cancellable;
}

/* The URI shown under the rows, so what Open connects to is never a guess. */
static void
on_location_changed (SkupOpenRegisterWindow *self)
{
  g_autofree char *uri = skup_open_register_window_dup_uri (self);
  /* Translators: %s is a connection address such as postgresql://ana@db.example.org/skup */
  g_autofree char *text = g_strdup_printf (_("Address: %s"), uri);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_preferences_group_set_description (self->test_group, markup);
}

/* Test ******************************************************************************/

static void
probe_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  int version = 0;

  if (!skup_store_probe (task_data, &version, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, version);
}

static void
on_probe_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SkupOpenRegisterWindow *self = SKUP_OPEN_REGISTER_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gssize version;

  /* A newer Test, or the dialog closing, made this answer moot. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  version = g_task_propagate_int (G_TASK (result), &error);
  if (error != NULL)
    set_status (self, STATUS_ERROR, error->message);
  else if (version == 0)
    set_status (self, STATUS_OK, _("Connected: an empty database — Skup will set it up"));
  else
    /* Translators: "register" is the noun, Skup's database */
    set_status (self, STATUS_OK, _("Connected: a Skup register"));
}

static void
test_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupOpenRegisterWindow *self = SKUP_OPEN_REGISTER_WINDOW (widget);
  g_autoptr(GTask) task = g_task_new (self, restart_cancellable (self), on_probe_done, NULL);

  g_task_set_source_tag (task, test_action);
  g_task_set_task_data (task, skup_open_register_window_dup_uri (self), g_free);
  set_status (self, STATUS_BUSY, _("Connecting…"));
  g_task_run_in_thread (task, probe_thread);
}

/* Open ******************************************************************************/

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  SkupStore *store = skup_store_open (task_data, &error);

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
on_open_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SkupOpenRegisterWindow *self = SKUP_OPEN_REGISTER_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupStore) store = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  if (store == NULL)
    {
      /* The dialog stays, with what was typed, so the user can fix it. */
      set_status (self, STATUS_ERROR, error->message);
      return;
    }
  set_status (self, STATUS_NONE, NULL);
  g_signal_emit (self, signals[SIGNAL_REGISTER_OPENED], 0, store);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
open_uri (SkupOpenRegisterWindow *self,
          char                   *uri)
{
  g_autoptr(GTask) task = g_task_new (self, restart_cancellable (self), on_open_done, NULL);

  g_task_set_source_tag (task, open_uri);
  g_task_set_task_data (task, uri, g_free);
  set_status (self, STATUS_BUSY, _("Opening…"));
  g_task_run_in_thread (task, open_thread);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupOpenRegisterWindow *self = SKUP_OPEN_REGISTER_WINDOW (widget);

  open_uri (self, skup_open_register_window_dup_uri (self));
}

/* Recent registers ***********************************************************************/

static void
on_recent_row_activated (SkupOpenRegisterWindow *self,
                         GtkListBoxRow          *row)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-registers");
  int index = gtk_list_box_row_get_index (row);

  /* Row n shows recent register n (fill_recent), and the list is not changed meanwhile. */
  if (index >= 0 && (guint) index < g_strv_length (recent))
    open_uri (self, g_strdup (recent[index]));
}

static GtkWidget *
create_recent_row (const char *uri)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *markup = g_markup_escape_text (uri, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), markup);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  return row;
}

static void
fill_recent (SkupOpenRegisterWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-registers");

  for (guint i = 0; recent[i] != NULL && i < SKUP_MAX_RECENT_REGISTERS; i++)
    gtk_list_box_append (self->recent_list, create_recent_row (recent[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), recent[0] != NULL);
}

/* GObject *******************************************************************************/

static void
skup_open_register_window_dispose (GObject *object)
{
  SkupOpenRegisterWindow *self = SKUP_OPEN_REGISTER_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_OPEN_REGISTER_WINDOW);

  G_OBJECT_CLASS (skup_open_register_window_parent_class)->dispose (object);
}

static void
skup_open_register_window_finalize (GObject *object)
{
  SkupOpenRegisterWindow *self = SKUP_OPEN_REGISTER_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_free (self->status);

  G_OBJECT_CLASS (skup_open_register_window_parent_class)->finalize (object);
}

static void
skup_open_register_window_class_init (SkupOpenRegisterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_open_register_window_dispose;
  object_class->finalize = skup_open_register_window_finalize;

  signals[SIGNAL_REGISTER_OPENED] =
    g_signal_new ("register-opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SKUP_TYPE_STORE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-open-register-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, host_row);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, port_spin);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, ssl_row);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, test_group);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, test_row);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, SkupOpenRegisterWindow, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_location_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated);

  gtk_widget_class_install_action (widget_class, "open-register.test", NULL, test_action);
  gtk_widget_class_install_action (widget_class, "open-register.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_open_register_window_init (SkupOpenRegisterWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  fill_recent (self);
  set_status (self, STATUS_NONE,
              _("Check that the server answers before opening; nothing is changed."));
  on_location_changed (self);
}

/**
 * skup_open_register_window_new:
 * @parent: the main window the register is opened in
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it is closed
 */
SkupOpenRegisterWindow *
skup_open_register_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_new (SKUP_TYPE_OPEN_REGISTER_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
}

/**
 * skup_open_register_window_dup_uri:
 *
 * Returns: (transfer full): the URI the rows make
 */
char *
skup_open_register_window_dup_uri (SkupOpenRegisterWindow *self)
{
  SkupServerLocation location = { 0 };
  guint ssl;

  g_return_val_if_fail (SKUP_IS_OPEN_REGISTER_WINDOW (self), NULL);

  /* A port typed but not yet confirmed with Enter counts too. */
  gtk_spin_button_update (self->port_spin);
  ssl = adw_combo_row_get_selected (self->ssl_row);
  location.host = gtk_editable_get_text (GTK_EDITABLE (self->host_row));
  location.port = (guint) gtk_spin_button_get_value_as_int (self->port_spin);
  location.database = gtk_editable_get_text (GTK_EDITABLE (self->database_row));
  location.user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  location.ssl_mode = ssl < G_N_ELEMENTS (ssl_modes) ? ssl_modes[ssl] : NULL;
  return skup_server_location_to_uri (&location);
}

const char *
skup_open_register_window_get_status (SkupOpenRegisterWindow *self)
{
  g_return_val_if_fail (SKUP_IS_OPEN_REGISTER_WINDOW (self), NULL);

  return self->status;
}

gboolean
skup_open_register_window_is_busy (SkupOpenRegisterWindow *self)
{
  g_return_val_if_fail (SKUP_IS_OPEN_REGISTER_WINDOW (self), FALSE);

  return gtk_spinner_get_spinning (self->spinner);
}
