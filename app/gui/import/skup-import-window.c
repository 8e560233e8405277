/* skup-import-window.c — the Import People assistant: file, columns, duplicates, report
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four pages in a stack: choose a CSV file; say what each column holds (the mapping last
 * used for these headers is offered, with the first rows shown as they will be read); look
 * at the rows with problems and choose, for each row that seems to be someone already in
 * the register, what to do with it (a dry run of the import finds them); then the import,
 * in one transaction, and its report. The core does all the reading and matching.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/import/skup-people-import.h"
#include "core/skup-event.h"
#include "core/skup-person.h"
#include "core/skup-record.h"
#include "gui/skup-window.h"
#include "skup-import-window.h"

#define N_PREVIEW_ROWS 3

struct _SkupImportWindow
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkWidget            *back_button;
  GtkWidget            *next_button;
  AdwPreferencesGroup  *columns_group;
  AdwPreferencesGroup  *preview_group;
  AdwPreferencesGroup  *summary_group;
  AdwComboRow          *event_row;
  AdwPreferencesGroup  *duplicates_group;
  AdwPreferencesGroup  *problems_group;
  AdwPreferencesGroup  *report_group;
  AdwPreferencesGroup  *skipped_group;

  SkupStore            *store;
  SkupCsvTable         *table;
  GPtrArray            *targets;       /* (element-type utf8): a combo row's items, as keys */
  GPtrArray            *column_rows;   /* (element-type AdwComboRow): one a column */
  GPtrArray            *match_rows;    /* (element-type AdwComboRow): one a duplicate */
  GHashTable           *added_rows;    /* AdwPreferencesGroup → GPtrArray of its rows */
  GArray               *match_lines;   /* (element-type guint): each match row's table row */
  GArray               *event_ids;     /* (element-type gint64): the event row's items; 0 none */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (SkupImportWindow, skup_import_window, ADW_TYPE_WINDOW)

/* The choices of a duplicate's combo row, in the order of SkupImportDuplicate after DEFAULT. */
static const char *duplicate_labels[] = {
  N_("Use Existing"), N_("Update Existing"), N_("Create New"),
};

/* ---- Rows added in code ------------------------------------------------------------------ */

static void
add_to_group (SkupImportWindow    *self,
              AdwPreferencesGroup *group,
              GtkWidget           *row)
{
  GPtrArray *rows = g_hash_table_lookup (self->added_rows, group);

  if (rows == NULL)
    {
      rows = g_ptr_array_new ();
      g_hash_table_insert (self->added_rows, group, rows);
    }
  g_ptr_array_add (rows, row);
  adw_preferences_group_add (group, row);
}

static void
clear_group (SkupImportWindow    *self,
             AdwPreferencesGroup *group)
{
  GPtrArray *rows = g_hash_table_lookup (self->added_rows, group);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  if (rows != NULL)
    g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_text_row (SkupImportWindow    *self,
              AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  add_to_group (self, group, row);
  return row;
}

/* ---- Pages -------------------------------------------------------------------------------- */

static void
show_page (SkupImportWindow *self,
           const char       *name)
{
  gboolean first = g_str_equal (name, "file");
  gboolean last = g_str_equal (name, "report");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (self->back_button, !first && !last);
  gtk_widget_set_visible (self->next_button, !first);
  if (g_str_equal (name, "review"))
    gtk_button_set_label (GTK_BUTTON (self->next_button), _("_Import"));
  else if (last)
    gtk_button_set_label (GTK_BUTTON (self->next_button), _("_Done"));
  else
    gtk_button_set_label (GTK_BUTTON (self->next_button), _("_Next"));
}

static void
toast (SkupImportWindow *self,
       const char       *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* ---- Mapping ------------------------------------------------------------------------------ */

/* Ignore, a full name, an organisation, then every person field a file can hold. */
static GtkStringList *
make_targets (SkupImportWindow *self)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (SKUP_TYPE_PERSON);
  SkupRecordClass *record_class = SKUP_RECORD_CLASS (klass);
  GtkStringList *labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->targets, 0);
  g_ptr_array_add (self->targets, g_strdup (""));
  gtk_string_list_append (labels, C_("import column", "Ignore"));
  g_ptr_array_add (self->targets, g_strdup (SKUP_IMPORT_FULL_NAME));
  gtk_string_list_append (labels, _("Full name"));
  g_ptr_array_add (self->targets, g_strdup (SKUP_IMPORT_ORGANISATION));
  gtk_string_list_append (labels, _("Organisation"));
  for (guint i = 0; i < record_class->n_fields; i++)
    {
      const SkupField *field = &record_class->fields[i];

      if ((field->flags & SKUP_FIELD_COMPUTED) || field->type == SKUP_FIELD_REF)
        continue;
      g_ptr_array_add (self->targets, g_strdup (field->name));
      gtk_string_list_append (labels, g_dgettext (GETTEXT_PACKAGE, field->label));
    }
  return labels;
}

