/* skup-preferences-window.c — the settings of one register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The office's profile (name, address, logo, certificate numbers, signatories) is kept in the
 * register itself, so it travels with the file. What is typed is saved shortly after the typing
 * stops, and at the latest when the window closes: there is no Save button to forget.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/certificates/skup-certificate-number.h"
#include "core/certificates/skup-signer.h"
#include "core/documents/skup-sign-in-sheet.h"
#include "skup-image-row.h"
#include "skup-preferences-window.h"
#include "skup-signatory-row.h"

/* Long enough not to write on every key, short enough that nothing typed waits long. */
#define SAVE_DELAY_MS 500

/* A field of the window and the setting it is saved to. */
typedef struct {
  GObject *field;  /* a GtkEditable, a GtkTextBuffer or a SkupImageRow, kept by the template */
  char    *key;
} Setting;

struct _SkupPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  SkupStore            *store;
  GArray               *settings;  /* (element-type Setting) */
  guint                 save_source_id;
  SkupSignatoryRow     *signatory_rows[SKUP_MAX_SIGNATORIES];

  /* Template children */
  AdwEntryRow          *name_row;
  GtkTextView          *address_view;
  GtkTextBuffer        *address_buffer;
  SkupImageRow         *logo_row;
  AdwEntryRow          *prefix_row;
  GtkLabel             *prefix_hint;
  GtkTextView          *privacy_view;
  GtkTextBuffer        *privacy_buffer;
  AdwPreferencesGroup  *signatories_group;
  AdwActionRow         *database_row;
  AdwEntryRow          *pattern_row;
  GtkLabel             *pattern_hint;
  AdwEntryRow          *verify_url_row;
  GtkLabel             *verify_url_hint;
  AdwActionRow         *public_key_row;

  char                 *public_key;
  GtkFileChooserNative *key_chooser;
};

G_DEFINE_FINAL_TYPE (SkupPreferencesWindow, skup_preferences_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_save_error (SkupPreferencesWindow *self,
                             const GError          *error);

static void
on_folder_shown (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SkupPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* No file manager (a minimal desktop, a sandbox without the portal): say so instead of
   * leaving the click without an answer. */
  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not show the data folder: %s", error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (_("Could not open the data folder")));
    }
}

static void
open_data_folder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (skup_store_get_path (self->store));
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL,
                     on_folder_shown, g_object_ref (self));
}

/* The office profile ******************************************************/

static void
setting_clear (gpointer data)
{
  Setting *setting = data;

  g_free (setting->key);
}

static void
add_setting (SkupPreferencesWindow *self,
             gpointer               field,
             char                  *key)
{
  Setting setting = { G_OBJECT (field), key };

  g_array_append_val (self->settings, setting);
}

/* Pairs every field with its key, in the order of the window. */
static void
list_settings (SkupPreferencesWindow *self)
{
  add_setting (self, self->name_row, g_strdup (SKUP_SETTING_ORGANISATION_NAME));
  add_setting (self, self->address_buffer, g_strdup (SKUP_SETTING_ORGANISATION_ADDRESS));
  add_setting (self, self->logo_row, g_strdup (SKUP_SETTING_LOGO));
  add_setting (self, self->prefix_row, g_strdup (SKUP_SETTING_CERTIFICATE_PREFIX));
  add_setting (self, self->privacy_buffer, g_strdup (SKUP_SETTING_PRIVACY_NOTICE));
  add_setting (self, self->pattern_row, g_strdup (SKUP_SETTING_CERTIFICATE_PATTERN));
  add_setting (self, self->verify_url_row, g_strdup (SKUP_SETTING_CERTIFICATE_VERIFY_URL));

  for (guint i = 0; i < SKUP_MAX_SIGNATORIES; i++)
    {
      SkupSignatoryRow *row = self->signatory_rows[i];

      add_setting (self, skup_signatory_row_get_name_editable (row),
                   g_strdup_printf ("signatory-%u-name", i + 1));
      add_setting (self, skup_signatory_row_get_job_title_editable (row),
                   g_strdup_printf ("signatory-%u-title", i + 1));
      add_setting (self, skup_signatory_row_get_signature_row (row),
                   g_strdup_printf ("signatory-%u-signature", i + 1));
    }
}

