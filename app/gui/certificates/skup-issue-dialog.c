/* skup-issue-dialog.c — issuing an event's certificates: who, with what, where to
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan comes first: who will be given a certificate and who not, and why, so nobody is
 * surprised by a missing name after printing. Issuing is one transaction in the core (all
 * or nothing); here it runs on a worker thread (skup_issue_task_run_async()) behind a
 * spinner, since a batch of a few hundred with their PDFs takes a second or more. A refusal
 * (a name the font cannot draw, a bad prefix) is shown at the person or the field, and
 * nothing was issued.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "core/certificates/skup-certificate-number.h"
#include "core/certificates/skup-issue-task.h"
#include "gui/skup-date-row.h"
#include "gui/skup-gui-util.h"
#include "skup-certificate-print.h"
#include "skup-issue-dialog.h"

/* The output row's items, as in the template. */
enum {
  OUTPUT_ONE_FILE,
  OUTPUT_FILE_EACH,
  OUTPUT_PRINT,
};

struct _SkupIssueDialog
{
  AdwWindow             parent_instance;

  SkupContext          *context;
  /* The context's register when the dialog was made: the dialog is modal, so it stays. */
  SkupStore            *store;
  gint64                event_id;
  gint64                person_id;
  char                 *event_title;
  /* (element-type SkupIssuePlanEntry), and each one's row and tick, in the same order. */
  GPtrArray            *plan;
  GPtrArray            *rows;
  GPtrArray            *checks;
  /* (element-type SkupCertificateTemplate): the template row's items after Automatic. */
  GPtrArray            *templates;
  gboolean              prefix_ok;
  gboolean              busy;
  GCancellable         *cancellable;
  SkupIssueOutcome     *outcome;
  /* Where the files went: the PDF or the folder. */
  char                 *output_path;
  GtkFileChooserNative *chooser;

  /* Template children */
  AdwWindowTitle       *window_title;
  GtkButton            *issue_button;
  GtkButton            *cancel_button;
  GtkStack             *stack;
  GtkLabel             *error_label;
  AdwComboRow          *template_row;
  GtkStringList        *template_labels;
  SkupDateRow          *date_row;
  AdwComboRow          *output_row;
  AdwActionRow         *prefix_row;
  AdwPreferencesGroup  *people_group;
  GtkListBox           *people_list;
  GtkSpinner           *spinner;
  AdwStatusPage        *result_page;
  GtkButton            *open_pdf_button;
  GtkButton            *open_folder_button;
};

G_DEFINE_FINAL_TYPE (SkupIssueDialog, skup_issue_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  PROP_PERSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan ****************************************************************************/

static guint
count_ticked (SkupIssueDialog *self)
{
  guint n = 0;

  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      n++;
  return n;
}

static void
update_issue (SkupIssueDialog *self)
{
  guint ticked = count_ticked (self);
  guint total = self->plan != NULL ? self->plan->len : 0;
  g_autofree char *date = skup_date_row_dup_date (self->date_row);
  g_autofree char *count = NULL;

  /* Translators: how many of the event's people a certificate will be issued to */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u will be given a certificate",
                                        "%u of %u will be given a certificate", total),
                           ticked, total);
  adw_preferences_group_set_description (self->people_group, count);
  _skup_gui_set_row_error (GTK_WIDGET (self->date_row),
                           date == NULL ? _("Type the day the certificates are issued on") : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issue.issue",
                                 !self->busy && ticked > 0 && date != NULL && self->prefix_ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "issue.issue-to",
                                 !self->busy && ticked > 0 && date != NULL && self->prefix_ok);
}

static const char *
verdict_label (SkupIssueVerdict verdict)
{
  switch (verdict)
    {
    case SKUP_ISSUE_WILL:
      /* Translators: a person's verdict in the plan of certificates */
      return _("Will be given one");
    case SKUP_ISSUE_NOT_YET:
      /* Translators: a person's verdict: sessions remain, so it cannot be told yet */
      return _("Not yet");
    case SKUP_ISSUE_HOLDS_ONE:
      /* Translators: a person's verdict: they were given a certificate of this event already */
      return _("Has one");
    case SKUP_ISSUE_NOT_ELIGIBLE:
    default:
      return _("Not eligible");
    }
}

static GtkWidget *
new_verdict_label (SkupIssueVerdict verdict)
{
  GtkWidget *label = gtk_label_new (verdict_label (verdict));

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, verdict == SKUP_ISSUE_WILL ? "success" : "dim-label");
  return label;
}

