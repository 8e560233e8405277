/* skup-check-in-window.c — checking people in at the door, one name at a time
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A laptop on the registration desk: whoever arrives says their name, the organiser types
 * it and presses Enter. The core (skup-check-in.c) finds the person in the event's grid,
 * in either script and any order of the words, and writes the mark; this window only shows
 * what was found and what happened, so that the next person can be typed at once. Several
 * matches are chosen from with Down and Enter; nobody registered is a walk-in (Ctrl+Enter);
 * the last check-in can be undone (Ctrl+Z).
 *
 * The window follows the register: when someone else marks attendance or registers people
 * (the attendance grid open beside it, an organiser on a shared register), the grid is read
 * again. Its own writes it knows by the counter around them and does not read back.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-check-in-window.h"

/* The matches a name shows: more than fit under the field are of no use at a door. */
#define MAX_MATCHES 8

struct _SkupCheckInWindow
{
  AdwWindow           parent_instance;

  SkupContext        *context;
  /* The context's register when the window was made: a window checks in at one event. */
  SkupStore          *store;
  gint64              event_id;
  SkupAttendanceGrid *grid;
  SkupCheckIn        *check_in;
  /* (element-type gint64) The session of each item of the session chooser. */
  GArray             *session_ids;
  /* (element-type guint) The grid rows the list shows, best first. */
  GArray             *matches;
  /* (element-type gboolean) For each check-in Undo can take back: was it a walk-in? */
  GArray             *undo_walk_ins;
  /* Writes of this window under way: the store's ::changed they cause are its own. */
  guint               writing;
  /* The chooser is being filled: its selection is not the user's. */
  gboolean            filling;
  guint               reload_id;

  /* Template children */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkDropDown        *session_dropdown;
  GtkStringList      *session_labels;
  GtkLabel           *count_label;
  GtkSearchEntry     *search_entry;
  GtkLabel           *status_label;
  GtkRevealer        *walk_in_revealer;
  GtkEntry           *family_entry;
  GtkWidget          *walk_in_button;
  GtkLabel           *walk_in_label;
  GtkListBox         *matches_list;
};

G_DEFINE_FINAL_TYPE (SkupCheckInWindow, skup_check_in_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How the status line reads: Adwaita's style classes, so every style keeps its colours. */
static const char *const status_styles[] = { "dim-label", "success", "warning", "error" };

/* Messages *****************************************************************/

static void
set_status (SkupCheckInWindow *self,
            const char        *style,
            const char        *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), style);
  gtk_label_set_label (self->status_label, text);
}

static void
show_toast (SkupCheckInWindow *self,
            const char        *text)
{
  /* Toast titles are markup in libadwaita 1.2: a name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
update_count (SkupCheckInWindow *self)
{
  guint here = self->check_in ? skup_check_in_get_here (self->check_in) : 0;
  guint expected = self->check_in ? skup_check_in_get_expected (self->check_in) : 0;
  /* Translators: the running count at the door: "34 of 60 here"; the plural follows the
   * first number, those here */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u here",
                                                        "%u of %u here", here),
                                           here, expected);

  gtk_label_set_label (self->count_label, text);
}

static void
update_undo (SkupCheckInWindow *self)
{
  gboolean can_undo = self->check_in != NULL && skup_check_in_can_undo (self->check_in);

  /* The core may keep fewer steps than were taken: what it cannot undo, no label needs. */
  if (!can_undo)
    g_array_set_size (self->undo_walk_ins, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check-in.undo", can_undo);
}

/* The matches **************************************************************/

static char *
dup_text (SkupCheckInWindow *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

static const char *
get_name (SkupCheckInWindow *self,
          guint              row)
{
  return skup_attendance_grid_get_person (self->grid, row)->name;
}

/* "Here since 09:12" for someone already checked in at the session, else NULL. */
static char *
dup_here_since (SkupCheckInWindow *self,
                guint              row)
{
  guint column = skup_check_in_get_column (self->check_in);
  const char *time;

  if (!skup_mark_is_attended (skup_attendance_grid_get_mark (self->grid, row, column)))
    return NULL;
  time = skup_attendance_grid_get_time (self->grid, row, column);
  if (time == NULL)
    return g_strdup (_("Here"));
  /* Translators: someone checked in at the door, with the time they came: "Here since 09:12" */
  return g_strdup_printf (_("Here since %s"), time);
}

static GtkWidget *
make_match_row (SkupCheckInWindow *self,
                guint              row)
{
  const SkupGridPerson *person = skup_attendance_grid_get_person (self->grid, row);
  g_autofree char *here = dup_here_since (self, row);
  GtkWidget *widget = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), person->name);
  if (person->entry->organisation != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), person->entry->organisation);
  if (here != NULL)
    {
      GtkWidget *label = gtk_label_new (here);

      gtk_widget_add_css_class (label, "success");
      adw_action_row_add_suffix (ADW_ACTION_ROW (widget), label);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), TRUE);
  return widget;
}

