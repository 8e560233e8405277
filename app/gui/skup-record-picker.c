/* skup-record-picker.c — finds a record, or creates it when it is not there (in a popover)
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pickers choose the organisation, venue, project or room a record refers to. Typing searches
 * the register as you type, in either script ("Пожаревац" finds "Požarevac"); Enter takes the
 * first match. When nothing fits, "Create “…”" adds a record with just that name, so a form
 * never has to be left to make the thing it refers to.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-text.h"
#include "skup-record-picker.h"

struct _SkupRecordPicker
{
  AdwBin              parent_instance;

  SkupStore          *store;
  GType               record_type;
  char               *filter_field;
  gint64              filter_value;
  gboolean            can_clear;
  char               *error;
  GListModel         *results;

  /* Template children */
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkLabel           *empty_label;
  GtkLabel           *error_label;
  GtkButton          *create_button;
  AdwButtonContent   *create_content;
  GtkButton          *clear_button;
};

G_DEFINE_FINAL_TYPE (SkupRecordPicker, skup_record_picker, ADW_TYPE_BIN)

enum {
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static SkupRecordClass *
peek_record_class (SkupRecordPicker *self)
{
  return self->record_type != G_TYPE_INVALID ? g_type_class_peek (self->record_type) : NULL;
}

/* Rooms have no searchable field, so the store does not search them: match their names
 * here, folded as the store folds text. There are only ever a few rooms in a venue. */
static gboolean
needs_local_search (SkupRecordClass *klass)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & SKUP_FIELD_SEARCHABLE)
      return FALSE;
  return TRUE;
}

static gboolean
title_matches (gpointer item,
               gpointer user_data)
{
  g_autofree char *title = skup_record_dup_title (SKUP_RECORD (item));
  g_autofree char *key = skup_text_fold (title ? title : "");

  return strstr (key, user_data) != NULL;
}

static GListModel *
search_locally (GListModel *records,
                const char *text)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (title_matches, skup_text_fold (text), g_free);

  return G_LIST_MODEL (gtk_filter_list_model_new (records, GTK_FILTER (filter)));
}

/* Only types with a name can be made from a name, and a room only inside a chosen venue. */
static gboolean
can_create (SkupRecordPicker *self)
{
  SkupRecordClass *klass = peek_record_class (self);
  const SkupField *name = klass ? skup_record_class_find_field (klass, "name") : NULL;

  return name != NULL && name->type == SKUP_FIELD_TEXT
         && (self->filter_field == NULL || self->filter_value > 0);
}

/* What was typed, without the spaces around it. */
static char *
dup_search_text (SkupRecordPicker *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

static void
update_buttons (SkupRecordPicker *self)
{
  g_autofree char *text = dup_search_text (self);
  guint n = self->results ? g_list_model_get_n_items (self->results) : 0;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->create_button), can_create (self) && *text != '\0');
  /* Translators: a button in a picker; %s is what the user typed, e.g. Create “Duga” */
  label = g_strdup_printf (_("Create “%s”"), text);
  adw_button_content_set_label (self->create_content, label);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), self->can_clear);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_label_set_label (self->empty_label, *text != '\0' ? _("No matches") : _("Nothing here yet"));
}

static void
set_error (SkupRecordPicker *self,
           const char       *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
refresh (SkupRecordPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  SkupQuery query = { .search = text, .filter_field = self->filter_field,
                      .filter_value = self->filter_value };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) records = NULL;

  g_clear_object (&self->results);
  if (self->store != NULL && self->record_type != G_TYPE_INVALID)
    records = skup_store_list (self->store, self->record_type, &query, &error);
  if (error != NULL)
    set_error (self, error->message);

  if (records != NULL && *text != '\0' && needs_local_search (peek_record_class (self)))
    self->results = search_locally (g_steal_pointer (&records), text);
  else if (records != NULL)
    self->results = g_steal_pointer (&records);
  else
    self->results = G_LIST_MODEL (g_list_store_new (SKUP_TYPE_RECORD));

  gtk_single_selection_set_model (self->selection, self->results);
  update_buttons (self);
}

static void
on_search_changed (SkupRecordPicker *self)
{
  set_error (self, NULL);
  refresh (self);
}

static void
on_search_activate (SkupRecordPicker *self)
{
  SkupRecord *record = gtk_single_selection_get_selected_item (self->selection);

  /* Enter takes the highlighted match; with none, it creates what was typed. */
  if (record != NULL)
    skup_record_picker_choose (self, skup_record_get_id (record));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->create_button)))
    skup_record_picker_create (self);
}

static void
close_popover (SkupRecordPicker *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_stop_search (SkupRecordPicker *self)
{
  close_popover (self);
}

static void
on_list_activate (SkupRecordPicker *self,
                  guint             position)
{
  g_autoptr(SkupRecord) record = g_list_model_get_item (self->results, position);

  if (record != NULL)
    skup_record_picker_choose (self, skup_record_get_id (record));
}

static void
on_create_clicked (SkupRecordPicker *self)
{
  skup_record_picker_create (self);
}

static void
on_create_clicked_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  on_create_clicked (SKUP_RECORD_PICKER (widget));
}

