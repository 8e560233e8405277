/* skup-detail-page.c — one record, read and edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is where a record is read, and edited without a separate "edit mode": a summary
 * at the top (title, what and when, counts), the record's fields as a form, then what hangs
 * off it (an event's organisers, sessions and participants; a person's history …). Edits go
 * into a copy; Save writes it, Cancel and Back leave it to the window to ask about unsaved
 * changes. The core decides what is valid, and its message is shown at the field it names.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "attendance/skup-attendance-window.h"
#include "evaluations/skup-evaluations-window.h"
#include "skup-detail-page.h"
#include "skup-detail-page-private.h"
#include "skup-detail-section.h"
#include "skup-eligibility-group.h"
#include "skup-event-dates.h"
#include "skup-logo-section.h"
#include "skup-organisers-group.h"
#include "skup-record-form.h"
#include "skup-related-list.h"
#include "skup-rooms-group.h"
#include "skup-sessions-group.h"
#include "skup-sign-in-dialog.h"
#include "exports/skup-attendance-export-dialog.h"
#include "registration/skup-participants-group.h"
#include "registration/skup-register-person.h"
#include "attendance/skup-check-in-window.h"
#include "certificates/skup-issue-dialog.h"

/* The matches a duplicates dialog offers to open instead. */
#define MAX_DUPLICATES_OFFERED 3
/* Characters beyond which a page's heading is set smaller. */
#define LONG_TITLE 60


struct _SkupDetailPage
{
  AdwBin          parent_instance;

  SkupContext    *context;
  /* The context's register when the page was made: a page shows a record of one register
   * (the window closes it before it switches). */
  SkupStore      *store;
  /* Made from @store for the sections, until the window hands the page a context. */
  GType           record_type;
  gint64          id;
  /* As last saved; NULL for a new record. */
  SkupRecord     *record;
  SkupRecordForm *form;
  /* The user saw the likely duplicates of a new person and chose to create anyway. */
  gboolean        duplicates_confirmed;
  guint           reload_id;
  gboolean        folded;

  /* Template children */
  AdwWindowTitle *window_title;
  GtkWidget      *back_button;
  GtkWidget      *cancel_button;
  GtkWidget      *menu_button;
  GtkWidget      *save_button;
  GtkScrolledWindow *scrolled_window;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkWidget      *reload_button;
  GtkWidget      *summary_box;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkWidget      *stats_box;
  GtkLabel       *registered_label;
  GtkLabel       *attended_label;
  GtkLabel       *sessions_label;
  GtkWidget      *actions_box;
  GtkBox         *form_box;
  GtkBox         *sections_box;
};

G_DEFINE_FINAL_TYPE (SkupDetailPage, skup_detail_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_RECORD_TYPE,
  PROP_RECORD_ID,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SAVED,
  SIGNAL_CLOSE_REQUESTED,
  SIGNAL_DELETE_REQUESTED,
  SIGNAL_OPEN_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_text (SkupDetailPage *self,
           gboolean        new_title)
{
  const SkupKind *kind = skup_kind_for_type (self->record_type);
  const char *text = new_title ? kind->new_title : kind->label;

  if (text == NULL)
    return new_title ? _("New Record") : "";
  return g_dgettext (GETTEXT_PACKAGE, text);
}

static void
set_count (GtkLabel   *label,
           SkupRecord *record,
           const char *field)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT,
                                           skup_record_get_int (record, field));

  gtk_label_set_label (label, text);
}

/* Header and summary *******************************************************/

