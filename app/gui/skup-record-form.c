/* skup-record-form.c — the editable fields of one record, built from its field table
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each record type declares its fields once (SkupField); the form turns them into libadwaita
 * rows, grouped as a person reads a record (as the kind's registration lays them out). The rows write into a copy of the
 * record as the user types, so Cancel only has to drop the copy, and "dirty" is a comparison
 * of the copy with the record as saved. Rules are the core's: the form shows the core's
 * messages at the field they name.
 *
 * The form is built in code rather than from a template: its rows come from the field table.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-date-row.h"
#include "skup-gui-util.h"
#include "skup-record-form.h"
#include "skup-reference-row.h"

typedef struct _FieldEditor FieldEditor;

struct _SkupRecordForm
{
  GtkBox      parent_instance;

  SkupStore  *store;
  GType       record_type;
  /* As last saved (or the defaults of a new record), and the copy being edited. */
  SkupRecord *saved;
  SkupRecord *edited;
  GPtrArray  *editors;
  /* Rows are being filled from the record: their signals are not the user's edits. */
  guint       loading;
};

struct _FieldEditor
{
  SkupRecordForm  *form;
  const SkupField *field;
  GtkWidget       *row;
  /* What takes focus (the row itself, or its spin button, switch or text view). */
  GtkWidget       *focus;
  /* A row right under the field's, shown with the field's error. */
  GtkWidget       *error_row;
  GtkLabel        *error_label;
  char            *error;
  /* Why the text typed so far is not a value yet (a half-typed date). */
  char            *pending;
};

G_DEFINE_FINAL_TYPE (SkupRecordForm, skup_record_form, GTK_TYPE_BOX)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Layouts ******************************************************************/

/* Editors ******************************************************************/

static void
field_editor_free (FieldEditor *editor)
{
  g_free (editor->error);
  g_free (editor->pending);
  g_free (editor);
}

static FieldEditor *
find_editor (SkupRecordForm *self,
             const char     *name)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      FieldEditor *editor = g_ptr_array_index (self->editors, i);

      if (g_str_equal (editor->field->name, name))
        return editor;
    }
  return NULL;
}

static const char *
field_label (const SkupField *field)
{
  return g_dgettext (GETTEXT_PACKAGE, field->label);
}

static void
clear_error (FieldEditor *editor)
{
  if (editor->error == NULL)
    return;

  gtk_widget_remove_css_class (editor->row, "error");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (editor->row),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_visible (editor->error_row, FALSE);
  g_clear_pointer (&editor->error, g_free);
}

/* Every edit goes through here: it clears the field's error and tells the page. */
static void
field_edited (FieldEditor *editor)
{
  clear_error (editor);
  g_signal_emit (editor->form, signals[SIGNAL_CHANGED], 0);
}

static void
on_text_changed (FieldEditor *editor)
{
  SkupRecordForm *self = editor->form;

  if (self->loading)
    return;
  skup_record_set_string (self->edited, editor->field->name,
                          gtk_editable_get_text (GTK_EDITABLE (editor->row)));
  field_edited (editor);
}

static void
on_date_changed (FieldEditor *editor)
{
  SkupRecordForm *self = editor->form;
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  /* The core parses the date, so a date the form takes is one the core takes. Text that is
   * not (yet) a date keeps the last good value and is reported on Save. */
  g_clear_pointer (&editor->pending, g_free);
  if (!skup_record_set_from_text (self->edited, editor->field->name,
                                  gtk_editable_get_text (GTK_EDITABLE (editor->row)), &error))
    editor->pending = g_strdup (error->message);
  field_edited (editor);
}

/* A one-day event is the common case: a start date fills an empty end date. */
static void
on_date_committed (FieldEditor *editor)
{
  FieldEditor *end = find_editor (editor->form, "end-date");
  g_autofree char *start = skup_date_row_dup_date (SKUP_DATE_ROW (editor->row));

  if (end == NULL || start == NULL || !g_str_equal (editor->field->name, "start-date"))
    return;
  if (*gtk_editable_get_text (GTK_EDITABLE (end->row)) == '\0')
    skup_date_row_set_date (SKUP_DATE_ROW (end->row), start);
}

static void
on_buffer_changed (FieldEditor   *editor,
                   GtkTextBuffer *buffer)
{
  SkupRecordForm *self = editor->form;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  skup_record_set_string (self->edited, editor->field->name, text);
  field_edited (editor);
}