/* A row a person: the tick (only the eligible have one to untick), the name, why, and the
 * verdict in words. */
static GtkWidget *
new_person_row (SkupIssueDialog          *self,
                const SkupIssuePlanEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gboolean will = entry->verdict == SKUP_ISSUE_WILL;
  g_autofree char *name = g_markup_escape_text (entry->name ? entry->name : "", -1);
  g_autofree char *reason = g_markup_escape_text (entry->reason ? entry->reason : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reason);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), will);
  gtk_widget_set_sensitive (check, will);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry->name ? entry->name : "", -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_verdict_label (entry->verdict));
  if (will)
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_issue), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->checks, check);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
show_error (SkupIssueDialog *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
load_plan (SkupIssueDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint n_people = self->person_id != 0 ? 1 : 0;

  self->plan = skup_certificates_plan (self->store, self->event_id, &self->person_id, n_people,
                                       &error);
  if (self->plan == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < self->plan->len; i++)
    gtk_list_box_append (self->people_list, new_person_row (self, g_ptr_array_index (self->plan, i)));
}

/* The options *************************************************************************/

static void
load_templates (SkupIssueDialog *self)
{
  g_autoptr(GError) error = NULL;

  gtk_string_list_append (self->template_labels,
                          _("Automatic — by the event’s language and each person’s role"));
  self->templates = skup_store_list_certificate_templates (self->store, &error);
  if (self->templates == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < self->templates->len; i++)
    {
      SkupCertificateTemplate *t = g_ptr_array_index (self->templates, i);

      gtk_string_list_append (self->template_labels, t->name);
    }
}

static void
check_prefix (SkupIssueDialog *self)
{
  g_autofree char *prefix = skup_store_dup_setting (self->store, SKUP_SETTING_CERTIFICATE_PREFIX);
  g_autofree char *problem = skup_certificate_prefix_problem (prefix ? prefix : "");
  g_autofree char *escaped = NULL;

  self->prefix_ok = problem == NULL;
  /* Translators: under "Number Prefix": where it is set */
  escaped = g_markup_escape_text (problem ? problem : prefix && *prefix ? prefix
                                                                        : _("None"), -1);
  adw_action_row_set_subtitle (self->prefix_row, escaped);
  _skup_gui_set_row_error (GTK_WIDGET (self->prefix_row), problem);
}

static void
load_event (SkupIssueDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 &error);
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->event_title = event ? skup_record_dup_title (event) : NULL;
  adw_window_title_set_subtitle (self->window_title, self->event_title);
  if (event == NULL)
    show_error (self, error->message);
  today = g_date_time_format (now, "%Y-%m-%d");
  skup_date_row_set_date (self->date_row, today);
}

/* Issuing ****************************************************************************/

static void
set_busy (SkupIssueDialog *self,
          gboolean         busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), !busy);
  if (busy)
    gtk_stack_set_visible_child_name (self->stack, "working");
  update_issue (self);
}

static GArray *
dup_ticked_people (SkupIssueDialog *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->plan->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        SkupIssuePlanEntry *entry = g_ptr_array_index (self->plan, i);

        g_array_append_val (ids, entry->person_id);
      }
  return ids;
}

static gint64
get_template_id (SkupIssueDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (selected == 0 || self->templates == NULL || selected > self->templates->len)
    return 0;
  return ((SkupCertificateTemplate *) g_ptr_array_index (self->templates, selected - 1))->id;
}

/* The person a refusal names (the glyph check names whom it could not print) gets the mark;
 * a refusal about the prefix marks its row. */
static void
mark_refusal (SkupIssueDialog *self,
              const GError    *error)
{
  for (guint i = 0; i < self->plan->len; i++)
    {
      SkupIssuePlanEntry *entry = g_ptr_array_index (self->plan, i);
      gboolean named = entry->name != NULL && *entry->name != '\0'
                       && strstr (error->message, entry->name) != NULL;

      _skup_gui_set_row_error (g_ptr_array_index (self->rows, i), named ? error->message : NULL);
    }
  check_prefix (self);
}

static void show_result (SkupIssueDialog *self);

static void
on_issued (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SkupIssueDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  SkupIssueOutcome *outcome = skup_issue_task_finish (SKUP_STORE (source), result, &error);

  g_clear_object (&self->cancellable);
  if (outcome == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (outcome == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "plan");
      show_error (self, error->message);
      mark_refusal (self, error);
      return;
    }
  self->outcome = outcome;
  show_result (self);
}

