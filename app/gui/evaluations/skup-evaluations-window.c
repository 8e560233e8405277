/* skup-evaluations-window.c — an event's test scores and satisfaction forms, typed in
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two pages, each its own type: the scores (skup-scores-page.c) and the satisfaction forms
 * (skup-forms-page.c). The window holds what they share: the event, the register it
 * follows for them, the toasts, Import… and Export… of the page shown, and the switcher.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-evaluations-csv.h"
#include "skup-evaluations-window.h"
#include "skup-forms-page.h"
#include "skup-scores-page.h"
#include "skup-gui-util.h"

struct _SkupEvaluationsWindow
{
  AdwWindow             parent_instance;

  SkupContext          *context;
  SkupStore            *store;
  gint64                event_id;
  char                 *message;
  AdwToast             *toast;
  GtkFileChooserNative *chooser;
  guint                 reload_id;
  /* Set while the window imports, so the store's ::changed it causes is not taken for
   * someone else's (each page says when it writes). */
  guint                 writing;
  SkupCsvDialect        export_dialect;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  SkupScoresPage       *scores_page;
  SkupFormsPage        *forms_page;
};

G_DEFINE_FINAL_TYPE (SkupEvaluationsWindow, skup_evaluations_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Messages ****************************************************************/

/* One message at a time: typing on past a refused score should not queue them up. */
static void
show_toast (SkupEvaluationsWindow *self,
            AdwToast              *toast,
            const char            *text)
{
  g_free (self->message);
  self->message = g_strdup (text);
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
say (SkupEvaluationsWindow *self,
     const char            *text)
{
  /* Toast titles are markup in libadwaita 1.2: a file name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  show_toast (self, toast, text);
}

/* A page's message, shown over both. */
static void
on_page_toast (SkupEvaluationsWindow *self,
               AdwToast              *toast,
               const char            *text)
{
  show_toast (self, toast, text);
}

/* Following the register ***************************************************/

static void
load_title (SkupEvaluationsWindow *self)
{
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 NULL);
  g_autofree char *title = event != NULL ? skup_record_dup_title (event) : NULL;

  if (title != NULL)
    adw_view_switcher_title_set_subtitle (self->switcher_title, title);
}

static gboolean
reload_now (gpointer data)
{
  SkupEvaluationsWindow *self = data;

  self->reload_id = 0;
  load_title (self);
  skup_scores_page_follow (self->scores_page);
  skup_forms_page_reload (self->forms_page);
  return G_SOURCE_REMOVE;
}

/* Someone else's change (another window's, another organiser's): read the event again once
 * the burst of changes is over. */
static void
on_store_changed (SkupEvaluationsWindow *self,
                  const char            *kind,
                  gint64                 id)
{
  static const char * const followed[] = { "", "evaluation", "registration", "person", "event",
                                           NULL };

  if (self->store == NULL || self->writing > 0
      || skup_scores_page_is_writing (self->scores_page)
      || skup_forms_page_is_writing (self->forms_page)
      || (kind != NULL && !g_strv_contains (followed, kind)))
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_now, self, NULL);
}

/* Another register was opened: this event is not in it. */
static void
on_context_store_changed (SkupEvaluationsWindow *self)
{
  if (skup_context_get_store (self->context) != self->store)
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Import and export ********************************************************/

static SkupEvaluationsKind
page_kind (SkupEvaluationsWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "forms") == 0
         ? SKUP_EVALUATIONS_FORMS : SKUP_EVALUATIONS_SCORES;
}

static void
show_refusal (SkupEvaluationsWindow *self,
              SkupEvaluationsReport *report)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  /* Ten lines say what is wrong with a file; the rest are more of the same. */
  for (guint i = 0; i < report->problems->len && i < 10; i++)
    g_string_append_printf (body, "%s\n", (const char *) report->problems->pdata[i]);
  if (report->problems->len > 10)
    g_string_append_printf (body, _("… and %u more"), report->problems->len - 10);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s",
                                  g_strchomp (body->str));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_free (self->message);
  self->message = g_strdup (body->str);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_from (SkupEvaluationsWindow *self,
             const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCsvTable) table = skup_csv_read_file (path, &error);
  SkupEvaluationsReport report = { 0 };
  g_autofree char *done = NULL;

  gboolean ok = table != NULL;

  self->writing++;
  ok = ok && skup_evaluations_csv_import (self->store, self->event_id, page_kind (self), table,
                                          FALSE, &report, &error);
  self->writing--;
  if (!ok)
    {
      skup_evaluations_report_clear (&report);
      say (self, error->message);
      return;
    }
  if (report.problems->len > 0)
    show_refusal (self, &report);
  else
    {
      done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u row",
                                           "Imported %u rows", report.saved), report.saved);
      say (self, done);
    }
  skup_evaluations_report_clear (&report);
  load_title (self);
  skup_scores_page_reload (self->scores_page);
  skup_forms_page_reload (self->forms_page);
}

static void
export_to (SkupEvaluationsWindow *self,
           const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!skup_evaluations_csv_write (self->store, self->event_id, page_kind (self),
                                   self->export_dialect, path, &error))
    {
      say (self, error->message);
      return;
    }
  done = _skup_gui_dup_save_message (path, NULL);
  say (self, done);
}