/* A vocabulary with its own way of saying "not known" (gender: "Not stated") shows that for
 * an empty value too: a "Not set" beside it would offer two words for one thing. */
static gint
own_unknown_index (const SkupField *field)
{
  guint n = 0;
  const SkupChoice *choices = skup_choices_lookup (field->extra, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (choices[i].nick, "not-stated"))
      return (gint) i;
  return -1;
}

/* Other optional choices start with "Not set", so the list index is one past the
 * vocabulary's. */
static guint
choice_offset (const SkupField *field)
{
  return (field->flags & SKUP_FIELD_REQUIRED) || own_unknown_index (field) >= 0 ? 0 : 1;
}

static const char *
choice_nick_at (const SkupField *field,
                guint            position)
{
  guint n = 0;
  const SkupChoice *choices = skup_choices_lookup (field->extra, &n);
  guint offset = choice_offset (field);

  if (position < offset || position - offset >= n)
    return NULL;
  return choices[position - offset].nick;
}

static guint
choice_position (const SkupField *field,
                 const char      *nick)
{
  guint n = 0;
  const SkupChoice *choices = skup_choices_lookup (field->extra, &n);

  for (guint i = 0; nick != NULL && i < n; i++)
    if (g_str_equal (choices[i].nick, nick))
      return i + choice_offset (field);
  return (guint) MAX (own_unknown_index (field), 0);
}

static void
on_choice_changed (FieldEditor *editor)
{
  SkupRecordForm *self = editor->form;
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (editor->row));

  if (self->loading)
    return;
  skup_record_set_string (self->edited, editor->field->name,
                          choice_nick_at (editor->field, position));
  field_edited (editor);
}

static void
on_spin_changed (FieldEditor *editor)
{
  SkupRecordForm *self = editor->form;
  double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (editor->focus));

  if (self->loading)
    return;
  if (editor->field->type == SKUP_FIELD_REAL)
    skup_record_set_real (self->edited, editor->field->name, value);
  else
    skup_record_set_int (self->edited, editor->field->name, (gint64) value);
  field_edited (editor);
}

static void
on_switch_changed (FieldEditor *editor)
{
  SkupRecordForm *self = editor->form;

  if (self->loading)
    return;
  skup_record_set_bool (self->edited, editor->field->name,
                        gtk_switch_get_active (GTK_SWITCH (editor->focus)));
  field_edited (editor);
}

/* Rooms belong to a venue: the room picker offers the chosen venue's rooms only, and a new
 * venue drops a room of the old one. */
static void
update_room_filter (SkupRecordForm *self,
                    gint64          venue_id)
{
  FieldEditor *room = find_editor (self, "room-id");
  SkupReferenceRow *row;

  if (room == NULL)
    return;
  row = SKUP_REFERENCE_ROW (room->row);
  skup_record_picker_set_filter (skup_reference_row_get_picker (row), "venue-id", venue_id);
  gtk_widget_set_sensitive (room->row, venue_id > 0);
  skup_reference_row_set_hint (row, venue_id > 0 ? NULL : _("Choose a venue first"));
  if (!self->loading)
    skup_reference_row_set_value (row, 0);
}

/* An event's city is, nearly always, its venue's: fill it in when it is empty. */
static void
fill_city_from_venue (SkupRecordForm *self,
                      gint64          venue_id)
{
  FieldEditor *city = find_editor (self, "city");
  g_autoptr(SkupRecord) venue = NULL;

  if (city == NULL || venue_id <= 0 || skup_record_get_string (self->edited, "city") != NULL)
    return;
  venue = skup_store_load (self->store, SKUP_TYPE_VENUE, venue_id, NULL);
  if (venue != NULL && skup_record_get_string (venue, "city") != NULL)
    gtk_editable_set_text (GTK_EDITABLE (city->row), skup_record_get_string (venue, "city"));
}

/* An event holds as many as its room, or else its venue, seats: fill its capacity while it is
 * empty, or still the venue's when a room is chosen after it (the better guess). The user can
 * change it; a number typed in stays. */
