/* skup-reports-page.c — the donor report on screen, and its export
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organiser checks the figures here before sending the PDF or the workbook: what is on
 * screen is the very report that is exported (one SkupReport, computed once per scope), and
 * the charts are the PDF's own drawing code.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/reports/skup-report-chart.h"
#include "core/reports/skup-report-output.h"
#include "core/reports/skup-report-task.h"
#include "skup-event.h"
#include "skup-project.h"
#include "skup-reports-page.h"
#include "skup-gui-util.h"

#define CHART_ROW_HEIGHT 24
#define CHART_TITLE_HEIGHT 28
/* The screen shows the largest rows; the exported table has them all. */
#define CHART_MAX_ROWS 12

typedef enum {
  SCOPE_ALL,
  SCOPE_EVENT,
  SCOPE_PROJECT,
  SCOPE_RANGE,
} ScopeChoice;

struct _SkupReportsPage
{
  AdwBin                parent_instance;

  SkupContext          *context;
  SkupStore            *store;
  gboolean              folded;
  SkupReport           *report;
  GCancellable         *cancellable;
  GArray               *event_ids;
  GArray               *project_ids;
  GtkFileChooserNative *chooser;
  guint                 reload_id;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  GtkDropDown          *scope_dropdown;
  GtkDropDown          *event_dropdown;
  GtkWidget            *event_dropdown_label;
  GtkDropDown          *project_dropdown;
  GtkWidget            *project_dropdown_label;
  GtkEntry             *from_entry;
  GtkWidget            *from_entry_label;
  GtkEntry             *to_entry;
  GtkWidget            *to_entry_label;
  GtkSwitch            *suppress_switch;
  GtkLabel             *events_label;
  GtkLabel             *people_label;
  GtkLabel             *days_label;
  GtkLabel             *trainers_label;
  GtkLabel             *hours_label;
  GtkLabel             *hours_note_label;
  GtkLabel             *gain_label;
  GtkLabel             *satisfaction_label;
  GtkBox               *charts_box;
};

G_DEFINE_FINAL_TYPE (SkupReportsPage, skup_reports_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void recompute (SkupReportsPage *self);

static void
show_toast (SkupReportsPage *self,
            const char      *text)
{
  /* Toast titles are markup in libadwaita 1.2: a name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* Choices ********************************************************************/

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* A long title must not widen the page past a phone's width. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static void
set_ellipsizing_factory (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), NULL);
  gtk_drop_down_set_factory (dropdown, factory);
}

/* Fills @row with the titles of @type's records, newest first, and @ids with their ids. */
static void
load_choices (SkupReportsPage *self,
              GtkDropDown     *row,
              GType            type,
              const char      *field,
              GArray          *ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  SkupQuery query = { 0 };
  g_autoptr(GListModel) records = skup_store_list (self->store, type, &query, &error);

  g_array_set_size (ids, 0);
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (records, i);
      gint64 id = skup_record_get_id (record);
      const char *name = skup_record_get_string (record, field);

      gtk_string_list_append (names, name != NULL ? name : "");
      g_array_append_val (ids, id);
    }
  if (error != NULL)
    show_toast (self, error->message);
  gtk_drop_down_set_model (row, G_LIST_MODEL (names));
}

static gint64
selected_id (GtkDropDown *row,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (row);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

static gboolean
is_iso_date (const char *text)
{
  guint year, month, day;

  return strlen (text) == 10 && sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3
         && g_date_valid_dmy (day, month, year);
}

/* The scope the rows describe, or FALSE while it is incomplete (a date half typed). */
static gboolean
read_scope (SkupReportsPage *self,
            SkupReportScope *scope)
{
  ScopeChoice choice = gtk_drop_down_get_selected (self->scope_dropdown);
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));

  *scope = (SkupReportScope) { SKUP_REPORT_SCOPE_ALL, 0, "", "" };
  switch (choice)
    {
    case SCOPE_EVENT:
      *scope = (SkupReportScope) { SKUP_REPORT_SCOPE_EVENT,
                                   selected_id (self->event_dropdown, self->event_ids), "", "" };
      return scope->id > 0;
    case SCOPE_PROJECT:
      *scope = (SkupReportScope) { SKUP_REPORT_SCOPE_PROJECT,
                                   selected_id (self->project_dropdown, self->project_ids), "", "" };
      return scope->id > 0;
    case SCOPE_RANGE:
      scope->kind = SKUP_REPORT_SCOPE_RANGE;
      g_strlcpy (scope->from, from, sizeof scope->from);
      g_strlcpy (scope->to, to, sizeof scope->to);
      return is_iso_date (from) && is_iso_date (to) && strcmp (from, to) <= 0;
    case SCOPE_ALL:
    default:
      return TRUE;
    }
}