static void
issue_to (SkupIssueDialog *self,
          const char      *path)
{
  g_autoptr(GArray) people = dup_ticked_people (self);
  g_autofree char *date = skup_date_row_dup_date (self->date_row);
  guint output = adw_combo_row_get_selected (self->output_row);
  SkupIssueRequest request = {
    .event_id = self->event_id,
    .person_ids = (const gint64 *) people->data,
    .n_people = people->len,
    .template_id = get_template_id (self),
    .issue_date = date,
    .output = output == OUTPUT_PRINT ? SKUP_ISSUE_OUTPUT_NONE
              : output == OUTPUT_FILE_EACH ? SKUP_ISSUE_OUTPUT_FILE_EACH
              : SKUP_ISSUE_OUTPUT_ONE_FILE,
    .path = path,
  };

  if (self->busy || people->len == 0 || date == NULL)
    return;
  g_free (self->output_path);
  self->output_path = g_strdup (path);
  show_error (self, NULL);
  set_busy (self, TRUE);
  self->cancellable = g_cancellable_new ();
  skup_issue_task_run_async (self->store, &request, self->cancellable, on_issued,
                             g_object_ref (self));
}

static void
issue_to_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  issue_to (SKUP_ISSUE_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
on_chooser_response (SkupIssueDialog *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  g_clear_object (&self->chooser);
  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    issue_to (self, path);
}

/* "Certificates – Workshop.pdf": the event's title kept whole, diacritics too. */
static char *
dup_batch_file_name (SkupIssueDialog *self)
{
  /* Translators: the file name of an event's certificates; %s is the event's title */
  g_autofree char *name = g_strdup_printf (_("Certificates – %s"), self->event_title
                                                                    ? self->event_title : "");

  return skup_certificate_file_name (name, NULL, NULL);
}

static void
ask_where (SkupIssueDialog *self,
           gboolean         folder)
{
  g_autofree char *name = NULL;

  self->chooser = gtk_file_chooser_native_new (folder ? _("Choose a Folder for the Certificates")
                                                      : _("Save Certificates"),
                                               GTK_WINDOW (self),
                                               folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                      : GTK_FILE_CHOOSER_ACTION_SAVE,
                                               folder ? _("_Select") : _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (!folder)
    {
      name = dup_batch_file_name (self);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (widget);
  guint output = adw_combo_row_get_selected (self->output_row);

  if (self->busy || self->chooser != NULL)
    return;
  if (output == OUTPUT_PRINT)
    issue_to (self, NULL);
  else
    ask_where (self, output == OUTPUT_FILE_EACH);
}

/* The result *************************************************************************/

static const char *
number_at (GPtrArray *issued,
           guint      index)
{
  return ((SkupCertificateEntry *) g_ptr_array_index (issued, index))->number;
}

static char *
describe_numbers (GPtrArray *issued)
{
  if (issued->len == 1)
    return g_strdup (number_at (issued, 0));
  /* Translators: the first and the last number of a batch of certificates */
  return g_strdup_printf (_("%s to %s"), number_at (issued, 0),
                          number_at (issued, issued->len - 1));
}

static void
print_issued (SkupIssueDialog *self,
              GString         *description)
{
  GPtrArray *issued = self->outcome->issued;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < issued->len; i++)
    g_array_append_val (ids, ((SkupCertificateEntry *) g_ptr_array_index (issued, i))->id);
  if (!_skup_certificate_print (GTK_WINDOW (self), self->store, (const gint64 *) ids->data,
                                ids->len, self->event_title ? self->event_title : "", NULL,
                                &error))
    g_string_append_printf (description, "\n%s", error->message);
}

static void
show_result (SkupIssueDialog *self)
{
  GPtrArray *issued = self->outcome->issued;
  guint n = issued->len;
  g_autofree char *title = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *numbers = NULL;
  gboolean files = self->output_path != NULL && self->outcome->write_error == NULL;
  guint output = adw_combo_row_get_selected (self->output_row);

  /* Translators: the result of issuing; %u is how many */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u certificate issued",
                                        "%u certificates issued", n), n);
  if (n > 0)
    {
      numbers = describe_numbers (issued);
      g_string_append (description, numbers);
    }
  if (self->outcome->write_error != NULL)
    /* Translators: %s says why; the certificates were issued all the same */
    g_string_append_printf (description, _("\nThe files could not be written: %s Save them "
                                           "from the Certificates page."),
                            self->outcome->write_error->message);
  if (output == OUTPUT_PRINT && n > 0)
    print_issued (self, description);
  adw_status_page_set_title (self->result_page, title);
  adw_status_page_set_description (self->result_page, description->str);
  gtk_widget_set_visible (GTK_WIDGET (self->open_pdf_button),
                          files && output == OUTPUT_ONE_FILE);
  gtk_widget_set_visible (GTK_WIDGET (self->open_folder_button), files);
  gtk_widget_set_visible (GTK_WIDGET (self->issue_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "done");
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (output == OUTPUT_ONE_FILE && files ? self->open_pdf_button
                                                                        : self->open_folder_button));
}