static const Setting *
find_setting (SkupPreferencesWindow *self,
              gpointer               field)
{
  for (guint i = 0; i < self->settings->len; i++)
    {
      const Setting *setting = &g_array_index (self->settings, Setting, i);

      if (setting->field == field)
        return setting;
    }

  g_assert_not_reached ();
}

static char *
dup_field_text (GObject *field)
{
  GtkTextIter start;
  GtkTextIter end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (field), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (field), &start, &end, FALSE);
}

static void
set_field_text (GObject    *field,
                const char *text)
{
  if (GTK_IS_EDITABLE (field))
    gtk_editable_set_text (GTK_EDITABLE (field), text != NULL ? text : "");
  else
    gtk_text_buffer_set_text (GTK_TEXT_BUFFER (field), text != NULL ? text : "", -1);
}

/* Returns why @prefix cannot start a certificate number, or %NULL if it can: the core's rule,
 * which issuing applies too (a prefix saved by another client is checked there again). */
static char *
check_prefix (const char *prefix)
{
  return skup_certificate_prefix_problem (prefix);
}

/* Only an illustration: how certificates are numbered is for the certificates to decide
 * (this assumes the prefix, the year and a yearly sequence, as in SKUP-2026-0001). */
static char *
format_example_number (const char *prefix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  if (*prefix == '\0')
    return g_strdup_printf ("%d-0001", year);
  return g_strdup_printf ("%s-%d-0001", prefix, year);
}

static void
update_prefix_hint (SkupPreferencesWindow *self)
{
  g_autofree char *prefix = dup_field_text (G_OBJECT (self->prefix_row));
  g_autofree char *problem = check_prefix (g_strstrip (prefix));
  g_autofree char *example = NULL;
  g_autofree char *hint = NULL;
  const char *classes_ok[] = { "dim-label", NULL };
  const char *classes_error[] = { "error", NULL };

  if (problem == NULL)
    {
      example = format_example_number (prefix);
      /* Translators: %s is an example, e.g. "SKUP-2026-0001" */
      hint = g_strdup_printf (_("Certificate numbers will look like %s."), example);
    }
  gtk_label_set_label (self->prefix_hint, problem != NULL ? problem : hint);
  gtk_widget_set_css_classes (GTK_WIDGET (self->prefix_hint),
                              problem != NULL ? classes_error : classes_ok);

  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->prefix_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->prefix_row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->prefix_row), GTK_ACCESSIBLE_STATE_INVALID,
                               problem != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* The number pattern and the verification address **************************/

