/* skup-paste-list-dialog.c — a pasted list of names, reviewed against the register, registered
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core reads and matches the lines (skup-paste-list.c); the dialog shows its verdict a
 * line at a time, lets the user say "that is someone else" of a likely match, and marks the
 * lines in error where they were typed, so a Back finds them. Nothing is written before
 * Register, and then all of it at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/registration/skup-paste-list.h"
#include "gui/skup-gui-util.h"
#include "skup-paste-list-dialog.h"
#include "skup-registration-util.h"

struct _SkupPasteListDialog
{
  AdwWindow       parent_instance;

  SkupStore      *store;
  gint64          event_id;
  GPtrArray      *lines;
  GtkTextTag     *error_tag;

  /* Template children */
  GtkWidget      *cancel_button;
  GtkWidget      *back_button;
  GtkWidget      *review_button;
  GtkButton      *register_button;
  GtkStack       *stack;
  GtkTextView    *text_view;
  AdwComboRow    *role_row;
  GtkLabel       *summary_label;
  GtkListBox     *review_list;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (SkupPasteListDialog, skup_paste_list_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The review ************************************************************************/

static char *
dup_verdict_text (const SkupPasteLine *line)
{
  g_autofree char *who = NULL;
  const char *parts[2] = { NULL, line->reason };

  switch (line->verdict)
    {
    case SKUP_PASTE_MATCH:
      /* Translators: a line of a pasted list; %s is the person in the register */
      who = g_strdup_printf (_("Matches %s"), line->person_name);
      break;
    case SKUP_PASTE_LIKELY:
      /* Translators: a line of a pasted list; %s is a namesake in the register */
      who = g_strdup_printf (_("Likely %s"), line->person_name);
      break;
    case SKUP_PASTE_ERROR:
      /* Translators: %u is a line's number in a pasted list, then what is wrong with it */
      return g_strdup_printf (_("Line %u: %s"), line->line, line->error);
    case SKUP_PASTE_NEW:
    default:
      if (line->new_organisation)
        /* Translators: %s is an organisation a pasted line names */
        return g_strdup_printf (_("New person, and a new organisation “%s”"),
                                line->organisation);
      return g_strdup (_("New person"));
    }
  parts[0] = who;
  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static void update_summary (SkupPasteListDialog *self);

static void
on_create_new_toggled (SkupPasteListDialog *self,
                       GtkToggleButton     *button)
{
  SkupPasteLine *line = g_object_get_data (G_OBJECT (button), "paste-line");

  line->create_new = gtk_toggle_button_get_active (button);
  update_summary (self);
}

/* Use the namesake, or make a new person: two buttons, one of them down. */
static GtkWidget *
new_choice (SkupPasteListDialog *self,
            SkupPasteLine       *line)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *use = gtk_toggle_button_new_with_mnemonic (_("_Use"));
  GtkWidget *create = gtk_toggle_button_new_with_mnemonic (_("_New"));
  /* Translators: buttons by a likely match in a pasted list; %s is the namesake */
  g_autofree char *use_label = g_strdup_printf (_("Register %s"), line->person_name);
  g_autofree char *create_label = g_strdup (_("Someone else: create a new person"));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (create), GTK_TOGGLE_BUTTON (use));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (line->create_new ? create : use), TRUE);
  gtk_widget_set_tooltip_text (use, use_label);
  gtk_widget_set_tooltip_text (create, create_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (use), GTK_ACCESSIBLE_PROPERTY_LABEL, use_label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (create), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  create_label, -1);
  g_object_set_data (G_OBJECT (create), "paste-line", line);
  g_signal_connect_object (create, "toggled", G_CALLBACK (on_create_new_toggled), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), use);
  gtk_box_append (GTK_BOX (box), create);
  return box;
}

