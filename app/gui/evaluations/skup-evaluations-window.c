/* skup-evaluations-window.c — an event's test scores and satisfaction forms, typed in
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Organisers type scores from a pile of marked tests and answers from a pile of paper forms,
 * so both pages are made for the keyboard. A score is stored the moment it leaves its cell
 * (Enter goes down, Tab goes right); a bad one stays in the cell, is said in a toast and
 * never reaches the register, so what was stored before stays. A form's five answers are a
 * digit each, the focus moving on by itself, and Enter stores the form and clears the row
 * for the next one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-evaluations-csv.h"
#include "skup-evaluations-window.h"
#include "skup-knowledge-gain.h"
#include "skup-store-evaluations.h"

struct _SkupEvaluationsWindow
{
  AdwWindow             parent_instance;

  SkupContext          *context;
  SkupStore            *store;
  gint64                event_id;
  gint64                max_score;
  gint64                pass_mark;
  GListStore           *scores;
  char                 *summary;
  char                 *message;
  AdwToast             *toast;
  GtkFileChooserNative *chooser;
  guint                 focus_id;
  guint                 reload_id;
  /* Set while the window writes, so the store's ::changed it causes is not taken for
   * someone else's. */
  guint                 writing;
  /* The cell to take the keyboard once the view has bound it (0: none), until a key is
   * pressed: the view may bind a row to another widget more than once as it settles. */
  gint64                focus_registration;
  SkupScoreColumn       focus_column;
  SkupCsvDialect        export_dialect;
  SkupSatisfactionForm *deleted_form;  /* for the Undo of a delete */
  GtkWidget            *answers[SKUP_N_QUESTIONS];
  GtkLabel             *averages[SKUP_N_QUESTIONS];

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkLabel             *test_label;
  GtkColumnView        *scores_view;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *pre_column;
  GtkColumnViewColumn  *post_column;
  GtkColumnViewColumn  *passed_column;
  GtkLabel             *summary_label;
  GtkWidget            *answers_box;
  GtkEditable          *comment_entry;
  AdwPreferencesGroup  *averages_group;
  AdwPreferencesGroup  *forms_group;
  GtkListBox           *forms_list;
};

G_DEFINE_FINAL_TYPE (SkupEvaluationsWindow, skup_evaluations_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_EVENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The questions as the forms ask them: the report's words. */
static const char *const question_labels[SKUP_N_QUESTIONS] = {
  N_("Overall"), N_("Content"), N_("Trainers"), N_("Organisation"), N_("Usefulness"),
};

/* Messages ****************************************************************/

static AdwToast *
show_toast (SkupEvaluationsWindow *self,
            const char            *text)
{
  /* Toast titles are markup in libadwaita 1.2: a name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  g_free (self->message);
  self->message = g_strdup (text);
  /* One message at a time: typing on past a refused score should not queue them up. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
  return toast;
}

static void
say (SkupEvaluationsWindow *self,
     const char            *text)
{
  g_autoptr(AdwToast) toast = show_toast (self, text);
}

/* Scores: what they add up to *********************************************/

static GPtrArray *
list_entries (SkupEvaluationsWindow *self)
{
  GPtrArray *entries = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->scores));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupScoreItem) item = g_list_model_get_item (G_LIST_MODEL (self->scores), i);

      g_ptr_array_add (entries, skup_score_item_get_entry (item));
    }
  return entries;
}

static char *
format_gain (const SkupKnowledgeGain *gain)
{
  if (gain->took_both == 0)
    return g_strdup (_("No one has both a pre- and a post-test score yet."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Pre-test %.1f %% · post-test %.1f %% · gain %+.1f "
                                       "points (%+.1f %%), over %u participant with both "
                                       "tests",
                                       "Pre-test %.1f %% · post-test %.1f %% · gain %+.1f "
                                       "points (%+.1f %%), over %u participants with both "
                                       "tests", gain->took_both),
                          gain->pre_percent, gain->post_percent, gain->gain_mean,
                          gain->gain_percent, gain->took_both);
}

