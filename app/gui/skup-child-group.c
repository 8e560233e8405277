/* skup-child-group.c — the records that hang off one record, listed and edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Children are small records of their own (a room, a session, an organiser's link), so each
 * edit is written at once rather than with the page's Save. What every such group needs is
 * here once: the register and the record shown, reading the children, following the register
 * without rebuilding a row the user is editing, writing, removing and saying what went wrong.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-child-group.h"
#include "skup-detail-section.h"
#include "skup-gui-util.h"

typedef struct
{
  SkupContext *context;
  SkupStore   *store;       /* the one whose "changed" is followed */
  SkupRecord  *parent;
  GListModel  *children;
  /* id → the child as last read or saved here (SkupRecord), for rows to look up. */
  GHashTable  *by_id;
  /* Set while the group writes, so the store's "changed" does not rebuild it mid-edit. */
  gboolean     writing;
  guint        refresh_id;

  /* Template children */
  GtkListBox  *list_box;
  GtkLabel    *placeholder_label;
  GtkLabel    *error_label;
} SkupChildGroupPrivate;

static void detail_section_iface_init (SkupDetailSectionInterface *iface);

G_DEFINE_TYPE_WITH_CODE (SkupChildGroup, skup_child_group, ADW_TYPE_PREFERENCES_GROUP,
                         G_ADD_PRIVATE (SkupChildGroup)
                         G_IMPLEMENT_INTERFACE (SKUP_TYPE_DETAIL_SECTION,
                                                detail_section_iface_init))

enum {
  PROP_0,
  PROP_EMPTY_TEXT,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define GET_PRIV(self) ((SkupChildGroupPrivate *) skup_child_group_get_instance_private (self))

/* Reading ******************************************************************/

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  SkupChildGroup *self = user_data;
  SkupChildGroupPrivate *priv = GET_PRIV (self);
  SkupRecord *child = skup_record_copy (item);
  gint64 *id = g_new (gint64, 1);

  *id = skup_record_get_id (child);
  g_hash_table_replace (priv->by_id, id, child);
  return SKUP_CHILD_GROUP_GET_CLASS (self)->create_row (self, child);
}

static void
children_changed (SkupChildGroup *self)
{
  SkupChildGroupClass *klass = SKUP_CHILD_GROUP_GET_CLASS (self);

  if (klass->children_changed != NULL)
    klass->children_changed (self);
}

static void
refresh (SkupChildGroup *self)
{
  SkupChildGroupPrivate *priv = GET_PRIV (self);
  SkupChildGroupClass *klass = SKUP_CHILD_GROUP_GET_CLASS (self);
  SkupQuery query = { .filter_field = klass->parent_field,
                      .filter_value = skup_child_group_get_parent_id (self) };
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (priv->store == NULL || priv->parent == NULL)
    return;
  g_clear_object (&priv->children);
  g_hash_table_remove_all (priv->by_id);
  priv->children = skup_store_list (priv->store, klass->child_type, &query, &error);
  if (error != NULL)
    skup_child_group_show_error (self, error->message);
  gtk_list_box_bind_model (priv->list_box, priv->children, create_row, self, NULL);
  children_changed (self);
}