static void
show_field_state (GtkWidget  *field,
                  GtkLabel   *hint,
                  const char *problem,
                  const char *help)
{
  const char *classes_ok[] = { "dim-label", NULL };
  const char *classes_error[] = { "error", NULL };

  gtk_label_set_label (hint, problem != NULL ? problem : help);
  gtk_widget_set_css_classes (GTK_WIDGET (hint), problem != NULL ? classes_error : classes_ok);
  if (problem != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                               problem != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Why the core would refuse @pattern, or NULL; an empty field is the default pattern. */
static char *
dup_pattern_problem (const char *pattern)
{
  g_autoptr(GError) error = NULL;

  if (*pattern == '\0' || skup_certificate_pattern_check (pattern, &error))
    return NULL;
  return g_strdup (error->message);
}

/* The first number of this year under the pattern and prefix typed, as issuing would write
 * it. */
static void
update_pattern_hint (SkupPreferencesWindow *self)
{
  g_autofree char *pattern = g_strstrip (dup_field_text (G_OBJECT (self->pattern_row)));
  g_autofree char *prefix = g_strstrip (dup_field_text (G_OBJECT (self->prefix_row)));
  g_autofree char *problem = dup_pattern_problem (pattern);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *example = NULL;
  g_autofree char *help = NULL;

  if (problem == NULL)
    example = skup_certificate_number_format (*pattern != '\0' ? pattern
                                                               : SKUP_CERTIFICATE_DEFAULT_PATTERN,
                                              prefix, g_date_time_get_year (now), 1, NULL);
  if (example != NULL)
    /* Translators: %s is a certificate number, e.g. "KBPD-2026-0001"; {prefix}, {year} and
     * {seq:04} are placeholders: do not translate them */
    help = g_strdup_printf (_("The first certificate of the year will be %s. Use {prefix}, "
                              "{year} and {seq} or {seq:04} (the year’s count, four digits)."),
                            example);
  show_field_state (GTK_WIDGET (self->pattern_row), self->pattern_hint, problem,
                    help != NULL ? help : "");
}

/* Why @url cannot be a verification address, or NULL: it is optional, and a QR code must
 * open it in any phone's browser. */
static char *
dup_url_problem (const char *url)
{
  g_autoptr(GUri) uri = NULL;

  if (*url == '\0')
    return NULL;
  if (!g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    return g_strdup (_("Start the address with https:// or http://."));
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return g_strdup (_("This is not a web address."));
  return NULL;
}

static void
update_verify_url_hint (SkupPreferencesWindow *self)
{
  g_autofree char *url = g_strstrip (dup_field_text (G_OBJECT (self->verify_url_row)));
  g_autofree char *problem = dup_url_problem (url);

  show_field_state (GTK_WIDGET (self->verify_url_row), self->verify_url_hint, problem,
                    *url != '\0'
                    ? _("The QR code opens this address with the certificate’s number, code and "
                        "signature.")
                    : _("Without an address the QR code holds the number, code and signature "
                        "as text, which Skup verifies offline."));
}

/* The public signing key ***************************************************/

/* The office's key, made now if the register has none: a key shown is a key handed out. */
static void
load_public_key (SkupPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shortened = NULL;
  glong length;

  g_clear_pointer (&self->public_key, g_free);
  self->public_key = skup_signer_dup_public_key (self->store, &error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.copy-public-key",
                                 self->public_key != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.export-public-key",
                                 self->public_key != NULL);
  if (self->public_key == NULL)
    {
      adw_action_row_set_subtitle (self->public_key_row, error->message);
      return;
    }
  /* The ends are enough to compare by eye; Copy and Export give the whole key. */
  length = g_utf8_strlen (self->public_key, -1);
  shortened = length > 24 ? g_strdup_printf ("%.10s…%s", self->public_key,
                                             self->public_key + length - 10)
                          : g_strdup (self->public_key);
  adw_action_row_set_subtitle (self->public_key_row, shortened);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->public_key_row), self->public_key);
}

static void
copy_public_key_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (widget);

  if (self->public_key == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->public_key);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("Public key copied")));
}

/**
 * skup_preferences_window_export_public_key:
 * @file: where to write the key, as skup_signer_export_public_key() gives it
 *
 * What Export… does with the file chosen.
 */
gboolean
skup_preferences_window_export_public_key (SkupPreferencesWindow  *self,
                                           GFile                  *file,
                                           GError                **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SKUP_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = skup_signer_export_public_key (self->store, error);
  return text != NULL && g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

static void
on_key_chooser_response (SkupPreferencesWindow *self,
                         int                    response)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->key_chooser));
  g_clear_object (&self->key_chooser);
  if (file == NULL)
    return;
  if (!skup_preferences_window_export_public_key (self, file, &error))
    show_save_error (self, error);
  else
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("Public key exported")));
}

static void
export_public_key_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (widget);

  g_clear_object (&self->key_chooser);
  self->key_chooser = gtk_file_chooser_native_new (_("Export Public Key"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->key_chooser), TRUE);
  /* Translators: the file name suggested for the exported public key */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->key_chooser),
                                     _("skup-public-key.pem"));
  g_signal_connect_object (self->key_chooser, "response", G_CALLBACK (on_key_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->key_chooser));
}