static guint
target_index (SkupImportWindow *self,
              const char       *target)
{
  for (guint i = 0; i < self->targets->len; i++)
    if (g_strcmp0 (self->targets->pdata[i], target) == 0)
      return i;
  return 0;
}

/* The mapping the combo rows say now. */
static GStrv
dup_mapping (SkupImportWindow *self)
{
  g_autoptr(GStrvBuilder) mapping = g_strv_builder_new ();

  for (guint i = 0; i < self->column_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (self->column_rows->pdata[i]);

      g_strv_builder_add (mapping, selected < self->targets->len ? self->targets->pdata[selected]
                                                                 : "");
    }
  return g_strv_builder_end (mapping);
}

/* "ana@example.org · Novi Sad · Udruženje Sunce": what the row fills in besides the name. */
static char *
describe_row (SkupImportWindow   *self,
              const char * const *mapping,
              guint               row)
{
  const char * const *cells = skup_csv_table_get_row (self->table, row, NULL, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; mapping[i] != NULL && cells[i] != NULL; i++)
    {
      if (mapping[i][0] == '\0' || cells[i][0] == '\0' || g_str_has_suffix (mapping[i], "name"))
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", cells[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_preview (SkupImportWindow *self)
{
  g_auto(GStrv) mapping = dup_mapping (self);
  guint n_rows = skup_csv_table_get_n_rows (self->table);

  clear_group (self, self->preview_group);
  for (guint row = 1; row < n_rows && row <= N_PREVIEW_ROWS; row++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkupRecord) person =
        skup_people_import_read_row (self->table, row, (const char * const *) mapping, &error);
      g_autofree char *title = person ? skup_record_dup_title (person) : NULL;
      g_autofree char *details = describe_row (self, (const char * const *) mapping, row);
      GtkWidget *widget = add_text_row (self, self->preview_group,
                                        person ? title : error->message, details);

      if (person == NULL)
        gtk_widget_add_css_class (widget, "error");
    }
}

static void
on_column_changed (SkupImportWindow *self)
{
  update_preview (self);
}

/* "Novi Sad, Niš, Beograd": a column's first values, so the user sees what it holds. */
static char *
sample_values (SkupImportWindow *self,
               guint             column)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_rows = skup_csv_table_get_n_rows (self->table);

  for (guint row = 1; row < n_rows && row <= N_PREVIEW_ROWS; row++)
    {
      guint n_fields;
      const char * const *cells = skup_csv_table_get_row (self->table, row, &n_fields, NULL);

      if (column < n_fields && cells[column][0] != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", cells[column]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
build_columns (SkupImportWindow *self)
{
  const char * const *headers = skup_csv_table_get_row (self->table, 0, NULL, NULL);
  g_auto(GStrv) mapping = skup_people_import_recall_mapping (self->store, headers);
  g_autoptr(GtkStringList) labels = make_targets (self);

  clear_group (self, self->columns_group);
  g_ptr_array_set_size (self->column_rows, 0);
  for (guint i = 0; headers[i] != NULL; i++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *sample = sample_values (self, i);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), headers[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), target_index (self, mapping[i]));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_column_changed), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->column_rows, row);
      add_to_group (self, self->columns_group, row);
    }
  update_preview (self);
}

/**
 * skup_import_window_load_file:
 * @file: a CSV file
 *
 * Reads @file and shows its columns; a file that cannot be read is said in a toast.
 *
 * Returns: %TRUE if the file was read
 */
gboolean
skup_import_window_load_file (SkupImportWindow *self,
                              GFile            *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(SkupCsvTable) table = NULL;

  g_return_val_if_fail (SKUP_IS_IMPORT_WINDOW (self), FALSE);

  table = path ? skup_csv_read_file (path, &error) : NULL;
  if (table == NULL || skup_csv_table_get_n_rows (table) < 2)
    {
      toast (self, error ? error->message : _("The file has no rows to import."));
      return FALSE;
    }
  g_clear_pointer (&self->table, skup_csv_table_free);
  self->table = g_steal_pointer (&table);
  build_columns (self);
  show_page (self, "mapping");
  return TRUE;
}

