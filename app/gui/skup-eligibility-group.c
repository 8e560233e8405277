/* skup-eligibility-group.c — who may be given a certificate, on the event's page
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Certificates go to those who attended enough by the event's rule (its Certificates form
 * group). Here each expected participant's standing shows with the reason, so an organiser
 * sees on the first day who could still make it and at the end who did; the summary counts
 * them and says the rule. A verdict may be given by hand, with a reason, through a small
 * dialog; since such a verdict is evidence a donor or an accreditation body may ask about,
 * every change to it stays in the row's log (who, when, why).
 *
 * The core judges (skup_eligibility_list()); this group only shows. Its rows are made from
 * plain entries read at once, so a refresh builds them again rather than keeping a model of
 * objects in step. Most events have tens of people, but a conference may have a thousand:
 * only a page of rows is made (Show More adds the next), so the event's page opens at once
 * whatever the size; the summary counts everyone.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-eligibility-group.h"
#include "skup-gui-util.h"

struct _SkupEligibilityGroup
{
  AdwPreferencesGroup    parent_instance;

  SkupContext           *context;
  const SkupKindSection *section;
  SkupStore             *store;     /* the one whose ::changed is followed */
  gint64                 event_id;
  GPtrArray             *entries;   /* SkupStandingEntry, all of them */
  GPtrArray             *log;       /* SkupOverride, the event's, oldest first */
  guint                  limit;     /* how many of the entries have rows */
  guint                  refresh_id;

  /* Template children */
  GtkListBox            *list_box;
  GtkButton             *more_button;
  GtkLabel              *error_label;
};

/* Rows made at a time: enough to fill a large window, few enough to open at once. */
#define PAGE_SIZE 50

static void skup_eligibility_group_section_init (SkupDetailSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupEligibilityGroup, skup_eligibility_group,
                               ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SKUP_TYPE_DETAIL_SECTION,
                                                      skup_eligibility_group_section_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

/* Texts ***************************************************************************/

static char *
dup_rule_text (const SkupEligibilityRule *rule)
{
  if (rule->every_session)
    return g_strdup (rule->staff_always ? _("rule: every session, trainers and speakers always")
                                        : _("rule: every session"));
  if (rule->staff_always)
    /* Translators: %u is a percentage; “%%” is the percent sign */
    return g_strdup_printf (_("rule: %u %% of sessions, trainers and speakers always"),
                            rule->percent);
  /* Translators: %u is a percentage; “%%” is the percent sign */
  return g_strdup_printf (_("rule: %u %% of sessions"), rule->percent);
}

/* "12 of 15 eligible · rule: 80 % of sessions, trainers and speakers always" */
static char *
dup_summary (GPtrArray                 *entries,
             const SkupEligibilityRule *rule)
{
  g_autofree char *rule_text = dup_rule_text (rule);
  g_autofree char *count = NULL;
  guint eligible = 0;
  const char *parts[2];

  if (entries == NULL || entries->len == 0)
    return g_steal_pointer (&rule_text);
  for (guint i = 0; i < entries->len; i++)
    if (((SkupStandingEntry *) g_ptr_array_index (entries, i))->standing == SKUP_STANDING_ELIGIBLE)
      eligible++;
  /* Translators: how many of the people expected at the event may be given a certificate */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u eligible", "%u of %u eligible",
                                        entries->len),
                           eligible, entries->len);
  parts[0] = count;
  parts[1] = rule_text;
  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* A log's UTC stamp in local time, as dates are written in the window: "20. 5. 2023. 10:15". */
static char *
dup_stamp_text (const char *stamp)
{
  g_autoptr(GDateTime) utc = stamp != NULL ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (local == NULL)
    return g_strdup (stamp != NULL ? stamp : "");
  iso = g_date_time_format (local, "%Y-%m-%d");
  date = skup_text_format_date_numeric (iso);
  time = g_date_time_format (local, "%H:%M");
  return g_strconcat (date, " ", time, NULL);
}

static const char *
verdict_label (int eligible)
{
  if (eligible > 0)
    return C_("override", "Eligible");
  if (eligible == 0)
    return C_("override", "Not eligible");
  return C_("override", "Back to the rule");
}