static void
fill_capacity_from (SkupRecordForm *self,
                    GType           type,
                    const char     *seats_field,
                    gint64          id)
{
  FieldEditor *capacity = find_editor (self, "capacity");
  g_autoptr(SkupRecord) venue = NULL;
  g_autoptr(SkupRecord) chosen = NULL;
  gint64 current;

  if (capacity == NULL || id <= 0)
    return;
  current = skup_record_get_int (self->edited, "capacity");
  if (current != 0 && type == SKUP_TYPE_ROOM)
    venue = skup_store_load (self->store, SKUP_TYPE_VENUE,
                             skup_record_get_int (self->edited, "venue-id"), NULL);
  if (current != 0 && (venue == NULL || current != skup_record_get_int (venue, "seats")))
    return;
  chosen = skup_store_load (self->store, type, id, NULL);
  if (chosen != NULL && skup_record_get_int (chosen, seats_field) > 0)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (capacity->focus),
                               (double) skup_record_get_int (chosen, seats_field));
}

static void
on_reference_changed (FieldEditor *editor)
{
  SkupRecordForm *self = editor->form;
  gint64 id = skup_reference_row_get_value (SKUP_REFERENCE_ROW (editor->row));

  if (g_str_equal (editor->field->name, "venue-id"))
    update_room_filter (self, id);
  if (self->loading)
    return;
  if (g_str_equal (editor->field->name, "venue-id"))
    fill_city_from_venue (self, id);
  skup_record_set_int (self->edited, editor->field->name, id);
  if (g_str_equal (editor->field->name, "venue-id"))
    fill_capacity_from (self, SKUP_TYPE_VENUE, "seats", id);
  else if (g_str_equal (editor->field->name, "room-id"))
    fill_capacity_from (self, SKUP_TYPE_ROOM, "capacity", id);
  field_edited (editor);
}

/* Rows *********************************************************************/

static void
label_focus_widget (GtkWidget  *widget,
                    const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

static GtkInputPurpose
entry_purpose (const SkupField *field)
{
  if (field->flags & SKUP_FIELD_EMAIL)
    return GTK_INPUT_PURPOSE_EMAIL;
  if (g_str_has_suffix (field->name, "phone"))
    return GTK_INPUT_PURPOSE_PHONE;
  if (g_str_equal (field->name, "website"))
    return GTK_INPUT_PURPOSE_URL;
  if (g_str_has_suffix (field->name, "-name") && !g_str_equal (field->name, "short-name"))
    return GTK_INPUT_PURPOSE_NAME;
  return GTK_INPUT_PURPOSE_FREE_FORM;
}

static void
make_entry_row (FieldEditor *editor)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), entry_purpose (editor->field));
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_text_changed), editor);
  editor->row = editor->focus = row;
  label_focus_widget (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row))),
                      field_label (editor->field));
}

static void
make_date_row (FieldEditor *editor)
{
  GtkWidget *row = skup_date_row_new ();

  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_date_changed), editor);
  g_signal_connect_swapped (row, "committed", G_CALLBACK (on_date_committed), editor);
  editor->row = editor->focus = row;
  label_focus_widget (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row))),
                      field_label (editor->field));
}

/* Long text: a text view in a row of the group's boxed list, so it reads as one field. */
static void
make_multiline_row (FieldEditor *editor,
                    gboolean     with_caption)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption = gtk_label_new (field_label (editor->field));
  GtkWidget *view = gtk_text_view_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_visible (caption, with_caption);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next field, as everywhere else in the form. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "inline");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (on_buffer_changed), editor);
  editor->row = row;
  editor->focus = view;
  label_focus_widget (view, field_label (editor->field));
}

static void
make_choice_row (FieldEditor *editor)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = 0;
  const SkupChoice *choices = skup_choices_lookup (editor->field->extra, &n);

  if (choice_offset (editor->field) > 0)
    gtk_string_list_append (labels, C_("choice", "Not set"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, skup_choice_get_label (editor->field->extra, choices[i].nick));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_choice_changed), editor);
  editor->row = editor->focus = row;
}

static void
make_spin_row (FieldEditor *editor)
{
  GtkWidget *row = adw_action_row_new ();
  gboolean real = editor->field->type == SKUP_FIELD_REAL;
  /* Counts and points are never negative; only a plain number might be. */
  double lower = real || (editor->field->flags & SKUP_FIELD_NON_NEGATIVE) ? 0 : -1e6;
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, 1e6, real ? 0.5 : 1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), real ? 1 : 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  if (lower == 0)
    _skup_gui_spin_blank_zero (GTK_SPIN_BUTTON (spin));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_spin_changed), editor);
  editor->row = row;
  editor->focus = spin;
  label_focus_widget (spin, field_label (editor->field));
}

