/* skup-logo-section.c — an organisation's logo on its page
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sign-in sheets and certificates print the organisers' and donors' logos. Choosing one is a
 * deliberate act with nothing else to fill in, so, as in the preferences, it is saved at once;
 * removing it is too, with Undo, since the file in the register is often the only copy at
 * hand. What the register refuses is said at the row, which goes back to the logo kept.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/skup-core.h"
#include "skup-logo-section.h"
#include "skup-window.h"

/* The row reads files up to its limit, and the register keeps what the row reads. */
G_STATIC_ASSERT (SKUP_IMAGE_ROW_MAX_SIZE == SKUP_LOGO_MAX_SIZE);

struct _SkupLogoSection
{
  AdwPreferencesGroup    parent_instance;

  SkupContext           *context;
  const SkupKindSection *section;
  gint64                 organisation_id;
  GBytes                *logo;      /* as the register last had it */
  gboolean               showing;   /* the row is being set from the register, not by the user */

  /* Template children */
  SkupImageRow          *row;
};

static void skup_logo_section_section_init (SkupDetailSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkupLogoSection, skup_logo_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (SKUP_TYPE_DETAIL_SECTION,
                                                      skup_logo_section_section_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

/* Showing *************************************************************************/

static SkupStore *
get_store (SkupLogoSection *self)
{
  return self->context != NULL ? skup_context_get_store (self->context) : NULL;
}

/* Puts @logo in the row without taking it for a choice of the user's. */
static void
show_logo (SkupLogoSection *self,
           GBytes          *logo)
{
  if (logo != self->logo)
    {
      g_clear_pointer (&self->logo, g_bytes_unref);
      self->logo = logo != NULL ? g_bytes_ref (logo) : NULL;
    }
  self->showing = TRUE;
  skup_image_row_set_image (self->row, logo);
  self->showing = FALSE;
}

/* The register refused: the row shows again what it keeps, and says why. */
static void
show_refusal (SkupLogoSection *self,
              const GError    *error)
{
  show_logo (self, self->logo);
  /* The store names the organisation by its id, as the command line is given it; here it
   * is the one on the page, deleted meanwhile by someone else. */
  if (g_error_matches (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND))
    skup_image_row_set_error (self->row, _("This organisation is no longer in the register, "
                                           "so its logo was not saved."));
  else
    skup_image_row_set_error (self->row, error->message);
}

static void
skup_logo_section_refresh (SkupDetailSection *section)
{
  SkupLogoSection *self = SKUP_LOGO_SECTION (section);
  SkupStore *store = get_store (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) logo = NULL;

  if (store == NULL || self->organisation_id == 0)
    return;
  logo = skup_store_dup_logo (store, self->organisation_id, &error);
  /* A read error is said, never shown as "no logo". */
  if (error != NULL)
    skup_image_row_set_error (self->row, error->message);
  else
    show_logo (self, logo);
}

static void
skup_logo_section_set_record (SkupDetailSection *section,
                              SkupRecord        *record)
{
  SkupLogoSection *self = SKUP_LOGO_SECTION (section);

  self->organisation_id = skup_record_get_id (record);
  skup_logo_section_refresh (section);
}

static void
skup_logo_section_section_init (SkupDetailSectionInterface *iface)
{
  iface->set_record = skup_logo_section_set_record;
  iface->refresh = skup_logo_section_refresh;
}

/* Undo ****************************************************************************/

/* What a removal's toast puts back. It works on the register, not on the section: the page
 * may be closed by the time someone clicks Undo. */
typedef struct {
  GWeakRef   window;
  SkupStore *store;
  gint64     organisation_id;
  GBytes    *logo;
} Removal;

static void
removal_free (gpointer  data,
              GClosure *closure)
{
  Removal *removal = data;

  g_weak_ref_clear (&removal->window);
  g_clear_object (&removal->store);
  g_clear_pointer (&removal->logo, g_bytes_unref);
  g_free (removal);
}

static void
add_plain_toast (SkupWindow *window,
                 const char *text)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *markup = g_markup_escape_text (text, -1);

  skup_window_add_toast (window, adw_toast_new (markup));
}

static void
on_undo_clicked (AdwToast *toast,
                 Removal  *removal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupWindow) window = NULL;
  g_autofree char *text = NULL;

  if (skup_store_set_logo (removal->store, removal->organisation_id, removal->logo, &error))
    return;
  window = g_weak_ref_get (&removal->window);
  if (window == NULL)
    return;
  /* Translators: %s says why */
  text = g_strdup_printf (_("The logo could not be put back: %s"), error->message);
  add_plain_toast (window, text);
}