static void
update_summary (SkupDetailPage *self,
                SkupRecord     *record)
{
  g_autofree char *title = record ? skup_record_dup_title (record) : NULL;
  g_autofree char *subtitle = record ? skup_record_dup_subtitle (record) : NULL;
  /* An event's page counts who came; the actions beside them come with registration. */
  gboolean is_event = self->record_type == SKUP_TYPE_EVENT;

  gtk_widget_set_visible (self->summary_box, record != NULL);
  gtk_widget_set_visible (self->stats_box, record != NULL && is_event);
  gtk_widget_set_visible (self->actions_box, record != NULL && is_event);
  /* The sheet lists the event as saved: a new one has no one to list yet. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.print-sign-in-sheet",
                                 record != NULL && is_event && self->id != 0);
  /* The attendance list, like the sheet, lists the event as saved. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.export-list",
                                 record != NULL && is_event && self->id != 0);
  /* Check-in marks the registrations of the event as saved, as the sheet lists them. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.check-in",
                                 record != NULL && is_event && self->id != 0);
  /* Attendance is taken of the registrations as saved. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.take-attendance",
                                 record != NULL && is_event && self->id != 0);
  /* Certificates are issued to the registrations as saved, as attendance is taken. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.issue-certificates",
                                 record != NULL && is_event && self->id != 0);
  /* Scores are typed for the registrations as saved, as attendance is taken. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.evaluations",
                                 record != NULL && is_event && self->id != 0);
  if (record == NULL)
    return;

  gtk_label_set_label (self->title_label, title);
  /* A project's full name can run to three lines: keep a long title a smaller heading. */
  if (g_utf8_strlen (title ? title : "", -1) > LONG_TITLE)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "title-1");
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title-2");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "title-2");
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title-1");
    }
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle && *subtitle != '\0');
  if (is_event)
    {
      set_count (self->registered_label, record, "registered-count");
      set_count (self->attended_label, record, "attended-count");
      set_count (self->sessions_label, record, "sessions-count");
    }
}

/* At a phone's width the header title has room for a word or two: the record's title would be
 * cut to a stub, while what kind of record it is reads whole (the heading below shows the
 * record's title whole). */
static void
set_header_titles (SkupDetailPage *self,
                   const char     *title,
                   const char     *kind)
{
  gboolean swap = self->folded && kind != NULL;

  adw_window_title_set_title (self->window_title, swap ? kind : title);
  adw_window_title_set_subtitle (self->window_title, swap ? title : kind);
}

static void
update_header (SkupDetailPage *self)
{
  gboolean is_new = self->record == NULL;
  gboolean dirty = self->form != NULL && skup_record_form_is_dirty (self->form);
  g_autofree char *title = is_new ? g_strdup (kind_text (self, TRUE))
                                  : skup_record_dup_title (self->record);

  set_header_titles (self, title, is_new ? NULL : kind_text (self, FALSE));
  /* With something to lose, the way out says so. */
  gtk_widget_set_visible (self->back_button, !is_new && !dirty);
  gtk_widget_set_visible (self->cancel_button, is_new || dirty);
  gtk_widget_set_visible (self->menu_button, !is_new);
  /* At a phone's width a Save with nothing to save would leave the title no room. */
  gtk_widget_set_visible (self->save_button, is_new || dirty || !self->folded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.save", is_new || dirty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.delete", !is_new);
}

static void
hide_error (SkupDetailPage *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
hide_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hide_error (SKUP_DETAIL_PAGE (widget));
}

/* An error that belongs to no field (the database, a record deleted meanwhile). */
static void
show_error (SkupDetailPage *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->reload_button, FALSE);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/* Someone else saved the record first: the edits stay, and Reload is one click away. */
static void
show_stale_error (SkupDetailPage *self,
                  const char     *message)
{
  show_error (self, message);
  gtk_widget_set_visible (self->reload_button, TRUE);
}

static void
on_open_record (SkupDetailPage *self,
                GType           type,
                gint64          id)
{
  g_signal_emit (self, signals[SIGNAL_OPEN_RECORD], 0, type, id);
}

static void
on_delete_requested (SkupDetailPage *self,
                     SkupRecord     *record)
{
  g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, record);
}

/* Sections, as the kind registered them *******************************************/

