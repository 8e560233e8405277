/* skup-copy-participants.c — registering another event's participants for this one
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same workshop runs in Belgrade, Novi Sad and Niš, often for the same people: the next
 * one starts from the last one's list. The dialog says how many would be registered before
 * anything is, so a wrong event is seen before it costs anyone a seat.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gui/skup-reference-row.h"
#include "skup-copy-participants.h"
#include "skup-registration-util.h"

typedef struct {
  SkupStore *store;
  gint64     event_id;
  GtkWidget *from_row;
} CopyState;

static void
copy_state_free (CopyState *state)
{
  g_clear_object (&state->store);
  g_free (state);
}

static char *
dup_count_text (CopyState *state,
                gint64     from_id)
{
  g_autoptr(GError) error = NULL;
  guint copied = 0, already = 0;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  const char *parts[2];

  if (!_skup_registration_count_copyable (state->store, from_id, state->event_id, &copied,
                                          &already, &error))
    return g_strdup (error->message);
  /* Translators: in the Copy Participants dialog, once an event is chosen */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person would be registered here.",
                                       "%u people would be registered here.", copied), copied);
  if (already > 0)
    more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u is registered here already.",
                                         "%u are registered here already.", already), already);
  parts[0] = text;
  parts[1] = more;
  return skup_text_join_parts_with (" ", parts, G_N_ELEMENTS (parts));
}

static void
on_from_chosen (AdwMessageDialog *dialog)
{
  CopyState *state = g_object_get_data (G_OBJECT (dialog), "copy-state");
  gint64 from_id = skup_reference_row_get_value (SKUP_REFERENCE_ROW (state->from_row));
  g_autofree char *body = NULL;
  guint copied = 0, already = 0;

  if (from_id <= 0)
    return;
  body = dup_count_text (state, from_id);
  adw_message_dialog_set_body (dialog, body);
  _skup_registration_count_copyable (state->store, from_id, state->event_id, &copied, &already,
                                     NULL);
  adw_message_dialog_set_response_enabled (dialog, "copy", copied > 0);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response)
{
  CopyState *state = g_object_get_data (G_OBJECT (dialog), "copy-state");
  gint64 from_id = skup_reference_row_get_value (SKUP_REFERENCE_ROW (state->from_row));
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "copy") || from_id <= 0)
    return;
  if (skup_store_copy_participants (state->store, from_id, state->event_id, &summary, &error))
    text = _skup_registration_dup_summary_text (&summary);
  skup_register_summary_clear (&summary);
  _skup_registration_toast (GTK_WIDGET (dialog), text ? text : error->message);
}

static GtkWidget *
new_picker_list (CopyState *state)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  state->from_row = skup_reference_row_new (state->store, SKUP_TYPE_EVENT);
  /* Translators: the event participants are copied from */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (state->from_row), _("From"));
  skup_reference_row_set_required (SKUP_REFERENCE_ROW (state->from_row), TRUE);
  skup_reference_row_set_hint (SKUP_REFERENCE_ROW (state->from_row), _("Choose an event"));
  gtk_list_box_append (GTK_LIST_BOX (list), state->from_row);
  return list;
}

void
skup_copy_participants_present (GtkWindow *parent,
                                SkupStore *store,
                                gint64     event_id)
{
  CopyState *state = g_new0 (CopyState, 1);
  GtkWidget *dialog;

  g_return_if_fail (SKUP_IS_STORE (store));

  state->store = g_object_ref (store);
  state->event_id = event_id;
  dialog = adw_message_dialog_new (parent, _("Copy Participants"),
                                   _("Everyone registered for the event chosen who did not "
                                     "cancel or decline is registered here too, in the same "
                                     "role."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "copy", _("C_opy"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "copy", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_picker_list (state));
  g_object_set_data_full (G_OBJECT (dialog), "copy-state", state,
                          (GDestroyNotify) copy_state_free);
  g_signal_connect_swapped (state->from_row, "notify::value", G_CALLBACK (on_from_chosen),
                            dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