/* The privacy notice ******************************************************/

/* The standard notice in the language of this window, so the office reads what a sheet will
 * print (in the sheet's own language) when it writes none. */
static char *
dup_default_privacy_notice (void)
{
  /* Translators: the language the standard privacy notice is shown in, in Preferences: "en"
   * (English), "sr" (Serbian, Cyrillic) or "sr@latin" (Serbian, Latin). Only these work. */
  const char *language = C_("privacy notice language", "en");
  gboolean serbian = g_str_has_prefix (language, "sr");
  char *notice = skup_sign_in_default_privacy_notice (serbian ? "sr" : "en",
                                                      serbian && !g_str_has_suffix (language,
                                                                                    "@latin"));

  return g_strstrip (notice);
}

static gboolean
is_default_privacy_notice (const char *text)
{
  g_autofree char *notice = dup_default_privacy_notice ();
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_str_equal (stripped, notice);
}

/* The field never shows empty: an office that wrote no notice sees the standard one. */
static char *
dup_privacy_shown (const char *saved)
{
  if (saved == NULL || *saved == '\0')
    return dup_default_privacy_notice ();
  return g_strdup (saved);
}

static void
update_privacy_reset (SkupPreferencesWindow *self)
{
  g_autofree char *text = dup_field_text (G_OBJECT (self->privacy_buffer));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.reset-privacy-notice",
                                 *g_strstrip (text) != '\0' && !is_default_privacy_notice (text));
}

/* The standard notice again, saved as no notice of the office's: it then follows each sheet's
 * language. */
static void
reset_privacy_notice_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (widget);
  g_autofree char *notice = dup_default_privacy_notice ();

  gtk_text_buffer_set_text (self->privacy_buffer, notice, -1);
}

static void
show_save_error (SkupPreferencesWindow *self,
                 const GError          *error)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static char *
dup_text_shown (SkupPreferencesWindow *self,
                const Setting         *setting)
{
  g_autofree char *saved = skup_store_dup_setting (self->store, setting->key);

  if (setting->field == G_OBJECT (self->privacy_buffer))
    return dup_privacy_shown (saved);
  /* The default pattern is shown: the office sees how its numbers are made. */
  if (setting->field == G_OBJECT (self->pattern_row) && (saved == NULL || *saved == '\0'))
    return g_strdup (SKUP_CERTIFICATE_DEFAULT_PATTERN);
  return g_steal_pointer (&saved);
}

static void
load_settings (SkupPreferencesWindow *self)
{
  for (guint i = 0; i < self->settings->len; i++)
    {
      const Setting *setting = &g_array_index (self->settings, Setting, i);

      if (SKUP_IS_IMAGE_ROW (setting->field))
        {
          g_autoptr(GBytes) data = skup_store_dup_setting_data (self->store, setting->key);

          skup_image_row_set_image (SKUP_IMAGE_ROW (setting->field), data);
        }
      else
        {
          g_autofree char *value = dup_text_shown (self, setting);

          set_field_text (setting->field, value);
        }
    }
}

static gboolean
save_text (SkupPreferencesWindow  *self,
           const Setting          *setting,
           GError                **error)
{
  g_autofree char *text = g_strstrip (dup_field_text (setting->field));
  g_autofree char *saved = skup_store_dup_setting (self->store, setting->key);
  g_autofree char *problem = NULL;

  /* An invalid prefix stays unsaved (the field says why): the register keeps the last good
   * one. */
  if (setting->field == G_OBJECT (self->prefix_row))
    problem = check_prefix (text);
  /* A pattern or address the core would refuse stays unsaved too. */
  if (setting->field == G_OBJECT (self->pattern_row))
    problem = dup_pattern_problem (text);
  if (setting->field == G_OBJECT (self->verify_url_row))
    problem = dup_url_problem (text);
  /* The default as shown is no pattern of the office's: it follows Skup's default. */
  if (setting->field == G_OBJECT (self->pattern_row) &&
      g_str_equal (text, SKUP_CERTIFICATE_DEFAULT_PATTERN))
    text[0] = '\0';
  /* The standard notice as shown is no notice of the office's: sheets print it in their own
   * language. */
  if (setting->field == G_OBJECT (self->privacy_buffer) && is_default_privacy_notice (text))
    text[0] = '\0';
  if (problem != NULL || g_strcmp0 (text, saved != NULL ? saved : "") == 0)
    return TRUE;

  return skup_store_set_setting (self->store, setting->key, text, error);
}