static void
on_chooser_response (SkupImportWindow *self,
                     int               response,
                     GtkNativeDialog  *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    skup_import_window_load_file (self, file);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkupImportWindow *self = SKUP_IMPORT_WINDOW (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.txt");
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Import People"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- Review: a dry run -------------------------------------------------------------------- */

static char *
describe_match (const SkupImportMatch *match)
{
  if (match->earlier_line > 0)
    /* Translators: a row of the file that repeats an earlier one; %u is its line */
    return g_strdup_printf (_("The same person as line %u"), match->earlier_line);
  /* Translators: %s is why two people seem the same ("Same email address") */
  return g_strdup_printf (_("In the register: %s"), match->reason);
}

static void
add_match_row (SkupImportWindow      *self,
               const SkupImportMatch *match,
               GtkStringList         *choices)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *title = g_strdup_printf (_("Line %u: %s"), match->line,
                                            match->name ? match->name : "");
  g_autofree char *subtitle = describe_match (match);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), match->action - SKUP_IMPORT_DUPLICATE_USE);
  g_ptr_array_add (self->match_rows, row);
  g_array_append_val (self->match_lines, match->row);
  add_to_group (self, self->duplicates_group, row);
}

static gint64
selected_event (SkupImportWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->event_row);

  return selected < self->event_ids->len ? g_array_index (self->event_ids, gint64, selected) : 0;
}

/* The event row offers no event first, then every event as the Events list orders them; the
 * choice made before is kept when the review is shown again. */
static void
load_events (SkupImportWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  SkupQuery query = { 0 };
  g_autoptr(GListModel) events = skup_store_list (self->store, SKUP_TYPE_EVENT, &query, &error);
  gint64 chosen = selected_event (self);
  guint selected = 0;
  gint64 none = 0;

  g_array_set_size (self->event_ids, 0);
  gtk_string_list_append (titles, _("No Event"));
  g_array_append_val (self->event_ids, none);
  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(SkupRecord) event = g_list_model_get_item (events, i);
      const char *title = skup_record_get_string (event, "title");
      gint64 id = skup_record_get_id (event);

      if (id == chosen)
        selected = self->event_ids->len;
      gtk_string_list_append (titles, title != NULL ? title : "");
      g_array_append_val (self->event_ids, id);
    }
  if (error != NULL)
    toast (self, error->message);
  adw_combo_row_set_model (self->event_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->event_row, selected);
}

static void
show_review (SkupImportWindow       *self,
             SkupPeopleImportReport *report)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *created = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new person",
                                                           "%u new people", report->created),
                                              report->created);
  g_autofree char *matched = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u already there",
                                                           "%u already there",
                                                           report->matches->len),
                                              report->matches->len);

  for (guint i = 0; i < G_N_ELEMENTS (duplicate_labels); i++)
    gtk_string_list_append (choices, _(duplicate_labels[i]));
  clear_group (self, self->summary_group);
  clear_group (self, self->duplicates_group);
  clear_group (self, self->problems_group);
  g_ptr_array_set_size (self->match_rows, 0);
  g_array_set_size (self->match_lines, 0);
  add_text_row (self, self->summary_group, created, matched);
  for (guint i = 0; i < report->matches->len; i++)
    add_match_row (self, report->matches->pdata[i], choices);
  for (guint i = 0; i < report->problems->len; i++)
    add_text_row (self, self->problems_group, report->problems->pdata[i], NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), report->matches->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), report->problems->len > 0);
  load_events (self);
  show_page (self, "review");
}

/* The import runs on a worker with its own connection (see skup_people_import_run_async());
 * Next waits meanwhile, so the same file is not imported twice over. */
static void
start_import (SkupImportWindow          *self,
              gboolean                   dry_run,
              const SkupImportDuplicate *choices,
              guint                      n_choices,
              GAsyncReadyCallback        done)
{
  g_auto(GStrv) mapping = dup_mapping (self);
  SkupPeopleImportOptions options = { dry_run, SKUP_IMPORT_DUPLICATE_USE, choices, n_choices,
                                      dry_run ? 0 : selected_event (self) };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", FALSE);
  skup_people_import_run_async (self->store, self->table, (const char * const *) mapping,
                                &options, NULL, done, g_object_ref (self));
}