static void
update_summary (SkupEvaluationsWindow *self)
{
  g_autoptr(GPtrArray) entries = list_entries (self);
  g_autofree char *gain_text = NULL;
  g_autofree char *passed_text = NULL;
  SkupKnowledgeGain gain;

  skup_knowledge_gain_compute (entries, self->max_score, self->pass_mark, &gain);
  gain_text = format_gain (&gain);
  if (gain.has_pass_mark)
    passed_text = g_strdup_printf (_("Passed: %u of %u with a post-test (%.0f %%)"),
                                   gain.passed, gain.took_post, gain.passed_percent);
  g_free (self->summary);
  self->summary = passed_text ? g_strdup_printf ("%s\n%s", gain_text, passed_text)
                              : g_steal_pointer (&gain_text);
  gtk_label_set_label (self->summary_label, self->summary);
}

static void
update_passed (SkupEvaluationsWindow *self,
               SkupScoreItem         *item)
{
  SkupScoreEntry *entry = skup_score_item_get_entry (item);
  GtkLabel *label = skup_score_item_get_passed (item);
  const char *text = "";

  if (label == NULL)
    return;
  if (self->pass_mark > 0 && entry->has_post)
    text = entry->post >= self->pass_mark ? C_("passed", "yes") : C_("passed", "no");
  gtk_label_set_label (label, text);
}

/* Scores: typing in a cell ************************************************/

static SkupScoreItem *
item_at (SkupEvaluationsWindow *self,
         guint                  position)
{
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->scores)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->scores), position);
}

static void
show_stored (GtkEditable   *cell,
             SkupScoreItem *item,
             SkupScoreColumn column)
{
  g_autofree char *text = skup_score_item_dup_text (item, column);

  gtk_editable_set_text (cell, text);
  gtk_widget_remove_css_class (GTK_WIDGET (cell), "error");
}

static gboolean
refuse (SkupEvaluationsWindow *self,
        GtkEditable           *cell,
        SkupScoreItem         *item,
        const char            *why)
{
  g_autofree char *name = skup_score_item_dup_name (item);
  /* Translators: a score typed in the Evaluations window was refused: a name, then why */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), name, why);
  g_autoptr(AdwToast) toast = show_toast (self, text);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  gtk_widget_add_css_class (GTK_WIDGET (cell), "error");
  return FALSE;
}

/* Stores what @cell holds; FALSE (the cell marked, a toast saying why) if it is refused. */
static gboolean
commit_cell (SkupEvaluationsWindow *self,
             GtkEditable           *cell,
             SkupScoreItem         *item,
             SkupScoreColumn        column)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = skup_score_item_dup_text (item, column);
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (cell)));
  SkupScoreEntry *entry = skup_score_item_get_entry (item);
  SkupScoreEntry saved = *entry;
  double value = 0;
  gboolean ok;

  if (g_str_equal (typed, stored))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (cell), "error");
      return TRUE;
    }
  if (typed[0] != '\0'
      && !skup_evaluations_parse_score (typed, self->max_score, &value, &error))
    return refuse (self, cell, item, error->message);
  skup_score_item_set_score (item, column, typed[0] != '\0', value);
  self->writing++;
  ok = skup_store_set_score (self->store, entry, &error);
  self->writing--;
  if (!ok)
    {
      /* The register kept what it had: so does the row. */
      *entry = saved;
      return refuse (self, cell, item, error->message);
    }
  show_stored (cell, item, column);
  update_passed (self, item);
  update_summary (self);
  return TRUE;
}

/* The cell @rows down and in @column, if the view has it; the focus follows it. */
static void
focus_cell (SkupEvaluationsWindow *self,
            guint                  position,
            SkupScoreColumn        column)
{
  g_autoptr(SkupScoreItem) item = item_at (self, position);
  GtkWidget *cell = item ? skup_score_item_get_cell (item, column) : NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* Grabbing again would select the cell's text under the typing, and the view binds its
   * rows anew when the focus moves. */
  if (cell != NULL && (focus == NULL || (focus != cell && !gtk_widget_is_ancestor (focus, cell))))
    gtk_widget_grab_focus (cell);
}