static void
offer_undo (SkupLogoSection *self,
            SkupStore       *store,
            GBytes          *removed)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast;
  Removal *removal;

  if (!SKUP_IS_WINDOW (root))
    return;
  removal = g_new0 (Removal, 1);
  g_weak_ref_init (&removal->window, root);
  removal->store = g_object_ref (store);
  removal->organisation_id = self->organisation_id;
  removal->logo = g_bytes_ref (removed);

  toast = adw_toast_new (_("Logo removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), removal,
                         removal_free, 0);
  skup_window_add_toast (SKUP_WINDOW (root), toast);
}

/* Saving **************************************************************************/

static void
on_image_changed (SkupLogoSection *self)
{
  GBytes *image = skup_image_row_get_image (self->row);
  SkupStore *store = get_store (self);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  if (self->showing || store == NULL || self->organisation_id == 0)
    return;
  before = self->logo != NULL ? g_bytes_ref (self->logo) : NULL;
  if (!skup_store_set_logo (store, self->organisation_id, image, &error))
    {
      show_refusal (self, error);
      return;
    }
  show_logo (self, image);
  if (image == NULL && before != NULL)
    offer_undo (self, store, before);
}

/* Object **************************************************************************/

static void
skup_logo_section_constructed (GObject *object)
{
  SkupLogoSection *self = SKUP_LOGO_SECTION (object);

  G_OBJECT_CLASS (skup_logo_section_parent_class)->constructed (object);

  if (self->section != NULL && self->section->title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                     g_dgettext (GETTEXT_PACKAGE, self->section->title));
}

static void
skup_logo_section_dispose (GObject *object)
{
  SkupLogoSection *self = SKUP_LOGO_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_LOGO_SECTION);
  g_clear_object (&self->context);
  g_clear_pointer (&self->logo, g_bytes_unref);

  G_OBJECT_CLASS (skup_logo_section_parent_class)->dispose (object);
}

static void
skup_logo_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SkupLogoSection *self = SKUP_LOGO_SECTION (object);

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
skup_logo_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SkupLogoSection *self = SKUP_LOGO_SECTION (object);

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
skup_logo_section_class_init (SkupLogoSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_logo_section_constructed;
  object_class->dispose = skup_logo_section_dispose;
  object_class->get_property = skup_logo_section_get_property;
  object_class->set_property = skup_logo_section_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_SECTION, "section");

  g_type_ensure (SKUP_TYPE_IMAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-logo-section.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupLogoSection, row);
  gtk_widget_class_bind_template_callback (widget_class, on_image_changed);
}

static void
skup_logo_section_init (SkupLogoSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API *******************************************************************************/

GtkWidget *
skup_logo_section_new (SkupContext           *context,
                       const SkupKindSection *section)
{
  g_return_val_if_fail (SKUP_IS_CONTEXT (context), NULL);

  return g_object_new (SKUP_TYPE_LOGO_SECTION, "context", context, "section", section, NULL);
}

/**
 * skup_logo_section_get_row:
 *
 * Returns: (transfer none): the row that shows and chooses the logo
 */
SkupImageRow *
skup_logo_section_get_row (SkupLogoSection *self)
{
  g_return_val_if_fail (SKUP_IS_LOGO_SECTION (self), NULL);

  return self->row;
}