static void
make_switch_row (FieldEditor *editor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_signal_connect_swapped (toggle, "notify::active", G_CALLBACK (on_switch_changed), editor);
  editor->row = row;
  editor->focus = toggle;
  label_focus_widget (toggle, field_label (editor->field));
}

static void
make_reference_row (FieldEditor *editor)
{
  GType type = editor->field->ref ();
  GtkWidget *row;

  row = skup_reference_row_new (editor->form->store, type);
  skup_reference_row_set_required (SKUP_REFERENCE_ROW (row),
                                   editor->field->flags & SKUP_FIELD_REQUIRED);
  g_signal_connect_swapped (row, "notify::value", G_CALLBACK (on_reference_changed), editor);
  editor->row = editor->focus = row;
}

static void
make_row (FieldEditor *editor,
          gboolean     alone)
{
  const SkupField *field = editor->field;

  if (field->type == SKUP_FIELD_TEXT && (field->flags & SKUP_FIELD_MULTILINE))
    make_multiline_row (editor, !alone);
  else if (field->type == SKUP_FIELD_DATE)
    make_date_row (editor);
  else if (field->type == SKUP_FIELD_CHOICE)
    make_choice_row (editor);
  else if (field->type == SKUP_FIELD_INT || field->type == SKUP_FIELD_REAL)
    make_spin_row (editor);
  else if (field->type == SKUP_FIELD_BOOL)
    make_switch_row (editor);
  else if (field->type == SKUP_FIELD_REF)
    make_reference_row (editor);
  else
    make_entry_row (editor);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->row), field_label (field));
  label_focus_widget (editor->row, field_label (field));
}

/* Building ******************************************************************/

static FieldEditor *
add_editor (SkupRecordForm  *self,
            const SkupField *field,
            gboolean         alone)
{
  FieldEditor *editor = g_new0 (FieldEditor, 1);

  editor->form = self;
  editor->field = field;
  make_row (editor, alone);
  g_ptr_array_add (self->editors, editor);
  return editor;
}

/* The message row under a field's row: part of the same boxed list, so it reads as the
 * field's, and hidden until there is something to say. */
static void
add_error_row (FieldEditor *editor)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  editor->error_row = row;
  editor->error_label = GTK_LABEL (label);
}

/* A group of @n_fields fields, each row followed by its (hidden) message row. */
static void
add_group (SkupRecordForm   *self,
           const char       *title,
           const char       *description,
           const SkupField **fields,
           guint             n_fields)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(title));
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(description));

  for (guint i = 0; i < n_fields; i++)
    {
      /* A group of one long text is titled by it ("Notes"): no caption inside. */
      FieldEditor *editor = add_editor (self, fields[i], n_fields == 1 && title != NULL);

      add_error_row (editor);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), editor->row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), editor->error_row);
    }
  gtk_box_append (GTK_BOX (self), group);
}

/* The groups the kind's registration lays its form out in; FALSE if it names none. */
static gboolean
build_from_layout (SkupRecordForm  *self,
                   SkupRecordClass *klass)
{
  const SkupKind *kind = skup_kind_for_type (G_TYPE_FROM_CLASS (klass));

  for (guint g = 0; g < kind->n_form; g++)
    {
      const SkupFormGroup *layout = &kind->form[g];
      const SkupField *fields[SKUP_FORM_GROUP_FIELDS];
      guint n = 0;

      for (guint f = 0; f < SKUP_FORM_GROUP_FIELDS && layout->fields[f] != NULL; f++)
        {
          fields[n] = skup_record_class_find_field (klass, layout->fields[f]);
          g_return_val_if_fail (fields[n] != NULL, FALSE);
          n++;
        }
      add_group (self, layout->title, layout->description, fields, n);
    }
  return kind->n_form > 0;
}

/* A type with no layout (rooms, sessions …) still gets every field it stores. */
static void
build_plain (SkupRecordForm  *self,
             SkupRecordClass *klass)
{
  g_autofree const SkupField **fields = g_new0 (const SkupField *, klass->n_fields);
  guint n = 0;

  for (guint i = 0; i < klass->n_fields; i++)
    if (!(klass->fields[i].flags & SKUP_FIELD_COMPUTED))
      fields[n++] = &klass->fields[i];
  add_group (self, NULL, NULL, fields, n);
}