/* "Ana Petrović, 20. 5. 2023. 10:15 — A doctor's note" */
static char *
dup_log_text (const SkupOverride *change)
{
  g_autofree char *when = dup_stamp_text (change->changed_at);

  /* Translators: who changed a verdict on a certificate, when, and why */
  return g_strdup_printf (_("%s, %s — %s"), change->changed_by, when, change->reason);
}

/* Rows **************************************************************************/

static GtkWidget *
make_standing_label (SkupStanding standing)
{
  static const char * const classes[] = {
    [SKUP_STANDING_ELIGIBLE] = "success",
    [SKUP_STANDING_NOT_YET] = "warning",
    [SKUP_STANDING_NOT_ELIGIBLE] = "error",
  };
  GtkWidget *label = gtk_label_new (skup_standing_to_label (standing));

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, classes[standing]);
  return label;
}

static GtkWidget *
make_override_button (const SkupStandingEntry *entry)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Override…"));
  /* Translators: %s is a person's name; the button lets the organiser decide by hand */
  g_autofree char *label = g_strdup_printf (_("Override the verdict: %s"), entry->name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Decide by hand whether a certificate is given"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "eligibility.override");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", entry->registration_id);
  return button;
}

static GtkWidget *
make_log_row (const SkupOverride *change)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = dup_log_text (change);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), verdict_label (change->eligible));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  verdict_label (change->eligible),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  return row;
}

/* A person with a log: an expander whose rows are the changes, newest first. */
static GtkWidget *
make_logged_row (const SkupStandingEntry *entry,
                 GPtrArray               *log)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *latest = dup_log_text (g_ptr_array_index (log, log->len - 1));

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), entry->reason);
  /* An expander row puts each action before those added already: the button goes first, so
   * the standing stands before it, as in the rows without a log. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), make_override_button (entry));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), make_standing_label (entry->standing));
  for (guint i = log->len; i > 0; i--)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              make_log_row (g_ptr_array_index (log, i - 1)));
  gtk_widget_set_tooltip_text (row, latest);
  return row;
}

static GtkWidget *
make_plain_row (const SkupStandingEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), entry->reason);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_standing_label (entry->standing));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_override_button (entry));
  return row;
}

static GtkWidget *
make_row (const SkupStandingEntry *entry,
          GPtrArray               *log)
{
  GtkWidget *row = log != NULL ? make_logged_row (entry, log) : make_plain_row (entry);
  const char *parts[] = { skup_standing_to_label (entry->standing), entry->reason };
  g_autofree char *description = skup_text_join_parts_with (". ", parts, G_N_ELEMENTS (parts));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry->name, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return row;
}

/* The Override… button of a person's row. */
static GtkWidget *
find_override_button (GtkWidget *widget)
{
  if (GTK_IS_ACTIONABLE (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                    "eligibility.override") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_override_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Reading *************************************************************************/

static SkupStore *
get_store (SkupEligibilityGroup *self)
{
  return self->context != NULL ? skup_context_get_store (self->context) : NULL;
}

/* The log read in one query, by registration id: GPtrArray of borrowed SkupOverride. */
static GHashTable *
group_log (GPtrArray *log)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; log != NULL && i < log->len; i++)
    {
      SkupOverride *change = g_ptr_array_index (log, i);
      GPtrArray *changes = g_hash_table_lookup (by_id, &change->registration_id);

      if (changes == NULL)
        {
          changes = g_ptr_array_new ();
          g_hash_table_insert (by_id, &change->registration_id, changes);
        }
      g_ptr_array_add (changes, change);
    }
  return by_id;
}

/* What the user had made of the rows, kept across a rebuild: the logs they opened, and the
 * row the keyboard focus was in (its Override… button, after a verdict). */
typedef struct {
  GHashTable *expanded;   /* registration ids */
  gint64      focus_id;
} RowState;