static void
on_clear_clicked (SkupRecordPicker *self)
{
  skup_record_picker_choose (self, 0);
}

static void
on_clear_clicked_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  on_clear_clicked (SKUP_RECORD_PICKER (widget));
}

static void
on_map (SkupRecordPicker *self)
{
  /* Records may have been added since the picker was last open. */
  set_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refresh (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
skup_record_picker_dispose (GObject *object)
{
  SkupRecordPicker *self = SKUP_RECORD_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_RECORD_PICKER);
  g_clear_object (&self->results);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_record_picker_parent_class)->dispose (object);
}

static void
skup_record_picker_finalize (GObject *object)
{
  SkupRecordPicker *self = SKUP_RECORD_PICKER (object);

  g_free (self->filter_field);
  g_free (self->error);

  G_OBJECT_CLASS (skup_record_picker_parent_class)->finalize (object);
}

static void
skup_record_picker_class_init (SkupRecordPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_record_picker_dispose;
  object_class->finalize = skup_record_picker_finalize;

  signals[SIGNAL_CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /* The list's rows bind to SkupRecord:title-text. */
  g_type_ensure (SKUP_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-record-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, selection);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, empty_label);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, create_button);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, create_content);
  gtk_widget_class_bind_template_child (widget_class, SkupRecordPicker, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_install_action (widget_class, "picker.create", NULL, on_create_clicked_action);
  gtk_widget_class_install_action (widget_class, "picker.clear", NULL, on_clear_clicked_action);
  gtk_widget_class_bind_template_callback (widget_class, on_map);
}

static void
skup_record_picker_init (SkupRecordPicker *self)
{
  self->record_type = G_TYPE_INVALID;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_buttons (self);
}

GtkWidget *
skup_record_picker_new (SkupStore *store,
                        GType      record_type)
{
  SkupRecordPicker *self = g_object_new (SKUP_TYPE_RECORD_PICKER, NULL);

  skup_record_picker_set_store (self, store);
  skup_record_picker_set_record_type (self, record_type);
  return GTK_WIDGET (self);
}

void
skup_record_picker_set_store (SkupRecordPicker *self,
                              SkupStore        *store)
{
  g_return_if_fail (SKUP_IS_RECORD_PICKER (self));

  g_set_object (&self->store, store);
}

void
skup_record_picker_set_record_type (SkupRecordPicker *self,
                                    GType             record_type)
{
  const char *hint;

  g_return_if_fail (SKUP_IS_RECORD_PICKER (self));
  g_return_if_fail (g_type_is_a (record_type, SKUP_TYPE_RECORD));

  self->record_type = record_type;
  hint = skup_kind_for_type (record_type)->search_hint;
  if (hint != NULL)
    {
      /* The property, as its setter is newer than GTK 4.8. */
      g_object_set (self->search_entry, "placeholder-text", _(hint), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(hint), -1);
    }
  update_buttons (self);
}

GType
skup_record_picker_get_record_type (SkupRecordPicker *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_PICKER (self), G_TYPE_INVALID);

  return self->record_type;
}

void
skup_record_picker_set_filter (SkupRecordPicker *self,
                               const char       *field,
                               gint64            value)
{
  g_return_if_fail (SKUP_IS_RECORD_PICKER (self));

  g_free (self->filter_field);
  self->filter_field = g_strdup (field);
  self->filter_value = value;
  update_buttons (self);
}

void
skup_record_picker_set_can_clear (SkupRecordPicker *self,
                                  gboolean          can_clear)
{
  g_return_if_fail (SKUP_IS_RECORD_PICKER (self));

  self->can_clear = !!can_clear;
  update_buttons (self);
}

void
skup_record_picker_set_search_text (SkupRecordPicker *self,
                                    const char       *text)
{
  g_return_if_fail (SKUP_IS_RECORD_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* The entry reports changes after a pause for typing; callers want the results now. */
  refresh (self);
}

GListModel *
skup_record_picker_get_results (SkupRecordPicker *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_PICKER (self), NULL);

  if (self->results == NULL)
    refresh (self);
  return self->results;
}

void
skup_record_picker_choose (SkupRecordPicker *self,
                           gint64            id)
{
  g_return_if_fail (SKUP_IS_RECORD_PICKER (self));

  close_popover (self);
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, id);
}

gboolean
skup_record_picker_create (SkupRecordPicker *self)
{
  g_autofree char *name = dup_search_text (self);
  g_autoptr(SkupRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (SKUP_IS_RECORD_PICKER (self), FALSE);

  if (!can_create (self) || *name == '\0')
    return FALSE;

  record = skup_record_new_for_type (self->record_type);
  skup_record_set_string (record, "name", name);
  if (self->filter_field != NULL)
    skup_record_set_int (record, self->filter_field, self->filter_value);
  if (!skup_store_save (self->store, record, &error))
    {
      /* Most often: an organisation of that name exists. The list shows it to pick. */
      set_error (self, error->message);
      return FALSE;
    }

  skup_record_picker_choose (self, skup_record_get_id (record));
  return TRUE;
}

const char *
skup_record_picker_get_error (SkupRecordPicker *self)
{
  g_return_val_if_fail (SKUP_IS_RECORD_PICKER (self), NULL);

  return self->error;
}