/* Loading *******************************************************************/

static void
load_editor (SkupRecordForm *self,
             FieldEditor    *editor)
{
  const SkupField *field = editor->field;
  const char *name = field->name;

  if (field->type == SKUP_FIELD_TEXT && (field->flags & SKUP_FIELD_MULTILINE))
    {
      const char *text = skup_record_get_string (self->edited, name);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor->focus));

      gtk_text_buffer_set_text (buffer, text ? text : "", -1);
    }
  else if (field->type == SKUP_FIELD_DATE)
    skup_date_row_set_date (SKUP_DATE_ROW (editor->row),
                            skup_record_get_string (self->edited, name));
  else if (field->type == SKUP_FIELD_CHOICE)
    {
      const char *value = skup_record_get_string (self->edited, name);
      guint position = choice_position (field, value);

      adw_combo_row_set_selected (ADW_COMBO_ROW (editor->row), position);
      /* A value the vocabulary lacks cannot be shown, so it is not kept either; an empty one
       * stays empty, even where it shows as the vocabulary's own "Not stated". */
      if (value != NULL)
        skup_record_set_string (self->edited, name, choice_nick_at (field, position));
    }
  else if (field->type == SKUP_FIELD_INT)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor->focus),
                               (double) skup_record_get_int (self->edited, name));
  else if (field->type == SKUP_FIELD_REAL)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor->focus),
                               skup_record_get_real (self->edited, name));
  else if (field->type == SKUP_FIELD_BOOL)
    gtk_switch_set_active (GTK_SWITCH (editor->focus), skup_record_get_bool (self->edited, name));
  else if (field->type == SKUP_FIELD_REF)
    skup_reference_row_set_value (SKUP_REFERENCE_ROW (editor->row),
                                  skup_record_get_int (self->edited, name));
  else
    {
      const char *text = skup_record_get_string (self->edited, name);

      gtk_editable_set_text (GTK_EDITABLE (editor->row), text ? text : "");
    }
}

/* A new record starts as the form shows it: a required choice on its first value. */
static SkupRecord *
new_with_defaults (GType type)
{
  SkupRecord *record = skup_record_new_for_type (type);
  SkupRecordClass *klass = SKUP_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const SkupField *field = &klass->fields[i];

      if (field->type == SKUP_FIELD_CHOICE && (field->flags & SKUP_FIELD_REQUIRED)
          && !(field->flags & SKUP_FIELD_COMPUTED))
        skup_record_set_string (record, field->name, choice_nick_at (field, 0));
    }
  return record;
}

/* GObject *******************************************************************/

static void
skup_record_form_dispose (GObject *object)
{
  SkupRecordForm *self = SKUP_RECORD_FORM (object);
  GtkWidget *child;

  /* The rows go first: their signals point at the editors. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);
  g_clear_object (&self->saved);
  g_clear_object (&self->edited);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_record_form_parent_class)->dispose (object);
}

static void
skup_record_form_finalize (GObject *object)
{
  SkupRecordForm *self = SKUP_RECORD_FORM (object);

  g_ptr_array_unref (self->editors);

  G_OBJECT_CLASS (skup_record_form_parent_class)->finalize (object);
}

static void
skup_record_form_class_init (SkupRecordFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = skup_record_form_dispose;
  object_class->finalize = skup_record_form_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
skup_record_form_init (SkupRecordForm *self)
{
  self->editors = g_ptr_array_new_with_free_func ((GDestroyNotify) field_editor_free);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
}

/* API ***********************************************************************/

SkupRecordForm *
skup_record_form_new (SkupContext *context,
                      GType        record_type)
{
  SkupRecordForm *self;
  SkupRecordClass *klass;

  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, SKUP_TYPE_RECORD), NULL);

  self = g_object_new (SKUP_TYPE_RECORD_FORM, NULL);
  self->store = g_object_ref (skup_context_get_store (context));
  self->record_type = record_type;

  klass = g_type_class_ref (record_type);
  if (!build_from_layout (self, klass))
    build_plain (self, klass);
  g_type_class_unref (klass);

  skup_record_form_set_record (self, NULL);
  return self;
}