static GtkWidget *
create_review_row (SkupPasteListDialog *self,
                   SkupPasteLine       *line)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = dup_verdict_text (line);
  g_autofree char *number = g_strdup_printf ("%u", line->line);
  GtkWidget *number_label = gtk_label_new (number);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  /* The line's number, as the text view would count it. */
  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (number_label), 3);
  gtk_label_set_xalign (GTK_LABEL (number_label), 1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number_label);
  if (line->verdict == SKUP_PASTE_ERROR)
    _skup_gui_set_row_error (row, line->error);
  else if (line->verdict == SKUP_PASTE_LIKELY)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_choice (self, line));
  return row;
}

/* "3 people will be registered · 2 of them are new to the register · 1 line has a mistake
 * and is left out" */
static char *
dup_summary (GPtrArray *lines)
{
  guint n = skup_paste_list_count_people (lines);
  guint created = skup_paste_list_count_new (lines);
  guint errors = lines->len - n;
  g_autofree char *people = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *mistakes = NULL;
  const char *parts[3];

  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person will be registered",
                                         "%u people will be registered", n), n);
  if (created > 0)
    fresh = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of them is new to the register",
                                          "%u of them are new to the register", created),
                             created);
  if (errors > 0)
    mistakes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u line has a mistake and is left out",
                                             "%u lines have a mistake and are left out", errors),
                                errors);
  parts[0] = people;
  parts[1] = fresh;
  parts[2] = mistakes;
  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static void
update_summary (SkupPasteListDialog *self)
{
  guint n = self->lines ? skup_paste_list_count_people (self->lines) : 0;
  g_autofree char *summary = self->lines ? dup_summary (self->lines) : NULL;
  /* Translators: the button that registers a pasted list; %u is how many people */
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Register %u Person",
                                                         "_Register %u People", n), n);

  gtk_label_set_label (self->summary_label, summary ? summary : "");
  gtk_button_set_label (self->register_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "paste.register", n > 0);
}

static void
show_page (SkupPasteListDialog *self,
           gboolean             review)
{
  gtk_stack_set_visible_child_name (self->stack, review ? "review" : "text");
  gtk_widget_set_visible (self->cancel_button, !review);
  gtk_widget_set_visible (self->back_button, review);
  gtk_widget_set_visible (self->review_button, !review);
  gtk_widget_set_visible (GTK_WIDGET (self->register_button), review);
}

/* The lines in error are marked in the text too: Back shows where to correct them. */
static void
mark_errors (SkupPasteListDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->error_tag, &start, &end);
  for (guint i = 0; i < self->lines->len; i++)
    {
      SkupPasteLine *line = g_ptr_array_index (self->lines, i);

      if (line->verdict != SKUP_PASTE_ERROR)
        continue;
      gtk_text_buffer_get_iter_at_line (buffer, &start, (int) line->line - 1);
      end = start;
      gtk_text_iter_forward_to_line_end (&end);
      gtk_text_buffer_apply_tag (buffer, self->error_tag, &start, &end);
    }
}

static void
fill_review (SkupPasteListDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->review_list))) != NULL)
    gtk_list_box_remove (self->review_list, child);
  for (guint i = 0; i < self->lines->len; i++)
    gtk_list_box_append (self->review_list,
                         create_review_row (self, g_ptr_array_index (self->lines, i)));
  update_summary (self);
}

/* Actions ***************************************************************************/

