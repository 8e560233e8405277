/* skup-sign-in-dialog.c — an event's sign-in sheet: its options, a preview, PDF and print
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine makes the sheet (skup-sign-in-sheet.c) and draws it: the preview, the PDF and
 * the printer get the same pages from the same code. A change of an option makes the sheet
 * again a moment after the last change, so that clicking through the columns or typing a
 * number of blank rows does not make one at every key.
 *
 * The sheet is made on the main thread, as it reads the register. Measured here, a sheet of
 * 1,000 people (68 pages) takes 33–52 ms in skup_sign_in_sheet_new(), about 4 ms of it reading
 * and the rest measuring and paginating, which it does before it returns; 100 people take
 * 6 ms, and drawing a page for the preview 2–3 ms. Under the 100 ms a typist would notice,
 * and only the pagination could move to a worker thread (the reading must stay here): not
 * worth a thread, a cancellable and a second copy of the options' state.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "core/documents/skup-sign-in-sheet.h"
#include "skup-sign-in-dialog.h"
#include "skup-gui-util.h"

/* Long enough to take a few clicks or keys as one change, short enough to feel live. */
#define REBUILD_DELAY_MS 150
/* The grey around the sheet in the preview, in pixels. */
#define PREVIEW_MARGIN 24.0

typedef struct {
  SkupSheetColumns column;
  const char      *label;
} ColumnChoice;

/* In the engine's order, which is the order they are printed in. */
static const ColumnChoice column_choices[] = {
  /* Translators: a column of a sign-in sheet: the row's number */
  { SKUP_SHEET_NUMBER, N_("Number") },
  { SKUP_SHEET_NAME, N_("Name") },
  { SKUP_SHEET_ORGANISATION, N_("Organisation") },
  /* Translators: a column of a sign-in sheet: a person's job title */
  { SKUP_SHEET_POSITION, N_("Position") },
  /* Translators: a column of a sign-in sheet: government, civil society … */
  { SKUP_SHEET_SECTOR, N_("Sector") },
  { SKUP_SHEET_GENDER, N_("Gender") },
  { SKUP_SHEET_EMAIL, N_("Email") },
  { SKUP_SHEET_PHONE, N_("Phone") },
  /* Translators: a column of a sign-in sheet, one a day or session */
  { SKUP_SHEET_SIGNATURE, N_("Signature") },
  /* Translators: a column of a sign-in sheet: the daily allowance paid, and a signature for
   * its receipt */
  { SKUP_SHEET_PER_DIEM, N_("Per Diem with Receipt") },
  /* Translators: a column of a sign-in sheet: a box to tick to agree to be photographed */
  { SKUP_SHEET_PHOTO_CONSENT, N_("Photo Consent") },
};

/* The language row's items, as in the template. */
enum {
  LANGUAGE_ENGLISH,
  LANGUAGE_SERBIAN_CYRILLIC,
  LANGUAGE_SERBIAN_LATIN,
};

/* The orientation row's items, as in the template. */
enum {
  ORIENTATION_AUTOMATIC,
  ORIENTATION_PORTRAIT,
  ORIENTATION_LANDSCAPE,
};

struct _SkupSignInDialog
{
  AdwWindow          parent_instance;

  SkupContext       *context;
  /* The context's register when the dialog was made: the dialog is modal, so it stays. */
  SkupStore         *store;
  gint64             event_id;
  /* (element-type gint64) The session of each item of the session row; 0 for all. */
  GArray            *session_ids;
  GtkCheckButton    *column_checks[G_N_ELEMENTS (column_choices)];

  /* The sheet shown, prepared; NULL before the first one and while the engine refuses. */
  SkupDocument      *document;
  guint              page;
  /* A sheet to make, a moment after the last change of an option. */
  guint              rebuild_id;
  gboolean           busy;
  GtkFileChooserNative *chooser;
  /* The printer and its options as last chosen, for the next Print. */
  GtkPrintSettings  *print_settings;

  /* Template children */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  AdwComboRow       *session_row;
  GtkStringList     *session_labels;
  AdwComboRow       *language_row;
  GtkSpinButton     *blank_rows_spin;
  AdwComboRow       *paper_row;
  AdwComboRow       *orientation_row;
  AdwPreferencesGroup *columns_group;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkDrawingArea    *preview;
  GtkLabel          *page_label;
};

