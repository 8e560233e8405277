/* skup-scores-page.c — the Evaluations window's page of pre- and post-test scores
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Organisers type scores from a pile of marked tests, so the page is made for the keyboard.
 * A score is stored the moment it leaves its cell (Enter goes down, Tab goes right); a bad
 * one stays in the cell, is said in a toast and never reaches the register, so what was
 * stored before stays. The window shows the toasts and follows the register for the page.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-evaluations-csv.h"
#include "skup-knowledge-gain.h"
#include "skup-scores-page.h"
#include "skup-store-evaluations.h"

struct _SkupScoresPage
{
  AdwBin               parent_instance;

  SkupStore           *store;
  gint64               event_id;
  gint64               max_score;
  gint64               pass_mark;
  GListStore          *scores;
  char                *summary;
  guint                focus_id;
  /* Set while the page writes, so the store's ::changed it causes is not taken for someone
   * else's. */
  guint                writing;
  /* The cell to take the keyboard once the view has bound it (0: none), until a key is
   * pressed: the view may bind a row to another widget more than once as it settles. */
  gint64               focus_registration;
  SkupScoreColumn      focus_column;

  /* Template children */
  GtkLabel            *test_label;
  GtkColumnView       *scores_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *pre_column;
  GtkColumnViewColumn *post_column;
  GtkColumnViewColumn *passed_column;
  GtkLabel            *summary_label;
};

G_DEFINE_FINAL_TYPE (SkupScoresPage, skup_scores_page, ADW_TYPE_BIN)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Messages ****************************************************************/

static AdwToast *
new_toast (const char *text)
{
  /* Toast titles are markup in libadwaita 1.2: a name may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
say (SkupScoresPage *self,
     const char     *text)
{
  g_autoptr(AdwToast) toast = new_toast (text);

  g_signal_emit (self, signals[TOAST], 0, toast, text);
}

/* The widget with the keyboard in the page's window, if it is in one. */
static GtkWidget *
root_focus (SkupScoresPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return root != NULL ? gtk_root_get_focus (root) : NULL;
}

/* Scores: what they add up to *********************************************/

static GPtrArray *
list_entries (SkupScoresPage *self)
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
update_summary (SkupScoresPage *self)
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
update_passed (SkupScoresPage *self,
               SkupScoreItem  *item)
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
item_at (SkupScoresPage *self,
         guint           position)
{
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->scores)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->scores), position);
}

static void
show_stored (GtkEditable    *cell,
             SkupScoreItem  *item,
             SkupScoreColumn column)
{
  g_autofree char *text = skup_score_item_dup_text (item, column);

  gtk_editable_set_text (cell, text);
  gtk_widget_remove_css_class (GTK_WIDGET (cell), "error");
}

static gboolean
refuse (SkupScoresPage *self,
        GtkEditable    *cell,
        SkupScoreItem  *item,
        const char     *why)
{
  g_autofree char *name = skup_score_item_dup_name (item);
  /* Translators: a score typed in the Evaluations window was refused: a name, then why */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), name, why);
  g_autoptr(AdwToast) toast = new_toast (text);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_emit (self, signals[TOAST], 0, toast, text);
  gtk_widget_add_css_class (GTK_WIDGET (cell), "error");
  return FALSE;
}

/* Stores what @cell holds; FALSE (the cell marked, a toast saying why) if it is refused. */
static gboolean
commit_cell (SkupScoresPage *self,
             GtkEditable    *cell,
             SkupScoreItem  *item,
             SkupScoreColumn column)
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
focus_cell (SkupScoresPage *self,
            guint           position,
            SkupScoreColumn column)
{
  g_autoptr(SkupScoreItem) item = item_at (self, position);
  GtkWidget *cell = item ? skup_score_item_get_cell (item, column) : NULL;
  GtkWidget *focus = root_focus (self);

  /* Grabbing again would select the cell's text under the typing, and the view binds its
   * rows anew when the focus moves. */
  if (cell != NULL && (focus == NULL || (focus != cell && !gtk_widget_is_ancestor (focus, cell))))
    gtk_widget_grab_focus (cell);
}

static gboolean
focus_pending_cell (gpointer data)
{
  SkupScoresPage *self = data;

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
on_cell_activate (SkupScoresPage *self,
                  GtkEditable    *cell)
{
  guint position;
  SkupScoreItem *item = cell_item (GTK_WIDGET (cell), &position);

  if (item != NULL && commit_cell (self, cell, item, cell_column (GTK_WIDGET (cell))))
    focus_cell (self, position + 1, cell_column (GTK_WIDGET (cell)));
}

/* Tab: store and go right, on to the next row's pre-test; Shift+Tab the other way. */
static gboolean
on_cell_key (SkupScoresPage        *self,
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
on_cell_leave (SkupScoresPage          *self,
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
                  SkupScoresPage           *self)
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
                 SkupScoresPage           *self)
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
                   SkupScoresPage           *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (item != NULL && skup_score_item_get_cell (item, cell_column (cell)) == cell)
    skup_score_item_set_cell (item, cell_column (cell), NULL);
}

