/* skup-signatory-row.c — one person who signs the certificates
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An expander row whose header sums up what is inside it (the name and the job title), so
 * that three signatories fit on a small screen and read as a list when folded. Saving is the
 * owner's business: the row offers its fields.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/store/skup-store.h"

#include "skup-signatory-row.h"

struct _SkupSignatoryRow
{
  AdwExpanderRow  parent_instance;

  guint           number;

  /* Template children */
  AdwEntryRow    *name_row;
  AdwEntryRow    *job_title_row;
  SkupImageRow   *signature_row;
};

G_DEFINE_FINAL_TYPE (SkupSignatoryRow, skup_signatory_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
update_summary (SkupSignatoryRow *self)
{
  g_autofree char *name = dup_stripped_text (self->name_row);
  g_autofree char *job_title = dup_stripped_text (self->job_title_row);
  g_autofree char *fallback = NULL;

  if (*name == '\0')
    {
      /* Translators: the heading of an empty signatory, e.g. "Signatory 2" */
      fallback = g_strdup_printf (_("Signatory %u"), self->number);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), fallback);
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);

  if (*job_title == '\0' && *name == '\0')
    /* Translators: the summary of a signatory with no name and no job title yet */
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Not set"));
  else
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), job_title);
}

static void
skup_signatory_row_constructed (GObject *object)
{
  SkupSignatoryRow *self = SKUP_SIGNATORY_ROW (object);

  G_OBJECT_CLASS (skup_signatory_row_parent_class)->constructed (object);

  update_summary (self);
}

static void
skup_signatory_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_SIGNATORY_ROW);

  G_OBJECT_CLASS (skup_signatory_row_parent_class)->dispose (object);
}

static void
skup_signatory_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SkupSignatoryRow *self = SKUP_SIGNATORY_ROW (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_signatory_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SkupSignatoryRow *self = SKUP_SIGNATORY_ROW (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_signatory_row_class_init (SkupSignatoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_signatory_row_constructed;
  object_class->dispose = skup_signatory_row_dispose;
  object_class->get_property = skup_signatory_row_get_property;
  object_class->set_property = skup_signatory_row_set_property;

  /**
   * SkupSignatoryRow:number:
   *
   * Which signatory this is, from 1: the order on the certificate and the number in the
   * setting keys ("signatory-1-name").
   */
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       1, SKUP_MAX_SIGNATORIES, 1,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_IMAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-signatory-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupSignatoryRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, SkupSignatoryRow, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, SkupSignatoryRow, signature_row);
  gtk_widget_class_bind_template_callback (widget_class, update_summary);
}

static void
skup_signatory_row_init (SkupSignatoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
skup_signatory_row_new (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= SKUP_MAX_SIGNATORIES, NULL);

  return g_object_new (SKUP_TYPE_SIGNATORY_ROW, "number", number, NULL);
}

guint
skup_signatory_row_get_number (SkupSignatoryRow *self)
{
  g_return_val_if_fail (SKUP_IS_SIGNATORY_ROW (self), 0);

  return self->number;
}

/**
 * skup_signatory_row_get_name_editable:
 *
 * Returns: (transfer none): where the signatory's name is typed
 */
GtkEditable *
skup_signatory_row_get_name_editable (SkupSignatoryRow *self)
{
  g_return_val_if_fail (SKUP_IS_SIGNATORY_ROW (self), NULL);

  return GTK_EDITABLE (self->name_row);
}

/**
 * skup_signatory_row_get_job_title_editable:
 *
 * Returns: (transfer none): where the signatory's job title is typed
 */
GtkEditable *
skup_signatory_row_get_job_title_editable (SkupSignatoryRow *self)
{
  g_return_val_if_fail (SKUP_IS_SIGNATORY_ROW (self), NULL);

  return GTK_EDITABLE (self->job_title_row);
}

/**
 * skup_signatory_row_get_signature_row:
 *
 * Returns: (transfer none): the row holding the image of the signature
 */
SkupImageRow *
skup_signatory_row_get_signature_row (SkupSignatoryRow *self)
{
  g_return_val_if_fail (SKUP_IS_SIGNATORY_ROW (self), NULL);

  return self->signature_row;
}
