/* skup-related-list.c — a titled list of the records related to the one a page shows
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows what hangs off its record: an event's participants, a person's history, a
 * venue's events. The kind's registration says which (skup-kind.h); the lists come lazily from
 * the store; a list shows its first items only (a conference may have hundreds of
 * participants) and says how many more there are.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-related-list.h"

#define DEFAULT_LIMIT 50

struct _SkupRelatedList
{
  AdwPreferencesGroup    parent_instance;

  SkupContext           *context;
  const SkupKindSection *section;
  gint64                 record_id;
  guint                  limit;
  guint                  n_items;
  GtkWidget             *more_button;

  /* Template children */
  GtkListBox            *list_box;
  GtkLabel              *placeholder;
  GtkLabel              *more_label;
};

static void skup_related_list_section_init (SkupDetailSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupRelatedList, skup_related_list, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SKUP_TYPE_DETAIL_SECTION,
                                                      skup_related_list_section_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

/* Rows ****************************************************************************/

/* "Attended 2 of 3 sessions (67%)", or NULL when attendance was not taken. */
static char *
dup_attendance_text (SkupRecord *registration)
{
  gint64 sessions = skup_record_get_int (registration, "sessions-total");
  gint64 attended = skup_record_get_int (registration, "sessions-attended");

  if (skup_record_get_int (registration, "sessions-marked") == 0 || sessions == 0)
    return NULL;
  /* Translators: a person's attendance of one event, e.g. "Attended 2 of 3 sessions (67%)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attended %u of %u session (%u%%)",
                                       "Attended %u of %u sessions (%u%%)", (gulong) sessions),
                          (guint) attended, (guint) sessions, (guint) (attended * 100 / sessions));
}

/* Up to three parts of a subtitle, joined as subtitles read. */
static char *
join (const char *a,
      const char *b,
      const char *c)
{
  const char *parts[] = { a, b, c };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

/* The record itself: a venue's events, an organisation's people. */
static GtkWidget *
create_record_row (SkupRelatedList *self,
                   SkupRecord      *record)
{
  g_autofree char *title = skup_record_dup_title (record);
  g_autofree char *subtitle = skup_record_dup_subtitle (record);

  return skup_related_row_new (title, subtitle, G_OBJECT_TYPE (record),
                               skup_record_get_id (record));
}

/* A registration seen from its event: the person, their role. */
static GtkWidget *
create_participant_row (SkupRelatedList *self,
                        SkupRecord      *registration)
{
  g_autofree char *subtitle = join (skup_record_get_choice_label (registration, "role"),
                                    skup_record_get_choice_label (registration, "status"), NULL);

  return skup_related_row_new (skup_record_get_string (registration, "person-name"), subtitle,
                               SKUP_TYPE_PERSON, skup_record_get_int (registration, "person-id"));
}

/* A registration seen from its person: the event, when, the role, the attendance. */
static GtkWidget *
create_history_row (SkupRelatedList *self,
                    SkupRecord      *registration)
{
  g_autofree char *date = skup_text_format_date_range (skup_record_get_string (registration,
                                                                              "event-start"),
                                                       skup_record_get_string (registration,
                                                                              "event-end"));
  g_autofree char *attendance = dup_attendance_text (registration);
  g_autofree char *subtitle = join (date, skup_record_get_choice_label (registration, "role"), attendance);

  return skup_related_row_new (skup_record_get_string (registration, "event-title"), subtitle,
                               SKUP_TYPE_EVENT, skup_record_get_int (registration, "event-id"));
}

/* An organisation's part in an event: the event, and the role. */
static GtkWidget *
create_event_link_row (SkupRelatedList *self,
                       SkupRecord      *link)
{
  SkupStore *store = skup_context_get_store (self->context);
  gint64 event_id = skup_record_get_int (link, "event-id");
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, NULL);
  g_autofree char *about = event ? skup_record_dup_subtitle (event) : NULL;
  g_autofree char *subtitle = join (skup_record_get_choice_label (link, "role"), about, NULL);

  return skup_related_row_new (event ? skup_record_get_string (event, "title") : NULL, subtitle,
                               SKUP_TYPE_EVENT, event_id);
}

/* The ways a registration may show a row, and the kind its rows open (whose count the group's
 * description gives); NULL for the records listed. */
static const struct {
  const char  *name;
  GtkWidget *(*create) (SkupRelatedList *self,
                        SkupRecord      *record);
  GType      (*opens) (void);
} row_styles[] = {
  { "record", create_record_row, NULL },
  { "participant", create_participant_row, skup_person_get_type },
  { "history", create_history_row, skup_event_get_type },
  { "event-link", create_event_link_row, skup_event_get_type },
};

static guint
find_row_style (SkupRelatedList *self)
{
  const char *name = self->section->row ? self->section->row : "record";

  for (guint i = 0; i < G_N_ELEMENTS (row_styles); i++)
    if (g_str_equal (row_styles[i].name, name))
      return i;
  g_critical ("No related row looks like “%s”", name);
  return 0;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SkupRelatedList *self = user_data;

  return row_styles[find_row_style (self)].create (self, item);
}

/* "12 people", in the words of the kind the rows open. */
static char *
describe_count (SkupRelatedList *self)
{
  guint style = find_row_style (self);
  GType opens = row_styles[style].opens ? row_styles[style].opens () : self->section->records ();
  const SkupKind *kind = skup_kind_for_type (opens);
  g_autofree char *number = g_strdup_printf ("%u", self->n_items);

  if (kind->n_views == 0 || kind->views[0].count_one == NULL)
    return g_steal_pointer (&number);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, kind->views[0].count_one,
                                       kind->views[0].count_many, self->n_items), number);
}

