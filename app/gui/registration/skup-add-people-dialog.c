/* skup-add-people-dialog.c — people ticked in the register, or one made new, registered at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most participants are in the register already, from earlier events: the dialog searches it
 * (in either script, as every search does) and the user ticks as many as come, across several
 * searches; Space ticks the row with the focus. Someone new is created in the dialog itself,
 * but only after the register was searched for them, so that nobody is entered twice.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/attendance/skup-check-in.h"
#include "gui/skup-gui-util.h"
#include "gui/skup-reference-row.h"
#include "skup-add-people-dialog.h"
#include "skup-registration-util.h"

/* Rows made for one search: a name or two typed narrows any register to fewer. */
#define MAX_SHOWN 50

struct _SkupAddPeopleDialog
{
  AdwWindow          parent_instance;

  SkupStore         *store;
  gint64             event_id;
  /* People registered for the event before (gint64 ids): shown ticked, not to be ticked. */
  GHashTable        *registered;
  /* The people ticked, in the order they were (gint64). */
  GArray            *ticked;
  GListModel        *results;
  /* The user saw the likely duplicates of the new person: a second Create makes them. */
  gboolean           duplicates_seen;
  GtkWidget         *organisation_row;

  /* Template children */
  GtkButton         *add_button;
  GtkStack          *stack;
  GtkSearchEntry    *search_entry;
  GtkListBox        *list_box;
  GtkLabel          *placeholder;
  GtkLabel          *more_label;
  AdwComboRow       *role_row;
  AdwPreferencesGroup *person_group;
  GtkWidget         *given_row;
  GtkWidget         *family_row;
  GtkWidget         *email_row;
  GtkLabel          *error_label;
  GtkWidget         *duplicates_group;
  GtkListBox        *duplicates_list;
  GtkButton         *create_button;
};

G_DEFINE_FINAL_TYPE (SkupAddPeopleDialog, skup_add_people_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Ticking ***************************************************************************/

static guint
find_ticked (SkupAddPeopleDialog *self,
             gint64               id)
{
  for (guint i = 0; i < self->ticked->len; i++)
    if (g_array_index (self->ticked, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

static void
update_add_button (SkupAddPeopleDialog *self)
{
  guint n = self->ticked->len;
  g_autofree char *label = NULL;

  if (n > 0)
    /* Translators: the dialog's main button; %u is how many people are ticked */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u Person", "_Add %u People",
                                          n), n);
  gtk_button_set_label (self->add_button, label ? label : _("_Add"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "add-people.add", n > 0);
}

static void
set_ticked (SkupAddPeopleDialog *self,
            gint64               id,
            gboolean             ticked)
{
  guint i = find_ticked (self, id);

  if (ticked && i == G_MAXUINT)
    g_array_append_val (self->ticked, id);
  else if (!ticked && i != G_MAXUINT)
    g_array_remove_index (self->ticked, i);
  update_add_button (self);
}

static void
on_check_toggled (SkupAddPeopleDialog *self,
                  GtkCheckButton      *check)
{
  gint64 *id = g_object_get_data (G_OBJECT (check), "person-id");

  set_ticked (self, *id, gtk_check_button_get_active (check));
}

/* Searching *************************************************************************/

static gboolean
is_registered (SkupAddPeopleDialog *self,
               gint64               id)
{
  return self->registered != NULL && g_hash_table_contains (self->registered, &id);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SkupAddPeopleDialog *self = user_data;
  SkupRecord *person = item;
  gint64 id = skup_record_get_id (person);
  g_autofree char *title = skup_record_dup_title (person);
  g_autofree char *subtitle = skup_record_dup_subtitle (person);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gboolean registered = is_registered (self, id);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               registered ? _("Registered already") : subtitle);
  g_object_set_data_full (G_OBJECT (row), "person-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (check), "person-id", g_memdup2 (&id, sizeof id), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               registered || find_ticked (self, id) != G_MAXUINT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  /* Activating the row (a click, Space or Enter on it) ticks it. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_widget_set_sensitive (row, !registered);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
update_more_label (SkupAddPeopleDialog *self,
                   guint                n)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->more_label), n > MAX_SHOWN);
  if (n <= MAX_SHOWN)
    return;
  /* Translators: under the people found; the numbers are those shown and those found */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The first %u of %u found: type more of a name to find "
                                       "fewer.",
                                       "The first %u of %u found: type more of a name to find "
                                       "fewer.", n), MAX_SHOWN, n);
  gtk_label_set_label (self->more_label, text);
}