static gboolean
refresh_idle (gpointer data)
{
  SkupChildGroup *self = data;

  GET_PRIV (self)->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static gboolean
watches (SkupChildGroupClass *klass,
         const char          *kind)
{
  SkupRecordClass *child_class = g_type_class_peek (klass->child_type);

  if (child_class != NULL && g_strcmp0 (child_class->kind, kind) == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (klass->watched) && klass->watched[i] != NULL; i++)
    if (g_str_equal (klass->watched[i], kind))
      return TRUE;
  return FALSE;
}

static void
on_store_changed (SkupChildGroup *self,
                  const char     *kind)
{
  SkupChildGroupPrivate *priv = GET_PRIV (self);

  /* What this group just wrote is on screen already; rebuilding would close the row. */
  if (priv->writing || priv->refresh_id != 0)
    return;
  /* Another client's change may be of any kind (""). */
  if (*kind == '\0' || watches (SKUP_CHILD_GROUP_GET_CLASS (self), kind))
    priv->refresh_id = g_idle_add (refresh_idle, self);
}

static void
follow_store (SkupChildGroup *self)
{
  SkupChildGroupPrivate *priv = GET_PRIV (self);
  SkupStore *store = priv->context ? skup_context_get_store (priv->context) : NULL;

  if (priv->store == store)
    return;
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_set_object (&priv->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
}

/* Another register in the same window: what was shown belongs to the old one. */
static void
on_context_store_changed (SkupChildGroup *self)
{
  follow_store (self);
  refresh (self);
}

/* Actions ******************************************************************/

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupChildGroup *self = SKUP_CHILD_GROUP (widget);
  SkupRecord *child = skup_child_group_lookup (self, g_variant_get_int64 (parameter));

  if (child != NULL)
    skup_child_group_remove (self, child);
}

/* SkupDetailSection ********************************************************/

static void
child_group_set_record (SkupDetailSection *section,
                        SkupRecord        *record)
{
  SkupChildGroup *self = SKUP_CHILD_GROUP (section);

  g_set_object (&GET_PRIV (self)->parent, record);
  refresh (self);
}

static void
detail_section_iface_init (SkupDetailSectionInterface *iface)
{
  iface->set_record = child_group_set_record;
  /* No refresh: a group follows its own kinds, and not while it writes, so the page's reading
   * again after every change never rebuilds a row being edited. */
}

/* GObject ******************************************************************/

/* A row that only names the child: what a group without its own rows shows. */
static GtkWidget *
skup_child_group_real_create_row (SkupChildGroup *self,
                                  SkupRecord     *child)
{
  g_autofree char *title = skup_record_dup_title (child);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static void
skup_child_group_constructed (GObject *object)
{
  SkupChildGroup *self = SKUP_CHILD_GROUP (object);
  SkupChildGroupPrivate *priv = GET_PRIV (self);

  G_OBJECT_CLASS (skup_child_group_parent_class)->constructed (object);

  /* The list is named as the group is (the subclass's template set the title). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (self)),
                                  -1);
  if (priv->context != NULL)
    g_signal_connect_object (priv->context, "notify::store",
                             G_CALLBACK (on_context_store_changed), self, G_CONNECT_SWAPPED);
  follow_store (self);
}

static void
skup_child_group_dispose (GObject *object)
{
  SkupChildGroup *self = SKUP_CHILD_GROUP (object);
  SkupChildGroupPrivate *priv = GET_PRIV (self);

  g_clear_handle_id (&priv->refresh_id, g_source_remove);
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  /* GTK 4.8's gtk_widget_dispose_template() goes through the template children of the
   * instance's own class, whatever type it is given, and then lets go of every class's: one
   * call for the instance's type, here, is the subclasses' too (they make none). */
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->children);
  g_clear_pointer (&priv->by_id, g_hash_table_unref);
  g_clear_object (&priv->parent);
  g_clear_object (&priv->store);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (skup_child_group_parent_class)->dispose (object);
}

static void
skup_child_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkupChildGroupPrivate *priv = GET_PRIV (SKUP_CHILD_GROUP (object));

  switch (prop_id)
    {
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, gtk_label_get_label (priv->placeholder_label));
      break;
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_SECTION:
      g_value_set_pointer (value, NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_child_group_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkupChildGroupPrivate *priv = GET_PRIV (SKUP_CHILD_GROUP (object));

  switch (prop_id)
    {
    case PROP_EMPTY_TEXT:
      gtk_label_set_label (priv->placeholder_label, g_value_get_string (value));
      break;
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    case PROP_SECTION:
      /* A group's title and texts are its own (its template's). */
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_child_group_class_init (SkupChildGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_child_group_constructed;
  object_class->dispose = skup_child_group_dispose;
  object_class->get_property = skup_child_group_get_property;
  object_class->set_property = skup_child_group_set_property;
  klass->create_row = skup_child_group_real_create_row;
  klass->child_type = SKUP_TYPE_RECORD;

  /* What the list says while there are no children ("No rooms yet"). */
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_EMPTY_TEXT, properties[PROP_EMPTY_TEXT]);
  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_SECTION, "section");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-child-group.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SkupChildGroup, list_box);
  gtk_widget_class_bind_template_child_private (widget_class, SkupChildGroup, placeholder_label);
  gtk_widget_class_bind_template_child_private (widget_class, SkupChildGroup, error_label);

  gtk_widget_class_install_action (widget_class, "group.remove", "x", remove_action);
}

static void
skup_child_group_init (SkupChildGroup *self)
{
  GET_PRIV (self)->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                  g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API **********************************************************************/

void
skup_child_group_class_set_child (SkupChildGroupClass *klass,
                                  GType                child_type,
                                  const char          *parent_field,
                                  const char * const  *also_watch)
{
  g_return_if_fail (SKUP_IS_CHILD_GROUP_CLASS (klass));
  g_return_if_fail (g_type_is_a (child_type, SKUP_TYPE_RECORD));

  klass->child_type = child_type;
  klass->parent_field = parent_field;
  for (guint i = 0; also_watch != NULL && also_watch[i] != NULL; i++)
    {
      g_return_if_fail (i < G_N_ELEMENTS (klass->watched) - 1);
      klass->watched[i] = also_watch[i];
    }
  /* Kept: the kind watched is read from the child's class. */
  g_type_class_ref (child_type);
}

SkupStore *
skup_child_group_get_store (SkupChildGroup *self)
{
  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);

  return GET_PRIV (self)->store;
}