/* The matches are at most eight and replaced at every key: rows made afresh are simpler than
 * a model kept in step, and as quick. */
static void
show_matches (SkupCheckInWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list))) != NULL)
    gtk_list_box_remove (self->matches_list, child);
  for (guint i = 0; self->matches != NULL && i < self->matches->len; i++)
    gtk_list_box_append (self->matches_list,
                         make_match_row (self, g_array_index (self->matches, guint, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list),
                          self->matches != NULL && self->matches->len > 0);
}

static void
update_matches (SkupCheckInWindow *self)
{
  g_autofree char *text = dup_text (self);

  g_clear_pointer (&self->matches, g_array_unref);
  if (self->check_in != NULL && *text != '\0')
    self->matches = skup_check_in_find (self->check_in, text, MAX_MATCHES);
  show_matches (self);
}

/* Walk-ins *****************************************************************/

/* The names of a walk-in from what was typed: two words or more, or one word and the family
 * name under it. FALSE while the family name is missing. */
static gboolean
read_walk_in_name (SkupCheckInWindow  *self,
                   char              **out_given,
                   char              **out_family)
{
  g_autofree char *text = dup_text (self);
  g_autofree char *family = NULL;

  if (skup_check_in_split_name (text, out_given, out_family))
    return TRUE;
  family = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->family_entry))));
  if (*text == '\0' || *family == '\0')
    return FALSE;
  *out_given = g_steal_pointer (&text);
  *out_family = g_steal_pointer (&family);
  return TRUE;
}

static gboolean
has_two_words (const char *text)
{
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  return skup_check_in_split_name (text, &given, &family);
}

/* The walk-in button is there whenever nobody matches what was typed; Ctrl+Enter registers a
 * walk-in even when someone does (another person of the same name). */
