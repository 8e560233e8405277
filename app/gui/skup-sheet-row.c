/* skup-sheet-row.c — the signed sign-in sheet of one session: attach, view, export, remove
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paper sign-in sheets are the evidence donors and auditors ask for, so the organiser scans
 * the signed sheet and keeps it with the session. Attaching is a deliberate act with nothing
 * else to fill in, so it is written at once; removing loses evidence, so it asks first. The
 * row never judges a file itself: the register reads its type from its bytes and says what
 * will not do, and the row says it in its subtitle, where the user is looking.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "skup-gui-util.h"
#include "skup-sheet-row-private.h"
#include "skup-window.h"

struct _SkupSheetRow
{
  AdwActionRow          parent_instance;

  SkupStore            *store;
  gint64                session_id;
  SkupSheetInfo        *info;        /* as the register last had it; NULL for none */
  char                 *error;
  char                 *busy_text;   /* NULL when idle */
  GCancellable         *cancellable; /* the file being read or written, if any */
  GtkFileChooserNative *chooser;

  /* Template children */
  GtkWidget            *attach_button;
  GtkWidget            *view_button;
  GtkWidget            *export_button;
  GtkWidget            *remove_button;
};

G_DEFINE_FINAL_TYPE (SkupSheetRow, skup_sheet_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION_ID,
  PROP_ERROR,
  PROP_BUSY,
  N_PROPS
};

