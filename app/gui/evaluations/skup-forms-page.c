/* skup-forms-page.c — the Evaluations window's page of satisfaction forms
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Organisers type answers from a pile of paper forms, so the page is made for the keyboard:
 * a form's five answers are a digit each, the focus moving on by itself, and Enter stores
 * the form and clears the row for the next one. The window shows the toasts and holds the
 * actions (evaluations.add-form, delete-form, undo-delete-form) that call in here.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-forms-page.h"
#include "skup-store-evaluations.h"

struct _SkupFormsPage
{
  AdwBin                parent_instance;

  SkupStore            *store;
  gint64                event_id;
  /* Set while the page writes, so the store's ::changed it causes is not taken for someone
   * else's. */
  guint                 writing;
  SkupSatisfactionForm *deleted_form;  /* for the Undo of a delete */
  GtkWidget            *answers[SKUP_N_QUESTIONS];
  GtkLabel             *averages[SKUP_N_QUESTIONS];

  /* Template children */
  GtkWidget            *answers_box;
  GtkEditable          *comment_entry;
  AdwPreferencesGroup  *averages_group;
  AdwPreferencesGroup  *forms_group;
  GtkListBox           *forms_list;
};

G_DEFINE_FINAL_TYPE (SkupFormsPage, skup_forms_page, ADW_TYPE_BIN)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The questions as the forms ask them: the report's words. */
static const char *const question_labels[SKUP_N_QUESTIONS] = {
  N_("Overall"), N_("Content"), N_("Trainers"), N_("Organisation"), N_("Usefulness"),
};

/* Messages ****************************************************************/

static AdwToast *
new_toast (const char *text)
{
  /* Toast titles are markup in libadwaita 1.2: a comment may hold an ampersand. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

static void
say (SkupFormsPage *self,
     const char    *text)
{
  g_autoptr(AdwToast) toast = new_toast (text);

  g_signal_emit (self, signals[TOAST], 0, toast, text);
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

static void add_form (SkupFormsPage         *self);

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
on_answer_key (SkupFormsPage         *self,
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
make_answer (SkupFormsPage *self,
             guint          question)
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
update_averages (SkupFormsPage *self)
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
load_forms (SkupFormsPage *self)
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
make_averages (SkupFormsPage *self)
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
clear_entry_row (SkupFormsPage *self)
{
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->answers[q]), 0);
  gtk_editable_set_text (self->comment_entry, "");
  gtk_widget_grab_focus (self->answers[0]);
}

static void
add_form (SkupFormsPage *self)
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
on_comment_activate (SkupFormsPage *self)
{
  add_form (self);
}

static SkupSatisfactionForm *
find_form (SkupFormsPage *self,
           gint64         form_id)
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

/* GObject *****************************************************************/

static void
skup_forms_page_dispose (GObject *object)
{
  SkupFormsPage *self = SKUP_FORMS_PAGE (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_FORMS_PAGE);
  G_OBJECT_CLASS (skup_forms_page_parent_class)->dispose (object);
}

static void
skup_forms_page_finalize (GObject *object)
{
  SkupFormsPage *self = SKUP_FORMS_PAGE (object);

  g_clear_pointer (&self->deleted_form, skup_satisfaction_form_free);
  G_OBJECT_CLASS (skup_forms_page_parent_class)->finalize (object);
}

static void
skup_forms_page_class_init (SkupFormsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_forms_page_dispose;
  object_class->finalize = skup_forms_page_finalize;

  /* A message for the window to show: the toast (its title escaped) and its plain text. */
  signals[TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, ADW_TYPE_TOAST, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-forms-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupFormsPage, answers_box);
  gtk_widget_class_bind_template_child (widget_class, SkupFormsPage, comment_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupFormsPage, averages_group);
  gtk_widget_class_bind_template_child (widget_class, SkupFormsPage, forms_group);
  gtk_widget_class_bind_template_child (widget_class, SkupFormsPage, forms_list);
  gtk_widget_class_bind_template_callback (widget_class, on_comment_activate);
}

static void
skup_forms_page_init (SkupFormsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    gtk_box_append (GTK_BOX (self->answers_box), make_answer (self, q));
  make_averages (self);
}

/* API *********************************************************************/

void
skup_forms_page_set_event (SkupFormsPage *self,
                           SkupContext   *context,
                           gint64         event_id)
{
  g_return_if_fail (SKUP_IS_FORMS_PAGE (self));
  g_return_if_fail (SKUP_IS_CONTEXT (context));

  g_set_object (&self->store, skup_context_get_store (context));
  self->event_id = event_id;
  load_forms (self);
}

void
skup_forms_page_reload (SkupFormsPage *self)
{
  g_return_if_fail (SKUP_IS_FORMS_PAGE (self));

  if (self->store != NULL)
    load_forms (self);
}

void
skup_forms_page_add_form (SkupFormsPage *self)
{
  g_return_if_fail (SKUP_IS_FORMS_PAGE (self));
  add_form (self);
}

void
skup_forms_page_delete_form (SkupFormsPage *self,
                             gint64         form_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSatisfactionForm) form = NULL;
  g_autoptr(AdwToast) toast = NULL;
  gboolean ok;

  g_return_if_fail (SKUP_IS_FORMS_PAGE (self));

  form = find_form (self, form_id);
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
  toast = new_toast (_("Form deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "evaluations.undo-delete-form");
  g_signal_emit (self, signals[TOAST], 0, toast, _("Form deleted"));
}

/* The form comes back with its answers and comment; its place in the list is the last. */
void
skup_forms_page_undo_delete (SkupFormsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSatisfactionForm) form = NULL;
  gboolean ok;

  g_return_if_fail (SKUP_IS_FORMS_PAGE (self));

  form = g_steal_pointer (&self->deleted_form);
  if (form == NULL)
    return;
  self->writing++;
  ok = skup_store_add_form (self->store, form, &error);
  self->writing--;
  if (!ok)
    say (self, error->message);
  load_forms (self);
}

void
skup_forms_page_focus_first (SkupFormsPage *self)
{
  g_return_if_fail (SKUP_IS_FORMS_PAGE (self));
  gtk_widget_grab_focus (self->answers[0]);
}

gboolean
skup_forms_page_is_writing (SkupFormsPage *self)
{
  g_return_val_if_fail (SKUP_IS_FORMS_PAGE (self), FALSE);
  return self->writing > 0;
}

char *
skup_forms_page_dup_averages (SkupFormsPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SKUP_IS_FORMS_PAGE (self), NULL);

  for (guint q = 0; q < SKUP_N_QUESTIONS; q++)
    g_string_append_printf (text, "%s%s: %s", q > 0 ? "\n" : "", _(question_labels[q]),
                            gtk_label_get_label (self->averages[q]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

GtkWidget *
skup_forms_page_get_answer (SkupFormsPage *self,
                            guint          question)
{
  g_return_val_if_fail (SKUP_IS_FORMS_PAGE (self), NULL);
  g_return_val_if_fail (question < SKUP_N_QUESTIONS, NULL);
  return self->answers[question];
}