static void
add_section (SkupDetailPage        *self,
             const SkupKindSection *spec)
{
  GType type = g_type_from_name (spec->widget);
  GtkWidget *section;

  if (type == G_TYPE_INVALID || !g_type_is_a (type, SKUP_TYPE_DETAIL_SECTION))
    {
      g_critical ("“%s” is not a section of a record's page", spec->widget);
      return;
    }
  section = g_object_new (type, "context", self->context, "section", spec, NULL);
  g_signal_connect_object (section, "open-record", G_CALLBACK (on_open_record), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (section, "delete-requested", G_CALLBACK (on_delete_requested), self,
                           G_CONNECT_SWAPPED);
  /* Complete before it joins a page that may already be in the window: a button there names
   * a window action taking the record's id, and without it GTK warns. */
  skup_detail_section_set_record (SKUP_DETAIL_SECTION (section), self->record);
  gtk_box_append (self->sections_box, section);
}

/* A new record has nothing hanging off it yet: say where those parts will be. */
static void
add_save_hint (SkupDetailPage *self)
{
  const char *hint = skup_kind_for_type (self->record_type)->save_hint;
  GtkWidget *label;

  if (hint == NULL)
    return;
  label = gtk_label_new (g_dgettext (GETTEXT_PACKAGE, hint));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->sections_box, label);
}

/* What hangs off the record exists only once the record does. */
static void
build_sections (SkupDetailPage *self)
{
  const SkupKind *kind = skup_kind_for_type (self->record_type);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  if (self->id == 0)
    {
      add_save_hint (self);
      return;
    }
  for (guint i = 0; i < kind->n_sections; i++)
    add_section (self, &kind->sections[i]);
}

/* Keeping up with the register *********************************************/

/* Something changed in the register (here or elsewhere): counts, names of related records
 * and lists follow. The user's edits are never overwritten. */
static gboolean
reload_idle (gpointer data)
{
  SkupDetailPage *self = data;
  g_autoptr(SkupRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  if (self->id == 0)
    return G_SOURCE_REMOVE;

  fresh = skup_store_load (self->store, self->record_type, self->id, &error);
  if (fresh == NULL)
    {
      show_error (self, error->message);
      return G_SOURCE_REMOVE;
    }
  update_summary (self, fresh);
  if (!skup_record_form_is_dirty (self->form))
    {
      g_set_object (&self->record, fresh);
      skup_record_form_set_record (self->form, self->record);
      update_header (self);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SKUP_IS_DETAIL_SECTION (child))
      skup_detail_section_refresh (SKUP_DETAIL_SECTION (child));
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SkupDetailPage *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
on_form_changed (SkupDetailPage *self)
{
  update_header (self);
}

/* Saving *******************************************************************/

static void
show_save_error (SkupDetailPage *self,
                 const GError   *error)
{
  const char *field = skup_error_get_field (error);

  if (g_error_matches (error, SKUP_ERROR, SKUP_ERROR_STALE))
    show_stale_error (self, error->message);
  /* Being view-only is about the register, not about what was typed in a field. */
  else if (g_error_matches (error, SKUP_ERROR, SKUP_ERROR_READ_ONLY) || field == NULL
           || !skup_record_form_show_error (self->form, field, error->message))
    show_error (self, error->message);
}

static void
record_saved (SkupDetailPage *self,
              SkupRecord     *record)
{
  gboolean was_new = self->id == 0;

  g_set_object (&self->record, record);
  self->id = skup_record_get_id (record);
  skup_record_form_set_record (self->form, self->record);
  if (was_new)
    {
      build_sections (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
    }
  update_summary (self, self->record);
  update_header (self);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->id);
}

/* Response names in a label are mnemonics: keep a name's underscores as they are. */
static char *
dup_open_label (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name ? name : "", "_", -1);
  g_autofree char *escaped = g_strjoinv ("__", parts);

  /* Translators: a button in the "already in the register" dialog; %s is a person's or a
   * venue's name */
  return g_strdup_printf (_("Open %s"), escaped);
}

static char *
dup_duplicates_body (GPtrArray *matches,
                     GType      type)
{
  g_autoptr(GString) body =
    g_string_new (type == SKUP_TYPE_VENUE
                  ? g_dngettext (GETTEXT_PACKAGE,
                                 "This venue in the same city looks like the one you are "
                                 "adding. Open the record to use it, or create a new venue "
                                 "anyway.",
                                 "These venues in the same city look like the one you are "
                                 "adding. Open one of them to use that record, or create a new "
                                 "venue anyway.", matches->len)
                  : g_dngettext (GETTEXT_PACKAGE,
                               "This person looks like the one you are adding. Open the record "
                               "to use it, or create a new person anyway.",
                               "These people look like the one you are adding. Open one of "
                               "them to use that record, or create a new person anyway.",
                               matches->len));

  for (guint i = 0; i < matches->len; i++)
    {
      SkupDuplicate *d = g_ptr_array_index (matches, i);
      const char *parts[] = { d->name, d->organisation, d->reason };
      g_autofree char *line = skup_text_join_parts (parts, G_N_ELEMENTS (parts));

      g_string_append_printf (body, "\n\n%s", line);
    }
  return g_string_free (g_steal_pointer (&body), FALSE);
}

/* The record being added is already in the register as @id: what was typed is that record
 * again, so it goes (leaving would otherwise ask to save it, and saving would find the same
 * duplicate: a loop) and the record that exists opens instead. */
static void
open_duplicate (SkupDetailPage *self,
                gint64          id)
{
  skup_detail_page_discard (self);
  g_signal_emit (self, signals[SIGNAL_OPEN_RECORD], 0, self->record_type, id);
}

static void
on_duplicates_response (SkupDetailPage   *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "person-ids");
  guint64 index;

  if (g_str_equal (response, "create"))
    {
      self->duplicates_confirmed = TRUE;
      skup_detail_page_save (self);
    }
  else if (g_str_has_prefix (response, "open-") && ids->len > 0
           && g_ascii_string_to_unsigned (response + strlen ("open-"), 10, 0, ids->len - 1,
                                          &index, NULL))
    open_duplicate (self, g_array_index (ids, gint64, index));
}

