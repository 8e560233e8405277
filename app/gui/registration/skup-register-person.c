/* skup-register-person.c — registering one person, from their page, for an event
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trainer is booked, or someone phones: the organiser is on the person's page, not the
 * event's. Seats are the store's to decide, as from the event's page: a full event puts the
 * person on its waitlist, and the toast says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gui/skup-reference-row.h"
#include "skup-register-person.h"
#include "skup-registration-util.h"

typedef struct {
  SkupStore *store;
  gint64     person_id;
  GtkWidget *event_row;
  GtkWidget *role_row;
} RegisterState;

static void
register_state_free (RegisterState *state)
{
  g_clear_object (&state->store);
  g_free (state);
}

static void
on_event_chosen (AdwMessageDialog *dialog)
{
  RegisterState *state = g_object_get_data (G_OBJECT (dialog), "register-state");

  adw_message_dialog_set_response_enabled (dialog, "register",
                                           skup_reference_row_get_value (
                                             SKUP_REFERENCE_ROW (state->event_row)) > 0);
}

/* "Registered for “Training on Quality Assurance”", or why not. */
static char *
dup_outcome (const SkupRegisterSummary *summary,
             const char                *title)
{
  if (summary->waitlisted > 0)
    /* Translators: %s is an event's title */
    return g_strdup_printf (_("On the waitlist for “%s”: the event is full"), title);
  if (summary->already > 0)
    /* Translators: %s is an event's title */
    return g_strdup_printf (_("Registered for “%s” already"), title);
  /* Translators: %s is an event's title */
  return g_strdup_printf (_("Registered for “%s”"), title);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response)
{
  RegisterState *state = g_object_get_data (G_OBJECT (dialog), "register-state");
  gint64 event_id = skup_reference_row_get_value (SKUP_REFERENCE_ROW (state->event_row));
  const char *role = _skup_registration_role_at (adw_combo_row_get_selected (
                                                   ADW_COMBO_ROW (state->role_row)));
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "register") || event_id <= 0)
    return;
  event = skup_store_load (state->store, SKUP_TYPE_EVENT, event_id, &error);
  if (event != NULL && skup_store_register_people (state->store, event_id, &state->person_id, 1,
                                                   role, &summary, &error))
    text = dup_outcome (&summary, skup_record_get_string (event, "title"));
  skup_register_summary_clear (&summary);
  _skup_registration_toast (GTK_WIDGET (dialog), text ? text : error->message);
}

static GtkWidget *
new_rows (RegisterState *state)
{
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GListModel) roles = _skup_registration_new_role_model ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  state->event_row = skup_reference_row_new (state->store, SKUP_TYPE_EVENT);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (state->event_row), _("Event"));
  skup_reference_row_set_required (SKUP_REFERENCE_ROW (state->event_row), TRUE);
  skup_reference_row_set_hint (SKUP_REFERENCE_ROW (state->event_row), _("Choose an event"));
  state->role_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (state->role_row), _("Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (state->role_row), roles);
  gtk_list_box_append (GTK_LIST_BOX (list), state->event_row);
  gtk_list_box_append (GTK_LIST_BOX (list), state->role_row);
  return list;
}

void
skup_register_person_present (GtkWindow *parent,
                              SkupStore *store,
                              gint64     person_id)
{
  RegisterState *state = NULL;
  g_autoptr(SkupRecord) person = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (SKUP_IS_STORE (store));

  person = skup_store_load (store, SKUP_TYPE_PERSON, person_id, NULL);
  name = person ? skup_record_dup_title (person) : g_strdup ("");
  /* Translators: in the Register for an Event dialog; %s is the person's name */
  body = g_strdup_printf (_("%s is registered for the event chosen, or put on its waitlist if "
                            "it is full."), name);
  state = g_new0 (RegisterState, 1);
  state->store = g_object_ref (store);
  state->person_id = person_id;
  dialog = adw_message_dialog_new (parent, _("Register for an Event"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "register", _("_Register"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "register",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "register", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "register");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), new_rows (state));
  g_object_set_data_full (G_OBJECT (dialog), "register-state", state,
                          (GDestroyNotify) register_state_free);
  g_signal_connect_swapped (state->event_row, "notify::value", G_CALLBACK (on_event_chosen),
                            dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