static gboolean
focus_pending_cell (gpointer data)
{
  SkupEvaluationsWindow *self = data;

  self->focus_id = 0;
  for (guint i = 0; self->focus_registration != 0; i++)
    {
      g_autoptr(SkupScoreItem) item = item_at (self, i);

      if (item == NULL)
        break;
      if (skup_score_item_get_entry (item)->registration_id == self->focus_registration)
        focus_cell (self, i, self->focus_column);
    }
  return G_SOURCE_REMOVE;
}

static SkupScoreItem *
cell_item (GtkWidget *cell,
           guint     *position)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (cell), "list-item");

  *position = gtk_list_item_get_position (list_item);
  return gtk_list_item_get_item (list_item);
}

static SkupScoreColumn
cell_column (GtkWidget *cell)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
}

/* Enter: store and go down the column. */
static void
on_cell_activate (SkupEvaluationsWindow *self,
                  GtkEditable           *cell)
{
  guint position;
  SkupScoreItem *item = cell_item (GTK_WIDGET (cell), &position);

  if (item != NULL && commit_cell (self, cell, item, cell_column (GTK_WIDGET (cell))))
    focus_cell (self, position + 1, cell_column (GTK_WIDGET (cell)));
}

/* Tab: store and go right, on to the next row's pre-test; Shift+Tab the other way. */
static gboolean
on_cell_key (SkupEvaluationsWindow *self,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkEventControllerKey *controller)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  SkupScoreColumn column = cell_column (cell);
  gboolean back = keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK);
  guint position;
  SkupScoreItem *item;

  /* The user is at work in a cell: no cell is to be given the keyboard any more. */
  self->focus_registration = 0;
  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_ISO_Left_Tab && keyval != GDK_KEY_KP_Tab)
    return FALSE;
  item = cell_item (cell, &position);
  if (item == NULL || !commit_cell (self, GTK_EDITABLE (cell), item, column))
    return TRUE;
  if (!back)
    focus_cell (self, column == SKUP_SCORE_PRE ? position : position + 1,
                column == SKUP_SCORE_PRE ? SKUP_SCORE_POST : SKUP_SCORE_PRE);
  else if (column == SKUP_SCORE_POST)
    focus_cell (self, position, SKUP_SCORE_PRE);
  else if (position > 0)
    focus_cell (self, position - 1, SKUP_SCORE_POST);
  return TRUE;
}

/* Leaving a cell by the mouse stores it too; a bad value goes back to what was stored. */
static void
on_cell_leave (SkupEvaluationsWindow   *self,
               GtkEventControllerFocus *controller)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint position;
  SkupScoreItem *item;

  if (self->store == NULL || !gtk_widget_get_mapped (cell))
    return;
  item = cell_item (cell, &position);
  if (item != NULL && !commit_cell (self, GTK_EDITABLE (cell), item, cell_column (cell)))
    show_stored (GTK_EDITABLE (cell), item, cell_column (cell));
}

/* Scores: the view's cells *************************************************/

static void
setup_score_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SkupEvaluationsWindow    *self)
{
  GtkWidget *cell = gtk_entry_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (cell), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (cell), 1.0);
  gtk_entry_set_input_purpose (GTK_ENTRY (cell), GTK_INPUT_PURPOSE_NUMBER);
  g_object_set_data (G_OBJECT (cell), "list-item", list_item);
  g_object_set_data (G_OBJECT (cell), "column",
                     g_object_get_data (G_OBJECT (factory), "column"));
  g_signal_connect_object (cell, "activate", G_CALLBACK (on_cell_activate), self,
                           G_CONNECT_SWAPPED);
  /* Before the entry: Tab would otherwise walk GTK's focus chain, not the table. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_cell_key), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (cell, keys);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_cell_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (cell, focus);
  gtk_list_item_set_child (list_item, cell);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_score_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 SkupEvaluationsWindow    *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  SkupScoreColumn column = cell_column (cell);
  g_autofree char *name = skup_score_item_dup_name (item);
  /* Translators: the accessible name of a score cell: a participant, then the test */
  g_autofree char *label = g_strdup_printf (_("%s, %s"), name,
                                            column == SKUP_SCORE_PRE ? _("pre-test")
                                                                     : _("post-test"));

  show_stored (GTK_EDITABLE (cell), item, column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  skup_score_item_set_cell (item, column, cell);
  /* The keyboard goes to its cell once the row is there, not in the middle of the layout. */
  if (skup_score_item_get_entry (item)->registration_id == self->focus_registration
      && self->focus_column == column && self->focus_id == 0)
    self->focus_id = g_idle_add (focus_pending_cell, self);
}

