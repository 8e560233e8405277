/* skup-attendance-export-dialog.c — an event's attendance list: its options, then a file
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is read from the register on the main thread (a few queries, and the register is
 * the window's) and written to the file in a worker thread: it is a plain copy by then, and a
 * PDF of a thousand people should not freeze the window.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/exports/skup-attendance-list.h"
#include "core/skup-session.h"
#include "core/skup-event.h"
#include "core/skup-text.h"
#include "gui/skup-window.h"
#include "skup-attendance-export-dialog.h"
#include "gui/skup-gui-util.h"

struct _SkupAttendanceExportDialog
{
  AdwWindow             parent_instance;

  SkupContext          *context;
  gint64                event_id;
  GArray               *session_ids;    /* (element-type gint64) row 1 onwards of session_row */
  GPtrArray            *column_checks;  /* (element-type GtkCheckButton) by column bit */
  GtkFileChooserNative *chooser;
  gboolean              busy;
  char                 *error;

  AdwComboRow          *format_row;
  AdwComboRow          *session_row;
  GtkStringList        *session_labels;
  AdwComboRow          *script_row;
  AdwPreferencesGroup  *columns_group;
  AdwPreferencesGroup  *paper_group;
  AdwComboRow          *paper_row;
  GtkSwitch            *landscape_switch;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (SkupAttendanceExportDialog, skup_attendance_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows of format_row, in its order. */
static const SkupListFormat formats[] = {
  SKUP_LIST_FORMAT_CSV, SKUP_LIST_FORMAT_EXCEL_CSV, SKUP_LIST_FORMAT_XLSX, SKUP_LIST_FORMAT_PDF,
};

static SkupListFormat
chosen_format (SkupAttendanceExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return i < G_N_ELEMENTS (formats) ? formats[i] : SKUP_LIST_FORMAT_CSV;
}

static SkupListColumns
chosen_columns (SkupAttendanceExportDialog *self)
{
  SkupListColumns columns = 0;

  for (guint bit = 0; bit < self->column_checks->len; bit++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->column_checks, bit)))
      columns |= 1 << bit;
  return columns;
}

static void
set_error (SkupAttendanceExportDialog *self,
           const char                 *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Nothing to export without a column; nothing new while a file is being written. */
static void
update_actions (SkupAttendanceExportDialog *self)
{
  gboolean ready = !self->busy && chosen_columns (self) != 0 && self->context != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save-to", ready);
}

static void
on_format_changed (SkupAttendanceExportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->paper_group),
                            chosen_format (self) == SKUP_LIST_FORMAT_PDF);
}

/* Columns and sessions ****************************************************/

static void
add_column_rows (SkupAttendanceExportDialog *self)
{
  for (guint bit = 0; bit < SKUP_LIST_N_COLUMNS; bit++)
    {
      const char *title = skup_list_column_title (1 << bit);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   (SKUP_LIST_DEFAULT_COLUMNS & (1 << bit)) != 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_checks, check);
    }
}

/* "All sessions", then "Wednesday, 20 May 2026 · 09:00–12:30 · Opening" for each. */
static void
load_sessions (SkupAttendanceExportDialog *self)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = self->event_id };
  g_autoptr(GListModel) sessions = NULL;

  gtk_string_list_append (self->session_labels, _("All sessions"));
  if (self->context == NULL || self->event_id <= 0)
    return;
  /* Without the sessions the list can still be of all of them. */
  sessions = skup_store_list (skup_context_get_store (self->context), SKUP_TYPE_SESSION, &query,
                              NULL);
  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);
      g_autofree char *date = NULL;
      g_autofree char *times = NULL;
      g_autofree char *label = NULL;
      const char *parts[3];
      gint64 id;

      if (session == NULL)
        break;
      date = skup_text_format_date_weekday (skup_record_get_string (session, "date"));
      times = skup_session_dup_times (session);
      parts[0] = date;
      parts[1] = times;
      parts[2] = skup_record_get_string (session, "title");
      label = skup_text_join_parts (parts, G_N_ELEMENTS (parts));
      gtk_string_list_append (self->session_labels, label);
      id = skup_record_get_id (session);
      g_array_append_val (self->session_ids, id);
    }
}

/* Writing *****************************************************************/