/* A new person or venue that is likely in the register already: show which, and let the user
 * open that record instead. Returns TRUE if the dialog is shown (and nothing is saved yet). */
static gboolean
offer_duplicates (SkupDetailPage *self,
                  SkupRecord     *record)
{
  g_autoptr(GPtrArray) matches = skup_store_find_duplicates (self->store, record, NULL);
  g_autofree char *body = NULL;
  GArray *ids;
  GtkWidget *dialog;

  if (matches == NULL || matches->len == 0)
    return FALSE;

  body = dup_duplicates_body (matches, G_OBJECT_TYPE (record));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   SKUP_IS_VENUE (record)
                                   ? _("This Venue May Already Be in the Register")
                                   : _("This Person May Already Be in the Register"), body);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  for (guint i = 0; i < MIN (matches->len, MAX_DUPLICATES_OFFERED); i++)
    {
      SkupDuplicate *d = g_ptr_array_index (matches, i);
      g_autofree char *response = g_strdup_printf ("open-%u", i);
      g_autofree char *label = dup_open_label (d->name);

      g_array_append_val (ids, d->record_id);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), response, label);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "create", _("Create _Anyway"));
  /* Using the record that exists is what keeps the register clean: that is the suggestion. */
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open-0",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open-0");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "person-ids", ids, (GDestroyNotify) g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_duplicates_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Actions ******************************************************************/

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  skup_detail_page_save (SKUP_DETAIL_PAGE (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_CLOSE_REQUESTED], 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);

  if (self->record != NULL)
    g_signal_emit (self, signals[SIGNAL_DELETE_REQUESTED], 0, self->record);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  skup_detail_page_reload (SKUP_DETAIL_PAGE (widget));
}