static void
unbind_score_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   SkupEvaluationsWindow    *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (item != NULL && skup_score_item_get_cell (item, cell_column (cell)) == cell)
    skup_score_item_set_cell (item, cell_column (cell), NULL);
}

static void
setup_label_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SkupEvaluationsWindow    *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_name_cell (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                SkupEvaluationsWindow    *self)
{
  g_autofree char *name = skup_score_item_dup_name (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), name);
}

static void
bind_passed_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SkupEvaluationsWindow    *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);

  skup_score_item_set_passed (item, GTK_LABEL (gtk_list_item_get_child (list_item)));
  update_passed (self, item);
}

static void
unbind_passed_cell (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    SkupEvaluationsWindow    *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL && skup_score_item_get_passed (item)
                      == GTK_LABEL (gtk_list_item_get_child (list_item)))
    skup_score_item_set_passed (item, NULL);
}

/* The cells hold entries wired to this window, which the template of a builder factory
 * cannot reach: the factories are made here. */
static GtkListItemFactory *
make_factory (SkupEvaluationsWindow *self,
              GCallback              setup,
              GCallback              bind,
              GCallback              unbind,
              int                    column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect_object (factory, "setup", setup, self, 0);
  g_signal_connect_object (factory, "bind", bind, self, 0);
  if (unbind != NULL)
    g_signal_connect_object (factory, "unbind", unbind, self, 0);
  return factory;
}

static void
set_up_columns (SkupEvaluationsWindow *self)
{
  g_autoptr(GtkListItemFactory) name = make_factory (self, G_CALLBACK (setup_label_cell),
                                                     G_CALLBACK (bind_name_cell), NULL, 0);
  g_autoptr(GtkListItemFactory) pre =
    make_factory (self, G_CALLBACK (setup_score_cell), G_CALLBACK (bind_score_cell),
                  G_CALLBACK (unbind_score_cell), SKUP_SCORE_PRE);
  g_autoptr(GtkListItemFactory) post =
    make_factory (self, G_CALLBACK (setup_score_cell), G_CALLBACK (bind_score_cell),
                  G_CALLBACK (unbind_score_cell), SKUP_SCORE_POST);
  g_autoptr(GtkListItemFactory) passed =
    make_factory (self, G_CALLBACK (setup_label_cell), G_CALLBACK (bind_passed_cell),
                  G_CALLBACK (unbind_passed_cell), 0);
  g_autoptr(GtkNoSelection) selection =
    gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->scores)));

  gtk_column_view_column_set_factory (self->name_column, name);
  gtk_column_view_column_set_factory (self->pre_column, pre);
  gtk_column_view_column_set_factory (self->post_column, post);
  gtk_column_view_column_set_factory (self->passed_column, passed);
  gtk_column_view_set_model (self->scores_view, GTK_SELECTION_MODEL (selection));
}

/* Scores: reading them *****************************************************/

static void
update_test_label (SkupEvaluationsWindow *self)
{
  g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, self->max_score);
  g_autofree char *pass = g_strdup_printf ("%" G_GINT64_FORMAT, self->pass_mark);
  g_autofree char *text = NULL;

  if (self->pass_mark > 0)
    /* Translators: the most points of an event's test, then its pass mark */
    text = g_strdup_printf (_("The test gives at most %s points; %s pass."), max, pass);
  else
    text = g_strdup_printf (_("The test gives at most %s points; it has no pass mark."), max);
  gtk_label_set_label (self->test_label, text);
}

static void
load_scores (SkupEvaluationsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 &error);
  g_autoptr(GPtrArray) entries = NULL;

  if (event != NULL)
    {
      g_autofree char *title = skup_record_dup_title (event);

      adw_view_switcher_title_set_subtitle (self->switcher_title, title);
      self->max_score = skup_record_get_int (event, "test-max-score");
      self->pass_mark = skup_record_get_int (event, "test-pass-mark");
      entries = skup_store_list_scores (self->store, self->event_id, &error);
    }
  g_list_store_remove_all (self->scores);
  if (entries == NULL)
    {
      say (self, error->message);
      return;
    }
  /* Each entry goes to its item; the array frees what is left, nothing. */
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(SkupScoreItem) item = skup_score_item_new (g_steal_pointer (&entries->pdata[i]));

      g_list_store_append (self->scores, item);
    }
  update_test_label (self);
  update_summary (self);
}