static void
save_texts (SkupPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source_id, g_source_remove);

  for (guint i = 0; i < self->settings->len; i++)
    {
      const Setting *setting = &g_array_index (self->settings, Setting, i);

      if (!SKUP_IS_IMAGE_ROW (setting->field) && !save_text (self, setting, &error))
        {
          show_save_error (self, error);
          return;
        }
    }
}

static gboolean
save_timeout (gpointer user_data)
{
  SkupPreferencesWindow *self = user_data;

  self->save_source_id = 0;
  save_texts (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (SkupPreferencesWindow *self)
{
  g_clear_handle_id (&self->save_source_id, g_source_remove);
  self->save_source_id = g_timeout_add (SAVE_DELAY_MS, save_timeout, self);
}

/* Whatever is still waiting to be saved is saved now. */
static void
flush_texts (SkupPreferencesWindow *self)
{
  if (self->save_source_id != 0)
    save_texts (self);
}

/* An image is one deliberate choice: it is saved at once. */
static void
on_image_changed (SkupPreferencesWindow *self,
                  GParamSpec            *pspec,
                  SkupImageRow          *row)
{
  const Setting *setting = find_setting (self, row);
  g_autoptr(GError) error = NULL;

  if (!skup_store_set_setting_data (self->store, setting->key, skup_image_row_get_image (row),
                                    &error))
    show_save_error (self, error);
}

static void
watch_settings (SkupPreferencesWindow *self)
{
  for (guint i = 0; i < self->settings->len; i++)
    {
      const Setting *setting = &g_array_index (self->settings, Setting, i);

      if (SKUP_IS_IMAGE_ROW (setting->field))
        g_signal_connect_object (setting->field, "notify::image",
                                 G_CALLBACK (on_image_changed), self, G_CONNECT_SWAPPED);
      else
        g_signal_connect_object (setting->field, "changed",
                                 G_CALLBACK (schedule_save), self, G_CONNECT_SWAPPED);
    }
}

/* The window ***************************************************************/

static void
skup_preferences_window_constructed (GObject *object)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);
  g_autofree char *where = self->store != NULL ? skup_store_dup_display_name (self->store) : NULL;
  /* Only a register in a file has a folder to show: not one in memory, not a shared one. */
  gboolean has_folder = self->store != NULL && !skup_store_is_temporary (self->store)
                        && !skup_store_is_shared (self->store);

  G_OBJECT_CLASS (skup_preferences_window_parent_class)->constructed (object);

  /* Without a register (a template check) there is nothing to show or save. */
  if (self->store != NULL)
    {
      load_settings (self);
      watch_settings (self);
      load_public_key (self);
    }
  update_prefix_hint (self);
  update_pattern_hint (self);
  update_verify_url_hint (self);
  update_privacy_reset (self);

  adw_action_row_set_subtitle (self->database_row, where);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.open-data-folder", has_folder);
}

/* GTK gives the first focusable widget the focus: the page switcher in a wide window, which
 * disappears when the window is narrow, and then the first field, with its text selected, so
 * that one key would replace the office's name (and the change would be saved). Nothing has
 * the focus until the user gives it: Tab and the arrows start from the top. */
static void
skup_preferences_window_show (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (skup_preferences_window_parent_class)->show (widget);

  gtk_window_set_focus (GTK_WINDOW (widget), NULL);
}