static void
remember_rows (SkupEligibilityGroup *self,
               RowState             *state)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint i = 0;

  state->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  state->focus_id = 0;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       row != NULL && self->entries != NULL && i < self->entries->len;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      gint64 id = ((SkupStandingEntry *) g_ptr_array_index (self->entries, i))->registration_id;

      if (ADW_IS_EXPANDER_ROW (row) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        g_hash_table_add (state->expanded, g_memdup2 (&id, sizeof id));
      if (focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row)))
        state->focus_id = id;
    }
}

static void
restore_row (GtkWidget  *row,
             gint64      id,
             RowState   *state)
{
  if (ADW_IS_EXPANDER_ROW (row) && g_hash_table_contains (state->expanded, &id))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  if (id == state->focus_id && state->focus_id != 0)
    gtk_widget_grab_focus (find_override_button (row));
}

static void
update_more (SkupEligibilityGroup *self)
{
  guint n = self->entries != NULL ? self->entries->len : 0;
  guint hidden = n > self->limit ? n - self->limit : 0;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->more_button), hidden > 0);
  if (hidden == 0)
    return;
  /* Translators: under a long list of participants; %u is how many more rows it shows */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Show %u More", "_Show %u More",
                                        MIN (hidden, PAGE_SIZE)), MIN (hidden, PAGE_SIZE));
  gtk_button_set_label (self->more_button, label);
  gtk_button_set_use_underline (self->more_button, TRUE);
}

/* Makes the rows of entries [@from, @to), after those there are. */
static void
append_rows (SkupEligibilityGroup *self,
             guint                 from,
             guint                 to,
             RowState             *state)
{
  g_autoptr(GHashTable) by_id = group_log (self->log);

  for (guint i = from; self->entries != NULL && i < MIN (to, self->entries->len); i++)
    {
      SkupStandingEntry *entry = g_ptr_array_index (self->entries, i);
      GtkWidget *row = make_row (entry, g_hash_table_lookup (by_id, &entry->registration_id));

      gtk_list_box_append (self->list_box, row);
      if (state != NULL)
        restore_row (row, entry->registration_id, state);
    }
  update_more (self);
}

/* Shows @entries and @log (taking both) in place of the rows shown. */
static void
show_rows (SkupEligibilityGroup *self,
           GPtrArray            *entries,
           GPtrArray            *log)
{
  RowState state;
  GtkWidget *child;

  /* Rows were made from the entries now being replaced: read them first. */
  remember_rows (self, &state);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->log, g_ptr_array_unref);
  self->entries = entries;
  self->log = log;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  append_rows (self, 0, self->limit, &state);
  g_hash_table_unref (state.expanded);
}

/* Reads the event's rule, the standings and the log; on a read error the rows stay as they
 * were and the error is said. */
static gboolean
read_all (SkupEligibilityGroup  *self,
          SkupStore             *store,
          SkupEligibilityRule   *out_rule,
          GPtrArray            **out_entries,
          GPtrArray            **out_log,
          GError               **error)
{
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, self->event_id, error);

  if (event == NULL)
    return FALSE;
  skup_eligibility_rule_from_event (out_rule, event);
  *out_entries = skup_eligibility_list (store, self->event_id, error);
  if (*out_entries == NULL)
    return FALSE;
  *out_log = skup_store_list_event_override_log (store, self->event_id, error);
  return *out_log != NULL;
}

static void
refresh (SkupEligibilityGroup *self)
{
  SkupStore *store = get_store (self);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  SkupEligibilityRule rule;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (store == NULL || self->event_id == 0)
    return;
  if (!read_all (self, store, &rule, &entries, &log, &error))
    {
      _skup_gui_show_error (self->error_label, error->message);
      return;
    }
  _skup_gui_show_error (self->error_label, NULL);
  summary = dup_summary (entries, &rule);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), summary);
  show_rows (self, g_steal_pointer (&entries), g_steal_pointer (&log));
}