/* Forms: the quick entry row **********************************************/

/* A blank answer shows as nothing rather than 0, which is not on the scale. */
static gboolean
on_answer_output (GtkSpinButton *spin)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_answer_input (GtkSpinButton *spin,
                 double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));

  if (text[0] >= '1' && text[0] <= '5' && text[1] == '\0')
    *value = text[0] - '0';
  else
    *value = 0;
  return TRUE;
}

static void add_form (SkupEvaluationsWindow *self);

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return -1;
}

/* A digit answers and moves on (0 leaves it blank); 6 … 9 are not on the scale. Enter adds
 * the form from any answer, as from the comment. */
static gboolean
on_answer_key (SkupEvaluationsWindow *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "question"));
  int digit = digit_of (keyval);

  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    {
      add_form (self);
      return TRUE;
    }
  if (digit < 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  if (digit > 5)
    {
      gtk_widget_error_bell (spin);
      return TRUE;
    }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), digit);
  if (question + 1 < SKUP_N_QUESTIONS)
    gtk_widget_grab_focus (self->answers[question + 1]);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->comment_entry));
  return TRUE;
}

static GtkWidget *
make_answer (SkupEvaluationsWindow *self,
             guint                  question)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (_(question_labels[question]));
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 5, 1);
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  g_object_set_data (G_OBJECT (spin), "question", GUINT_TO_POINTER (question));
  g_signal_connect (spin, "output", G_CALLBACK (on_answer_output), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (on_answer_input), NULL);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_answer_key), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (spin, keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(question_labels[question]),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("From 1 to 5; 0 or empty leaves it blank"), -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  self->answers[question] = spin;
  return box;
}

/* Forms: the list and the averages ****************************************/

static char *
format_answers (const SkupSatisfactionForm *form)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    {
      if (q > 0)
        g_string_append (text, " · ");
      if (form->answers[q] > 0)
        g_string_append_printf (text, "%d", form->answers[q]);
      else
        g_string_append (text, "–");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_form_row (const SkupSatisfactionForm *form,
               guint                       number)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *title = format_answers (form);
  g_autofree char *label = g_strdup_printf (_("Delete Form %u"), number);
  g_autofree char *escaped = g_markup_escape_text (form->comment ?: "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "evaluations.delete-form");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", form->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

static void
update_averages (SkupEvaluationsWindow *self)
{
  g_autoptr(GError) error = NULL;
  SkupQuestionAverage out[SKUP_N_QUESTIONS];

  if (!skup_store_average_forms (self->store, self->event_id, out, &error))
    {
      say (self, error->message);
      return;
    }
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    {
      g_autofree char *text =
        out[q].count == 0 ? g_strdup ("–")
                          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.2f (%u form)",
                                                          "%.2f (%u forms)", out[q].count),
                                             out[q].mean, out[q].count);

      gtk_label_set_label (self->averages[q], text);
    }
}

static void
load_forms (SkupEvaluationsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) forms = skup_store_list_forms (self->store, self->event_id, &error);
  GtkWidget *child;
  g_autofree char *count = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->forms_list))) != NULL)
    gtk_list_box_remove (self->forms_list, child);
  if (forms == NULL)
    {
      say (self, error->message);
      return;
    }
  /* The newest first: the one just typed is the one to check against the paper. */
  for (guint i = forms->len; i > 0; i--)
    gtk_list_box_append (self->forms_list, make_form_row (g_ptr_array_index (forms, i - 1), i));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u form entered",
                                        "%u forms entered", forms->len), forms->len);
  adw_preferences_group_set_description (self->forms_group, count);
  gtk_widget_set_visible (GTK_WIDGET (self->forms_list), forms->len > 0);
  update_averages (self);
}

static void
make_averages (SkupEvaluationsWindow *self)
{
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new ("–");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(question_labels[q]));
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->averages_group, row);
      self->averages[q] = GTK_LABEL (label);
    }
}