static void
refresh (SkupAddPeopleDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  SkupQuery query = { .search = text };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkSliceListModel) slice = NULL;
  guint n;

  if (self->store == NULL)
    return;
  g_clear_object (&self->results);
  self->results = skup_store_list (self->store, SKUP_TYPE_PERSON, &query, &error);
  if (self->results == NULL)
    {
      gtk_label_set_label (self->placeholder, error->message);
      self->results = G_LIST_MODEL (g_list_store_new (SKUP_TYPE_RECORD));
    }
  else
    gtk_label_set_label (self->placeholder,
                         *text != '\0' ? _("Nobody in the register matches: add them as a new "
                                           "person.")
                                       : _("Nobody is in the register yet."));
  n = g_list_model_get_n_items (self->results);
  slice = gtk_slice_list_model_new (g_object_ref (self->results), 0, MAX_SHOWN);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (slice), create_row, self, NULL);
  update_more_label (self, n);
}

static void
on_search_changed (SkupAddPeopleDialog *self)
{
  refresh (self);
}

static void
on_stop_search (SkupAddPeopleDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* Registering ***********************************************************************/

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SkupAddPeopleDialog *self = SKUP_ADD_PEOPLE_DIALOG (widget);
  const char *role = _skup_registration_role_at (adw_combo_row_get_selected (self->role_row));
  SkupRegisterSummary summary = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->ticked->len == 0)
    return;
  if (!skup_store_register_people (self->store, self->event_id,
                                   (const gint64 *) (gpointer) self->ticked->data,
                                   self->ticked->len, role, &summary, &error))
    {
      _skup_gui_show_error (self->more_label, error->message);
      return;
    }
  text = _skup_registration_dup_summary_text (&summary);
  skup_register_summary_clear (&summary);
  _skup_registration_toast (GTK_WIDGET (self), text);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A new person ***********************************************************************/

static void
show_person_error (SkupAddPeopleDialog *self,
                   const GError        *error)
{
  const char *field = error ? skup_error_get_field (error) : NULL;

  _skup_gui_set_row_error (self->given_row, g_strcmp0 (field, "given-name") == 0
                                            ? error->message : NULL);
  _skup_gui_set_row_error (self->family_row, g_strcmp0 (field, "family-name") == 0
                                             ? error->message : NULL);
  _skup_gui_set_row_error (self->email_row, g_strcmp0 (field, "email") == 0
                                            ? error->message : NULL);
  _skup_gui_show_error (self->error_label, error ? error->message : NULL);
}

static void
reset_duplicates (SkupAddPeopleDialog *self)
{
  self->duplicates_seen = FALSE;
  gtk_widget_set_visible (self->duplicates_group, FALSE);
  gtk_button_set_label (self->create_button, _("C_reate Person"));
}

static void
on_person_changed (SkupAddPeopleDialog *self)
{
  /* Other names may have other namesakes: look again before creating. */
  reset_duplicates (self);
  show_person_error (self, NULL);
}

static void
show_page (SkupAddPeopleDialog *self,
           const char          *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), g_str_equal (name, "search"));
  gtk_widget_grab_focus (g_str_equal (name, "search") ? GTK_WIDGET (self->search_entry)
                                                      : self->given_row);
}