static void
launch (SkupIssueDialog *self,
        const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
open_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (widget);

  if (self->output_path != NULL)
    launch (self, self->output_path);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (widget);
  guint output = adw_combo_row_get_selected (self->output_row);
  g_autofree char *folder = NULL;

  if (self->output_path == NULL)
    return;
  folder = output == OUTPUT_FILE_EACH ? g_strdup (self->output_path)
                                      : g_path_get_dirname (self->output_path);
  launch (self, folder);
}

/* GObject ******************************************************************************/

static void
skup_issue_dialog_constructed (GObject *object)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (object);

  G_OBJECT_CLASS (skup_issue_dialog_parent_class)->constructed (object);

  /* Built without a register (the template check), the dialog stays empty. */
  if (self->context == NULL)
    {
      update_issue (self);
      return;
    }
  self->store = g_object_ref (skup_context_get_store (self->context));
  load_event (self);
  load_templates (self);
  check_prefix (self);
  load_plan (self);
  update_issue (self);
}

static void
skup_issue_dialog_dispose (GObject *object)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ISSUE_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_issue_dialog_parent_class)->dispose (object);
}

static void
skup_issue_dialog_finalize (GObject *object)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (object);

  g_clear_pointer (&self->plan, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_pointer (&self->outcome, skup_issue_outcome_free);
  g_free (self->event_title);
  g_free (self->output_path);

  G_OBJECT_CLASS (skup_issue_dialog_parent_class)->finalize (object);
}

static void
skup_issue_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_issue_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SkupIssueDialog *self = SKUP_ISSUE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    case PROP_PERSON_ID:
      self->person_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_issue_dialog_class_init (SkupIssueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = skup_issue_dialog_constructed;
  object_class->dispose = skup_issue_dialog_dispose;
  object_class->finalize = skup_issue_dialog_finalize;
  object_class->get_property = skup_issue_dialog_get_property;
  object_class->set_property = skup_issue_dialog_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT, flags);
  properties[PROP_EVENT_ID] = g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSON_ID] = g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                   flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-issue-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, issue_button);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, template_labels);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, output_row);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, people_group);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, people_list);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, result_page);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, open_pdf_button);
  gtk_widget_class_bind_template_child (widget_class, SkupIssueDialog, open_folder_button);
  gtk_widget_class_bind_template_callback (widget_class, update_issue);

  gtk_widget_class_install_action (widget_class, "issue.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "issue.issue-to", "s", issue_to_action);
  gtk_widget_class_install_action (widget_class, "issue.open-pdf", NULL, open_pdf_action);
  gtk_widget_class_install_action (widget_class, "issue.open-folder", NULL, open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_issue_dialog_init (SkupIssueDialog *self)
{
  self->rows = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API ***********************************************************************************/

SkupIssueDialog *
skup_issue_dialog_new (GtkWindow   *parent,
                       SkupContext *context,
                       gint64       event_id,
                       gint64       person_id)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_ISSUE_DIALOG, "transient-for", parent, "context", context,
                       "event-id", event_id, "person-id", person_id, NULL);
}

gboolean
skup_issue_dialog_is_busy (SkupIssueDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ISSUE_DIALOG (self), FALSE);

  return self->busy;
}

GPtrArray *
skup_issue_dialog_get_issued (SkupIssueDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ISSUE_DIALOG (self), NULL);

  return self->outcome ? self->outcome->issued : NULL;
}

GPtrArray *
skup_issue_dialog_get_paths (SkupIssueDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ISSUE_DIALOG (self), NULL);

  return self->outcome ? self->outcome->paths : NULL;
}