void
skup_record_form_set_record (SkupRecordForm *self,
                             SkupRecord     *record)
{
  g_return_if_fail (SKUP_IS_RECORD_FORM (self));
  g_return_if_fail (record == NULL || G_TYPE_CHECK_INSTANCE_TYPE (record, self->record_type));

  g_clear_object (&self->edited);
  g_set_object (&self->saved, record);
  if (self->saved == NULL)
    self->saved = new_with_defaults (self->record_type);
  self->edited = skup_record_copy (self->saved);

  skup_record_form_clear_errors (self);
  self->loading++;
  for (guint i = 0; i < self->editors->len; i++)
    {
      FieldEditor *editor = g_ptr_array_index (self->editors, i);

      load_editor (self, editor);
      g_clear_pointer (&editor->pending, g_free);
    }
  /* The venue may not have changed, but the room picker must know it from the start. */
  if (find_editor (self, "venue-id") != NULL)
    update_room_filter (self, skup_record_get_int (self->edited, "venue-id"));
  self->loading--;
}

SkupRecord *
skup_record_form_get_edited (SkupRecordForm *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), NULL);

  return self->edited;
}

gboolean
skup_record_form_is_dirty (SkupRecordForm *self)
{
  SkupRecordClass *klass;

  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), FALSE);

  klass = SKUP_RECORD_GET_CLASS (self->edited);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const char *name = klass->fields[i].name;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      if (klass->fields[i].flags & SKUP_FIELD_COMPUTED)
        continue;
      before = skup_record_dup_text (self->saved, name);
      after = skup_record_dup_text (self->edited, name);
      if (!g_str_equal (before, after))
        return TRUE;
    }
  /* Typing that is not a value yet is still typing that would be lost. */
  for (guint i = 0; i < self->editors->len; i++)
    if (((FieldEditor *) g_ptr_array_index (self->editors, i))->pending != NULL)
      return TRUE;
  return FALSE;
}

gboolean
skup_record_form_check (SkupRecordForm *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), FALSE);

  for (guint i = 0; i < self->editors->len; i++)
    {
      FieldEditor *editor = g_ptr_array_index (self->editors, i);

      /* A spin button takes typed digits only on Enter or leaving it: Ctrl+S does neither. */
      if (GTK_IS_SPIN_BUTTON (editor->focus))
        gtk_spin_button_update (GTK_SPIN_BUTTON (editor->focus));
    }
  for (guint i = 0; i < self->editors->len; i++)
    {
      FieldEditor *editor = g_ptr_array_index (self->editors, i);

      if (editor->pending != NULL)
        {
          g_autofree char *message = g_strdup (editor->pending);

          skup_record_form_show_error (self, editor->field->name, message);
          return FALSE;
        }
    }
  return TRUE;
}

/* What @text means for a choice: one of its values, or one of their labels as shown. */
static const char *
parse_choice (const SkupField *field,
              const char      *text)
{
  guint n = 0;
  const SkupChoice *choices = skup_choices_lookup (field->extra, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (choices[i].nick, text)
        || g_utf8_collate (skup_choice_get_label (field->extra, choices[i].nick), text) == 0)
      return choices[i].nick;
  return NULL;
}

/* Puts a parsed value into the row, which passes it on to the record as a user's edit does. */
static void
show_value (FieldEditor *editor,
            SkupRecord  *parsed,
            const char  *text)
{
  const SkupField *field = editor->field;

  if (field->type == SKUP_FIELD_TEXT && (field->flags & SKUP_FIELD_MULTILINE))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor->focus)), text, -1);
  else if (field->type == SKUP_FIELD_CHOICE)
    adw_combo_row_set_selected (ADW_COMBO_ROW (editor->row),
                                choice_position (field,
                                                 skup_record_get_string (parsed, field->name)));
  else if (field->type == SKUP_FIELD_INT)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor->focus),
                               (double) skup_record_get_int (parsed, field->name));
  else if (field->type == SKUP_FIELD_REAL)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor->focus),
                               skup_record_get_real (parsed, field->name));
  else if (field->type == SKUP_FIELD_BOOL)
    gtk_switch_set_active (GTK_SWITCH (editor->focus), skup_record_get_bool (parsed, field->name));
  else if (field->type == SKUP_FIELD_REF)
    skup_reference_row_set_value (SKUP_REFERENCE_ROW (editor->row),
                                  skup_record_get_int (parsed, field->name));
  else
    gtk_editable_set_text (GTK_EDITABLE (editor->row), text);
}