/* Back to the search, showing @name (the person just ticked) among the results. */
static void
show_search (SkupAddPeopleDialog *self,
             const char          *name)
{
  show_page (self, "search");
  skup_add_people_dialog_set_search_text (self, name);
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SkupAddPeopleDialog *self = SKUP_ADD_PEOPLE_DIALOG (widget);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  /* What was searched for is most likely the name: the form begins with it. */
  if (!skup_check_in_split_name (typed, &given, &family))
    given = g_strstrip (g_strdup (typed));
  gtk_editable_set_text (GTK_EDITABLE (self->given_row), given ? given : "");
  gtk_editable_set_text (GTK_EDITABLE (self->family_row), family ? family : "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), "");
  if (self->organisation_row != NULL)
    skup_reference_row_set_value (SKUP_REFERENCE_ROW (self->organisation_row), 0);
  on_person_changed (self);
  show_page (self, "new");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_page (SKUP_ADD_PEOPLE_DIALOG (widget), "search");
}

/* What @row holds without the spaces around it, NULL when that is nothing. */
static char *
dup_typed (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static SkupRecord *
person_from_form (SkupAddPeopleDialog *self)
{
  SkupRecord *person = skup_record_new_for_type (SKUP_TYPE_PERSON);
  g_autofree char *given = dup_typed (self->given_row);
  g_autofree char *family = dup_typed (self->family_row);
  g_autofree char *email = dup_typed (self->email_row);
  SkupReferenceRow *organisation = self->organisation_row
                                   ? SKUP_REFERENCE_ROW (self->organisation_row) : NULL;

  skup_record_set_string (person, "given-name", given);
  skup_record_set_string (person, "family-name", family);
  skup_record_set_string (person, "email", email);
  if (organisation != NULL)
    skup_record_set_int (person, "organisation-id", skup_reference_row_get_value (organisation));
  return person;
}

static GtkWidget *
create_duplicate_row (SkupDuplicate *duplicate)
{
  const char *parts[] = { duplicate->organisation, duplicate->reason };
  g_autofree char *subtitle = skup_text_join_parts (parts, G_N_ELEMENTS (parts));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add This Person"));
  /* Translators: a button by a likely duplicate; %s is their name */
  g_autofree char *label = g_strdup_printf (_("Add %s"), duplicate->name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duplicate->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "add-people.use");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", duplicate->record_id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_duplicates (SkupAddPeopleDialog *self,
                 GPtrArray           *duplicates)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->duplicates_list))) != NULL)
    gtk_list_box_remove (self->duplicates_list, child);
  for (guint i = 0; i < duplicates->len; i++)
    gtk_list_box_append (self->duplicates_list,
                         create_duplicate_row (g_ptr_array_index (duplicates, i)));
  gtk_widget_set_visible (self->duplicates_group, TRUE);
  gtk_button_set_label (self->create_button, _("C_reate Anyway"));
  self->duplicates_seen = TRUE;
}

/* The likely duplicates, unless the user has seen them: TRUE when there are some to see. */
static gboolean
offer_duplicates (SkupAddPeopleDialog *self,
                  SkupRecord          *person)
{
  g_autoptr(GPtrArray) duplicates = NULL;
  g_autoptr(GError) error = NULL;

  if (self->duplicates_seen)
    return FALSE;
  duplicates = skup_store_find_duplicates (self->store, person, &error);
  if (duplicates == NULL)
    {
      show_person_error (self, error);
      return TRUE;
    }
  if (duplicates->len == 0)
    return FALSE;
  show_duplicates (self, duplicates);
  return TRUE;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupAddPeopleDialog *self = SKUP_ADD_PEOPLE_DIALOG (widget);
  g_autoptr(SkupRecord) person = person_from_form (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!skup_record_validate (person, &error))
    {
      show_person_error (self, error);
      return;
    }
  if (offer_duplicates (self, person))
    return;
  if (!skup_store_save (self->store, person, &error))
    {
      show_person_error (self, error);
      return;
    }
  set_ticked (self, skup_record_get_id (person), TRUE);
  title = skup_record_dup_title (person);
  show_search (self, title);
}

static void
use_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SkupAddPeopleDialog *self = SKUP_ADD_PEOPLE_DIALOG (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(SkupRecord) person = skup_store_load (self->store, SKUP_TYPE_PERSON, id, NULL);
  g_autofree char *title = person ? skup_record_dup_title (person) : NULL;

  if (!is_registered (self, id))
    set_ticked (self, id, TRUE);
  show_search (self, title);
}