G_DEFINE_FINAL_TYPE (SkupSignInDialog, skup_sign_in_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_rebuild (SkupSignInDialog *self);

/* Messages ******************************************************************/

static void
show_toast (SkupSignInDialog *self,
            const char       *text)
{
  /* Toast titles are markup in libadwaita 1.2: a file name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* What keeps the sheet from being made; NULL hides it. */
static void
show_error (SkupSignInDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* The page shown ***********************************************************/

static guint
get_n_pages (SkupSignInDialog *self)
{
  return self->document ? skup_document_get_n_pages (self->document) : 0;
}

static void
update_page (SkupSignInDialog *self)
{
  guint n_pages = get_n_pages (self);
  g_autofree char *text = NULL;

  if (n_pages > 0)
    /* Translators: under the preview of a sheet, e.g. "Page 1 of 3" */
    text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);
  gtk_label_set_label (self->page_label, text ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : "", -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.next-page", self->page + 1 < n_pages);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
turn_page (SkupSignInDialog *self,
           int               delta)
{
  guint n_pages = get_n_pages (self);

  if (n_pages == 0 || (delta < 0 && self->page == 0) || (delta > 0 && self->page + 1 >= n_pages))
    return;
  self->page += delta;
  update_page (self);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  turn_page (SKUP_SIGN_IN_DIALOG (widget), -1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  turn_page (SKUP_SIGN_IN_DIALOG (widget), 1);
}

/* The sheet on grey, as large as fits, with a shadow under it as paper on a desk. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SkupSignInDialog *self = user_data;
  const SkupPageSetup *setup;
  double sheet_width, sheet_height, scale, x, y;

  if (self->document == NULL || get_n_pages (self) == 0)
    return;
  setup = skup_document_get_page_setup (self->document);
  sheet_width = skup_page_setup_get_width (setup);
  sheet_height = skup_page_setup_get_height (setup);
  scale = MIN ((width - 2 * PREVIEW_MARGIN) / sheet_width,
               (height - 2 * PREVIEW_MARGIN) / sheet_height);
  if (scale <= 0)
    return;
  /* Whole pixels keep the sheet's edges sharp. */
  x = round ((width - sheet_width * scale) / 2);
  y = round ((height - sheet_height * scale) / 2);

  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_rectangle (cr, x - 1, y, sheet_width * scale + 2, sheet_height * scale + 3);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x - 1, y - 1, sheet_width * scale + 2, sheet_height * scale + 2);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, sheet_width * scale, sheet_height * scale);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, sheet_width * scale, sheet_height * scale);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  skup_document_draw_page (self->document, cr, self->page);
  cairo_restore (cr);
}

/* Making the sheet *********************************************************/

static SkupSheetColumns
read_columns (SkupSignInDialog *self)
{
  SkupSheetColumns columns = 0;

  for (guint i = 0; i < G_N_ELEMENTS (column_choices); i++)
    if (gtk_check_button_get_active (self->column_checks[i]))
      columns |= column_choices[i].column;
  return columns;
}

static void
read_options (SkupSignInDialog  *self,
              SkupSignInOptions *options)
{
  guint session = adw_combo_row_get_selected (self->session_row);
  guint language = adw_combo_row_get_selected (self->language_row);
  guint orientation = adw_combo_row_get_selected (self->orientation_row);

  skup_sign_in_options_init (options, self->event_id);
  options->session_id = session < self->session_ids->len
                        ? g_array_index (self->session_ids, gint64, session) : 0;
  options->columns = read_columns (self);
  options->blank_rows = gtk_spin_button_get_value_as_int (self->blank_rows_spin);
  options->language = language == LANGUAGE_ENGLISH ? "en" : "sr";
  options->cyrillic = language == LANGUAGE_SERBIAN_CYRILLIC;
  /* The margins stay the engine's. */
  options->page.paper = adw_combo_row_get_selected (self->paper_row) == 1 ? SKUP_PAPER_LETTER
                                                                          : SKUP_PAPER_A4;
  /* Automatic: the sheet turns to landscape when its columns need the width. */
  options->choose_orientation = orientation == ORIENTATION_AUTOMATIC;
  options->page.landscape = orientation == ORIENTATION_LANDSCAPE;
}

static void
update_actions (SkupSignInDialog *self)
{
  gboolean ready = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.save-to", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.print-to", ready);
}

