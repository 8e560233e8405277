/* skup-image-row.c — a row that holds one small image: a logo, a signature
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row checks a chosen file (its size, its format, that it decodes) and shows it; it never
 * writes anywhere itself: whoever owns the row saves its "image" property.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-image-row.h"

struct _SkupImageRow
{
  AdwActionRow          parent_instance;

  GBytes               *image;
  GdkTexture           *texture;
  char                 *error;
  GBytes               *removed;      /* what Undo puts back */
  GCancellable         *cancellable;  /* the file being read, if any */
  GtkFileChooserNative *chooser;

  /* Template children */
  AdwClamp             *thumbnail_height_clamp;
  AdwClamp             *thumbnail_width_clamp;
  GtkPicture           *thumbnail;
  GtkWidget            *remove_button;
};

G_DEFINE_FINAL_TYPE (SkupImageRow, skup_image_row, ADW_TYPE_ACTION_ROW)

/* The preview fits in this box: as tall as a row's text, wide enough for a signature. */
#define THUMBNAIL_WIDTH  96
#define THUMBNAIL_HEIGHT 40

enum {
  PROP_0,
  PROP_IMAGE,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a certificate can print. The file chooser offers only these, and a file merely renamed
 * to .png is still caught by its content. */
static const char * const image_types[] = { "image/png", "image/jpeg", "image/svg+xml", NULL };

/* One file being read: it outlives a row closed meanwhile, and a newer choice cancels it. */
typedef struct {
  SkupImageRow *self;
  GCancellable *cancellable;
  char         *name;    /* the file's name, for messages */
  guint8       *buffer;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->self);
  g_clear_object (&load->cancellable);
  g_free (load->name);
  g_free (load->buffer);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static char *
describe_image (SkupImageRow *self)
{
  g_autofree char *size = g_format_size (g_bytes_get_size (self->image));

  /* Translators: an image's size, e.g. "240 × 80 pixels, 12.3 kB" */
  return g_strdup_printf (_("%d × %d pixels, %s"),
                          gdk_texture_get_width (self->texture),
                          gdk_texture_get_height (self->texture), size);
}

/* Sizes the preview to the image scaled into the thumbnail box, never enlarged, so it sits
 * against the title whatever its shape. */
static void
update_thumbnail (SkupImageRow *self)
{
  int width = self->texture != NULL ? gdk_texture_get_width (self->texture) : 1;
  int height = self->texture != NULL ? gdk_texture_get_height (self->texture) : 1;
  double scale = MIN (1.0, MIN ((double) THUMBNAIL_WIDTH / width,
                                (double) THUMBNAIL_HEIGHT / height));
  int thumbnail_width = MAX (1, (int) (width * scale + 0.5));
  int thumbnail_height = MAX (1, (int) (height * scale + 0.5));

  gtk_picture_set_paintable (self->thumbnail, GDK_PAINTABLE (self->texture));
  gtk_widget_set_size_request (GTK_WIDGET (self->thumbnail), thumbnail_width, thumbnail_height);
  adw_clamp_set_maximum_size (self->thumbnail_width_clamp, thumbnail_width);
  adw_clamp_set_tightening_threshold (self->thumbnail_width_clamp, thumbnail_width);
  adw_clamp_set_maximum_size (self->thumbnail_height_clamp, thumbnail_height);
  adw_clamp_set_tightening_threshold (self->thumbnail_height_clamp, thumbnail_height);
  gtk_widget_set_visible (GTK_WIDGET (self->thumbnail_height_clamp), self->texture != NULL);
}

static void
update_display (SkupImageRow *self)
{
  g_autofree char *subtitle = NULL;
  gboolean has_image = self->image != NULL;

  update_thumbnail (self);
  gtk_widget_set_visible (self->remove_button, has_image);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.remove", has_image);

  if (self->error != NULL)
    subtitle = g_strdup (self->error);
  else if (self->texture != NULL)
    subtitle = describe_image (self);
  else
    /* Translators: what a row shows when no image (logo, signature) has been chosen */
    subtitle = g_strdup (_("None"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  /* The message is in the subtitle; the colour and the state say it is one. */
  if (self->error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                               self->error != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                                   : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
set_state (SkupImageRow *self,
           GBytes       *image,
           GdkTexture   *texture,
           const char   *error)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (image != self->image)
    {
      if (image != NULL)
        g_bytes_ref (image);
      g_clear_pointer (&self->image, g_bytes_unref);
      self->image = image;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMAGE]);
    }
  g_set_object (&self->texture, texture);
  if (g_strcmp0 (error, self->error) != 0)
    {
      g_free (self->error);
      self->error = g_strdup (error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }
  update_display (self);

  g_object_thaw_notify (G_OBJECT (self));
}

/* Returns the decoded image, or %NULL with a message a user can act on. */
static GdkTexture *
decode_file_contents (GBytes      *bytes,
                      const char  *name,
                      char       **message)
{
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (bytes, &size);
  g_autofree char *type = g_content_type_guess (name, data, size, NULL);
  g_autofree char *mime_type = g_content_type_get_mime_type (type);
  GdkTexture *texture;

  if (mime_type == NULL || !g_strv_contains (image_types, mime_type))
    {
      *message = g_strdup_printf (_("“%s” is not a PNG, JPEG or SVG image."), name);
      return NULL;
    }

  texture = gdk_texture_new_from_bytes (bytes, NULL);
  if (texture == NULL)
    *message = g_strdup_printf (_("“%s” could not be read as an image."), name);
  return texture;
}

static void
use_file_contents (SkupImageRow *self,
                   GBytes       *bytes,
                   const char   *name)
{
  g_autofree char *message = NULL;
  g_autoptr(GdkTexture) texture = decode_file_contents (bytes, name, &message);

  /* A file that will not do leaves the image there was in place. */
  if (texture == NULL)
    set_state (self, self->image, self->texture, message);
  else
    set_state (self, bytes, texture, NULL);
}

static void
on_file_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *limit = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize n_read = 0;
  gboolean done;

  done = g_input_stream_read_all_finish (G_INPUT_STREAM (source), result, &n_read, &error);
  if (g_cancellable_is_cancelled (load->cancellable))
    return;
  if (!done)
    {
      g_debug ("Could not read %s: %s", load->name, error->message);
      message = g_strdup_printf (_("“%s” could not be read."), load->name);
      set_state (load->self, load->self->image, load->self->texture, message);
      return;
    }

  if (n_read > SKUP_IMAGE_ROW_MAX_SIZE)
    {
      limit = g_format_size (SKUP_IMAGE_ROW_MAX_SIZE);
      /* Translators: the second %s is a size, e.g. "2.0 MB" */
      message = g_strdup_printf (_("“%s” is larger than %s. Choose a smaller image."),
                                 load->name, limit);
      set_state (load->self, load->self->image, load->self->texture, message);
      return;
    }

  bytes = g_bytes_new (load->buffer, n_read);
  use_file_contents (load->self, bytes, load->name);
}

static void
on_file_opened (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Load *pending;

  stream = g_file_read_finish (G_FILE (source), result, &error);
  /* Cancelled: the row was closed (its children are gone) or another file was chosen. */
  if (g_cancellable_is_cancelled (load->cancellable))
    return;
  if (stream == NULL)
    {
      g_debug ("Could not open %s: %s", load->name, error->message);
      message = g_strdup_printf (_("“%s” could not be opened."), load->name);
      set_state (load->self, load->self->image, load->self->texture, message);
      return;
    }

  /* One byte more than allowed tells a file at the limit from one above it, without reading
   * all of a photo or a film chosen by mistake. */
  load->buffer = g_malloc (SKUP_IMAGE_ROW_MAX_SIZE + 1);
  pending = g_steal_pointer (&load);
  g_input_stream_read_all_async (G_INPUT_STREAM (stream), pending->buffer,
                                 SKUP_IMAGE_ROW_MAX_SIZE + 1, G_PRIORITY_DEFAULT,
                                 pending->cancellable, on_file_read, pending);
}

static void
on_chooser_response (SkupImageRow    *self,
                     int              response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    skup_image_row_load_file (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupImageRow *self = SKUP_IMAGE_ROW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  for (guint i = 0; image_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, image_types[i]);
  gtk_file_filter_set_name (filter, _("PNG, JPEG and SVG Images"));

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose an Image"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_undo_remove (SkupImageRow *self)
{
  g_autoptr(GBytes) removed = g_steal_pointer (&self->removed);

  if (removed != NULL)
    skup_image_row_set_image (self, removed);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupImageRow *self = SKUP_IMAGE_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast;

  g_clear_pointer (&self->removed, g_bytes_unref);
  self->removed = g_bytes_ref (self->image);
  set_state (self, NULL, NULL, NULL);

  /* The image in the register is often the only copy the office has at hand. The toast
   * needs a window with an overlay; preferences are where images are chosen. */
  if (!ADW_IS_PREFERENCES_WINDOW (root))
    return;
  toast = adw_toast_new (_("Image removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
}

static void
skup_image_row_dispose (GObject *object)
{
  SkupImageRow *self = SKUP_IMAGE_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_IMAGE_ROW);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (skup_image_row_parent_class)->dispose (object);
}

static void
skup_image_row_finalize (GObject *object)
{
  SkupImageRow *self = SKUP_IMAGE_ROW (object);

  g_clear_pointer (&self->image, g_bytes_unref);
  g_clear_pointer (&self->removed, g_bytes_unref);
  g_free (self->error);

  G_OBJECT_CLASS (skup_image_row_parent_class)->finalize (object);
}

static void
skup_image_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkupImageRow *self = SKUP_IMAGE_ROW (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      g_value_set_boxed (value, self->image);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_image_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkupImageRow *self = SKUP_IMAGE_ROW (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      skup_image_row_set_image (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_image_row_class_init (SkupImageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = skup_image_row_dispose;
  object_class->finalize = skup_image_row_finalize;
  object_class->get_property = skup_image_row_get_property;
  object_class->set_property = skup_image_row_set_property;

  /**
   * SkupImageRow:image: (nullable)
   *
   * The image file's contents, as chosen: PNG, JPEG or SVG, at most
   * %SKUP_IMAGE_ROW_MAX_SIZE bytes.
   */
  properties[PROP_IMAGE] =
    g_param_spec_boxed ("image", NULL, NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SkupImageRow:error: (nullable)
   *
   * Why the last file chosen could not be used, as the row shows it.
   */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-image-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupImageRow, thumbnail_height_clamp);
  gtk_widget_class_bind_template_child (widget_class, SkupImageRow, thumbnail_width_clamp);
  gtk_widget_class_bind_template_child (widget_class, SkupImageRow, thumbnail);
  gtk_widget_class_bind_template_child (widget_class, SkupImageRow, remove_button);

  gtk_widget_class_install_action (widget_class, "image.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "image.remove", NULL, remove_action);
}

static void
skup_image_row_init (SkupImageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_display (self);
}

GtkWidget *
skup_image_row_new (void)
{
  return g_object_new (SKUP_TYPE_IMAGE_ROW, NULL);
}

/**
 * skup_image_row_get_image:
 *
 * Returns: (transfer none) (nullable): the image file's contents
 */
GBytes *
skup_image_row_get_image (SkupImageRow *self)
{
  g_return_val_if_fail (SKUP_IS_IMAGE_ROW (self), NULL);

  return self->image;
}

/**
 * skup_image_row_set_image:
 * @image: (nullable): an image file's contents, as saved before
 *
 * Shows an image kept earlier. Contents that cannot be shown are kept all the same (a
 * later version may read them) and the row says so.
 */
void
skup_image_row_set_image (SkupImageRow *self,
                          GBytes       *image)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_if_fail (SKUP_IS_IMAGE_ROW (self));

  if (image == self->image ||
      (image != NULL && self->image != NULL && g_bytes_equal (image, self->image)))
    return;

  if (image != NULL)
    texture = gdk_texture_new_from_bytes (image, NULL);
  set_state (self, image, texture,
             image != NULL && texture == NULL
             ? _("The saved image cannot be shown. Choose it again.") : NULL);
}

/**
 * skup_image_row_get_error:
 *
 * Returns: (nullable): why the last file chosen could not be used
 */
const char *
skup_image_row_get_error (SkupImageRow *self)
{
  g_return_val_if_fail (SKUP_IS_IMAGE_ROW (self), NULL);

  return self->error;
}

/**
 * skup_image_row_set_error:
 * @error: (nullable): why the image could not be kept (its owner's save failed), or %NULL
 *
 * Shows @error at the row as a file that will not do is shown; the image stays as it is.
 */
void
skup_image_row_set_error (SkupImageRow *self,
                          const char   *error)
{
  g_return_if_fail (SKUP_IS_IMAGE_ROW (self));

  set_state (self, self->image, self->texture, error);
}

/**
 * skup_image_row_load_file:
 * @file: an image file the user chose
 *
 * Reads @file in the background. Then #SkupImageRow:image changes, or, if the file will not
 * do, #SkupImageRow:error says why and the image stays as it was.
 */
void
skup_image_row_load_file (SkupImageRow *self,
                          GFile        *file)
{
  g_autofree char *basename = NULL;
  Load *load;

  g_return_if_fail (SKUP_IS_IMAGE_ROW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A newer choice wins over one still being read. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  basename = g_file_get_basename (file);
  load = g_new0 (Load, 1);
  load->self = g_object_ref (self);
  load->cancellable = g_object_ref (self->cancellable);
  load->name = g_filename_display_name (basename);
  g_file_read_async (file, G_PRIORITY_DEFAULT, load->cancellable, on_file_opened, load);
}