enum {
  SHEET_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What the register keeps, as the chooser offers it (the register checks the bytes). */
static const char * const sheet_types[] = {
  "application/pdf", "image/png", "image/jpeg", "image/tiff", NULL
};

/* Showing ****************************************************************************/

/* "PDF", "JPEG": what people call the type. */
static char *
dup_type_name (const char *mime_type)
{
  const char *slash = strchr (mime_type, '/');

  return g_ascii_strup (slash != NULL ? slash + 1 : mime_type, -1);
}

/* The day it was attached, in the user's time zone. */
static char *
dup_attached_day (const char *stamp)
{
  g_autoptr(GDateTime) utc = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  g_autofree char *iso = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;

  return iso ? skup_text_format_date (iso) : NULL;
}

static char *
describe_attached (const SkupSheetInfo *info)
{
  g_autofree char *day = dup_attached_day (info->attached_at);

  if (day == NULL)
    return NULL;
  if (info->attached_by != NULL && *info->attached_by != '\0')
    /* Translators: "attached 2 December 2026 by Ana Jović" */
    return g_strdup_printf (_("attached %s by %s"), day, info->attached_by);
  /* Translators: "attached 2 December 2026" */
  return g_strdup_printf (_("attached %s"), day);
}

/* "dan1.pdf · PDF · 2.1 MB · attached 2 December 2026 by Ana Jović" */
static char *
describe_sheet (const SkupSheetInfo *info)
{
  g_autofree char *type = dup_type_name (info->mime_type);
  g_autofree char *size = g_format_size ((guint64) MAX (info->size, 0));
  g_autofree char *attached = describe_attached (info);
  const char *parts[] = { info->file_name, type, size, attached };

  return skup_text_join_parts (parts, G_N_ELEMENTS (parts));
}

static void
update_display (SkupSheetRow *self)
{
  gboolean has_sheet = self->info != NULL;
  gboolean idle = self->busy_text == NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (self->attach_button, !has_sheet);
  gtk_widget_set_visible (self->view_button, has_sheet);
  gtk_widget_set_visible (self->export_button, has_sheet);
  gtk_widget_set_visible (self->remove_button, has_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.attach", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.view", idle && has_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.export", idle && has_sheet);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sheet.remove", idle && has_sheet);

  if (self->error != NULL)
    subtitle = g_strdup (self->error);
  else if (!idle)
    subtitle = g_strdup (self->busy_text);
  else if (has_sheet)
    subtitle = describe_sheet (self->info);
  else
    /* Translators: no signed sign-in sheet is attached to the session */
    subtitle = g_strdup (_("None attached"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  /* The message is in the subtitle; the colour and the description say it is one. */
  _skup_gui_set_row_error (GTK_WIDGET (self), self->error);
}

static void
set_error (SkupSheetRow *self,
           const char   *error)
{
  if (g_strcmp0 (error, self->error) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (error);
  update_display (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
set_busy (SkupSheetRow *self,
          const char   *text)
{
  gboolean was_busy = self->busy_text != NULL;

  g_free (self->busy_text);
  self->busy_text = g_strdup (text);
  update_display (self);
  if (was_busy != (text != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Reads again what the register keeps; a read error is said, never shown as "none". */
static void
refresh (SkupSheetRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->session_id <= 0)
    return;
  g_clear_pointer (&self->info, skup_sheet_info_free);
  self->info = skup_store_dup_sheet_info (self->store, self->session_id, &error);
  update_display (self);
  set_error (self, error ? error->message : NULL);
}

/* Ends the work of the row's cancellable (and the busy state) as it stood. */
static void
finish_work (SkupSheetRow *self,
             const char   *error)
{
  g_clear_object (&self->cancellable);
  set_busy (self, NULL);
  set_error (self, error);
}

/* A new piece of work: one at a time, a newer one cancels the older. */
static GCancellable *
start_work (SkupSheetRow *self,
            const char   *busy_text)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_error (self, NULL);
  set_busy (self, busy_text);
  return self->cancellable;
}

static void
add_toast (SkupSheetRow *self,
           const char   *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (SKUP_IS_WINDOW (root))
    skup_window_add_toast (SKUP_WINDOW (root), adw_toast_new (markup));
}

/* Attaching ****************************************************************************/

/* One file being read: it outlives a row closed meanwhile, which cancels it. */
typedef struct {
  SkupSheetRow *self;
  GCancellable *cancellable;
  GFile        *file;
  char         *name;   /* as the user knows it */
} Attach;

static void
attach_free (Attach *attach)
{
  g_clear_object (&attach->self);
  g_clear_object (&attach->cancellable);
  g_clear_object (&attach->file);
  g_free (attach->name);
  g_free (attach);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Attach, attach_free)

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Attach) attach = user_data;
  SkupSheetRow *self = attach->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  g_autofree char *message = NULL;

  if (g_cancellable_is_cancelled (attach->cancellable))
    return;
  if (bytes == NULL)
    {
      g_debug ("Could not read %s: %s", attach->name, error->message);
      message = g_strdup_printf (_("“%s” could not be read."), attach->name);
      finish_work (self, message);
      return;
    }
  if (!skup_store_attach_sheet (self->store, self->session_id, attach->name, bytes, &error))
    {
      finish_work (self, error->message);
      return;
    }
  finish_work (self, NULL);
  refresh (self);
  g_signal_emit (self, signals[SHEET_CHANGED], 0);
}

/* The size first: a film chosen by mistake is never read into memory. */
static void
on_file_info (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Attach) attach = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);
  g_autofree char *message = NULL;
  g_autofree char *limit = NULL;
  Attach *pending;

  if (g_cancellable_is_cancelled (attach->cancellable))
    return;
  if (info == NULL)
    {
      g_debug ("Could not open %s: %s", attach->name, error->message);
      message = g_strdup_printf (_("“%s” could not be opened."), attach->name);
      finish_work (attach->self, message);
      return;
    }
  if (g_file_info_get_size (info) > SKUP_SHEET_MAX_SIZE)
    {
      limit = g_format_size (SKUP_SHEET_MAX_SIZE);
      /* Translators: %s is a size, e.g. "50.0 MB" */
      message = g_strdup_printf (_("The file is larger than %s. Scan the sheet at a lower "
                                   "resolution."), limit);
      finish_work (attach->self, message);
      return;
    }
  pending = g_steal_pointer (&attach);
  g_file_load_bytes_async (pending->file, pending->cancellable, on_file_loaded, pending);
}

/**
 * skup_sheet_row_attach_file:
 * @file: the scan the user chose
 *
 * Reads @file in the background and attaches it to the session, in place of any sheet it had.
 * Then the row shows it (and emits "sheet-changed"), or #SkupSheetRow:error says why not and
 * the sheet kept stays as it was.
 */
void
skup_sheet_row_attach_file (SkupSheetRow *self,
                            GFile        *file)
{
  g_autofree char *basename = NULL;
  g_autofree char *busy = NULL;
  Attach *attach;

  g_return_if_fail (SKUP_IS_SHEET_ROW (self));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  attach = g_new0 (Attach, 1);
  attach->name = g_filename_display_name (basename);
  /* Translators: %s is a file name */
  busy = g_strdup_printf (_("Reading “%s”…"), attach->name);
  attach->cancellable = g_object_ref (start_work (self, busy));
  attach->self = g_object_ref (self);
  attach->file = g_object_ref (file);
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, attach->cancellable, on_file_info, attach);
}

static void
on_open_response (SkupSheetRow    *self,
                  int              response,
                  GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    skup_sheet_row_attach_file (self, file);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();

  for (guint i = 0; sheet_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (all, sheet_types[i]);
  gtk_file_filter_set_name (all, _("PDF Files and Images"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_set_name (pdf, _("PDF Files"));
  for (guint i = 1; sheet_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (images, sheet_types[i]);
  gtk_file_filter_set_name (images, _("PNG, JPEG and TIFF Images"));
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_add_filter (chooser, pdf);
  gtk_file_chooser_add_filter (chooser, images);
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (widget);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Attach Signed Sheet"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Attach"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_filters (GTK_FILE_CHOOSER (self->chooser));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_open_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Viewing ******************************************************************************/

/* A name to write the copy under: the one it was attached with, never a path. */
static char *
dup_copy_name (const SkupSheetInfo *info)
{
  g_autofree char *base = info ? g_path_get_basename (info->file_name) : NULL;

  if (base == NULL || *base == '.' || *base == '\0' || strchr (base, G_DIR_SEPARATOR) != NULL)
    return g_strdup (g_str_equal (info ? info->mime_type : "", "application/pdf")
                     ? "sheet.pdf" : "sheet");
  return g_steal_pointer (&base);
}

/* The sheet holds names and signatures from events that may be about drug use or violence:
 * the copy goes under the runtime folder, which only the user can read and which is emptied
 * when they log out, in a folder of its own so its name can be the one the user knows. */
GFile *
_skup_sheet_row_write_view_copy (SkupSheetRow  *self,
                                 GError       **error)
{
  g_autoptr(GBytes) data = skup_store_dup_sheet (self->store, self->session_id, error);
  g_autofree char *parent = g_build_filename (g_get_user_runtime_dir (), "skup", "sheets", NULL);
  g_autofree char *dir = g_build_filename (parent, "view-XXXXXX", NULL);
  g_autofree char *name = dup_copy_name (self->info);
  g_autofree char *path = NULL;
  gsize size = 0;
  const char *bytes;

  if (data == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                             _("The signed sheet is no longer in the register."));
      return NULL;
    }
  if (g_mkdir_with_parents (parent, 0700) != 0 || g_mkdtemp_full (dir, 0700) == NULL)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("No private folder could be made for the copy: %s"), g_strerror (saved));
      return NULL;
    }
  path = g_build_filename (dir, name, NULL);
  bytes = g_bytes_get_data (data, &size);
  if (!g_file_set_contents_full (path, bytes, (gssize) size, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, error))
    return NULL;
  return g_file_new_for_path (path);
}

static void
on_launched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SkupSheetRow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  /* Translators: %s says why, as the system put it */
  message = g_strdup_printf (_("No application could show the sheet: %s"), error->message);
  set_error (self, message);
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) copy = _skup_sheet_row_write_view_copy (self, &error);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (copy == NULL)
    {
      set_error (self, error->message);
      return;
    }
  set_error (self, NULL);
  uri = g_file_get_uri (copy);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_launched, g_object_ref (self));
}

/* Exporting ****************************************************************************/

typedef struct {
  SkupSheetRow *self;
  GCancellable *cancellable;
  char         *where;   /* the file's name, for the toast */
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->self);
  g_clear_object (&export->cancellable);
  g_free (export->where);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error)
      && g_cancellable_is_cancelled (export->cancellable))
    return;
  if (error != NULL)
    {
      finish_work (export->self, error->message);
      return;
    }
  finish_work (export->self, NULL);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Signed sheet exported to “%s”"), export->where);
  add_toast (export->self, text);
}