static void
setup_label_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SkupScoresPage           *self)
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
                SkupScoresPage           *self)
{
  g_autofree char *name = skup_score_item_dup_name (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), name);
}

static void
bind_passed_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SkupScoresPage           *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);

  skup_score_item_set_passed (item, GTK_LABEL (gtk_list_item_get_child (list_item)));
  update_passed (self, item);
}

static void
unbind_passed_cell (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    SkupScoresPage           *self)
{
  SkupScoreItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL && skup_score_item_get_passed (item)
                      == GTK_LABEL (gtk_list_item_get_child (list_item)))
    skup_score_item_set_passed (item, NULL);
}

/* The cells hold entries wired to this page, which the template of a builder factory
 * cannot reach: the factories are made here. */
static GtkListItemFactory *
make_factory (SkupScoresPage *self,
              GCallback       setup,
              GCallback       bind,
              GCallback       unbind,
              int             column)
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
set_up_columns (SkupScoresPage *self)
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
update_test_label (SkupScoresPage *self)
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
load_scores (SkupScoresPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupRecord) event = skup_store_load (self->store, SKUP_TYPE_EVENT, self->event_id,
                                                 &error);
  g_autoptr(GPtrArray) entries = NULL;

  if (event != NULL)
    {
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

/* Following the register ***************************************************/

/* The cell with the keyboard, if one has it. */
static GtkWidget *
focused_cell (SkupScoresPage *self,
              int            *position)
{
  GtkWidget *focus = root_focus (self);
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

/* GObject *****************************************************************/

static void
skup_scores_page_dispose (GObject *object)
{
  SkupScoresPage *self = SKUP_SCORES_PAGE (object);

  g_clear_handle_id (&self->focus_id, g_source_remove);
  /* No cell stores anything as it goes. */
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_SCORES_PAGE);
  g_clear_object (&self->scores);
  G_OBJECT_CLASS (skup_scores_page_parent_class)->dispose (object);
}

static void
skup_scores_page_finalize (GObject *object)
{
  SkupScoresPage *self = SKUP_SCORES_PAGE (object);

  g_free (self->summary);
  G_OBJECT_CLASS (skup_scores_page_parent_class)->finalize (object);
}

static void
skup_scores_page_class_init (SkupScoresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_scores_page_dispose;
  object_class->finalize = skup_scores_page_finalize;

  /* A message for the window to show: the toast (its title escaped) and its plain text. */
  signals[TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, ADW_TYPE_TOAST, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-scores-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, test_label);
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, scores_view);
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, pre_column);
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, post_column);
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, passed_column);
  gtk_widget_class_bind_template_child (widget_class, SkupScoresPage, summary_label);
}

static void
skup_scores_page_init (SkupScoresPage *self)
{
  self->scores = g_list_store_new (SKUP_TYPE_SCORE_ITEM);
  gtk_widget_init_template (GTK_WIDGET (self));
  set_up_columns (self);
}

/* API *********************************************************************/

/* The first cell takes the keyboard once the view has made it. */
static void
focus_first_later (SkupScoresPage *self)
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

void
skup_scores_page_set_event (SkupScoresPage *self,
                            SkupContext    *context,
                            gint64          event_id)
{
  g_return_if_fail (SKUP_IS_SCORES_PAGE (self));
  g_return_if_fail (SKUP_IS_CONTEXT (context));

  g_set_object (&self->store, skup_context_get_store (context));
  self->event_id = event_id;
  load_scores (self);
  focus_first_later (self);
}

void
skup_scores_page_reload (SkupScoresPage *self)
{
  g_return_if_fail (SKUP_IS_SCORES_PAGE (self));

  if (self->store != NULL)
    load_scores (self);
}

/* What is typed in the cell is stored first, and the keyboard comes back to the same cell. */
void
skup_scores_page_follow (SkupScoresPage *self)
{
  int position = -1;
  GtkWidget *cell;

  g_return_if_fail (SKUP_IS_SCORES_PAGE (self));

  if (self->store == NULL)
    return;
  cell = focused_cell (self, &position);
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
  if (self->focus_registration != 0 && self->focus_id == 0)
    self->focus_id = g_idle_add (focus_pending_cell, self);
}

void
skup_scores_page_focus_first (SkupScoresPage *self)
{
  g_return_if_fail (SKUP_IS_SCORES_PAGE (self));
  focus_cell (self, 0, SKUP_SCORE_PRE);
}

gboolean
skup_scores_page_is_writing (SkupScoresPage *self)
{
  g_return_val_if_fail (SKUP_IS_SCORES_PAGE (self), FALSE);
  return self->writing > 0;
}

GListModel *
skup_scores_page_get_scores (SkupScoresPage *self)
{
  g_return_val_if_fail (SKUP_IS_SCORES_PAGE (self), NULL);
  return G_LIST_MODEL (self->scores);
}

const char *
skup_scores_page_get_summary (SkupScoresPage *self)
{
  g_return_val_if_fail (SKUP_IS_SCORES_PAGE (self), NULL);
  return self->summary;
}