static char *
dup_text (SkupPasteListDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupPasteListDialog *self = SKUP_PASTE_LIST_DIALOG (widget);
  g_autofree char *text = dup_text (self);
  g_autoptr(GPtrArray) lines = skup_paste_list_parse (text);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  _skup_gui_show_error (self->error_label, NULL);
  if (!skup_paste_list_match (self->store, lines, &error))
    _skup_gui_show_error (self->error_label, error->message);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  self->lines = g_steal_pointer (&lines);
  mark_errors (self);
  fill_review (self);
  show_page (self, TRUE);
  if (error != NULL)
    gtk_widget_action_set_enabled (widget, "paste.register", FALSE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupPasteListDialog *self = SKUP_PASTE_LIST_DIALOG (widget);

  show_page (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* "3 people registered, 2 added to the register" */
static char *
dup_outcome (const SkupRegisterSummary *summary,
             guint                      created)
{
  g_autofree char *registered = _skup_registration_dup_summary_text (summary);
  g_autofree char *added = NULL;
  const char *parts[2];

  if (created == 0)
    return g_steal_pointer (&registered);
  /* Translators: after the people registered from a pasted list */
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added to the register",
                                        "%u added to the register", created), created);
  parts[0] = registered;
  parts[1] = added;
  return skup_text_join_parts_with (", ", parts, G_N_ELEMENTS (parts));
}

static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SkupPasteListDialog *self = SKUP_PASTE_LIST_DIALOG (widget);
  const char *role = _skup_registration_role_at (adw_combo_row_get_selected (self->role_row));
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint created = 0;

  if (self->lines == NULL)
    return;
  if (!skup_paste_list_register (self->store, self->event_id, self->lines, role, &created,
                                 &summary, &error))
    {
      _skup_gui_show_error (self->error_label, error->message);
      return;
    }
  text = dup_outcome (&summary, created);
  skup_register_summary_clear (&summary);
  _skup_registration_toast (widget, text);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject ***************************************************************************/

static void
skup_paste_list_dialog_constructed (GObject *object)
{
  SkupPasteListDialog *self = SKUP_PASTE_LIST_DIALOG (object);
  g_autoptr(GListModel) roles = _skup_registration_new_role_model ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  G_OBJECT_CLASS (skup_paste_list_dialog_parent_class)->constructed (object);

  adw_combo_row_set_model (self->role_row, roles);
  self->error_tag = gtk_text_buffer_create_tag (buffer, "error", "underline",
                                                PANGO_UNDERLINE_ERROR, NULL);
  update_summary (self);
}

static void
skup_paste_list_dialog_dispose (GObject *object)
{
  SkupPasteListDialog *self = SKUP_PASTE_LIST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_PASTE_LIST_DIALOG);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_paste_list_dialog_parent_class)->dispose (object);
}

static void
skup_paste_list_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, SKUP_PASTE_LIST_DIALOG (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_paste_list_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      SKUP_PASTE_LIST_DIALOG (object)->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_paste_list_dialog_class_init (SkupPasteListDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_paste_list_dialog_constructed;
  object_class->dispose = skup_paste_list_dialog_dispose;
  object_class->get_property = skup_paste_list_dialog_get_property;
  object_class->set_property = skup_paste_list_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SKUP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-paste-list-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, review_button);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, register_button);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, review_list);
  gtk_widget_class_bind_template_child (widget_class, SkupPasteListDialog, error_label);

  gtk_widget_class_install_action (widget_class, "paste.review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "paste.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "paste.register", NULL, register_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_paste_list_dialog_init (SkupPasteListDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API *******************************************************************************/

GtkWindow *
skup_paste_list_dialog_new (GtkWindow *parent,
                            SkupStore *store,
                            gint64     event_id)
{
  SkupPasteListDialog *self;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_PASTE_LIST_DIALOG, "store", store, "transient-for", parent,
                       NULL);
  self->event_id = event_id;
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  return GTK_WINDOW (self);
}

void
skup_paste_list_dialog_set_text (SkupPasteListDialog *self,
                                 const char          *text)
{
  g_return_if_fail (SKUP_IS_PASTE_LIST_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text ? text : "", -1);
}

GtkListBox *
skup_paste_list_dialog_get_review (SkupPasteListDialog *self)
{
  g_return_val_if_fail (SKUP_IS_PASTE_LIST_DIALOG (self), NULL);

  return self->review_list;
}

GPtrArray *
skup_paste_list_dialog_get_lines (SkupPasteListDialog *self)
{
  g_return_val_if_fail (SKUP_IS_PASTE_LIST_DIALOG (self), NULL);

  return self->lines;
}