static gboolean
refresh_idle (gpointer data)
{
  SkupEligibilityGroup *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* What a standing follows from: the marks, who is registered, the sessions, the event's rule,
 * a person's name; and anything from another client that cannot say what it changed (""). */
static gboolean
is_followed_kind (const char *kind)
{
  static const char * const kinds[] = { "", "attendance", "registration", "session", "event",
                                        "person" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
on_store_changed (SkupEligibilityGroup *self,
                  const char           *kind)
{
  if (self->refresh_id == 0 && is_followed_kind (kind))
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
follow_store (SkupEligibilityGroup *self)
{
  SkupStore *store = get_store (self);

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
}

/* Another register in the same window: what was shown belongs to the old one. */
static void
on_context_store_changed (SkupEligibilityGroup *self)
{
  follow_store (self);
  refresh (self);
}

/* SkupDetailSection ***************************************************************/

static void
skup_eligibility_group_set_record (SkupDetailSection *section,
                                   SkupRecord        *record)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (section);

  if (self->event_id != skup_record_get_id (record))
    self->limit = PAGE_SIZE;
  self->event_id = skup_record_get_id (record);
  refresh (self);
}

static void
skup_eligibility_group_section_init (SkupDetailSectionInterface *iface)
{
  iface->set_record = skup_eligibility_group_set_record;
  /* No refresh: the group follows the kinds a standing depends on itself (on_store_changed),
   * so the page's reading again after every change does not rebuild it twice. */
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (widget);
  guint from = self->limit;

  self->limit += PAGE_SIZE;
  append_rows (self, from, self->limit, NULL);
}

/* Deciding by hand ****************************************************************/

static const SkupStandingEntry *
find_entry (SkupEligibilityGroup *self,
            gint64                registration_id)
{
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    {
      const SkupStandingEntry *entry = g_ptr_array_index (self->entries, i);

      if (entry->registration_id == registration_id)
        return entry;
    }
  return NULL;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A verdict needs a reason: without one, only Cancel answers. */
static void
on_reason_changed (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  gboolean blank = is_blank (gtk_editable_get_text (entry));
  gboolean overridden = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "overridden"));

  adw_message_dialog_set_response_enabled (dialog, "eligible", !blank);
  adw_message_dialog_set_response_enabled (dialog, "not-eligible", !blank);
  adw_message_dialog_set_response_enabled (dialog, "rule", !blank && overridden);
  if (!blank)
    _skup_gui_set_row_error (GTK_WIDGET (entry), NULL);
}

/* Enter with no reason: the entry says it is needed, and the dialog stays. */
static void
on_reason_activate (GtkEntry *entry)
{
  if (!is_blank (gtk_editable_get_text (GTK_EDITABLE (entry))))
    return;
  _skup_gui_set_row_error (GTK_WIDGET (entry), _("A reason is needed"));
  gtk_widget_error_bell (GTK_WIDGET (entry));
}

static int
response_to_verdict (const char *response)
{
  if (g_strcmp0 (response, "eligible") == 0)
    return 1;
  if (g_strcmp0 (response, "not-eligible") == 0)
    return 0;
  if (g_strcmp0 (response, "rule") == 0)
    return -1;
  return -2;
}

static void
on_override_response (AdwMessageDialog     *dialog,
                      const char           *response,
                      SkupEligibilityGroup *self)
{
  int verdict = response_to_verdict (response);
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason-entry");
  gint64 *registration_id = g_object_get_data (G_OBJECT (dialog), "registration-id");
  SkupStore *store = get_store (self);
  g_autoptr(GError) error = NULL;

  if (verdict < -1 || store == NULL)
    return;
  if (!skup_store_override_eligibility (store, *registration_id, verdict,
                                        gtk_editable_get_text (entry), &error))
    _skup_gui_show_error (self->error_label, error->message);
}

/* The reason's entry, and what becomes of the reason. */
static GtkWidget *
make_reason_box (AdwMessageDialog *dialog)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *hint = gtk_label_new (_("The reason is kept in the log, with your name and the "
                                     "time."));

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why, e.g. a doctor’s note"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE, -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reason_changed), dialog, 0);
  g_signal_connect (entry, "activate", G_CALLBACK (on_reason_activate), NULL);
  g_object_set_data (G_OBJECT (dialog), "reason-entry", entry);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), hint);
  return box;
}