static void
update_walk_in (SkupCheckInWindow *self)
{
  g_autofree char *text = dup_text (self);
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  gboolean offered = self->check_in != NULL && *text != '\0'
                     && (self->matches == NULL || self->matches->len == 0);

  gtk_revealer_set_reveal_child (self->walk_in_revealer, offered);
  gtk_widget_set_visible (GTK_WIDGET (self->family_entry), offered && !has_two_words (text));
  name = read_walk_in_name (self, &given, &family)
         ? g_strconcat (given, " ", family, NULL) : g_strdup (text);
  /* Translators: the button for someone at the door who is not registered */
  label = g_strdup_printf (_("Register “%s” as a Walk-in"), name);
  gtk_label_set_text (self->walk_in_label, label);
  /* The button's text is a label inside it, which GTK 4.8 does not read out as its name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->walk_in_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check-in.walk-in",
                                 self->check_in != NULL && *text != '\0');
}

/* Checking in **************************************************************/

/* Ready for the next person: the field empty and focused. */
static void
clear_entry (SkupCheckInWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->family_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_error (SkupCheckInWindow *self,
            const GError      *error)
{
  set_status (self, "error", error->message);
}

static void
report_marked (SkupCheckInWindow *self,
               guint              row)
{
  guint column = skup_check_in_get_column (self->check_in);
  const char *time = skup_attendance_grid_get_time (self->grid, row, column);
  g_autofree char *text = NULL;
  gboolean walk_in = FALSE;

  g_array_append_val (self->undo_walk_ins, walk_in);
  /* Translators: what Enter did at the door: a name, then the time: "Ana Petrović is checked
   * in, 09:14" */
  text = g_strdup_printf (_("%s is checked in, %s"), get_name (self, row), time ? time : "");
  set_status (self, "success", text);
  clear_entry (self);
}

static void
report_already (SkupCheckInWindow *self,
                int                row,
                const GError      *error)
{
  guint column = skup_check_in_get_column (self->check_in);
  const char *time = NULL;
  g_autofree char *text = NULL;

  /* The store's own sentence, if the grid no longer has the row to say it with. */
  if (row < 0)
    {
      set_status (self, "warning", error ? error->message : "");
      clear_entry (self);
      return;
    }
  time = skup_attendance_grid_get_time (self->grid, row, column);
  if (time != NULL)
    /* Translators: a second Enter for the same person: "Ana Petrović was checked in at 09:02
     * already" */
    text = g_strdup_printf (_("%s was checked in at %s already"), get_name (self, row), time);
  else
    text = g_strdup_printf (_("%s was checked in already"), get_name (self, row));
  set_status (self, "warning", text);
  clear_entry (self);
}

/* What Enter or a chosen match did. A second check-in comes with the store's error, which is
 * not a failure: the outcome says so, and nothing was written. */
static void
report_outcome (SkupCheckInWindow  *self,
                SkupCheckInOutcome  outcome,
                int                 row,
                const char         *typed,
                const GError       *error)
{
  g_autofree char *text = NULL;
  guint n = self->matches ? self->matches->len : 0;

  typed = typed ? typed : "";
  if (error != NULL && outcome != SKUP_CHECK_IN_ALREADY)
    {
      show_error (self, error);
      return;
    }
  switch (outcome)
    {
    case SKUP_CHECK_IN_MARKED:
      report_marked (self, (guint) row);
      break;
    case SKUP_CHECK_IN_ALREADY:
      report_already (self, row, error);
      break;
    case SKUP_CHECK_IN_NO_MATCH:
      text = g_strdup_printf (_("Nobody registered is called “%s”"), typed);
      set_status (self, "warning", text);
      break;
    case SKUP_CHECK_IN_AMBIGUOUS:
    default:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u person matches “%s”: choose with Down and Enter",
                                           "%u people match “%s”: choose with Down and Enter",
                                           n),
                              n, typed);
      set_status (self, "warning", text);
      break;
    }
}

static void
on_entry_activate (SkupCheckInWindow *self)
{
  g_autofree char *text = dup_text (self);
  g_autoptr(GError) error = NULL;
  SkupCheckInOutcome outcome;
  int row = -1;

  if (self->check_in == NULL || *text == '\0')
    return;
  self->writing++;
  outcome = skup_check_in_enter (self->check_in, text, &row, &error);
  self->writing--;
  report_outcome (self, outcome, row, text, error);
}

static void
on_row_activated (SkupCheckInWindow *self,
                  GtkListBoxRow     *widget)
{
  int index = gtk_list_box_row_get_index (widget);
  g_autoptr(GError) error = NULL;
  SkupCheckInOutcome outcome;
  gint64 registration_id;

  if (self->check_in == NULL || self->matches == NULL || index < 0
      || (guint) index >= self->matches->len)
    return;
  registration_id = skup_attendance_grid_get_person (self->grid,
                                                     g_array_index (self->matches, guint, index))
                      ->entry->registration_id;
  self->writing++;
  outcome = skup_check_in_mark (self->check_in, g_array_index (self->matches, guint, index),
                                &error);
  self->writing--;
  /* By the person: learning of another laptop's check-in reads the grid again. */
  report_outcome (self, outcome, skup_attendance_grid_find_row (self->grid, registration_id),
                  NULL, error);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
walk_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  g_autofree char *text = NULL;
  gboolean walk_in = TRUE;
  int row;

  if (self->check_in == NULL)
    return;
  if (!read_walk_in_name (self, &given, &family))
    {
      g_autofree char *typed = dup_text (self);

      gtk_revealer_set_reveal_child (self->walk_in_revealer, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->family_entry), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->family_entry));
      text = g_strdup_printf (_("Type the family name of “%s”, then press Enter"), typed);
      set_status (self, "warning", text);
      return;
    }
  self->writing++;
  row = skup_check_in_walk_in (self->check_in, given, family, &error);
  self->writing--;
  if (row < 0)
    {
      show_error (self, error);
      return;
    }
  g_array_append_val (self->undo_walk_ins, walk_in);
  /* Translators: "Walk-in Marko Marković registered and checked in" */
  text = g_strdup_printf (_("Walk-in %s registered and checked in"), get_name (self, row));
  set_status (self, "success", text);
  clear_entry (self);
}