/* Forms: adding and deleting **********************************************/

static void
clear_entry_row (SkupEvaluationsWindow *self)
{
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->answers[q]), 0);
  gtk_editable_set_text (self->comment_entry, "");
  gtk_widget_grab_focus (self->answers[0]);
}

static void
add_form (SkupEvaluationsWindow *self)
{
  g_autoptr(GError) error = NULL;
  SkupSatisfactionForm form = { 0, self->event_id, { 0 }, NULL };
  g_autofree char *comment = g_strstrip (g_strdup (gtk_editable_get_text (self->comment_entry)));
  gboolean empty = comment[0] == '\0';
  gboolean ok;

  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    {
      gtk_spin_button_update (GTK_SPIN_BUTTON (self->answers[q]));
      form.answers[q] = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->answers[q]));
      empty = empty && form.answers[q] == 0;
    }
  if (empty)
    {
      say (self, _("Type at least one answer or a comment first."));
      return;
    }
  form.comment = comment;
  self->writing++;
  ok = skup_store_add_form (self->store, &form, &error);
  self->writing--;
  if (!ok)
    {
      say (self, error->message);
      return;
    }
  clear_entry_row (self);
  load_forms (self);
}

static void
on_comment_activate (SkupEvaluationsWindow *self)
{
  add_form (self);
}

static void
add_form_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_form (SKUP_EVALUATIONS_WINDOW (widget));
}

static SkupSatisfactionForm *
find_form (SkupEvaluationsWindow *self,
           gint64                 form_id)
{
  g_autoptr(GPtrArray) forms = skup_store_list_forms (self->store, self->event_id, NULL);

  for (guint i = 0; forms != NULL && i < forms->len; i++)
    {
      SkupSatisfactionForm *form = g_ptr_array_index (forms, i);

      if (form->id == form_id)
        return g_ptr_array_steal_index (forms, i);
    }
  return NULL;
}

static void
delete_form_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSatisfactionForm) form = find_form (self, g_variant_get_int64 (parameter));
  g_autoptr(AdwToast) toast = NULL;

  gboolean ok;

  if (form == NULL)
    return;
  self->writing++;
  ok = skup_store_delete_form (self->store, form->id, &error);
  self->writing--;
  if (!ok)
    {
      if (error != NULL)
        say (self, error->message);
      return;
    }
  g_clear_pointer (&self->deleted_form, skup_satisfaction_form_free);
  self->deleted_form = g_steal_pointer (&form);
  load_forms (self);
  toast = show_toast (self, _("Form deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "evaluations.undo-delete-form");
}

/* The form comes back with its answers and comment; its place in the list is the last. */
static void
undo_delete_form_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSatisfactionForm) form = g_steal_pointer (&self->deleted_form);

  gboolean ok;

  if (form == NULL)
    return;
  self->writing++;
  ok = skup_store_add_form (self->store, form, &error);
  self->writing--;
  if (!ok)
    say (self, error->message);
  load_forms (self);
}

/* Following the register ***************************************************/

/* The cell with the keyboard, if one has it. */
static GtkWidget *
focused_cell (SkupEvaluationsWindow *self,
              int                   *position)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->scores));

  for (guint i = 0; focus != NULL && i < n; i++)
    {
      g_autoptr(SkupScoreItem) item = item_at (self, i);

      for (guint c = 0; c < SKUP_N_SCORES; c++)
        {
          GtkWidget *cell = skup_score_item_get_cell (item, c);

          if (cell != NULL && (focus == cell || gtk_widget_is_ancestor (focus, cell)))
            {
              *position = (int) i;
              return cell;
            }
        }
    }
  return NULL;
}

/* What is typed in the cell is stored first, and the keyboard comes back to the same cell. */
static gboolean
reload_now (gpointer data)
{
  SkupEvaluationsWindow *self = data;
  int position = -1;
  GtkWidget *cell = focused_cell (self, &position);

  self->reload_id = 0;
  if (cell != NULL)
    {
      guint at;
      SkupScoreItem *item = cell_item (cell, &at);

      commit_cell (self, GTK_EDITABLE (cell), item, cell_column (cell));
      /* The same participant's cell: someone registered may come before them now. */
      self->focus_registration = skup_score_item_get_entry (item)->registration_id;
      self->focus_column = cell_column (cell);
    }
  load_scores (self);
  load_forms (self);
  if (self->focus_registration != 0 && self->focus_id == 0)
    self->focus_id = g_idle_add (focus_pending_cell, self);
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
  load_scores (self);
  load_forms (self);
}

