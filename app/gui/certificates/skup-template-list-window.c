/* skup-template-list-window.c — the certificate templates of a register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built-ins first (the store's order), each marked Built in: they can be opened and
 * duplicated, never changed or deleted. A register holds a handful of templates, plain
 * structs: the rows are made again from the store after every change rather than kept in a
 * GListModel of wrapper objects.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "core/store/skup-store-certificates.h"
#include "gui/skup-window.h"
#include "skup-template-list-window.h"

struct _SkupTemplateListWindow
{
  AdwWindow           parent_instance;

  SkupStore          *store;
  GPtrArray          *templates;  /* (element-type SkupCertificateTemplate) */
  SkupTemplateEditor *editor;     /* (nullable) (weak) */

  /* Template children */
  AdwToastOverlay    *toast_overlay;
  GtkListBox         *list_box;
};

G_DEFINE_FINAL_TYPE (SkupTemplateListWindow, skup_template_list_window, ADW_TYPE_WINDOW)

static void
show_error (SkupTemplateListWindow *self,
            const GError           *error)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static const SkupCertificateTemplate *
find_template (SkupTemplateListWindow *self,
               gint64                  id)
{
  for (guint i = 0; self->templates != NULL && i < self->templates->len; i++)
    {
      const SkupCertificateTemplate *t = g_ptr_array_index (self->templates, i);

      if (t->id == id)
        return t;
    }
  return NULL;
}

static const char *
get_language_label (const SkupCertificateTemplate *t)
{
  if (!g_str_has_prefix (t->language != NULL ? t->language : "", "sr"))
    return _("English");
  return g_strcmp0 (t->script, "cyrillic") == 0 ? _("Serbian (Cyrillic)")
                                                 : _("Serbian (Latin)");
}

/* "Built in · Serbian (Cyrillic) · Participants" */
static char *
dup_subtitle (const SkupCertificateTemplate *t)
{
  GString *subtitle = g_string_new (NULL);

  if (t->built_in != NULL)
    g_string_append_printf (subtitle, "%s · ", _("Built in"));
  g_string_append (subtitle, get_language_label (t));
  if (t->second_language != NULL && *t->second_language != '\0')
    /* Translators: a template with a second language on the same page */
    g_string_append_printf (subtitle, " · %s", _("Two Languages"));
  g_string_append_printf (subtitle, " · %s", t->role == SKUP_CERTIFICATE_ROLE_TRAINER
                                             ? _("Trainers and Speakers") : _("Participants"));
  return g_string_free (subtitle, FALSE);
}

static GtkWidget *
new_row_button (const char *icon_name,
                const char *label,
                const char *action_name,
                gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
new_row (const SkupCertificateTemplate *t)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = dup_subtitle (t);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), t->name != NULL ? t->name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "templates.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", t->id);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_row_button ("edit-copy-symbolic", _("Duplicate"),
                                             "templates.duplicate", t->id));
  /* A built-in has no Delete at all: a button that always refuses would only puzzle. */
  if (t->built_in == NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               new_row_button ("user-trash-symbolic", _("Delete"),
                                               "templates.delete", t->id));
  return row;
}

static void
reload (SkupTemplateListWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) templates = skup_store_list_certificate_templates (self->store, &error);
  GtkWidget *child;

  if (templates == NULL)
    {
      show_error (self, error);
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < templates->len; i++)
    gtk_list_box_append (self->list_box, new_row (g_ptr_array_index (templates, i)));

  g_clear_pointer (&self->templates, g_ptr_array_unref);
  self->templates = g_steal_pointer (&templates);
}

static void
on_editor_saved (SkupTemplateListWindow *self)
{
  reload (self);
}

static void
open_editor (SkupTemplateListWindow        *self,
             const SkupCertificateTemplate *t)
{
  SkupTemplateEditor *editor = skup_template_editor_new (GTK_WINDOW (self), self->store, t);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupTemplateListWindow *self = SKUP_TEMPLATE_LIST_WINDOW (widget);
  const SkupCertificateTemplate *t = find_template (self, g_variant_get_int64 (parameter));

  if (t != NULL)
    open_editor (self, t);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkupTemplateListWindow *self = SKUP_TEMPLATE_LIST_WINDOW (widget);
  const SkupCertificateTemplate *t = find_template (self, g_variant_get_int64 (parameter));
  g_autoptr(SkupCertificateTemplate) copy = NULL;

  if (t == NULL)
    return;
  copy = skup_certificate_template_duplicate (t);
  open_editor (self, copy);
}

/* A new template starts as the built-in of the window's language: a whole certificate from
 * the first key, to be changed rather than written from nothing. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SkupTemplateListWindow *self = SKUP_TEMPLATE_LIST_WINDOW (widget);
  /* Translators: the language of the built-in template a new template starts from: "en",
   * "sr" (Cyrillic) or "sr-Latn" (Latin). */
  const char *language = C_("new template language", "en");
  const char *key = skup_certificate_template_built_in_for (language,
                                                            SKUP_CERTIFICATE_ROLE_PARTICIPANT);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupCertificateTemplate) built_in = skup_store_load_built_in_template (self->store,
                                                                                   key, &error);
  g_autoptr(SkupCertificateTemplate) copy = NULL;

  if (built_in == NULL)
    {
      show_error (self, error);
      return;
    }
  copy = skup_certificate_template_duplicate (built_in);
  g_free (copy->name);
  copy->name = g_strdup (_("New Template"));
  open_editor (self, copy);
}

static void
on_delete_response (SkupTemplateListWindow *self,
                    const char             *response,
                    AdwMessageDialog       *dialog)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "template-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!skup_store_delete_certificate_template (self->store, id, &error))
    show_error (self, error);
  reload (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupTemplateListWindow *self = SKUP_TEMPLATE_LIST_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  const SkupCertificateTemplate *t = find_template (self, id);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (t == NULL || t->built_in != NULL)
    return;
  /* Translators: %s is a certificate template's name */
  heading = g_strdup_printf (_("Delete “%s”?"), t->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Certificates already issued with it keep their design."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "template-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
skup_template_list_window_dispose (GObject *object)
{
  SkupTemplateListWindow *self = SKUP_TEMPLATE_LIST_WINDOW (object);

  g_clear_weak_pointer (&self->editor);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_TEMPLATE_LIST_WINDOW);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_template_list_window_parent_class)->dispose (object);
}

static void
skup_template_list_window_class_init (SkupTemplateListWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_template_list_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-template-list-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupTemplateListWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SkupTemplateListWindow, list_box);

  gtk_widget_class_install_action (widget_class, "templates.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "templates.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "templates.duplicate", "x", duplicate_action);
  gtk_widget_class_install_action (widget_class, "templates.delete", "x", delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "templates.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_template_list_window_init (SkupTemplateListWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * skup_template_list_window_new:
 * @parent: the main window
 * @store: the register whose templates are shown
 *
 * Returns: (transfer none): a new window, owned by GTK until it is closed
 */
SkupTemplateListWindow *
skup_template_list_window_new (GtkWindow *parent,
                               SkupStore *store)
{
  SkupTemplateListWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  self = g_object_new (SKUP_TYPE_TEMPLATE_LIST_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->store = g_object_ref (store);
  reload (self);
  return self;
}

SkupTemplateEditor *
skup_template_list_window_get_editor (SkupTemplateListWindow *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_LIST_WINDOW (self), NULL);

  return self->editor;
}

void
skup_template_list_window_open_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  SkupWindow *window = SKUP_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (skup_template_list_window_new (GTK_WINDOW (window),
                                                                 skup_window_get_store (window))));
}