typedef struct
{
  SkupAttendanceList *list;
  SkupListFormat      format;
  SkupPageSetup       page;
  char               *path;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->list, skup_attendance_list_unref);
  g_free (job->path);
  g_free (job);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;

  if (skup_attendance_list_write (job->list, job->format, &job->page, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  self->busy = FALSE;
  /* Closed while the file was written: the file is there, with no one left to tell. */
  if (self->error_label == NULL)
    return;
  update_actions (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The writers' messages name the file and say why. */
      set_error (self, error->message);
      return;
    }
  text = _skup_gui_dup_save_message (job->path, NULL);
  if (SKUP_IS_WINDOW (parent))
    skup_window_add_toast (SKUP_WINDOW (parent), adw_toast_new (text));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
read_options (SkupAttendanceExportDialog *self,
              SkupAttendanceListOptions  *options)
{
  guint session = adw_combo_row_get_selected (self->session_row);

  skup_attendance_list_options_init (options, self->event_id);
  if (session > 0 && session <= self->session_ids->len)
    options->session_id = g_array_index (self->session_ids, gint64, session - 1);
  options->columns = chosen_columns (self);
  options->cyrillic = adw_combo_row_get_selected (self->script_row) == 1;
}

static void
save_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SkupAttendanceListOptions options;
  Job *job;

  read_options (self, &options);
  job = g_new0 (Job, 1);
  job->list = skup_attendance_list_read (skup_context_get_store (self->context), &options, &error);
  job->format = chosen_format (self);
  skup_page_setup_init (&job->page,
                        adw_combo_row_get_selected (self->paper_row) == 1 ? SKUP_PAPER_LETTER
                                                                          : SKUP_PAPER_A4,
                        gtk_switch_get_active (self->landscape_switch));
  job->path = g_variant_dup_string (parameter, NULL);
  if (job->list == NULL)
    {
      set_error (self, error->message);
      job_free (job);
      return;
    }
  set_error (self, NULL);
  self->busy = TRUE;
  update_actions (self);
  task = g_task_new (self, NULL, on_written, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, write_in_thread);
}

static void
on_chooser_response (SkupAttendanceExportDialog *self,
                     int                         response,
                     GtkNativeDialog            *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "export.save-to", "s", path);
  g_clear_object (&self->chooser);
}

/* "Attendance list – Harm reduction.xlsx", nothing in it that would make a folder. */
static char *
dup_file_name (SkupAttendanceExportDialog *self)
{
  g_autoptr(SkupRecord) event = skup_store_load (skup_context_get_store (self->context),
                                                 SKUP_TYPE_EVENT, self->event_id, NULL);
  g_autofree char *title = event != NULL ? skup_record_dup_title (event) : NULL;
  g_autofree char *name = g_strdup_printf ("%s – %s.%s", _("Attendance list"),
                                           title != NULL ? title : "",
                                           skup_list_format_extension (chosen_format (self)));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  name = dup_file_name (self);
  self->chooser = gtk_file_chooser_native_new (_("Export Attendance List"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject *****************************************************************/

static void
skup_attendance_export_dialog_constructed (GObject *object)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (skup_attendance_export_dialog_parent_class)->constructed (object);
  add_column_rows (self);
  load_sessions (self);
  update_actions (self);
}

static void
skup_attendance_export_dialog_dispose (GObject *object)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ATTENDANCE_EXPORT_DIALOG);
  G_OBJECT_CLASS (skup_attendance_export_dialog_parent_class)->dispose (object);
}

static void
skup_attendance_export_dialog_finalize (GObject *object)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->session_ids, g_array_unref);
  g_clear_pointer (&self->column_checks, g_ptr_array_unref);
  g_free (self->error);
  G_OBJECT_CLASS (skup_attendance_export_dialog_parent_class)->finalize (object);
}

static void
skup_attendance_export_dialog_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_attendance_export_dialog_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  SkupAttendanceExportDialog *self = SKUP_ATTENDANCE_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_attendance_export_dialog_class_init (SkupAttendanceExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_attendance_export_dialog_constructed;
  object_class->dispose = skup_attendance_export_dialog_dispose;
  object_class->finalize = skup_attendance_export_dialog_finalize;
  object_class->set_property = skup_attendance_export_dialog_set_property;
  object_class->get_property = skup_attendance_export_dialog_get_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-attendance-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, session_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, session_labels);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, script_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, paper_group);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, landscape_switch);
  gtk_widget_class_bind_template_child (widget_class, SkupAttendanceExportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);

  gtk_widget_class_install_action (widget_class, "export.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "export.save-to", "s", save_to_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_attendance_export_dialog_init (SkupAttendanceExportDialog *self)
{
  self->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->column_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API *********************************************************************/

SkupAttendanceExportDialog *
skup_attendance_export_dialog_new (GtkWindow   *parent,
                                   SkupContext *context,
                                   gint64       event_id)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_ATTENDANCE_EXPORT_DIALOG, "transient-for", parent,
                       "context", context, "event-id", event_id, NULL);
}

gboolean
skup_attendance_export_dialog_is_busy (SkupAttendanceExportDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_EXPORT_DIALOG (self), FALSE);

  return self->busy;
}

const char *
skup_attendance_export_dialog_get_error (SkupAttendanceExportDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ATTENDANCE_EXPORT_DIALOG (self), NULL);

  return self->error;
}