static void
on_chooser_response (SkupEvaluationsWindow *self,
                     int                    response,
                     GtkNativeDialog       *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser))
                    == GTK_FILE_CHOOSER_ACTION_SAVE;
  const char *dialect = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "dialect");

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    {
      if (saving)
        self->export_dialect = g_strcmp0 (dialect, "rfc4180") == 0 ? SKUP_CSV_RFC4180
                                                                   : SKUP_CSV_EXCEL;
      if (saving)
        export_to (self, path);
      else
        import_from (self, path);
    }
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
ask_for_file (SkupEvaluationsWindow *self,
              gboolean               saving)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (saving ? _("Export Evaluations")
                                                      : _("Import Evaluations"),
                                               GTK_WINDOW (self),
                                               saving ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                      : GTK_FILE_CHOOSER_ACTION_OPEN,
                                               saving ? _("_Export") : _("_Import"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (saving)
    {
      const char *ids[] = { "excel", "rfc4180", NULL };
      const char *labels[] = { _("For Excel (“;”, decimal comma)"),
                               _("Plain CSV (“,”, decimal point)"), NULL };

      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "dialect", _("Format"),
                                   ids, labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "dialect", "excel");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                         page_kind (self) == SKUP_EVALUATIONS_FORMS
                                         ? _("forms.csv") : _("scores.csv"));
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_for_file (SKUP_EVALUATIONS_WINDOW (widget), FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_for_file (SKUP_EVALUATIONS_WINDOW (widget), TRUE);
}

static void
import_from_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  import_from (SKUP_EVALUATIONS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  export_to (SKUP_EVALUATIONS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}


/* The forms page's actions: its buttons, the Undo of its toast and the tests reach them
 * from the window. */
static void
add_form_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  skup_forms_page_add_form (SKUP_EVALUATIONS_WINDOW (widget)->forms_page);
}

static void
delete_form_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  skup_forms_page_delete_form (SKUP_EVALUATIONS_WINDOW (widget)->forms_page,
                               g_variant_get_int64 (parameter));
}

static void
undo_delete_form_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  skup_forms_page_undo_delete (SKUP_EVALUATIONS_WINDOW (widget)->forms_page);
}

static void
on_page_changed (SkupEvaluationsWindow *self)
{
  if (page_kind (self) == SKUP_EVALUATIONS_FORMS)
    skup_forms_page_focus_first (self->forms_page);
  else
    skup_scores_page_focus_first (self->scores_page);
}

/* GObject *****************************************************************/

static void
skup_evaluations_window_constructed (GObject *object)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  G_OBJECT_CLASS (skup_evaluations_window_parent_class)->constructed (object);

  /* Built without a register (the template check), the window stays empty. */
  if (self->context == NULL)
    return;
  self->store = g_object_ref (skup_context_get_store (self->context));
  load_title (self);
  skup_scores_page_set_event (self->scores_page, self->context, self->event_id);
  skup_forms_page_set_event (self->forms_page, self->context, self->event_id);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::store",
                           G_CALLBACK (on_context_store_changed), self, G_CONNECT_SWAPPED);
}

static void
skup_evaluations_window_dispose (GObject *object)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_EVALUATIONS_WINDOW);
  g_clear_object (&self->toast);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (skup_evaluations_window_parent_class)->dispose (object);
}

static void
skup_evaluations_window_finalize (GObject *object)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  g_free (self->message);
  G_OBJECT_CLASS (skup_evaluations_window_parent_class)->finalize (object);
}

static void
skup_evaluations_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

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
skup_evaluations_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_set_object (&self->context, g_value_get_object (value));
      break;
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_evaluations_window_class_init (SkupEvaluationsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = skup_evaluations_window_constructed;
  object_class->dispose = skup_evaluations_window_dispose;
  object_class->finalize = skup_evaluations_window_finalize;
  object_class->get_property = skup_evaluations_window_get_property;
  object_class->set_property = skup_evaluations_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT, flags);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-evaluations-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, scores_page);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, forms_page);
  gtk_widget_class_bind_template_callback (widget_class, on_page_toast);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  gtk_widget_class_install_action (widget_class, "evaluations.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "evaluations.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "evaluations.import-from", "s",
                                   import_from_action);
  gtk_widget_class_install_action (widget_class, "evaluations.export-to", "s",
                                   export_to_action);
  gtk_widget_class_install_action (widget_class, "evaluations.add-form", NULL,
                                   add_form_action);
  gtk_widget_class_install_action (widget_class, "evaluations.delete-form", "x",
                                   delete_form_action);
  gtk_widget_class_install_action (widget_class, "evaluations.undo-delete-form", NULL,
                                   undo_delete_form_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
skup_evaluations_window_init (SkupEvaluationsWindow *self)
{
  /* The pages' types, before the template names them. */
  g_type_ensure (SKUP_TYPE_SCORES_PAGE);
  g_type_ensure (SKUP_TYPE_FORMS_PAGE);
  self->export_dialect = SKUP_CSV_EXCEL;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API *********************************************************************/

SkupEvaluationsWindow *
skup_evaluations_window_new (GtkWindow   *parent,
                             SkupContext *context,
                             gint64       event_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_EVALUATIONS_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "event-id", event_id,
                       NULL);
}

GListModel *
skup_evaluations_window_get_scores (SkupEvaluationsWindow *self)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return skup_scores_page_get_scores (self->scores_page);
}

const char *
skup_evaluations_window_get_summary (SkupEvaluationsWindow *self)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return skup_scores_page_get_summary (self->scores_page);
}

char *
skup_evaluations_window_dup_averages (SkupEvaluationsWindow *self)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return skup_forms_page_dup_averages (self->forms_page);
}

GtkWidget *
skup_evaluations_window_get_answer (SkupEvaluationsWindow *self,
                                    guint                  question)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return skup_forms_page_get_answer (self->forms_page, question);
}

const char *
skup_evaluations_window_get_message (SkupEvaluationsWindow *self)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return self->message;
}

AdwToast *
skup_evaluations_window_get_toast (SkupEvaluationsWindow *self)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return self->toast;
}