static void
export_to (SkupEvaluationsWindow *self,
           const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  g_autofree char *name = g_path_get_basename (path);

  if (!skup_evaluations_csv_write (self->store, self->event_id, page_kind (self),
                                   self->export_dialect, path, &error))
    {
      say (self, error->message);
      return;
    }
  done = g_strdup_printf (_("Saved “%s”"), name);
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

static void
on_page_changed (SkupEvaluationsWindow *self)
{
  if (page_kind (self) == SKUP_EVALUATIONS_FORMS)
    gtk_widget_grab_focus (self->answers[0]);
  else
    focus_cell (self, 0, SKUP_SCORE_PRE);
}

/* GObject *****************************************************************/

/* The first cell takes the keyboard once the view has made it. */
static void
focus_first_later (SkupEvaluationsWindow *self)
{
  g_autoptr(SkupScoreItem) item = item_at (self, 0);

  if (item == NULL)
    return;
  self->focus_registration = skup_score_item_get_entry (item)->registration_id;
  self->focus_column = SKUP_SCORE_PRE;
  /* The view may have bound the row already. */
  if (self->focus_id == 0)
    self->focus_id = g_idle_add (focus_pending_cell, self);
}

static void
skup_evaluations_window_constructed (GObject *object)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  G_OBJECT_CLASS (skup_evaluations_window_parent_class)->constructed (object);

  /* Built without a register (the template check), the window stays empty. */
  if (self->context == NULL)
    return;
  self->store = g_object_ref (skup_context_get_store (self->context));
  load_scores (self);
  load_forms (self);
  focus_first_later (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::store",
                           G_CALLBACK (on_context_store_changed), self, G_CONNECT_SWAPPED);
}

static void
skup_evaluations_window_dispose (GObject *object)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  g_clear_handle_id (&self->focus_id, g_source_remove);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* No cell stores anything as it goes. */
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_EVALUATIONS_WINDOW);
  g_clear_object (&self->scores);
  g_clear_object (&self->toast);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (skup_evaluations_window_parent_class)->dispose (object);
}

static void
skup_evaluations_window_finalize (GObject *object)
{
  SkupEvaluationsWindow *self = SKUP_EVALUATIONS_WINDOW (object);

  g_free (self->summary);
  g_free (self->message);
  g_clear_pointer (&self->deleted_form, skup_satisfaction_form_free);
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
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, test_label);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, scores_view);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, pre_column);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, post_column);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, passed_column);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, answers_box);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, comment_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, averages_group);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, forms_group);
  gtk_widget_class_bind_template_child (widget_class, SkupEvaluationsWindow, forms_list);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_activate);
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
  self->scores = g_list_store_new (SKUP_TYPE_SCORE_ITEM);
  self->export_dialect = SKUP_CSV_EXCEL;
  gtk_widget_init_template (GTK_WIDGET (self));
  set_up_columns (self);
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    gtk_box_append (GTK_BOX (self->answers_box), make_answer (self, q));
  make_averages (self);
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
  return G_LIST_MODEL (self->scores);
}

const char *
skup_evaluations_window_get_summary (SkupEvaluationsWindow *self)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  return self->summary;
}

char *
skup_evaluations_window_dup_averages (SkupEvaluationsWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);

  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    g_string_append_printf (text, "%s%s: %s", q > 0 ? "\n" : "", _(question_labels[q]),
                            gtk_label_get_label (self->averages[q]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GtkWidget *
skup_evaluations_window_get_answer (SkupEvaluationsWindow *self,
                                    guint                  question)
{
  g_return_val_if_fail (SKUP_IS_EVALUATIONS_WINDOW (self), NULL);
  g_return_val_if_fail (question < SKUP_N_QUESTIONS, NULL);
  return self->answers[question];
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