/* Reading ***************************************************************************/

static void
update_more_label (SkupRelatedList *self)
{
  guint hidden = self->n_items > self->limit ? self->n_items - self->limit : 0;
  g_autofree char *text = NULL;

  if (hidden > 0)
    /* Translators: under a list cut short, e.g. "and 134 more" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", hidden),
                            hidden);
  gtk_label_set_label (self->more_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), hidden > 0);
}

static void
show_model (SkupRelatedList *self,
            GListModel      *model)
{
  g_autoptr(GtkSliceListModel) slice = NULL;
  g_autofree char *count = NULL;

  self->n_items = model ? g_list_model_get_n_items (model) : 0;
  if (model != NULL)
    slice = gtk_slice_list_model_new (g_object_ref (model), 0, self->limit);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (slice), create_row, self, NULL);
  update_more_label (self);
  count = model ? describe_count (self) : NULL;
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), count);
}

static void
skup_related_list_refresh (SkupDetailSection *section)
{
  SkupRelatedList *self = SKUP_RELATED_LIST (section);
  SkupQuery query = { .filter_field = self->section->filter_field,
                      .filter_value = self->record_id,
                      .sort = self->section->sort, .descending = self->section->descending };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;

  /* A list the kind has no records for yet (certificates) says its empty text. */
  if (self->section->records == NULL || self->record_id == 0)
    return;

  model = skup_store_list (skup_context_get_store (self->context), self->section->records (),
                           &query, &error);
  if (model == NULL)
    {
      /* A read error is said, never shown as an empty list. */
      gtk_label_set_label (self->placeholder, error->message);
      show_model (self, NULL);
      return;
    }
  gtk_label_set_label (self->placeholder,
                       g_dgettext (GETTEXT_PACKAGE, self->section->empty_text));
  show_model (self, model);
}

static void
skup_related_list_set_record (SkupDetailSection *section,
                              SkupRecord        *record)
{
  SkupRelatedList *self = SKUP_RELATED_LIST (section);

  self->record_id = skup_record_get_id (record);
  if (self->more_button != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->more_button), "x", self->record_id);
  skup_related_list_refresh (section);
}

static void
skup_related_list_section_init (SkupDetailSectionInterface *iface)
{
  iface->set_record = skup_related_list_set_record;
  iface->refresh = skup_related_list_refresh;
}

/* Object ****************************************************************************/

static void
on_row_activated (SkupRelatedList *self,
                  GtkListBoxRow   *row)
{
  SkupRelatedRow *related = SKUP_IS_RELATED_ROW (row) ? SKUP_RELATED_ROW (row) : NULL;

  if (related != NULL && skup_related_row_get_target_type (related) != G_TYPE_INVALID)
    skup_detail_section_open_record (SKUP_DETAIL_SECTION (self),
                                     skup_related_row_get_target_type (related),
                                     skup_related_row_get_target_id (related));
}

static void
on_title_changed (SkupRelatedList *self)
{
  const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
}

static void
skup_related_list_constructed (GObject *object)
{
  SkupRelatedList *self = SKUP_RELATED_LIST (object);

  G_OBJECT_CLASS (skup_related_list_parent_class)->constructed (object);

  if (self->section == NULL)
    return;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   g_dgettext (GETTEXT_PACKAGE, self->section->title));
  gtk_label_set_label (self->placeholder, g_dgettext (GETTEXT_PACKAGE, self->section->empty_text));
  if (self->section->more_action != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (g_dgettext (GETTEXT_PACKAGE,
                                                                    self->section->more_label));

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), self->section->more_action);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
      self->more_button = button;
    }
}

static void
skup_related_list_dispose (GObject *object)
{
  SkupRelatedList *self = SKUP_RELATED_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_RELATED_LIST);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (skup_related_list_parent_class)->dispose (object);
}

static void
skup_related_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SkupRelatedList *self = SKUP_RELATED_LIST (object);

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
skup_related_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SkupRelatedList *self = SKUP_RELATED_LIST (object);

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
skup_related_list_class_init (SkupRelatedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_related_list_constructed;
  object_class->dispose = skup_related_list_dispose;
  object_class->get_property = skup_related_list_get_property;
  object_class->set_property = skup_related_list_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_SECTION, "section");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-related-list.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupRelatedList, list_box);
  gtk_widget_class_bind_template_child (widget_class, SkupRelatedList, placeholder);
  gtk_widget_class_bind_template_child (widget_class, SkupRelatedList, more_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
}

static void
skup_related_list_init (SkupRelatedList *self)
{
  self->limit = DEFAULT_LIMIT;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API *******************************************************************************/

GtkWidget *
skup_related_list_new (SkupContext           *context,
                       const SkupKindSection *section)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (section != NULL, NULL);

  return g_object_new (SKUP_TYPE_RELATED_LIST, "context", context, "section", section, NULL);
}

void
skup_related_list_set_limit (SkupRelatedList *self,
                             guint            limit)
{
  g_return_if_fail (SKUP_IS_RELATED_LIST (self));

  self->limit = limit;
  update_more_label (self);
}

guint
skup_related_list_get_n_items (SkupRelatedList *self)
{
  g_return_val_if_fail (SKUP_IS_RELATED_LIST (self), 0);

  return self->n_items;
}

GtkListBox *
skup_related_list_get_list_box (SkupRelatedList *self)
{
  g_return_val_if_fail (SKUP_IS_RELATED_LIST (self), NULL);

  return self->list_box;
}