static void
on_family_activate (SkupCheckInWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "check-in.walk-in", NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  gboolean walk_in = FALSE;

  if (self->check_in == NULL || !skup_check_in_can_undo (self->check_in))
    return;
  if (self->undo_walk_ins->len > 0)
    {
      walk_in = g_array_index (self->undo_walk_ins, gboolean, self->undo_walk_ins->len - 1);
      g_array_set_size (self->undo_walk_ins, self->undo_walk_ins->len - 1);
    }
  self->writing++;
  if (!skup_check_in_undo (self->check_in, &name, &error))
    {
      self->writing--;
      show_error (self, error);
      return;
    }
  self->writing--;
  text = walk_in ? g_strdup_printf (_("Undone: the walk-in %s is removed"), name)
                 : g_strdup_printf (_("Undone: %s is not checked in"), name);
  set_status (self, "dim-label", text);
  show_toast (self, text);
  update_matches (self);
  update_walk_in (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_text_changed (SkupCheckInWindow *self)
{
  update_matches (self);
  update_walk_in (self);
}

/* Down in the field goes to the first match; typing in the list goes on in the field (the
 * entry's key capture). */
static gboolean
on_entry_key_pressed (SkupCheckInWindow     *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != 0)
    return GDK_EVENT_PROPAGATE;
  first = gtk_list_box_get_row_at_index (self->matches_list, 0);
  if (first == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->matches_list)))
    return GDK_EVENT_PROPAGATE;
  gtk_list_box_select_row (self->matches_list, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return GDK_EVENT_STOP;
}

/* Enter on a match checks that person in. The list's own Enter binding would come too late:
 * the field's key capture (typing in the list goes on in the field) takes every key the list
 * has not, and the field would take Enter as its own. */
static gboolean
on_list_key_pressed (SkupCheckInWindow     *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
      || (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != 0 || row == NULL)
    return GDK_EVENT_PROPAGATE;
  on_row_activated (self, GTK_LIST_BOX_ROW (row));
  return GDK_EVENT_STOP;
}

/* Up from the first match goes back to the field. */
static gboolean
on_list_keynav_failed (SkupCheckInWindow *self,
                       GtkDirectionType   direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* The grid and its sessions ************************************************/

static void
on_check_in_changed (SkupCheckInWindow *self)
{
  update_count (self);
  update_undo (self);
}

/* Rows added or removed (a walk-in, a reload) move every row: the matches are found again. A
 * cell changed only shows in the rows ("Here since"). */
static void
on_grid_changed (SkupCheckInWindow *self,
                 guint              row,
                 guint              column)
{
  if (self->check_in == NULL)
    return;
  if (row == G_MAXUINT)
    {
      update_matches (self);
      update_walk_in (self);
    }
  else
    show_matches (self);
  update_count (self);
}

static void
set_grid (SkupCheckInWindow  *self,
          SkupAttendanceGrid *grid)
{
  if (self->grid != NULL)
    g_signal_handlers_disconnect_by_data (self->grid, self);
  g_set_object (&self->grid, grid);
  if (grid != NULL)
    g_signal_connect_object (grid, "changed", G_CALLBACK (on_grid_changed), self,
                             G_CONNECT_SWAPPED);
}

/* Checks in at @column of the grid from now on (none past the last session). */
static void
set_column (SkupCheckInWindow *self,
            guint              column)
{
  gboolean ready;

  if (self->check_in != NULL)
    g_signal_handlers_disconnect_by_data (self->check_in, self);
  g_clear_object (&self->check_in);
  g_array_set_size (self->undo_walk_ins, 0);
  if (self->grid != NULL && column < skup_attendance_grid_get_n_sessions (self->grid))
    {
      self->check_in = skup_check_in_new (self->grid, column);
      g_signal_connect_object (self->check_in, "changed", G_CALLBACK (on_check_in_changed),
                               self, G_CONNECT_SWAPPED);
    }
  ready = self->check_in != NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), ready);
  gtk_widget_set_sensitive (GTK_WIDGET (self->session_dropdown), ready);
  update_count (self);
  update_undo (self);
  update_matches (self);
  update_walk_in (self);
}