static void
print_sign_in_sheet_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SkupSignInDialog *dialog;

  if (self->id == 0 || self->record_type != SKUP_TYPE_EVENT)
    return;
  dialog = skup_sign_in_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->context, self->id);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SkupAttendanceExportDialog *dialog;

  if (self->id == 0 || self->record_type != SKUP_TYPE_EVENT)
    return;
  dialog = skup_attendance_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              self->context, self->id);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The History section's button: the person registered from their own page. */
static void
register_for_event_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->record_type != SKUP_TYPE_PERSON || g_variant_get_int64 (parameter) <= 0)
    return;
  skup_register_person_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                g_variant_get_int64 (parameter));
}

/* The event's check-in window, if one is open already: a second would only be confusing at a
 * door (two counts, two Undos). */
static GtkWindow *
find_check_in_window (SkupDetailPage *self)
{
  /* (transfer none): GTK's own list. */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SKUP_IS_CHECK_IN_WINDOW (window)
          && skup_check_in_window_get_event_id (SKUP_CHECK_IN_WINDOW (window)) == self->id)
        return GTK_WINDOW (window);
    }
  return NULL;
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window;

  if (self->id == 0 || self->record_type != SKUP_TYPE_EVENT)
    return;
  window = find_check_in_window (self);
  if (window == NULL)
    window = GTK_WINDOW (skup_check_in_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                        : NULL,
                                                   self->context, self->id));
  gtk_window_present (window);
}

static void
take_attendance_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SkupAttendanceWindow *window;

  if (self->id == 0 || self->record_type != SKUP_TYPE_EVENT)
    return;
  window = skup_attendance_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->context, self->id);
  gtk_window_present (GTK_WINDOW (window));
}

static void
evaluations_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SkupEvaluationsWindow *window;

  if (self->id == 0 || self->record_type != SKUP_TYPE_EVENT)
    return;
  window = skup_evaluations_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        self->context, self->id);
  gtk_window_present (GTK_WINDOW (window));
}

static void
issue_certificates_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  SkupIssueDialog *dialog;

  if (self->id == 0 || self->record_type != SKUP_TYPE_EVENT)
    return;
  dialog = skup_issue_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  self->context, self->id, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject ******************************************************************/

static void
load_record (SkupDetailPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->id == 0)
    return;
  self->record = skup_store_load (self->store, self->record_type, self->id, &error);
  if (self->record == NULL)
    {
      /* Nothing to edit: the page says why and offers only the way back. */
      show_error (self, error->message);
      self->id = 0;
      gtk_widget_set_sensitive (GTK_WIDGET (self->form_box), FALSE);
    }
}

static void
skup_detail_page_constructed (GObject *object)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (object);

  G_OBJECT_CLASS (skup_detail_page_parent_class)->constructed (object);

  /* Built without a register (the template check), the page stays empty. */
  if (self->context == NULL)
    return;
  self->store = g_object_ref (skup_context_get_store (self->context));
  if (!g_type_is_a (self->record_type, SKUP_TYPE_RECORD) || G_TYPE_IS_ABSTRACT (self->record_type))
    self->record_type = SKUP_TYPE_EVENT;

  self->form = skup_record_form_new (self->context, self->record_type);
  gtk_box_append (self->form_box, GTK_WIDGET (self->form));
  g_signal_connect_object (self->form, "changed", G_CALLBACK (on_form_changed), self,
                           G_CONNECT_SWAPPED);
  load_record (self);
  skup_record_form_set_record (self->form, self->record);
  build_sections (self);
  update_summary (self, self->record);
  update_header (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
}

static gboolean
skup_detail_page_grab_focus (GtkWidget *widget)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (widget);

  /* A new record is there to be typed in: start at its first field, not at Cancel. */
  if (self->id == 0 && self->form != NULL && gtk_widget_is_sensitive (GTK_WIDGET (self->form_box))
      && skup_record_form_focus_first_field (self->form))
    return TRUE;
  return GTK_WIDGET_CLASS (skup_detail_page_parent_class)->grab_focus (widget);
}