SkupRecord *
skup_child_group_get_parent (SkupChildGroup *self)
{
  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);

  return GET_PRIV (self)->parent;
}

gint64
skup_child_group_get_parent_id (SkupChildGroup *self)
{
  SkupRecord *parent;

  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), 0);

  parent = GET_PRIV (self)->parent;
  return parent ? skup_record_get_id (parent) : 0;
}

guint
skup_child_group_get_count (SkupChildGroup *self)
{
  GListModel *children;

  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), 0);

  children = GET_PRIV (self)->children;
  return children ? g_list_model_get_n_items (children) : 0;
}

GListModel *
skup_child_group_get_children (SkupChildGroup *self)
{
  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);

  return GET_PRIV (self)->children;
}

GtkListBox *
skup_child_group_get_list (SkupChildGroup *self)
{
  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);

  return GET_PRIV (self)->list_box;
}

SkupRecord *
skup_child_group_lookup (SkupChildGroup *self,
                         gint64          id)
{
  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);

  return g_hash_table_lookup (GET_PRIV (self)->by_id, &id);
}

SkupRecord *
skup_child_group_get_row_child (SkupChildGroup *self,
                                GtkWidget      *widget)
{
  SkupChildGroupPrivate *priv;
  g_autoptr(SkupRecord) item = NULL;

  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  priv = GET_PRIV (self);
  /* An expander row holds rows of its own: the child's row is the list's own. */
  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (priv->list_box))
    widget = gtk_widget_get_parent (widget);
  if (widget == NULL || priv->children == NULL)
    return NULL;
  item = g_list_model_get_item (priv->children,
                                (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget)));
  return item ? skup_child_group_lookup (self, skup_record_get_id (item)) : NULL;
}

static void
remember (SkupChildGroup *self,
          SkupRecord     *child)
{
  gint64 *id = g_new (gint64, 1);

  *id = skup_record_get_id (child);
  g_hash_table_replace (GET_PRIV (self)->by_id, id, skup_record_copy (child));
}

gboolean
skup_child_group_save (SkupChildGroup  *self,
                       SkupRecord      *child,
                       GtkWidget       *row,
                       GError         **error)
{
  SkupChildGroupPrivate *priv;
  g_autoptr(GError) local = NULL;
  gboolean is_new;
  gboolean saved;

  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), FALSE);
  g_return_val_if_fail (SKUP_IS_RECORD (child), FALSE);

  priv = GET_PRIV (self);
  g_return_val_if_fail (priv->store != NULL, FALSE);

  is_new = skup_record_get_id (child) == 0;
  if (is_new)
    skup_record_set_int (child, SKUP_CHILD_GROUP_GET_CLASS (self)->parent_field,
                         skup_child_group_get_parent_id (self));
  priv->writing = TRUE;
  saved = skup_store_save (priv->store, child, &local);
  priv->writing = FALSE;

  if (row != NULL)
    _skup_gui_set_row_error (row, local ? local->message : NULL);
  skup_child_group_show_error (self, local ? local->message : NULL);
  if (!saved)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (is_new)
    refresh (self);
  else
    {
      remember (self, child);
      children_changed (self);
    }
  return TRUE;
}

void
skup_child_group_remove (SkupChildGroup *self,
                         SkupRecord     *child)
{
  SkupStore *store;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SKUP_IS_CHILD_GROUP (self));
  g_return_if_fail (SKUP_IS_RECORD (child));

  store = GET_PRIV (self)->store;
  g_return_if_fail (store != NULL);

  plan = skup_store_plan_delete (store, child, &error);
  /* Attendance, events or sessions go with it or lose it: the window says so and asks. */
  if (plan != NULL && plan->len > 0)
    skup_detail_section_request_delete (SKUP_DETAIL_SECTION (self), child);
  else if (plan == NULL || !skup_store_delete (store, child, NULL, &error))
    skup_child_group_show_error (self, error->message);
  else
    skup_child_group_show_error (self, NULL);
}

GtkWidget *
skup_child_group_new_remove_button (SkupChildGroup *self,
                                    SkupRecord     *child,
                                    const char     *label)
{
  GtkWidget *button;

  g_return_val_if_fail (SKUP_IS_CHILD_GROUP (self), NULL);
  g_return_val_if_fail (SKUP_IS_RECORD (child), NULL);

  button = _skup_gui_new_remove_button (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "group.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", skup_record_get_id (child));
  return button;
}

void
skup_child_group_show_error (SkupChildGroup *self,
                             const char     *message)
{
  g_return_if_fail (SKUP_IS_CHILD_GROUP (self));

  _skup_gui_show_error (GET_PRIV (self)->error_label, message);
}