static gboolean
skup_preferences_window_close_request (GtkWindow *window)
{
  flush_texts (SKUP_PREFERENCES_WINDOW (window));

  return GTK_WINDOW_CLASS (skup_preferences_window_parent_class)->close_request (window);
}

static void
skup_preferences_window_dispose (GObject *object)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);

  /* A window destroyed without closing (the application quitting) keeps what was typed too. */
  flush_texts (self);
  g_clear_pointer (&self->settings, g_array_unref);
  g_clear_pointer (&self->public_key, g_free);
  g_clear_object (&self->key_chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_preferences_window_parent_class)->dispose (object);
}

static void
skup_preferences_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_preferences_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SkupPreferencesWindow *self = SKUP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_preferences_window_class_init (SkupPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = skup_preferences_window_constructed;
  object_class->dispose = skup_preferences_window_dispose;
  object_class->get_property = skup_preferences_window_get_property;
  object_class->set_property = skup_preferences_window_set_property;
  widget_class->show = skup_preferences_window_show;
  window_class->close_request = skup_preferences_window_close_request;

  /**
   * SkupPreferencesWindow:store:
   *
   * The register whose settings are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SKUP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SKUP_TYPE_IMAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, address_view);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, address_buffer);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, prefix_hint);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, privacy_view);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, privacy_buffer);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, signatories_group);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, database_row);
  gtk_widget_class_bind_template_callback (widget_class, update_prefix_hint);
  gtk_widget_class_bind_template_callback (widget_class, update_privacy_reset);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, pattern_row);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, pattern_hint);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, verify_url_row);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, verify_url_hint);
  gtk_widget_class_bind_template_child (widget_class, SkupPreferencesWindow, public_key_row);
  gtk_widget_class_bind_template_callback (widget_class, update_pattern_hint);
  gtk_widget_class_bind_template_callback (widget_class, update_verify_url_hint);

  gtk_widget_class_install_action (widget_class, "preferences.open-data-folder", NULL,
                                   open_data_folder_action);
  gtk_widget_class_install_action (widget_class, "preferences.reset-privacy-notice", NULL,
                                   reset_privacy_notice_action);
  gtk_widget_class_install_action (widget_class, "preferences.copy-public-key", NULL,
                                   copy_public_key_action);
  gtk_widget_class_install_action (widget_class, "preferences.export-public-key", NULL,
                                   export_public_key_action);
}

static void
skup_preferences_window_init (SkupPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* As many rows as a certificate has room for signatories: the number is the core's. */
  for (guint i = 0; i < SKUP_MAX_SIGNATORIES; i++)
    {
      self->signatory_rows[i] = SKUP_SIGNATORY_ROW (skup_signatory_row_new (i + 1));
      adw_preferences_group_add (self->signatories_group, GTK_WIDGET (self->signatory_rows[i]));
    }

  /* The row is the field, as an entry row is: a second background inside it would show as a
   * box in a box in the dark style. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->address_view), "view");
  gtk_widget_remove_css_class (GTK_WIDGET (self->privacy_view), "view");

  self->settings = g_array_new (FALSE, TRUE, sizeof (Setting));
  g_array_set_clear_func (self->settings, setting_clear);
  list_settings (self);
}

/**
 * skup_preferences_window_new:
 * @parent: the main window the preferences belong to
 * @store: the register whose settings are shown
 *
 * Returns: (transfer none): a new preferences window, owned by GTK until it is closed
 */
SkupPreferencesWindow *
skup_preferences_window_new (GtkWindow *parent,
                             SkupStore *store)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);

  return g_object_new (SKUP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       "store", store,
                       NULL);
}

/**
 * skup_preferences_window_get_store:
 *
 * Returns: (transfer none): the register whose settings are shown
 */
SkupStore *
skup_preferences_window_get_store (SkupPreferencesWindow *self)
{
  g_return_val_if_fail (SKUP_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}
