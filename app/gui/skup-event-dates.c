/* skup-event-dates.c — saving an event whose new dates remove or add sessions
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shortening or moving an event takes away its sessions on the days it no longer has, and
 * the attendance recorded at them: that is asked first, in words the organiser can check
 * against the paper sheets ("the sessions on 29–30 November … 35 marks"), and can be undone
 * from the toast that follows. Lengthening adds a session per new day, and says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-detail-page-private.h"
#include "skup-event-dates.h"
#include "skup-window.h"

static char *
next_day (const char *iso)
{
  g_autoptr(GDateTime) day = skup_text_parse_date (iso);
  g_autoptr(GDateTime) next = day ? g_date_time_add_days (day, 1) : NULL;

  return next ? g_date_time_format (next, "%Y-%m-%d") : NULL;
}

/* @dates as runs of days that follow each other, each run a formatted range. */
static GPtrArray *
describe_runs (GPtrArray *dates)
{
  GPtrArray *runs = g_ptr_array_new_with_free_func (g_free);
  guint first = 0;

  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *next = next_day (g_ptr_array_index (dates, i));

      if (i + 1 < dates->len && g_strcmp0 (next, g_ptr_array_index (dates, i + 1)) == 0)
        continue;
      g_ptr_array_add (runs, skup_text_format_date_range (g_ptr_array_index (dates, first),
                                                          g_ptr_array_index (dates, i)));
      first = i + 1;
    }
  return runs;
}

char *
skup_event_dates_describe (GPtrArray *dates)
{
  g_autoptr(GPtrArray) runs = NULL;
  char *text;

  g_return_val_if_fail (dates != NULL && dates->len > 0, NULL);

  runs = describe_runs (dates);
  text = g_strdup (g_ptr_array_index (runs, 0));
  for (guint i = 1; i < runs->len; i++)
    {
      char *longer;

      /* Translators: joins dates in a list; the last two are joined by "%s and %s" */
      longer = g_strdup_printf (i + 1 < runs->len ? _("%s, %s") : _("%s and %s"), text,
                                (char *) g_ptr_array_index (runs, i));
      g_free (text);
      text = longer;
    }
  return text;
}

static SkupWindow *
window_of (SkupDetailPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  return SKUP_IS_WINDOW (root) ? SKUP_WINDOW (root) : NULL;
}

static void
add_toast (SkupDetailPage *page,
           AdwToast       *toast)
{
  SkupWindow *window = window_of (page);

  if (window != NULL)
    skup_window_add_toast (window, toast);
  else
    g_object_unref (toast);
}

static void
add_plain_toast (SkupDetailPage *page,
                 const char     *text)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *markup = g_markup_escape_text (text, -1);

  add_toast (page, adw_toast_new (markup));
}

void
skup_event_dates_tell_added (SkupDetailPage *page,
                             guint           added)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SKUP_IS_DETAIL_PAGE (page));

  if (added == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session added for the new day",
                                       "%u sessions added for the new days", added), added);
  add_plain_toast (page, text);
}

/* ---- Undo -------------------------------------------------------------------------------- */

static void
on_undo_clicked (AdwToast       *toast,
                 SkupDetailPage *page)
{
  SkupStore *store = g_object_get_data (G_OBJECT (toast), "store");
  SkupEventDatesUndo *undo = g_object_get_data (G_OBJECT (toast), "undo");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (skup_store_undo_event_dates (store, undo, &error))
    return;
  /* Translators: %s says why */
  text = g_strdup_printf (_("The sessions could not be put back: %s"), error->message);
  add_plain_toast (page, text);
}

static void
offer_undo (SkupDetailPage     *page,
            SkupStore          *store,
            guint               removed,
            SkupEventDatesUndo *undo)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session removed",
                                                        "%u sessions removed", removed),
                                           removed);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo,
                          (GDestroyNotify) skup_event_dates_undo_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), page, 0);
  add_toast (page, toast);
}

/* ---- Asking ------------------------------------------------------------------------------ */

static void
remove_and_save (SkupDetailPage     *page,
                 SkupStore          *store,
                 SkupRecord         *edited,
                 SkupEventDatesPlan *plan)
{
  g_autoptr(SkupEventDatesUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  guint removed = plan->session_ids->len;
  guint added = plan->n_added;

  if (!skup_store_save_event_dates (store, edited, plan, &undo, &error))
    {
      _skup_detail_page_finish_save (page, edited, error);
      return;
    }
  _skup_detail_page_finish_save (page, edited, NULL);
  offer_undo (page, store, removed, g_steal_pointer (&undo));
  skup_event_dates_tell_added (page, added);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             SkupDetailPage   *page)
{
  GObject *data = G_OBJECT (dialog);

  /* Cancel keeps the edits on the page, unsaved, for the user to change the dates again. */
  if (g_str_equal (response, "remove"))
    remove_and_save (page, g_object_get_data (data, "store"), g_object_get_data (data, "edited"),
                     g_object_get_data (data, "plan"));
}

static char *
dup_body (SkupEventDatesPlan *plan)
{
  guint n = plan->session_ids->len;
  g_autofree char *dates = skup_event_dates_describe (plan->session_dates);
  g_autofree char *marks = NULL;

  if (plan->n_marks == 0)
    /* Translators: %s are dates ("29–30 November 2023") */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The session on %s will be removed.",
                                         "The sessions on %s will be removed.", n), dates);
  marks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mark", "%u marks", plan->n_marks),
                           plan->n_marks);
  /* Translators: the first %s are dates ("29–30 November 2023"), the second "35 marks" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The session on %s and the attendance recorded at it "
                                       "(%s) will be removed.",
                                       "The sessions on %s and the attendance recorded at them "
                                       "(%s) will be removed.", n), dates, marks);
}

static void
ask (SkupDetailPage     *page,
     SkupStore          *store,
     SkupRecord         *edited,
     SkupEventDatesPlan *plan)
{
  guint n = plan->session_ids->len;
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove %u Session?",
                                                           "Remove %u Sessions?", n), n);
  g_autofree char *body = dup_body (plan);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))),
                                              heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove Sessions"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "edited", g_object_ref (edited), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "plan", plan,
                          (GDestroyNotify) skup_event_dates_plan_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_response), page, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
dates_changed (SkupRecord *saved,
               SkupRecord *edited)
{
  return g_strcmp0 (skup_record_get_string (saved, "start-date"),
                    skup_record_get_string (edited, "start-date")) != 0
         || g_strcmp0 (skup_record_get_string (saved, "end-date"),
                       skup_record_get_string (edited, "end-date")) != 0;
}

gboolean
skup_event_dates_confirm (SkupDetailPage *page,
                          SkupStore      *store,
                          SkupRecord     *saved,
                          SkupRecord     *edited,
                          guint          *out_added)
{
  g_autoptr(SkupEventDatesPlan) plan = NULL;

  g_return_val_if_fail (SKUP_IS_DETAIL_PAGE (page), FALSE);
  g_return_val_if_fail (out_added != NULL, FALSE);

  *out_added = 0;
  /* A new event gets its sessions without a word: that is what making it means. */
  if (saved == NULL || !SKUP_IS_EVENT (edited) || !dates_changed (saved, edited))
    return FALSE;
  /* If the plan cannot be read, the save itself tells why. */
  if (!skup_store_plan_event_dates (store, edited, &plan, NULL))
    return FALSE;
  if (plan->session_ids->len == 0)
    {
      *out_added = plan->n_added;
      return FALSE;
    }
  ask (page, store, edited, g_steal_pointer (&plan));
  return TRUE;
}