/* Shows @document, or what kept it from being made. */
static void
show_document (SkupSignInDialog *self,
               SkupDocument     *document,
               const GError     *error)
{
  guint n_pages;

  g_set_object (&self->document, document);
  show_error (self, error ? error->message : NULL);
  /* The page the user was reading stays, as long as the sheet still has it. */
  n_pages = get_n_pages (self);
  self->page = n_pages > 0 ? MIN (self->page, n_pages - 1) : 0;
  update_page (self);
  update_actions (self);
}

static SkupSignInSheet *
make_sheet (SkupSignInDialog  *self,
            GError           **error)
{
  SkupSignInOptions options;

  read_options (self, &options);
  return skup_sign_in_sheet_new (self->store, &options, error);
}

static void
set_busy (SkupSignInDialog *self,
          gboolean          busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
rebuild (SkupSignInDialog *self)
{
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  sheet = make_sheet (self, &error);
  show_document (self, SKUP_DOCUMENT (sheet), error);
  set_busy (self, FALSE);
}

static gboolean
rebuild_timeout (gpointer user_data)
{
  SkupSignInDialog *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (SkupSignInDialog *self,
               guint             delay_ms)
{
  /* Built without a register (the template check), there is no sheet to make. */
  if (self->store == NULL)
    return;
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->rebuild_id = g_timeout_add (delay_ms, rebuild_timeout, self);
  set_busy (self, TRUE);
}

static void
schedule_rebuild (SkupSignInDialog *self)
{
  queue_rebuild (self, REBUILD_DELAY_MS);
}

/* Save and Print take the sheet as the options read now: a change made a moment ago, still
 * waiting for its turn, is made at once, here. */
static gboolean
ensure_current (SkupSignInDialog *self)
{
  if (self->busy)
    rebuild (self);
  return self->document != NULL;
}

/* Someone changed a person, the event or the office's notice: the sheet follows. */
static void
on_store_changed (SkupSignInDialog *self)
{
  schedule_rebuild (self);
}

/* Saving *******************************************************************/

static void
save_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!ensure_current (self))
    return;
  skup_document_write_pdf (self->document, path, &error);
  text = _skup_gui_dup_save_message (path, error);
  show_toast (self, text);
}

static void
on_chooser_response (SkupSignInDialog *self,
                     int               response,
                     GtkNativeDialog  *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (response == GTK_RESPONSE_ACCEPT && path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "sheet.save-to", "s", path);
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
new_pdf_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  return filter;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;

  if (!ensure_current (self) || self->chooser != NULL)
    return;
  name = skup_sign_in_sheet_dup_file_name (SKUP_SIGN_IN_SHEET (self->document));
  self->chooser = gtk_file_chooser_native_new (_("Save Sign-in Sheet"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  filter = new_pdf_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Printing *****************************************************************/

static GtkPageSetup *
new_page_setup (const SkupPageSetup *setup)
{
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper =
    gtk_paper_size_new (setup->paper == SKUP_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                          : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (page_setup, paper);
  gtk_page_setup_set_orientation (page_setup, setup->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                               : GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

/* The operation's unit is the point, the engine's: the context needs no scaling, unless the
 * printer's paper is smaller than the sheet (an A4 sheet on Letter), which shrinks it to fit
 * rather than cut off its last column. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              gpointer           user_data)
{
  SkupDocument *document = user_data;
  const SkupPageSetup *setup = skup_document_get_page_setup (document);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / skup_page_setup_get_width (setup),
                      gtk_print_context_get_height (context)
                      / skup_page_setup_get_height (setup));

  if (scale < 1.0)
    cairo_scale (cr, scale, scale);
  skup_document_draw_page (document, cr, page);
}

static void
on_print_done (SkupSignInDialog        *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  /* Translators: %s says why, as the printing system put it */
  text = g_strdup_printf (_("Could not print: %s"), error ? error->message : "");
  show_toast (self, text);
}

static void
unref_document (gpointer  data,
                GClosure *closure)
{
  g_object_unref (data);
}

/* The operation prints the sheet as it is now, even if the options change meanwhile. */
static GtkPrintOperation *
new_print_operation (SkupSignInDialog *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  SkupDocument *document = self->document;
  g_autoptr(GtkPageSetup) page_setup = new_page_setup (skup_document_get_page_setup (document));
  g_autofree char *name = skup_sign_in_sheet_dup_file_name (SKUP_SIGN_IN_SHEET (document));

  if (g_str_has_suffix (name, ".pdf"))
    name[strlen (name) - strlen (".pdf")] = '\0';
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_n_pages (operation, skup_document_get_n_pages (document));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (document), unref_document, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self,
                           G_CONNECT_SWAPPED);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (!ensure_current (self))
    return;
  operation = new_print_operation (self);
  /* The print dialog runs beside the main loop; the operation keeps itself until "done". */
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                           NULL);
}

/* What the printer would get, to a PDF at a path and with no dialog: the same operation as
 * Print, for checking what it sends (and for a "print to file" without asking). */
static void
print_to_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (!ensure_current (self))
    return;
  operation = new_print_operation (self);
  gtk_print_operation_set_export_filename (operation, g_variant_get_string (parameter, NULL));
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), NULL);
}

