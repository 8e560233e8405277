/* skup-child-group.h — the records that hang off one record, listed and edited in place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "core/skup-core.h"

G_BEGIN_DECLS

#define SKUP_TYPE_CHILD_GROUP (skup_child_group_get_type ())
G_DECLARE_DERIVABLE_TYPE (SkupChildGroup, skup_child_group, SKUP, CHILD_GROUP, AdwPreferencesGroup)

/**
 * SkupChildGroupClass:
 * @create_row: the row that shows and edits @child (a copy the group keeps; look it up again
 *   with skup_child_group_get_row_child() in handlers, since a save replaces it)
 * @children_changed: (nullable): the children were read again, or one was saved
 *
 * A venue's rooms, an event's sessions, organisers or participants: a SkupDetailSection that
 * reads the children of its record (those whose @parent_field is the record's id), reads them
 * again when the register says their kind changed, and writes and removes them. A subclass
 * says which children (skup_child_group_class_set_child()) and how a row looks and edits.
 *
 * A subclass may have a template of its own (header suffix, title, "empty-text") but does not
 * call gtk_widget_dispose_template(): the base's call covers it (see its dispose).
 *
 * Actions: "group.remove" (int64 id) removes a child, asking first (through the page) when
 * others depend on it.
 */
struct _SkupChildGroupClass
{
  AdwPreferencesGroupClass parent_class;

  GtkWidget *(*create_row)       (SkupChildGroup *self,
                                  SkupRecord     *child);
  /* after the children were read again or one was saved (totals, descriptions) */
  void       (*children_changed) (SkupChildGroup *self);

  /*< private >*/
  GType       child_type;
  const char *parent_field;
  const char *watched[4];
  gpointer    padding[8];
};

/* For class_init: the children are @child_type records whose @parent_field points at the
 * record shown. Their own kind is watched; @also_watch (NULL-terminated, up to three) are
 * other kinds whose changes show in the rows (an organisation renamed, an event moved). */
void        skup_child_group_class_set_child (SkupChildGroupClass *klass,
                                              GType                child_type,
                                              const char          *parent_field,
                                              const char * const  *also_watch);

SkupStore  *skup_child_group_get_store       (SkupChildGroup      *self);
/* The record the children hang off, as the page last saved it; NULL before set_record. */
SkupRecord *skup_child_group_get_parent      (SkupChildGroup      *self);
gint64      skup_child_group_get_parent_id   (SkupChildGroup      *self);
guint       skup_child_group_get_count       (SkupChildGroup      *self);
/* (transfer none) (nullable): the children as read, in their order */
GListModel *skup_child_group_get_children    (SkupChildGroup      *self);
GtkListBox *skup_child_group_get_list        (SkupChildGroup      *self);
/* (transfer none) (nullable): child @id as last read or saved here */
SkupRecord *skup_child_group_lookup          (SkupChildGroup      *self,
                                              gint64               id);
/* (transfer none) (nullable): the child shown by the row @widget is in */
SkupRecord *skup_child_group_get_row_child   (SkupChildGroup      *self,
                                              GtkWidget           *widget);
/* Writes @child (a new one gets the parent's id), without the group reading itself again
 * meanwhile; a new child is listed at once. On failure the message shows at @row (nullable)
 * and under the group. */
gboolean    skup_child_group_save            (SkupChildGroup      *self,
                                              SkupRecord          *child,
                                              GtkWidget           *row,
                                              GError             **error);
/* Removes @child, or asks the page to confirm when that takes or changes other records. */
void        skup_child_group_remove          (SkupChildGroup      *self,
                                              SkupRecord          *child);
/* A trash-can button for @child's row that names "group.remove"; @label is its tooltip and
 * accessible name ("Remove Room"). */
GtkWidget  *skup_child_group_new_remove_button (SkupChildGroup    *self,
                                                SkupRecord        *child,
                                                const char        *label);
/* Shows @message under the group; NULL hides it. */
void        skup_child_group_show_error      (SkupChildGroup      *self,
                                              const char          *message);

G_END_DECLS
