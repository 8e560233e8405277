/* skup-organisation-filter.c — the removable "Organisation: …" filter over a list of people
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list narrowed to one organisation must say so where the list is, for as long as it is
 * narrowed: a closed search bar or a glance at the window must never leave someone thinking
 * they see everybody. Removing the filter is one click (or Enter) on the chip itself.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-organisation.h"
#include "skup-organisation-filter.h"

struct _SkupOrganisationFilter
{
  AdwBin      parent_instance;

  SkupStore  *store;
  gint64      organisation_id;
  char       *text;

  /* Template children */
  GtkLabel   *label;
  GtkButton  *remove_button;
};

G_DEFINE_FINAL_TYPE (SkupOrganisationFilter, skup_organisation_filter, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ORGANISATION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The organisation's name as the store has it now; its id if it cannot be read (it was
 * deleted meanwhile), so the chip still says that a filter is on. */
static char *
dup_organisation_name (SkupOrganisationFilter *self)
{
  g_autoptr(SkupRecord) organisation = NULL;

  if (self->store != NULL)
    organisation = skup_store_load (self->store, SKUP_TYPE_ORGANISATION, self->organisation_id,
                                    NULL);
  if (organisation != NULL)
    return skup_record_dup_title (organisation);
  return g_strdup_printf ("%" G_GINT64_FORMAT, self->organisation_id);
}

static void
update_text (SkupOrganisationFilter *self)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  g_clear_pointer (&self->text, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self), self->organisation_id > 0);
  if (self->organisation_id <= 0)
    return;

  name = dup_organisation_name (self);
  /* Translators: a filter shown over the People list; %s is an organisation's name */
  self->text = g_strdup_printf (_("Organisation: %s"), name);
  gtk_label_set_label (self->label, self->text);
  /* Translators: what the button on the filter does, for a screen reader; %s is the filter,
   * e.g. Organisation: Re Generation */
  description = g_strdup_printf (_("Remove the filter “%s”"), self->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static void
on_remove_clicked (SkupOrganisationFilter *self)
{
  skup_organisation_filter_set_organisation_id (self, 0);
}

static void
on_remove_clicked_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  on_remove_clicked (SKUP_ORGANISATION_FILTER (widget));
}

static void
skup_organisation_filter_dispose (GObject *object)
{
  SkupOrganisationFilter *self = SKUP_ORGANISATION_FILTER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_ORGANISATION_FILTER);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_organisation_filter_parent_class)->dispose (object);
}

static void
skup_organisation_filter_finalize (GObject *object)
{
  SkupOrganisationFilter *self = SKUP_ORGANISATION_FILTER (object);

  g_free (self->text);

  G_OBJECT_CLASS (skup_organisation_filter_parent_class)->finalize (object);
}

static void
skup_organisation_filter_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  SkupOrganisationFilter *self = SKUP_ORGANISATION_FILTER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION_ID:
      g_value_set_int64 (value, self->organisation_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_organisation_filter_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  SkupOrganisationFilter *self = SKUP_ORGANISATION_FILTER (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION_ID:
      skup_organisation_filter_set_organisation_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_organisation_filter_class_init (SkupOrganisationFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_organisation_filter_dispose;
  object_class->finalize = skup_organisation_filter_finalize;
  object_class->get_property = skup_organisation_filter_get_property;
  object_class->set_property = skup_organisation_filter_set_property;

  /* The organisation the list shows the people of; 0 for everyone. */
  properties[PROP_ORGANISATION_ID] =
    g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-organisation-filter.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupOrganisationFilter, label);
  gtk_widget_class_bind_template_child (widget_class, SkupOrganisationFilter, remove_button);
  gtk_widget_class_install_action (widget_class, "filter.remove", NULL, on_remove_clicked_action);
}

static void
skup_organisation_filter_init (SkupOrganisationFilter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_text (self);
}

GtkWidget *
skup_organisation_filter_new (void)
{
  return g_object_new (SKUP_TYPE_ORGANISATION_FILTER, NULL);
}

void
skup_organisation_filter_set_store (SkupOrganisationFilter *self,
                                    SkupStore              *store)
{
  g_return_if_fail (SKUP_IS_ORGANISATION_FILTER (self));
  g_return_if_fail (store == NULL || SKUP_IS_STORE (store));

  /* Another register has other organisations: the filter would name the wrong one. */
  if (g_set_object (&self->store, store))
    skup_organisation_filter_set_organisation_id (self, 0);
}

gint64
skup_organisation_filter_get_organisation_id (SkupOrganisationFilter *self)
{
  g_return_val_if_fail (SKUP_IS_ORGANISATION_FILTER (self), 0);

  return self->organisation_id;
}

void
skup_organisation_filter_set_organisation_id (SkupOrganisationFilter *self,
                                              gint64                  id)
{
  g_return_if_fail (SKUP_IS_ORGANISATION_FILTER (self));

  id = MAX (id, 0);
  if (self->organisation_id == id)
    return;

  self->organisation_id = id;
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
skup_organisation_filter_get_text (SkupOrganisationFilter *self)
{
  g_return_val_if_fail (SKUP_IS_ORGANISATION_FILTER (self), NULL);

  return self->text;
}