static void
on_scope_changed (SkupReportsPage *self)
{
  ScopeChoice choice = gtk_drop_down_get_selected (self->scope_dropdown);

  gtk_widget_set_visible (GTK_WIDGET (self->event_dropdown), choice == SCOPE_EVENT);
  gtk_widget_set_visible (self->event_dropdown_label, choice == SCOPE_EVENT);
  gtk_widget_set_visible (GTK_WIDGET (self->project_dropdown), choice == SCOPE_PROJECT);
  gtk_widget_set_visible (self->project_dropdown_label, choice == SCOPE_PROJECT);
  gtk_widget_set_visible (GTK_WIDGET (self->from_entry), choice == SCOPE_RANGE);
  gtk_widget_set_visible (self->from_entry_label, choice == SCOPE_RANGE);
  gtk_widget_set_visible (GTK_WIDGET (self->to_entry), choice == SCOPE_RANGE);
  gtk_widget_set_visible (self->to_entry_label, choice == SCOPE_RANGE);
  if (self->store != NULL)
    recompute (self);
}

/* Showing ********************************************************************/

static void
set_count (SkupReportsPage *self,
           GtkLabel        *label,
           gint64           count)
{
  g_autofree char *text = skup_report_format_count (self->report, count);

  gtk_label_set_text (label, text);
}

/* "—" when no event has hours (0 would read as "nothing was delivered"), and a note of the
 * events the total leaves out. */
static void
show_hours (SkupReportsPage *self)
{
  g_autofree char *hours = NULL;
  g_autofree char *note = skup_report_dup_hours_note (self->report);

  if (skup_report_has_hours (self->report))
    hours = g_strdup_printf ("%.1f", self->report->hours);
  gtk_label_set_text (self->hours_label, hours != NULL ? hours : "—");
  gtk_label_set_text (self->hours_note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hours_note_label), note != NULL);
}

static void
show_figures (SkupReportsPage *self)
{
  const SkupReport *report = self->report;
  g_autofree char *events = g_strdup_printf ("%u", report->events->len);
  g_autofree char *gain = NULL;
  g_autofree char *satisfaction = NULL;
  double overall = report->satisfaction[SKUP_REPORT_Q_OVERALL];

  gtk_label_set_text (self->events_label, events);
  set_count (self, self->people_label, report->unique_people);
  set_count (self, self->days_label, report->person_days);
  set_count (self, self->trainers_label, report->trainers);
  show_hours (self);
  if (report->took_tests > 0)
    /* Translators: the average pre-test score, then the post-test's: "46.7 % → 68.3 %" */
    gain = g_strdup_printf (_("%.1f %% → %.1f %%"), report->pre_percent, report->post_percent);
  gtk_label_set_text (self->gain_label, gain != NULL ? gain : "—");
  if (overall >= 0)
    /* Translators: the average overall satisfaction, out of 5 */
    satisfaction = g_strdup_printf (_("%.2f of 5"), overall);
  gtk_label_set_text (self->satisfaction_label, satisfaction != NULL ? satisfaction : "—");
}

/* The chart's rows as a sentence, for those who cannot see the bars. */
static char *
dup_chart_label (const SkupReport          *report,
                 const SkupReportBreakdown *breakdown)
{
  GString *text = g_string_new (breakdown->title);

  g_string_append (text, ": ");
  for (guint i = 0; i < breakdown->cells->len; i++)
    {
      const SkupReportCell *cell = g_ptr_array_index (breakdown->cells, i);
      g_autofree char *count = skup_report_format_count (report, cell->count);

      g_string_append_printf (text, "%s%s %s", i > 0 ? ", " : "", cell->label, count);
    }
  if (breakdown->cells->len == 0)
    g_string_append (text, _("nobody"));
  return g_string_free (text, FALSE);
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (user_data);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "breakdown"));
  const SkupReportBreakdown *breakdown;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  SkupReportBreakdown shown;

  if (self->report == NULL || index >= self->report->breakdowns->len)
    return;
  breakdown = g_ptr_array_index (self->report->breakdowns, index);
  for (guint i = 0; i < MIN (breakdown->cells->len, CHART_MAX_ROWS); i++)
    g_ptr_array_add (cells, g_ptr_array_index (breakdown->cells, i));
  shown = (SkupReportBreakdown) { breakdown->id, breakdown->title, cells };
  /* The chart draws dark text, as on paper: it gets paper under it in the dark style too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  skup_report_chart_draw (cr, self->report, &shown, width, height);
}

static void
show_charts (SkupReportsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_box_remove (self->charts_box, child);
  for (guint i = 0; i < self->report->breakdowns->len; i++)
    {
      const SkupReportBreakdown *breakdown = g_ptr_array_index (self->report->breakdowns, i);
      GtkWidget *area = gtk_drawing_area_new ();
      guint rows = MAX (1, MIN (breakdown->cells->len, CHART_MAX_ROWS));
      g_autofree char *label = dup_chart_label (self->report, breakdown);

      gtk_widget_set_name (area, breakdown->id);
      g_object_set_data (G_OBJECT (area), "breakdown", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                           CHART_TITLE_HEIGHT + rows * CHART_ROW_HEIGHT);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart, self, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      gtk_widget_set_tooltip_text (area, label);
      gtk_box_append (self->charts_box, area);
    }
}

/* Computing ******************************************************************/

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SkupReportsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  SkupReport *report = skup_report_compute_finish (SKUP_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  if (report == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->report, skup_report_free);
  self->report = report;
  show_figures (self);
  show_charts (self);
}