static void
on_session_selected (SkupCheckInWindow *self)
{
  if (self->filling)
    return;
  set_column (self, gtk_drop_down_get_selected (self->session_dropdown));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static char *
dup_session_label (SkupRecord *session)
{
  g_autofree char *day = skup_text_format_date_weekday (skup_record_get_string (session, "date"));
  g_autofree char *times = skup_session_dup_times (session);
  const char *parts[] = { day, times, skup_record_get_string (session, "title") };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* The chooser's items, in the grid's order (by date and time); returns the column of
 * @session_id, else (@out_kept FALSE) today's, else the first. */
static guint
fill_sessions (SkupCheckInWindow *self,
               gint64             session_id,
               gboolean          *out_kept)
{
  guint n = skup_attendance_grid_get_n_sessions (self->grid);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;
  int today = skup_attendance_grid_find_today (self->grid);
  int chosen = -1;

  g_array_set_size (self->session_ids, 0);
  for (guint column = 0; column < n; column++)
    {
      SkupRecord *session = skup_attendance_grid_get_session (self->grid, column);
      gint64 id = skup_record_get_id (session);
      g_autofree char *label = dup_session_label (session);

      g_strv_builder_add (builder, label);
      g_array_append_val (self->session_ids, id);
      if (id == session_id)
        chosen = column;
    }
  labels = g_strv_builder_end (builder);
  self->filling = TRUE;
  gtk_string_list_splice (self->session_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->session_labels)),
                          (const char * const *) labels);
  self->filling = FALSE;
  *out_kept = chosen >= 0;
  if (chosen < 0)
    chosen = today >= 0 ? today : 0;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->session_dropdown, chosen);
  self->filling = FALSE;
  return chosen;
}

static gint64
get_session_id (SkupCheckInWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->session_dropdown);

  return selected < self->session_ids->len ? g_array_index (self->session_ids, gint64, selected)
                                           : 0;
}

/* Checks in at the session chosen before if it is still there, else at today's: only a new
 * session starts a new check-in (and forgets what Undo could take back). */
static void
choose_session (SkupCheckInWindow *self,
                gint64             session_id)
{
  gboolean kept = FALSE;
  guint column = fill_sessions (self, session_id, &kept);

  if (self->check_in != NULL && kept && column == skup_check_in_get_column (self->check_in))
    return;
  set_column (self, column);
  if (self->check_in == NULL)
    set_status (self, "warning", _("The event has no sessions: add one to check people in."));
}

static void
load_grid (SkupCheckInWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupAttendanceGrid) grid = skup_attendance_grid_load (self->store, self->event_id,
                                                                  &error);

  if (grid == NULL)
    {
      show_error (self, error);
      set_column (self, 0);
      return;
    }
  set_grid (self, grid);
  choose_session (self, 0);
}

/* Someone else's change: the grid reads everything again in place, so the check-in (and its
 * Undo) goes on, unless its session went. On failure it keeps what it had, and says why. */
static gboolean
reload_cb (gpointer user_data)
{
  SkupCheckInWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  if (self->grid == NULL)
    load_grid (self);
  else if (!skup_attendance_grid_reload (self->grid, &error))
    show_error (self, error);
  else
    choose_session (self, get_session_id (self));
  return G_SOURCE_REMOVE;
}

/* The kinds of record whose change can change the grid: who comes, their names and marks,
 * the sessions; "" is another organiser's change of a kind not known. */
static gboolean
changes_grid (const char *kind)
{
  static const char *const kinds[] = { "", "attendance", "registration", "person",
                                       "organisation", "session", "event" };

  return g_strv_contains (kinds, kind ? kind : "");
}

static void
on_store_changed (SkupCheckInWindow *self,
                  const char        *kind,
                  gint64             id)
{
  if (self->writing > 0 || !changes_grid (kind) || self->reload_id != 0)
    return;
  /* Once for the several changes one save can announce. */
  self->reload_id = g_idle_add (reload_cb, self);
}

static void
load_event (SkupCheckInWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 &error);
  g_autofree char *title = event ? skup_record_dup_title (event) : NULL;

  if (title != NULL)
    {
      adw_window_title_set_title (self->window_title, title);
      adw_window_title_set_subtitle (self->window_title, _("Check-in at the Door"));
    }
  load_grid (self);
  if (event == NULL)
    show_error (self, error);
}

/* GObject ******************************************************************/