static void
skup_detail_page_dispose (GObject *object)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_DETAIL_PAGE);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_detail_page_parent_class)->dispose (object);
}

static void
skup_detail_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_RECORD_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;
    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, self->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_folded (SkupDetailPage *self,
            gboolean        folded)
{
  if (self->folded == !!folded)
    return;

  self->folded = !!folded;
  update_header (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
skup_detail_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkupDetailPage *self = SKUP_DETAIL_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_set_object (&self->context, g_value_get_object (value));
      break;
    case PROP_RECORD_TYPE:
      self->record_type = g_value_get_gtype (value);
      break;
    case PROP_RECORD_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_FOLDED:
      set_folded (self, g_value_get_boolean (value));
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
  properties[PROP_RECORD_TYPE] =
    g_param_spec_gtype ("record-type", NULL, NULL, SKUP_TYPE_RECORD, flags);
  /* Set once a new record is first saved. */
  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The window is too narrow for the sidebar: the header says what kind of record it is. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
install_signals (GObjectClass *object_class)
{
  GType type = G_TYPE_FROM_CLASS (object_class);

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_CLOSE_REQUESTED] =
    g_signal_new ("close-requested", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[SIGNAL_DELETE_REQUESTED] =
    g_signal_new ("delete-requested", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SKUP_TYPE_RECORD);
  signals[SIGNAL_OPEN_RECORD] =
    g_signal_new ("open-record", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);
}

static void
skup_detail_page_class_init (SkupDetailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_detail_page_constructed;
  object_class->dispose = skup_detail_page_dispose;
  object_class->get_property = skup_detail_page_get_property;
  object_class->set_property = skup_detail_page_set_property;
  widget_class->grab_focus = skup_detail_page_grab_focus;
  install_properties (object_class);
  install_signals (object_class);
  /* The sections a kind's registration may name, by type name (skup-kind.h). */
  g_type_ensure (SKUP_TYPE_ORGANISERS_GROUP);
  g_type_ensure (SKUP_TYPE_RELATED_LIST);
  g_type_ensure (SKUP_TYPE_ROOMS_GROUP);
  g_type_ensure (SKUP_TYPE_SESSIONS_GROUP);
  g_type_ensure (SKUP_TYPE_LOGO_SECTION);
  g_type_ensure (SKUP_TYPE_PARTICIPANTS_GROUP);
  g_type_ensure (SKUP_TYPE_ELIGIBILITY_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-detail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, reload_button);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, stats_box);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, registered_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, attended_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, sessions_label);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, form_box);
  gtk_widget_class_bind_template_child (widget_class, SkupDetailPage, sections_box);
  gtk_widget_class_install_action (widget_class, "detail.hide-error", NULL, hide_error_action);

  gtk_widget_class_install_action (widget_class, "detail.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "detail.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "detail.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "detail.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "event.take-attendance", NULL,
                                   take_attendance_action);
  gtk_widget_class_install_action (widget_class, "event.issue-certificates", NULL,
                                   issue_certificates_action);
  gtk_widget_class_install_action (widget_class, "event.export-list", NULL, export_list_action);
  gtk_widget_class_install_action (widget_class, "event.print-sign-in-sheet", NULL,
                                   print_sign_in_sheet_action);
  gtk_widget_class_install_action (widget_class, "person.register-for-event", "x",
                                   register_for_event_action);
  gtk_widget_class_install_action (widget_class, "event.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "event.evaluations", NULL, evaluations_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "detail.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "detail.cancel", NULL);
}

static void
skup_detail_page_init (SkupDetailPage *self)
{
  self->record_type = SKUP_TYPE_EVENT;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.take-attendance", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.issue-certificates", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.export-list", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.print-sign-in-sheet", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.check-in", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "event.evaluations", FALSE);
}

/* API **********************************************************************/

SkupDetailPage *
skup_detail_page_new (SkupContext *context,
                      GType        record_type,
                      gint64       id)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, SKUP_TYPE_RECORD), NULL);

  return g_object_new (SKUP_TYPE_DETAIL_PAGE,
                       "context", context,
                       "record-type", record_type,
                       "record-id", id,
                       NULL);
}