/**
 * skup_sheet_row_export_to_file:
 * @file: where the user chose to save it
 *
 * Writes the sheet to @file in the background, only if its bytes are still the ones attached
 * (else #SkupSheetRow:error says it is damaged and nothing is written).
 */
void
skup_sheet_row_export_to_file (SkupSheetRow *self,
                               GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *busy = NULL;
  Export *export;

  g_return_if_fail (SKUP_IS_SHEET_ROW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = skup_store_dup_sheet (self->store, self->session_id, &error);
  if (data == NULL)
    {
      set_error (self, error ? error->message
                             : _("The signed sheet is no longer in the register."));
      return;
    }
  basename = g_file_get_basename (file);
  export = g_new0 (Export, 1);
  export->where = g_filename_display_name (basename);
  /* Translators: %s is a file name */
  busy = g_strdup_printf (_("Writing “%s”…"), export->where);
  export->cancellable = g_object_ref (start_work (self, busy));
  export->self = g_object_ref (self);
  /* Private: a list of who came may not be read by others on the computer. */
  g_file_replace_contents_bytes_async (file, data, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                       export->cancellable, on_exported, export);
}

static void
on_save_response (SkupSheetRow    *self,
                  int              response,
                  GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    skup_sheet_row_export_to_file (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (widget);
  g_autofree char *name = dup_copy_name (self->info);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Signed Sheet"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_save_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Removing *****************************************************************************/

static void
on_remove_response (SkupSheetRow *self,
                    const char   *response)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove"))
    return;
  if (!skup_store_remove_sheet (self->store, self->session_id, &error))
    {
      set_error (self, error->message);
      return;
    }
  refresh (self);
  g_signal_emit (self, signals[SHEET_CHANGED], 0);
}

/* Evidence an auditor may ask for years later is not lost by a slip of the mouse. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Remove the Signed Sheet?"),
                                   _("The scan of the sheet people signed at this session is "
                                     "removed from the register. Export it first if there is "
                                     "no other copy."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), widget,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Object *******************************************************************************/

static void
skup_sheet_row_constructed (GObject *object)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (object);

  G_OBJECT_CLASS (skup_sheet_row_parent_class)->constructed (object);

  /* The row's own name for screen readers, as its buttons say what they do to it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  -1);
  refresh (self);
  update_display (self);
}

static void
skup_sheet_row_dispose (GObject *object)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), SKUP_TYPE_SHEET_ROW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_sheet_row_parent_class)->dispose (object);
}

static void
skup_sheet_row_finalize (GObject *object)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (object);

  g_clear_pointer (&self->info, skup_sheet_info_free);
  g_free (self->error);
  g_free (self->busy_text);

  G_OBJECT_CLASS (skup_sheet_row_parent_class)->finalize (object);
}

static void
skup_sheet_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy_text != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_sheet_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkupSheetRow *self = SKUP_SHEET_ROW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SESSION_ID:
      self->session_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_sheet_row_class_init (SkupSheetRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = skup_sheet_row_constructed;
  object_class->dispose = skup_sheet_row_dispose;
  object_class->finalize = skup_sheet_row_finalize;
  object_class->get_property = skup_sheet_row_get_property;
  object_class->set_property = skup_sheet_row_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SKUP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SHEET_CHANGED] = g_signal_new ("sheet-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-sheet-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupSheetRow, attach_button);
  gtk_widget_class_bind_template_child (widget_class, SkupSheetRow, view_button);
  gtk_widget_class_bind_template_child (widget_class, SkupSheetRow, export_button);
  gtk_widget_class_bind_template_child (widget_class, SkupSheetRow, remove_button);

  gtk_widget_class_install_action (widget_class, "sheet.attach", NULL, attach_action);
  gtk_widget_class_install_action (widget_class, "sheet.view", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "sheet.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "sheet.remove", NULL, remove_action);
}

static void
skup_sheet_row_init (SkupSheetRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* API **********************************************************************************/

GtkWidget *
skup_sheet_row_new (SkupStore *store,
                    gint64     session_id)
{
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  return g_object_new (SKUP_TYPE_SHEET_ROW, "store", store, "session-id", session_id, NULL);
}

gint64
skup_sheet_row_get_session_id (SkupSheetRow *self)
{
  g_return_val_if_fail (SKUP_IS_SHEET_ROW (self), 0);

  return self->session_id;
}

const char *
skup_sheet_row_get_error (SkupSheetRow *self)
{
  g_return_val_if_fail (SKUP_IS_SHEET_ROW (self), NULL);

  return self->error;
}

gboolean
skup_sheet_row_get_busy (SkupSheetRow *self)
{
  g_return_val_if_fail (SKUP_IS_SHEET_ROW (self), FALSE);

  return self->busy_text != NULL;
}