gboolean
skup_record_form_set_field_text (SkupRecordForm *self,
                                 const char     *field,
                                 const char     *text,
                                 GError        **error)
{
  FieldEditor *editor;
  g_autoptr(SkupRecord) parsed = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  editor = find_editor (self, field);
  if (editor == NULL)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, "The form has no field “%s”.", field);
      return FALSE;
    }

  parsed = skup_record_copy (self->edited);
  text = text ? text : "";
  if (editor->field->type == SKUP_FIELD_CHOICE && *text != '\0')
    {
      const char *nick = parse_choice (editor->field, text);

      if (nick == NULL)
        skup_set_field_error (&local_error, SKUP_ERROR_INVALID, field,
                              _("%s: “%s” is not one of the known values."),
                              field_label (editor->field), text);
      skup_record_set_string (parsed, field, nick);
    }
  else
    skup_record_set_from_text (parsed, field, text, &local_error);

  if (local_error != NULL)
    {
      skup_record_form_show_error (self, field, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  show_value (editor, parsed, text);
  return TRUE;
}

gboolean
skup_record_form_show_error (SkupRecordForm *self,
                             const char     *field,
                             const char     *message)
{
  FieldEditor *editor;

  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  editor = field ? find_editor (self, field) : NULL;
  if (editor == NULL)
    return FALSE;

  g_free (editor->error);
  editor->error = g_strdup (message);
  gtk_widget_add_css_class (editor->row, "error");
  gtk_label_set_label (editor->error_label, message);
  gtk_widget_set_visible (editor->error_row, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  gtk_widget_grab_focus (editor->focus);
  /* The focus may have been there already, and the message is below the field. */
  _skup_gui_scroll_into_view (editor->row, editor->error_row);
  return TRUE;
}

const char *
skup_record_form_get_error (SkupRecordForm *self,
                            const char     *field)
{
  FieldEditor *editor;

  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), NULL);

  editor = find_editor (self, field);
  return editor ? editor->error : NULL;
}

void
skup_record_form_clear_errors (SkupRecordForm *self)
{
  g_return_if_fail (SKUP_IS_RECORD_FORM (self));

  for (guint i = 0; i < self->editors->len; i++)
    clear_error (g_ptr_array_index (self->editors, i));
}

static gboolean
is_required_and_empty (SkupRecordForm *self,
                       FieldEditor    *editor)
{
  g_autofree char *text = NULL;

  if (!(editor->field->flags & SKUP_FIELD_REQUIRED))
    return FALSE;
  text = skup_record_dup_text (self->edited, editor->field->name);
  return text == NULL || *text == '\0';
}

gboolean
skup_record_form_focus_first_field (SkupRecordForm *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), FALSE);

  for (guint i = 0; i < self->editors->len; i++)
    {
      FieldEditor *editor = g_ptr_array_index (self->editors, i);

      if (is_required_and_empty (self, editor) && gtk_widget_grab_focus (editor->focus))
        return TRUE;
    }
  for (guint i = 0; i < self->editors->len; i++)
    if (gtk_widget_grab_focus (((FieldEditor *) g_ptr_array_index (self->editors, i))->focus))
      return TRUE;
  return FALSE;
}

GtkWidget *
skup_record_form_get_row (SkupRecordForm *self,
                          const char     *field)
{
  FieldEditor *editor;

  g_return_val_if_fail (SKUP_IS_RECORD_FORM (self), NULL);

  editor = find_editor (self, field);
  return editor ? editor->row : NULL;
}

/**
 * skup_record_form_set_field_default:
 *
 * Like skup_record_form_set_field_text(), for a value the application chose rather than the
 * user (a new record made in Trainers is a trainer): on a record not saved yet it becomes
 * part of what the form compares against, so leaving untouched asks nothing.
 */
gboolean
skup_record_form_set_field_default (SkupRecordForm *self,
                                    const char     *field,
                                    const char     *text,
                                    GError        **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (!skup_record_form_set_field_text (self, field, text, error))
    return FALSE;
  if (skup_record_get_id (self->saved) != 0)
    return TRUE;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (
                          g_object_class_find_property (G_OBJECT_GET_CLASS (self->edited), field)));
  g_object_get_property (G_OBJECT (self->edited), field, &value);
  g_object_set_property (G_OBJECT (self->saved), field, &value);
  return TRUE;
}