GType
skup_detail_page_get_record_type (SkupDetailPage *self)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), G_TYPE_INVALID);

  return self->record_type;
}

gint64
skup_detail_page_get_record_id (SkupDetailPage *self)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), 0);

  return self->id;
}

SkupRecord *
skup_detail_page_get_record (SkupDetailPage *self)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), NULL);

  return self->record;
}

gboolean
skup_detail_page_is_dirty (SkupDetailPage *self)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), FALSE);

  return self->form != NULL && skup_record_form_is_dirty (self->form);
}

gboolean
skup_detail_page_save (SkupDetailPage *self)
{
  SkupRecord *edited;
  g_autoptr(GError) error = NULL;
  guint sessions_added = 0;

  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), FALSE);
  g_return_val_if_fail (self->form != NULL, FALSE);

  hide_error (self);
  if (!skup_record_form_check (self->form))
    return FALSE;
  edited = skup_record_form_get_edited (self->form);
  if (self->record != NULL && !skup_record_form_is_dirty (self->form))
    return TRUE;
  if (self->record == NULL && skup_store_can_find_duplicates (G_OBJECT_TYPE (edited))
      && !self->duplicates_confirmed
      && offer_duplicates (self, edited))
    return FALSE;
  if (skup_event_dates_confirm (self, self->store, self->record, edited, &sessions_added))
    return FALSE;

  if (!skup_store_save (self->store, edited, &error))
    {
      show_save_error (self, error);
      return FALSE;
    }
  record_saved (self, edited);
  skup_event_dates_tell_added (self, sessions_added);
  return TRUE;
}

void
_skup_detail_page_finish_save (SkupDetailPage *self,
                               SkupRecord     *edited,
                               const GError   *error)
{
  g_return_if_fail (SKUP_IS_DETAIL_PAGE (self));

  if (error != NULL)
    show_save_error (self, error);
  else
    record_saved (self, edited);
}

void
skup_detail_page_discard (SkupDetailPage *self)
{
  g_return_if_fail (SKUP_IS_DETAIL_PAGE (self));

  if (self->form == NULL)
    return;
  hide_error (self);
  self->duplicates_confirmed = FALSE;
  skup_record_form_set_record (self->form, self->record);
  update_header (self);
}

gboolean
skup_detail_page_set_field_text (SkupDetailPage *self,
                                 const char     *field,
                                 const char     *text)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), FALSE);
  g_return_val_if_fail (self->form != NULL, FALSE);

  return skup_record_form_set_field_text (self->form, field, text, NULL);
}

gboolean
skup_detail_page_set_field_default (SkupDetailPage *self,
                                    const char     *field,
                                    const char     *text)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), FALSE);
  g_return_val_if_fail (self->form != NULL, FALSE);

  if (!skup_record_form_set_field_default (self->form, field, text, NULL))
    return FALSE;
  update_header (self);
  return TRUE;
}

const char *
skup_detail_page_get_field_error (SkupDetailPage *self,
                                  const char     *field)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), NULL);

  return self->form ? skup_record_form_get_error (self->form, field) : NULL;
}

gboolean
skup_detail_page_reload (SkupDetailPage *self)
{
  g_autoptr(SkupRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), FALSE);

  if (self->form == NULL || self->id == 0)
    return FALSE;
  fresh = skup_store_load (self->store, self->record_type, self->id, &error);
  if (fresh == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  hide_error (self);
  g_set_object (&self->record, fresh);
  skup_record_form_set_record (self->form, self->record);
  update_summary (self, self->record);
  update_header (self);
  return TRUE;
}

const char *
skup_detail_page_get_message (SkupDetailPage *self)
{
  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (self), NULL);

  return gtk_revealer_get_reveal_child (self->error_revealer)
         ? gtk_label_get_label (self->error_label) : NULL;
}