static GtkWidget *
make_override_dialog (SkupEligibilityGroup    *self,
                      const SkupStandingEntry *entry)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* Translators: a person's name, then why they stand as they do for a certificate */
  g_autofree char *body = g_strdup_printf (_("%s: %s"), entry->name, entry->reason);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Decide by Hand"), body);
  AdwMessageDialog *message = ADW_MESSAGE_DIALOG (dialog);
  gint64 *id = g_new (gint64, 1);

  *id = entry->registration_id;
  g_object_set_data_full (G_OBJECT (dialog), "registration-id", id, g_free);
  g_object_set_data (G_OBJECT (dialog), "overridden", GINT_TO_POINTER (entry->overridden));
  adw_message_dialog_add_responses (message, "cancel", _("_Cancel"),
                                    "rule", _("_Back to the Rule"),
                                    "not-eligible", _("_Not Eligible"),
                                    "eligible", _("_Eligible"), NULL);
  adw_message_dialog_set_close_response (message, "cancel");
  adw_message_dialog_set_extra_child (message, make_reason_box (message));
  on_reason_changed (g_object_get_data (G_OBJECT (dialog), "reason-entry"), message);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_override_response), self, 0);
  return dialog;
}

static void
override_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (widget);
  const SkupStandingEntry *entry = find_entry (self, g_variant_get_int64 (parameter));
  GtkWidget *dialog;

  if (entry == NULL)
    return;
  dialog = make_override_dialog (self, entry);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "reason-entry"));
}

/* Object **************************************************************************/

static void
skup_eligibility_group_constructed (GObject *object)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (object);

  G_OBJECT_CLASS (skup_eligibility_group_parent_class)->constructed (object);

  if (self->section != NULL && self->section->title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                     g_dgettext (GETTEXT_PACKAGE, self->section->title));
  if (self->context != NULL)
    g_signal_connect_object (self->context, "notify::store",
                             G_CALLBACK (on_context_store_changed), self, G_CONNECT_SWAPPED);
  follow_store (self);
}

static void
skup_eligibility_group_dispose (GObject *object)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_ELIGIBILITY_GROUP);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->log, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_eligibility_group_parent_class)->dispose (object);
}

static void
skup_eligibility_group_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SECTION:
      g_value_set_pointer (value, (gpointer) self->section);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_eligibility_group_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SkupEligibilityGroup *self = SKUP_ELIGIBILITY_GROUP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SECTION:
      self->section = g_value_get_pointer (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_eligibility_group_class_init (SkupEligibilityGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_eligibility_group_constructed;
  object_class->dispose = skup_eligibility_group_dispose;
  object_class->get_property = skup_eligibility_group_get_property;
  object_class->set_property = skup_eligibility_group_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_SECTION, "section");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-eligibility-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupEligibilityGroup, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupEligibilityGroup, more_button);
  gtk_widget_class_bind_template_child (widget_class, SkupEligibilityGroup, error_label);

  gtk_widget_class_install_action (widget_class, "eligibility.override", "x", override_action);
  gtk_widget_class_install_action (widget_class, "eligibility.show-more", NULL,
                                   show_more_action);
}

static void
skup_eligibility_group_init (SkupEligibilityGroup *self)
{
  self->limit = PAGE_SIZE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API *******************************************************************************/

GtkWidget *
skup_eligibility_group_new (SkupContext *context)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_ELIGIBILITY_GROUP, "context", context, NULL);
}

guint
skup_eligibility_group_get_count (SkupEligibilityGroup *self,
                                  guint                *out_eligible)
{
  guint eligible = 0;
  guint n;

  g_return_val_if_fail (SKUP_IS_ELIGIBILITY_GROUP (self), 0);

  n = self->entries != NULL ? self->entries->len : 0;
  for (guint i = 0; i < n; i++)
    if (((SkupStandingEntry *) g_ptr_array_index (self->entries, i))->standing
        == SKUP_STANDING_ELIGIBLE)
      eligible++;
  if (out_eligible != NULL)
    *out_eligible = eligible;
  return n;
}