/* The options ***************************************************************/

/* Frees @first; returns "@first · @second". */
/* "Monday, 20.05.2019. · 09:00–17:00 · Opening", as the event's page lists them. */
static char *
dup_session_label (SkupRecord *session)
{
  g_autofree char *day = skup_text_format_date_weekday (skup_record_get_string (session, "date"));
  g_autofree char *times = skup_session_dup_times (session);
  const char *parts[] = { day, times, skup_record_get_string (session, "title") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* All sessions, then each by its date, times and title. */
static void
load_sessions (SkupSignInDialog *self)
{
  SkupQuery query = { .filter_field = "event-id", .filter_value = self->event_id };
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 all = 0;

  gtk_string_list_append (self->session_labels, _("All Sessions"));
  g_array_append_val (self->session_ids, all);
  sessions = skup_store_list (self->store, SKUP_TYPE_SESSION, &query, &error);
  if (sessions == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(SkupRecord) session = g_list_model_get_item (sessions, i);
      g_autofree char *label = dup_session_label (session);
      gint64 id = skup_record_get_id (session);

      gtk_string_list_append (self->session_labels, label);
      g_array_append_val (self->session_ids, id);
    }
}

static void
add_column_rows (SkupSignInDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_choices); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      const char *label = g_dgettext (GETTEXT_PACKAGE, column_choices[i].label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (schedule_rebuild), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->columns_group, row);
      self->column_checks[i] = GTK_CHECK_BUTTON (check);
    }
}

/* The language row's item for the event's own language. */
static guint
default_language (SkupRecord *event)
{
  SkupSignInOptions options;

  skup_sign_in_options_init (&options, 0);
  skup_sign_in_options_set_event_language (&options, event != NULL ? skup_record_get_string (event, "language") : NULL);
  if (g_str_equal (options.language, "en"))
    return LANGUAGE_ENGLISH;
  return options.cyrillic ? LANGUAGE_SERBIAN_CYRILLIC : LANGUAGE_SERBIAN_LATIN;
}

/* The options start as the engine's defaults, in the event's language. */
static void
set_defaults (SkupSignInDialog *self,
              SkupRecord       *event)
{
  SkupSignInOptions options;

  skup_sign_in_options_init (&options, self->event_id);
  for (guint i = 0; i < G_N_ELEMENTS (column_choices); i++)
    gtk_check_button_set_active (self->column_checks[i],
                                 (options.columns & column_choices[i].column) != 0);
  gtk_spin_button_set_value (self->blank_rows_spin, options.blank_rows);
  adw_combo_row_set_selected (self->paper_row, options.page.paper == SKUP_PAPER_LETTER ? 1 : 0);
  adw_combo_row_set_selected (self->orientation_row,
                              options.choose_orientation ? ORIENTATION_AUTOMATIC
                              : options.page.landscape ? ORIENTATION_LANDSCAPE
                              : ORIENTATION_PORTRAIT);
  adw_combo_row_set_selected (self->language_row, default_language (event));
}

