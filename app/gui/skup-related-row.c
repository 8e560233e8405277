/* skup-related-row.c — a row of a related list: a record's title and what it is to the page's
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-related-row.h"

struct _SkupRelatedRow
{
  AdwActionRow parent_instance;

  /* What activating the row opens; G_TYPE_INVALID for nothing. */
  GType        target_type;
  gint64       target_id;
};

G_DEFINE_FINAL_TYPE (SkupRelatedRow, skup_related_row, ADW_TYPE_ACTION_ROW)

static void
skup_related_row_class_init (SkupRelatedRowClass *klass)
{
}

static void
skup_related_row_init (SkupRelatedRow *self)
{
  /* Names are text, never markup: "Prevent & Duga". */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 2);
}

GtkWidget *
skup_related_row_new (const char *title,
                      const char *subtitle,
                      GType       type,
                      gint64      id)
{
  SkupRelatedRow *self = g_object_new (SKUP_TYPE_RELATED_ROW, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title ? title : "", -1);
  if (subtitle != NULL && *subtitle != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      subtitle, -1);
    }
  if (type != G_TYPE_INVALID)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (self),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
      self->target_type = type;
      self->target_id = id;
    }
  return GTK_WIDGET (self);
}

GType
skup_related_row_get_target_type (SkupRelatedRow *self)
{
  g_return_val_if_fail (SKUP_IS_RELATED_ROW (self), G_TYPE_INVALID);

  return self->target_type;
}

gint64
skup_related_row_get_target_id (SkupRelatedRow *self)
{
  g_return_val_if_fail (SKUP_IS_RELATED_ROW (self), 0);

  return self->target_id;
}