static void
recompute (SkupReportsPage *self)
{
  SkupReportScope scope;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (!read_scope (self, &scope))
    return;
  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  skup_report_compute_async (self->store, &scope, gtk_switch_get_active (self->suppress_switch),
                             self->cancellable, on_computed, g_object_ref (self));
}

static void
reload (SkupReportsPage *self)
{
  load_choices (self, self->event_dropdown, SKUP_TYPE_EVENT, "title", self->event_ids);
  load_choices (self, self->project_dropdown, SKUP_TYPE_PROJECT, "name", self->project_ids);
  /* With no event at all a scope chooser and a column of zeros would say nothing. */
  gtk_stack_set_visible_child_name (self->stack, self->event_ids->len > 0 ? "report" : "empty");
  recompute (self);
}

static gboolean
reload_in_idle (gpointer user_data)
{
  SkupReportsPage *self = user_data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* A burst of changes (a paste of fifty people) recomputes once. */
static void
on_store_changed (SkupReportsPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_timeout_add (300, reload_in_idle, self);
}

static void
follow_store (SkupReportsPage *self)
{
  SkupStore *store = skup_context_get_store (self->context);

  if (store == self->store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

/* Exporting ******************************************************************/

static void
export_to (SkupReportsPage *self,
           const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *dot = strrchr (path, '.');
  SkupReportFormat format = SKUP_REPORT_FORMAT_PDF;

  if (self->report == NULL)
    return;
  if (dot != NULL)
    skup_report_format_parse (dot + 1, &format);
  skup_report_write (self->store, self->report, format, path, &error);
  text = _skup_gui_dup_save_message (path, error);
  show_toast (self, text);
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  export_to (SKUP_REPORTS_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
on_export_response (SkupReportsPage *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    export_to (self, path);
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (widget);
  SkupReportFormat format = SKUP_REPORT_FORMAT_PDF;
  g_autofree char *name = NULL;

  if (self->report == NULL || self->chooser != NULL)
    return;
  skup_report_format_parse (g_variant_get_string (parameter, NULL), &format);
  /* Translators: the file name a donor report is saved under, before its suffix */
  name = g_strdup_printf ("%s.%s", _("Donor report"), skup_report_format_extension (format));
  self->chooser = _skup_gui_new_save_chooser (widget, _("Export Report"), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject ********************************************************************/

static void
skup_reports_page_constructed (GObject *object)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (object);

  G_OBJECT_CLASS (skup_reports_page_parent_class)->constructed (object);

  /* Built without a register (the template check), the page stays empty. */
  if (self->context == NULL)
    return;
  g_signal_connect_object (self->context, "notify::store", G_CALLBACK (follow_store), self,
                           G_CONNECT_SWAPPED);
  follow_store (self);
}

static void
skup_reports_page_dispose (GObject *object)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_REPORTS_PAGE);
  g_clear_pointer (&self->report, skup_report_free);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (skup_reports_page_parent_class)->dispose (object);
}

static void
skup_reports_page_finalize (GObject *object)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (object);

  g_array_unref (self->event_ids);
  g_array_unref (self->project_ids);
  G_OBJECT_CLASS (skup_reports_page_parent_class)->finalize (object);
}

static void
skup_reports_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_reports_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SkupReportsPage *self = SKUP_REPORTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_FOLDED:
      if (self->folded == g_value_get_boolean (value))
        return;
      self->folded = g_value_get_boolean (value);
      g_object_notify_by_pspec (object, properties[PROP_FOLDED]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_reports_page_class_init (SkupReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_reports_page_constructed;
  object_class->dispose = skup_reports_page_dispose;
  object_class->finalize = skup_reports_page_finalize;
  object_class->get_property = skup_reports_page_get_property;
  object_class->set_property = skup_reports_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "reports.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "reports.export-to", "s", export_to_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-reports-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, event_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, event_dropdown_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, project_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, project_dropdown_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, from_entry_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, to_entry_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, suppress_switch);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, events_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, people_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, days_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, trainers_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, hours_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, hours_note_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, gain_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, satisfaction_label);
  gtk_widget_class_bind_template_child (widget_class, SkupReportsPage, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_changed);
}

static void
skup_reports_page_init (SkupReportsPage *self)
{
  self->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->project_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  set_ellipsizing_factory (self->event_dropdown);
  set_ellipsizing_factory (self->project_dropdown);
}

SkupReportsPage *
skup_reports_page_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_REPORTS_PAGE, "context", context, NULL);
}

const SkupReport *
skup_reports_page_get_report (SkupReportsPage *self)
{
  g_return_val_if_fail (SKUP_IS_REPORTS_PAGE (self), NULL);

  return self->report;
}

gboolean
skup_reports_page_is_busy (SkupReportsPage *self)
{
  g_return_val_if_fail (SKUP_IS_REPORTS_PAGE (self), FALSE);

  return self->cancellable != NULL;
}