static gboolean
finish_import (SkupImportWindow       *self,
               GAsyncResult           *result,
               SkupPeopleImportReport *report)
{
  g_autoptr(GError) error = NULL;

  /* closed meanwhile: nothing left to show it in */
  if (self->store == NULL)
    return FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", TRUE);
  if (!skup_people_import_run_finish (self->store, result, report, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
on_review_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SkupImportWindow) self = user_data;
  SkupPeopleImportReport report;

  if (!finish_import (self, result, &report))
    return;
  show_review (self, &report);
  skup_people_import_report_clear (&report);
}

static void
review (SkupImportWindow *self)
{
  start_import (self, TRUE, NULL, 0, on_review_done);
}

/* ---- Import and report -------------------------------------------------------------------- */

static void
add_count_row (SkupImportWindow *self,
               const char       *label,
               guint             count)
{
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *row = add_text_row (self, self->report_group, label, NULL);
  GtkWidget *value = gtk_label_new (number);

  gtk_widget_add_css_class (value, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
}

static void
show_report (SkupImportWindow       *self,
             SkupPeopleImportReport *report)
{
  clear_group (self, self->report_group);
  clear_group (self, self->skipped_group);
  add_count_row (self, _("Created"), report->created);
  add_count_row (self, _("Matched"), report->matched);
  add_count_row (self, _("Updated"), report->updated);
  add_count_row (self, _("Skipped"), report->skipped);
  if (report->organisations_created > 0)
    add_count_row (self, _("Organisations created"), report->organisations_created);
  if (selected_event (self) > 0)
    {
      add_count_row (self, _("Registered for the event"), report->registered);
      add_count_row (self, _("On the event’s waitlist"), report->waitlisted);
      add_count_row (self, _("Registered before"), report->already_registered);
    }
  for (guint i = 0; i < report->problems->len; i++)
    add_text_row (self, self->skipped_group, report->problems->pdata[i], NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), report->problems->len > 0);
  show_page (self, "report");
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SkupImportWindow) self = user_data;
  g_auto(GStrv) mapping = dup_mapping (self);
  SkupPeopleImportReport report;

  if (!finish_import (self, result, &report))
    return;
  skup_people_import_remember_mapping (self->store,
                                       skup_csv_table_get_row (self->table, 0, NULL, NULL),
                                       (const char * const *) mapping, NULL);
  /* the worker wrote on its own connection: the lists of this one look again now */
  skup_store_poll_changes (self->store);
  show_report (self, &report);
  skup_people_import_report_clear (&report);
}

static void
import (SkupImportWindow *self)
{
  guint n_rows = skup_csv_table_get_n_rows (self->table);
  g_autofree SkupImportDuplicate *choices = g_new0 (SkupImportDuplicate, n_rows);

  for (guint i = 0; i < self->match_rows->len; i++)
    choices[g_array_index (self->match_lines, guint, i)] =
      SKUP_IMPORT_DUPLICATE_USE + adw_combo_row_get_selected (self->match_rows->pdata[i]);
  start_import (self, FALSE, choices, n_rows, on_import_done);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupImportWindow *self = SKUP_IMPORT_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_str_equal (page, "mapping"))
    review (self);
  else if (g_str_equal (page, "review"))
    import (self);
  else if (g_str_equal (page, "report"))
    gtk_window_close (GTK_WINDOW (self));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupImportWindow *self = SKUP_IMPORT_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  show_page (self, g_str_equal (page, "review") ? "mapping" : "file");
}

/* ---- The type ----------------------------------------------------------------------------- */

static void
skup_import_window_dispose (GObject *object)
{
  SkupImportWindow *self = SKUP_IMPORT_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_IMPORT_WINDOW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->added_rows, g_hash_table_unref);
  G_OBJECT_CLASS (skup_import_window_parent_class)->dispose (object);
}

static void
skup_import_window_finalize (GObject *object)
{
  SkupImportWindow *self = SKUP_IMPORT_WINDOW (object);

  g_ptr_array_unref (self->targets);
  g_ptr_array_unref (self->column_rows);
  g_ptr_array_unref (self->match_rows);
  g_array_unref (self->match_lines);
  g_array_unref (self->event_ids);
  /* here, not in dispose: an import still running reads it, and holds a reference to us */
  g_clear_pointer (&self->table, skup_csv_table_free);
  G_OBJECT_CLASS (skup_import_window_parent_class)->finalize (object);
}

static void
skup_import_window_class_init (SkupImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_import_window_dispose;
  object_class->finalize = skup_import_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, preview_group);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, summary_group);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, event_row);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, problems_group);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, report_group);
  gtk_widget_class_bind_template_child (widget_class, SkupImportWindow, skipped_group);

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_import_window_init (SkupImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->targets = g_ptr_array_new_with_free_func (g_free);
  self->column_rows = g_ptr_array_new ();
  self->match_rows = g_ptr_array_new ();
  self->match_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->event_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->added_rows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  show_page (self, "file");
}

/**
 * skup_import_window_new:
 * @parent: the main window
 * @store: the register to import into
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
SkupImportWindow *
skup_import_window_new (GtkWindow *parent,
                        SkupStore *store)
{
  SkupImportWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_IMPORT_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->store = g_object_ref (store);
  return self;
}

void
skup_import_window_open_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  SkupStore *store = skup_window_get_store (SKUP_WINDOW (widget));

  gtk_window_present (GTK_WINDOW (skup_import_window_new (GTK_WINDOW (widget), store)));
}