static void
skup_check_in_window_constructed (GObject *object)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (object);

  G_OBJECT_CLASS (skup_check_in_window_parent_class)->constructed (object);

  /* Built without a register (the template check), the window stays empty. */
  if (self->context == NULL)
    {
      set_column (self, 0);
      return;
    }
  self->store = g_object_ref (skup_context_get_store (self->context));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  load_event (self);
  /* The first name can be typed as soon as the window shows. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

static void
skup_check_in_window_dispose (GObject *object)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->check_in != NULL)
    g_signal_handlers_disconnect_by_data (self->check_in, self);
  set_grid (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_CHECK_IN_WINDOW);
  g_clear_object (&self->check_in);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_check_in_window_parent_class)->dispose (object);
}

static void
skup_check_in_window_finalize (GObject *object)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (object);

  g_clear_pointer (&self->session_ids, g_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->undo_walk_ins, g_array_unref);

  G_OBJECT_CLASS (skup_check_in_window_parent_class)->finalize (object);
}

static void
skup_check_in_window_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (object);

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
skup_check_in_window_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SkupCheckInWindow *self = SKUP_CHECK_IN_WINDOW (object);

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
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "check-in.walk-in", NULL, walk_in_action);
  gtk_widget_class_install_action (widget_class, "check-in.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

/* Ctrl+Enter and Ctrl+Z are the window's before the focused field sees them: the text field
 * would take Ctrl+Z as undoing its typing, and Enter as its own activation. */
static void
add_capture_shortcuts (SkupCheckInWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (shortcuts, gtk_shortcut_new (
    gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                 gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_CONTROL_MASK)),
    gtk_named_action_new ("check-in.walk-in")));
  gtk_shortcut_controller_add_shortcut (shortcuts, gtk_shortcut_new (
    gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK), gtk_named_action_new ("check-in.undo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
skup_check_in_window_class_init (SkupCheckInWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY
                            | G_PARAM_STATIC_STRINGS;

  object_class->constructed = skup_check_in_window_constructed;
  object_class->dispose = skup_check_in_window_dispose;
  object_class->finalize = skup_check_in_window_finalize;
  object_class->get_property = skup_check_in_window_get_property;
  object_class->set_property = skup_check_in_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SKUP_TYPE_CONTEXT, flags);
  properties[PROP_EVENT_ID] =
    g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-check-in-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, session_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, session_labels);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, walk_in_revealer);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, family_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, walk_in_button);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, walk_in_label);
  gtk_widget_class_bind_template_child (widget_class, SkupCheckInWindow, matches_list);
  gtk_widget_class_bind_template_callback (widget_class, on_session_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, update_walk_in);
  gtk_widget_class_bind_template_callback (widget_class, on_family_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_list_keynav_failed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed);
  install_actions (widget_class);
}

static void
skup_check_in_window_init (SkupCheckInWindow *self)
{
  self->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->undo_walk_ins = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gtk_widget_init_template (GTK_WIDGET (self));
  add_capture_shortcuts (self);
  /* Typing while a match is focused goes on in the field. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->matches_list));
}

/* API **********************************************************************/

/**
 * skup_check_in_window_new:
 * @parent: (nullable): the window it was opened from
 * @context: the register and settings
 * @event_id: a saved event
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
SkupCheckInWindow *
skup_check_in_window_new (GtkWindow   *parent,
                          SkupContext *context,
                          gint64       event_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (event_id > 0, NULL);

  return g_object_new (SKUP_TYPE_CHECK_IN_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       "event-id", event_id,
                       NULL);
}

gint64
skup_check_in_window_get_event_id (SkupCheckInWindow *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN_WINDOW (self), 0);

  return self->event_id;
}

SkupCheckIn *
skup_check_in_window_get_check_in (SkupCheckInWindow *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN_WINDOW (self), NULL);

  return self->check_in;
}

const char *
skup_check_in_window_get_count (SkupCheckInWindow *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN_WINDOW (self), NULL);

  return gtk_label_get_label (self->count_label);
}

const char *
skup_check_in_window_get_status (SkupCheckInWindow *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN_WINDOW (self), NULL);

  return gtk_label_get_label (self->status_label);
}

GArray *
skup_check_in_window_get_matches (SkupCheckInWindow *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN_WINDOW (self), NULL);

  return self->matches;
}

gboolean
skup_check_in_window_is_reloading (SkupCheckInWindow *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN_WINDOW (self), FALSE);

  return self->reload_id != 0;
}