static void
load_event (SkupSignInDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 &error);
  g_autofree char *title = event ? skup_record_dup_title (event) : NULL;

  adw_window_title_set_subtitle (self->window_title, title);
  load_sessions (self);
  set_defaults (self, event);
  if (event == NULL)
    show_error (self, error->message);
}

/* GObject ******************************************************************/

static void
skup_sign_in_dialog_constructed (GObject *object)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (object);

  G_OBJECT_CLASS (skup_sign_in_dialog_parent_class)->constructed (object);

  add_column_rows (self);
  update_page (self);
  update_actions (self);
  /* Built without a register (the template check), the dialog stays empty. */
  if (self->context == NULL)
    return;
  self->store = g_object_ref (skup_context_get_store (self->context));
  load_event (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  /* The first sheet comes at once, not a delay after the dialog opens. */
  queue_rebuild (self, 0);
}

static void
skup_sign_in_dialog_dispose (GObject *object)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_SIGN_IN_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_sign_in_dialog_parent_class)->dispose (object);
}

static void
skup_sign_in_dialog_finalize (GObject *object)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (object);

  g_clear_pointer (&self->session_ids, g_array_unref);

  G_OBJECT_CLASS (skup_sign_in_dialog_parent_class)->finalize (object);
}

static void
skup_sign_in_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, skup_sign_in_dialog_is_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_sign_in_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SkupSignInDialog *self = SKUP_SIGN_IN_DIALOG (object);

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
install_properties (GObjectClass *object_class)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                            | G_PARAM_STATIC_STRINGS;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT, flags);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* From a change of an option until the preview shows its sheet. */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "sheet.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "sheet.save-to", "s", save_to_action);
  gtk_widget_class_install_action (widget_class, "sheet.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "sheet.print-to", "s", print_to_action);
  gtk_widget_class_install_action (widget_class, "sheet.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "sheet.next-page", NULL, next_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "sheet.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "sheet.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "sheet.previous-page",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "sheet.next-page",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_sign_in_dialog_class_init (SkupSignInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_sign_in_dialog_constructed;
  object_class->dispose = skup_sign_in_dialog_dispose;
  object_class->finalize = skup_sign_in_dialog_finalize;
  object_class->get_property = skup_sign_in_dialog_get_property;
  object_class->set_property = skup_sign_in_dialog_set_property;
  install_properties (object_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-sign-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, session_row);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, session_labels);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, blank_rows_spin);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, SkupSignInDialog, page_label);
  gtk_widget_class_bind_template_callback (widget_class, schedule_rebuild);
  install_actions (widget_class);
}

static void
skup_sign_in_dialog_init (SkupSignInDialog *self)
{
  self->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
}

/* API **********************************************************************/

/**
 * skup_sign_in_dialog_new:
 * @parent: the window the dialog belongs to
 * @context: the register and settings
 * @event_id: a saved event
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it is closed
 */
SkupSignInDialog *
skup_sign_in_dialog_new (GtkWindow   *parent,
                         SkupContext *context,
                         gint64       event_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (event_id > 0, NULL);

  return g_object_new (SKUP_TYPE_SIGN_IN_DIALOG,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       "event-id", event_id,
                       NULL);
}

SkupDocument *
skup_sign_in_dialog_get_document (SkupSignInDialog *self)
{
  g_return_val_if_fail (SKUP_IS_SIGN_IN_DIALOG (self), NULL);

  return self->document;
}

guint
skup_sign_in_dialog_get_page (SkupSignInDialog *self)
{
  g_return_val_if_fail (SKUP_IS_SIGN_IN_DIALOG (self), 0);

  return self->page;
}

gboolean
skup_sign_in_dialog_is_busy (SkupSignInDialog *self)
{
  g_return_val_if_fail (SKUP_IS_SIGN_IN_DIALOG (self), FALSE);

  return self->busy;
}

const char *
skup_sign_in_dialog_get_message (SkupSignInDialog *self)
{
  g_return_val_if_fail (SKUP_IS_SIGN_IN_DIALOG (self), NULL);

  return gtk_revealer_get_reveal_child (self->error_revealer)
         ? gtk_label_get_label (self->error_label) : NULL;
}