/* GObject ***************************************************************************/

static void
skup_add_people_dialog_constructed (GObject *object)
{
  SkupAddPeopleDialog *self = SKUP_ADD_PEOPLE_DIALOG (object);
  g_autoptr(GListModel) roles = _skup_registration_new_role_model ();

  G_OBJECT_CLASS (skup_add_people_dialog_parent_class)->constructed (object);

  adw_combo_row_set_model (self->role_row, roles);
  if (self->store == NULL)
    return;
  /* The organisation is found, or made, as in the person's own form. */
  self->organisation_row = skup_reference_row_new (self->store, SKUP_TYPE_ORGANISATION);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->organisation_row),
                                 _("Organisation"));
  adw_preferences_group_add (self->person_group, self->organisation_row);
  refresh (self);
}

static void
skup_add_people_dialog_dispose (GObject *object)
{
  SkupAddPeopleDialog *self = SKUP_ADD_PEOPLE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ADD_PEOPLE_DIALOG);
  g_clear_object (&self->results);
  g_clear_pointer (&self->registered, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_add_people_dialog_parent_class)->dispose (object);
}

static void
skup_add_people_dialog_finalize (GObject *object)
{
  g_array_unref (SKUP_ADD_PEOPLE_DIALOG (object)->ticked);

  G_OBJECT_CLASS (skup_add_people_dialog_parent_class)->finalize (object);
}

static void
skup_add_people_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, SKUP_ADD_PEOPLE_DIALOG (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_add_people_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      SKUP_ADD_PEOPLE_DIALOG (object)->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_add_people_dialog_class_init (SkupAddPeopleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_add_people_dialog_constructed;
  object_class->dispose = skup_add_people_dialog_dispose;
  object_class->finalize = skup_add_people_dialog_finalize;
  object_class->get_property = skup_add_people_dialog_get_property;
  object_class->set_property = skup_add_people_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SKUP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-add-people-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, placeholder);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, more_label);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, person_group);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, given_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, family_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, duplicates_list);
  gtk_widget_class_bind_template_child (widget_class, SkupAddPeopleDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_person_changed);

  gtk_widget_class_install_action (widget_class, "add-people.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "add-people.new-person", NULL,
                                   new_person_action);
  gtk_widget_class_install_action (widget_class, "add-people.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "add-people.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "add-people.use", "x", use_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_add_people_dialog_init (SkupAddPeopleDialog *self)
{
  self->ticked = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  update_add_button (self);
}

/* API *******************************************************************************/

GtkWindow *
skup_add_people_dialog_new (GtkWindow *parent,
                            SkupStore *store,
                            gint64     event_id)
{
  SkupAddPeopleDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_ADD_PEOPLE_DIALOG, "store", store, "transient-for", parent,
                       NULL);
  self->event_id = event_id;
  self->registered = _skup_registration_dup_people (store, event_id, FALSE, &error);
  if (self->registered == NULL)
    _skup_gui_show_error (self->more_label, error->message);
  refresh (self);
  return GTK_WINDOW (self);
}

void
skup_add_people_dialog_set_search_text (SkupAddPeopleDialog *self,
                                        const char          *text)
{
  g_return_if_fail (SKUP_IS_ADD_PEOPLE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* The entry reports changes after a pause for typing; callers want the results now. */
  refresh (self);
}

GtkListBox *
skup_add_people_dialog_get_list (SkupAddPeopleDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ADD_PEOPLE_DIALOG (self), NULL);

  return self->list_box;
}

guint
skup_add_people_dialog_get_n_ticked (SkupAddPeopleDialog *self)
{
  g_return_val_if_fail (SKUP_IS_ADD_PEOPLE_DIALOG (self), 0);

  return self->ticked->len;
}

gint64
skup_add_people_dialog_get_row_person (GtkWidget *row)
{
  gint64 *id;

  g_return_val_if_fail (GTK_IS_WIDGET (row), 0);

  id = g_object_get_data (G_OBJECT (row), "person-id");
  return id ? *id : 0;
}
