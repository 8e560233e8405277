/* skup-template-editor.c — a certificate template's fields beside its live preview
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change reads the fields into the template, checks its texts and draws page 1 again,
 * a moment after the last key (REFRESH_DELAY_MS), with the engine that writes the PDF
 * (skup-template-preview.c). A text the issuer could not expand (an unknown placeholder, a
 * brace left open) holds Save back and is named above the form, with a button that puts the
 * cursor where the problem is: moving the cursor while someone types would fight them.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/certificates/skup-certificate-number.h"
#include "core/certificates/skup-certificate-preview.h"
#include "core/certificates/skup-signer.h"
#include "core/skup-core.h"
#include "skup-image-row.h"
#include "skup-template-editor.h"

/* Long enough to take a word typed as one change, short enough to feel live. */
#define REFRESH_DELAY_MS 150
/* Organisations looked at for a logo: enough for an office's partners, bounded for a large
 * register (the rest can be used through an image file). */
#define MAX_ORGANISATIONS 200

/* The language choices, in the order of the combo rows. */
static const struct
{
  const char *language;
  const char *script;
} languages[] = {
  { "en", "latin" },
  { "sr", "cyrillic" },
  { "sr", "latin" },
};

/* A logo: where it comes from, and the image file when it is one. */
typedef struct
{
  AdwComboRow  *row;
  SkupImageRow *image_row;
  GPtrArray    *references;  /* (element-type utf8): one a choice of the row */
  char         *asset;       /* "asset:SHA256" of the image file, or NULL */
} LogoChoice;

struct _SkupTemplateEditor
{
  AdwWindow                 parent_instance;

  SkupStore                *store;
  SkupCertificateTemplate  *template_;
  gboolean                  loading;
  gboolean                  dirty;
  guint                     refresh_id;
  SkupPlaceholderGender     gender;
  GArray                   *sample_events;  /* (element-type gint64): the dropdown's, after 0 */

  char                     *problem;
  GtkWidget                *problem_field;
  gsize                     problem_offset;
  GtkWidget                *last_text_field;

  LogoChoice                logos[SKUP_CERTIFICATE_MAX_LOGOS];
  SkupImageRow             *background_row;
  char                     *background;
  GtkCheckButton           *signatory_checks[SKUP_MAX_SIGNATORIES];

  /* Template children */
  AdwWindowTitle           *window_title;
  GtkWidget                *save_button;
  GtkWidget                *duplicate_button;
  GtkMenuButton            *placeholder_button;
  GtkRevealer              *built_in_revealer;
  GtkRevealer              *problem_revealer;
  GtkLabel                 *problem_label;
  GtkWidget                *problem_button;
  AdwPreferencesPage       *form_page;
  AdwEntryRow              *name_row;
  AdwComboRow              *role_row;
  AdwComboRow              *language_row;
  AdwComboRow              *layout_row;
  AdwComboRow              *paper_row;
  AdwComboRow              *orientation_row;
  GtkColorButton           *accent_button;
  AdwEntryRow              *title_row;
  AdwEntryRow              *preamble_row;
  GtkTextView              *body_view;
  GtkTextBuffer            *body_buffer;
  AdwEntryRow              *issued_row;
  AdwExpanderRow           *second_row;
  AdwComboRow              *second_language_row;
  AdwEntryRow              *second_title_row;
  AdwEntryRow              *second_preamble_row;
  GtkTextView              *second_body_view;
  GtkTextBuffer            *second_body_buffer;
  AdwPreferencesGroup      *images_group;
  AdwPreferencesGroup      *signatories_group;
  GtkDropDown              *sample_dropdown;
  SkupTemplatePreview      *preview;
  GtkLabel                 *preview_error_label;
};

G_DEFINE_FINAL_TYPE (SkupTemplateEditor, skup_template_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SAMPLE_GENDER,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_refresh (SkupTemplateEditor *self);

/* Fields ******************************************************************/

static char *
dup_field_text (GtkWidget *field)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_field_text (GtkWidget  *field,
                const char *text)
{
  if (GTK_IS_EDITABLE (field))
    gtk_editable_set_text (GTK_EDITABLE (field), text != NULL ? text : "");
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)),
                              text != NULL ? text : "", -1);
}

/* NULL for an empty field: the template leaves that text out. */
static char *
dup_field_or_null (GtkWidget *field)
{
  g_autofree char *text = dup_field_text (field);

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static guint
find_language (const char *language,
               const char *script)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i].language, language) == 0 &&
        g_strcmp0 (languages[i].script, script) == 0)
      return i;
  return g_str_has_prefix (language != NULL ? language : "", "sr") ? 1 : 0;
}

static void
set_accent (SkupTemplateEditor *self,
            guint32             accent)
{
  GdkRGBA rgba = { ((accent >> 16) & 0xff) / 255.0, ((accent >> 8) & 0xff) / 255.0,
                   (accent & 0xff) / 255.0, 1.0 };

  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->accent_button), &rgba);
}

static guint32
get_accent (SkupTemplateEditor *self)
{
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->accent_button), &rgba);
  return ((guint32) (rgba.red * 255 + 0.5) << 16) | ((guint32) (rgba.green * 255 + 0.5) << 8)
         | (guint32) (rgba.blue * 255 + 0.5);
}

/* The texts that are checked, in the order of the form, with the names errors give them. */
static GtkWidget *
get_text_field (SkupTemplateEditor *self,
                guint               index)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->preamble_row),
    GTK_WIDGET (self->body_view), GTK_WIDGET (self->issued_row),
    GTK_WIDGET (self->second_title_row), GTK_WIDGET (self->second_preamble_row),
    GTK_WIDGET (self->second_body_view), NULL,
  };

  g_assert (index < G_N_ELEMENTS (fields));
  return fields[index];
}

static const char *
get_text_field_name (guint index)
{
  const char *names[] = {
    N_("Title"), N_("Preamble"), N_("Body"), N_("Place and Date"),
    /* Translators: a field of the second language of a certificate template */
    N_("Second Title"), N_("Second Preamble"), N_("Second Body"),
  };

  return _(names[index]);
}

/* Logos and the background *************************************************/

static const char *
get_logo_reference (LogoChoice *logo)
{
  guint selected = adw_combo_row_get_selected (logo->row);

  if (selected >= logo->references->len)
    return NULL;
  return g_ptr_array_index (logo->references, selected);
}

static void
add_logo_choice (LogoChoice *logo,
                 const char *label,
                 const char *reference)
{
  gtk_string_list_append (GTK_STRING_LIST (adw_combo_row_get_model (logo->row)), label);
  g_ptr_array_add (logo->references, g_strdup (reference));
}

/* The organisations with a logo of their own, as "organisation:ID" choices. */
static void
add_organisation_choices (SkupTemplateEditor *self,
                          LogoChoice         *logo)
{
  g_autoptr(GListModel) organisations = skup_store_list (self->store, SKUP_TYPE_ORGANISATION,
                                                         NULL, NULL);
  guint n = organisations != NULL ? MIN (g_list_model_get_n_items (organisations),
                                         MAX_ORGANISATIONS) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) record = g_list_model_get_item (organisations, i);
      g_autoptr(GBytes) data = skup_store_dup_logo (self->store, skup_record_get_id (record),
                                                    NULL);
      g_autofree char *reference = NULL;
      g_autofree char *title = NULL;

      if (data == NULL)
        continue;
      reference = g_strdup_printf ("organisation:%" G_GINT64_FORMAT, skup_record_get_id (record));
      title = skup_record_dup_title (record);
      add_logo_choice (logo, title, reference);
    }
}

static void
fill_logo_choices (SkupTemplateEditor *self,
                   LogoChoice         *logo)
{
  add_logo_choice (logo, C_("logo", "None"), "");
  add_logo_choice (logo, _("Office Logo"), "office");
  add_organisation_choices (self, logo);
  /* Translators: a logo chosen from a file, not the office's or an organisation's */
  add_logo_choice (logo, _("Image File"), "asset");
}

static void
select_logo (SkupTemplateEditor *self,
             LogoChoice         *logo,
             const char         *reference)
{
  guint selected = 0;

  g_clear_pointer (&logo->asset, g_free);
  if (reference != NULL && g_str_has_prefix (reference, "asset:"))
    {
      g_autoptr(GBytes) data = skup_store_dup_certificate_asset (self->store,
                                                                 reference + strlen ("asset:"),
                                                                 NULL);

      logo->asset = g_strdup (reference);
      skup_image_row_set_image (logo->image_row, data);
      reference = "asset";
    }
  else
    skup_image_row_set_image (logo->image_row, NULL);

  for (guint i = 0; reference != NULL && i < logo->references->len; i++)
    if (g_str_equal (g_ptr_array_index (logo->references, i), reference))
      selected = i;
  adw_combo_row_set_selected (logo->row, selected);
}

/* The reference the template keeps: "asset" stands for the image file's own. */
static char *
dup_logo_reference (LogoChoice *logo)
{
  const char *reference = get_logo_reference (logo);

  if (g_strcmp0 (reference, "asset") == 0)
    return g_strdup (logo->asset);
  return reference != NULL && *reference != '\0' ? g_strdup (reference) : NULL;
}

/* An image file is kept once in the register, by its SHA-256, as soon as it is chosen. */
static char *
put_asset (SkupTemplateEditor *self,
           SkupImageRow       *row)
{
  GBytes *data = skup_image_row_get_image (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;

  if (data == NULL)
    return NULL;
  sha256 = skup_store_put_certificate_asset (self->store, data, &error);
  if (sha256 == NULL)
    {
      skup_image_row_set_error (row, error->message);
      return NULL;
    }
  return g_strconcat ("asset:", sha256, NULL);
}

static void
on_logo_image_changed (SkupTemplateEditor *self,
                       GParamSpec         *pspec,
                       SkupImageRow       *row)
{
  if (self->loading)
    return;
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    if (self->logos[i].image_row == row)
      {
        g_free (self->logos[i].asset);
        self->logos[i].asset = put_asset (self, row);
      }
  schedule_refresh (self);
}

static void
on_background_changed (SkupTemplateEditor *self)
{
  if (self->loading)
    return;
  g_free (self->background);
  self->background = put_asset (self, self->background_row);
  schedule_refresh (self);
}

static void
update_logo_rows (SkupTemplateEditor *self)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->logos[i].image_row),
                            g_strcmp0 (get_logo_reference (&self->logos[i]), "asset") == 0);
}

static void
add_logo_rows (SkupTemplateEditor *self)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      LogoChoice *logo = &self->logos[i];
      g_autofree char *title = g_strdup_printf (_("Logo %u"), i + 1);
      g_autofree char *image_title = g_strdup_printf (_("Logo %u Image"), i + 1);

      logo->row = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_combo_row_set_model (logo->row, G_LIST_MODEL (gtk_string_list_new (NULL)));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (logo->row), title);
      logo->references = g_ptr_array_new_with_free_func (g_free);
      fill_logo_choices (self, logo);
      g_signal_connect_object (logo->row, "notify::selected", G_CALLBACK (schedule_refresh),
                               self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->images_group, GTK_WIDGET (logo->row));

      logo->image_row = SKUP_IMAGE_ROW (skup_image_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (logo->image_row), image_title);
      g_signal_connect_object (logo->image_row, "notify::image",
                               G_CALLBACK (on_logo_image_changed), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->images_group, GTK_WIDGET (logo->image_row));
    }

  self->background_row = SKUP_IMAGE_ROW (skup_image_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->background_row), _("Background"));
  g_signal_connect_object (self->background_row, "notify::image",
                           G_CALLBACK (on_background_changed), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->images_group, GTK_WIDGET (self->background_row));
}

/* Signatories **************************************************************/

static void
add_signatory_rows (SkupTemplateEditor *self)
{
  for (guint i = 0; i < SKUP_MAX_SIGNATORIES; i++)
    {
      g_autofree char *name_key = g_strdup_printf ("signatory-%u-name", i + 1);
      g_autofree char *title_key = g_strdup_printf ("signatory-%u-title", i + 1);
      g_autofree char *name = skup_store_dup_setting (self->store, name_key);
      g_autofree char *job = skup_store_dup_setting (self->store, title_key);
      g_autofree char *fallback = g_strdup_printf (_("Signatory %u"), i + 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gboolean named = name != NULL && *name != '\0';

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), named ? name : fallback);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   named ? (job != NULL ? job : "")
                                         : _("No name yet: set it in Preferences"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      named ? name : fallback, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (schedule_refresh), self,
                               G_CONNECT_SWAPPED);
      self->signatory_checks[i] = GTK_CHECK_BUTTON (check);
      adw_preferences_group_add (self->signatories_group, row);
    }
}

/* Reading and showing the template *****************************************/

static void
load_fields (SkupTemplateEditor *self)
{
  const SkupCertificateTemplate *t = self->template_;
  gboolean second = t->second_language != NULL && *t->second_language != '\0';

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), t->name != NULL ? t->name : "");
  adw_combo_row_set_selected (self->role_row, t->role == SKUP_CERTIFICATE_ROLE_TRAINER);
  adw_combo_row_set_selected (self->language_row, find_language (t->language, t->script));
  adw_combo_row_set_selected (self->layout_row, t->layout == SKUP_CERTIFICATE_LAYOUT_CLASSIC);
  adw_combo_row_set_selected (self->paper_row, t->paper == SKUP_PAPER_LETTER);
  adw_combo_row_set_selected (self->orientation_row, !t->landscape);
  set_accent (self, t->accent);
  set_field_text (GTK_WIDGET (self->title_row), t->title);
  set_field_text (GTK_WIDGET (self->preamble_row), t->preamble);
  set_field_text (GTK_WIDGET (self->body_view), t->body);
  set_field_text (GTK_WIDGET (self->issued_row), t->issued);
  adw_expander_row_set_enable_expansion (self->second_row, second);
  adw_combo_row_set_selected (self->second_language_row,
                              second ? find_language (t->second_language, t->second_script) : 0);
  set_field_text (GTK_WIDGET (self->second_title_row), t->second_title);
  set_field_text (GTK_WIDGET (self->second_preamble_row), t->second_preamble);
  set_field_text (GTK_WIDGET (self->second_body_view), t->second_body);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    select_logo (self, &self->logos[i], t->logos[i]);
  g_free (self->background);
  self->background = g_strdup (t->background);
  {
    g_autoptr(GBytes) data = t->background != NULL && g_str_has_prefix (t->background, "asset:")
      ? skup_store_dup_certificate_asset (self->store, t->background + strlen ("asset:"), NULL)
      : NULL;

    skup_image_row_set_image (self->background_row, data);
  }
  for (guint i = 0; i < SKUP_MAX_SIGNATORIES; i++)
    gtk_check_button_set_active (self->signatory_checks[i], FALSE);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    if (t->signatories[i] >= 1 && t->signatories[i] <= SKUP_MAX_SIGNATORIES)
      gtk_check_button_set_active (self->signatory_checks[t->signatories[i] - 1], TRUE);
  self->loading = FALSE;
}

static void
read_texts (SkupTemplateEditor *self)
{
  SkupCertificateTemplate *t = self->template_;
  gboolean second = adw_expander_row_get_enable_expansion (self->second_row);
  guint second_language = adw_combo_row_get_selected (self->second_language_row);

  g_free (t->title);
  t->title = dup_field_or_null (GTK_WIDGET (self->title_row));
  g_free (t->preamble);
  t->preamble = dup_field_or_null (GTK_WIDGET (self->preamble_row));
  g_free (t->body);
  t->body = dup_field_or_null (GTK_WIDGET (self->body_view));
  g_free (t->issued);
  t->issued = dup_field_or_null (GTK_WIDGET (self->issued_row));
  g_free (t->second_language);
  t->second_language = second ? g_strdup (languages[second_language].language) : NULL;
  g_free (t->second_script);
  t->second_script = second ? g_strdup (languages[second_language].script) : NULL;
  g_free (t->second_title);
  t->second_title = dup_field_or_null (GTK_WIDGET (self->second_title_row));
  g_free (t->second_preamble);
  t->second_preamble = dup_field_or_null (GTK_WIDGET (self->second_preamble_row));
  g_free (t->second_body);
  t->second_body = dup_field_or_null (GTK_WIDGET (self->second_body_view));
}

static void
read_fields (SkupTemplateEditor *self)
{
  SkupCertificateTemplate *t = self->template_;
  guint language = adw_combo_row_get_selected (self->language_row);
  guint n = 0;

  g_free (t->name);
  t->name = g_strstrip (dup_field_text (GTK_WIDGET (self->name_row)));
  t->role = adw_combo_row_get_selected (self->role_row) == 1 ? SKUP_CERTIFICATE_ROLE_TRAINER
                                                              : SKUP_CERTIFICATE_ROLE_PARTICIPANT;
  g_free (t->language);
  t->language = g_strdup (languages[MIN (language, G_N_ELEMENTS (languages) - 1)].language);
  g_free (t->script);
  t->script = g_strdup (languages[MIN (language, G_N_ELEMENTS (languages) - 1)].script);
  t->layout = adw_combo_row_get_selected (self->layout_row) == 1
                ? SKUP_CERTIFICATE_LAYOUT_CLASSIC : SKUP_CERTIFICATE_LAYOUT_UN;
  t->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? SKUP_PAPER_LETTER
                                                               : SKUP_PAPER_A4;
  t->landscape = adw_combo_row_get_selected (self->orientation_row) == 0;
  t->accent = get_accent (self);
  read_texts (self);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      g_free (t->logos[i]);
      t->logos[i] = dup_logo_reference (&self->logos[i]);
    }
  g_free (t->background);
  t->background = g_strdup (self->background);
  memset (t->signatories, 0, sizeof t->signatories);
  for (guint i = 0; i < SKUP_MAX_SIGNATORIES && n < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    if (gtk_check_button_get_active (self->signatory_checks[i]))
      t->signatories[n++] = i + 1;
}

/* Checking *****************************************************************/

static void
set_problem (SkupTemplateEditor *self,
             char               *problem,
             GtkWidget          *field,
             gsize               offset)
{
  if (self->problem_field != NULL)
    gtk_widget_remove_css_class (self->problem_field, "error");
  g_free (self->problem);
  self->problem = problem;
  self->problem_field = field;
  self->problem_offset = offset;

  if (field != NULL)
    gtk_widget_add_css_class (field, "error");
  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, problem != NULL);
  gtk_widget_set_visible (self->problem_button, field != NULL);
}

/* The first text the issuer could not expand, named and placed; then the template's bounds. */
static void
check_texts (SkupTemplateEditor *self)
{
  guint n = adw_expander_row_get_enable_expansion (self->second_row) ? 7 : 4;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *field = get_text_field (self, i);
      g_autofree char *text = dup_field_text (field);
      gsize offset = 0;

      if (!skup_placeholders_check (text, &offset, &error))
        {
          /* Translators: a field of a template, then what is wrong in it, e.g. "Body: Unknown
           * placeholder {nmae} at line 2, column 14." */
          set_problem (self, g_strdup_printf (_("%s: %s"), get_text_field_name (i),
                                              error->message),
                       field, offset);
          return;
        }
    }

  if (!skup_certificate_template_check (self->template_, &error))
    {
      set_problem (self, g_strdup (error->message), NULL, 0);
      return;
    }
  set_problem (self, NULL, NULL, 0);
}

static void
update_actions (SkupTemplateEditor *self)
{
  gboolean built_in = self->template_->built_in != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !built_in && self->problem == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.insert-placeholder", !built_in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.show-problem",
                                 self->problem_field != NULL);
}

/* The preview **************************************************************/

static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The number the first certificate of this year would get, as Preferences would number it. */
static char *
dup_sample_number (SkupTemplateEditor *self)
{
  g_autofree char *pattern = skup_store_dup_setting (self->store,
                                                     SKUP_SETTING_CERTIFICATE_PATTERN);
  g_autofree char *prefix = skup_store_dup_setting (self->store,
                                                    SKUP_SETTING_CERTIFICATE_PREFIX);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  char *number;

  if (pattern == NULL || *pattern == '\0')
    {
      g_free (pattern);
      pattern = g_strdup (SKUP_CERTIFICATE_DEFAULT_PATTERN);
    }
  number = skup_certificate_number_format (pattern, prefix != NULL ? prefix : "",
                                           g_date_time_get_year (now), 1, NULL);
  if (number == NULL)
    number = skup_certificate_number_format (SKUP_CERTIFICATE_DEFAULT_PATTERN,
                                             prefix != NULL ? prefix : "",
                                             g_date_time_get_year (now), 1, NULL);
  return number;
}

/* A QR code as large as a real one: the verification code and signature are only shaped like
 * them, so nothing is signed with the office's key for a preview. */
static char *
dup_sample_payload (SkupTemplateEditor *self,
                    const char         *number)
{
  g_autofree char *signature = g_strnfill (86, 'A');

  return skup_signer_qr_payload (self->store, number != NULL ? number : "", "0000000000",
                                 signature);
}

/* The first person registered for the chosen event, or NULL for the sample person. */
static GHashTable *
dup_registration_values (SkupTemplateEditor         *self,
                         const SkupCertificateFacts *facts,
                         SkupPlaceholderGender      *out_gender,
                         GError                    **error)
{
  guint selected = gtk_drop_down_get_selected (self->sample_dropdown);
  g_autoptr(GPtrArray) roster = NULL;
  SkupRosterEntry *first;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->sample_events->len)
    return NULL;
  roster = skup_store_list_roster (self->store,
                                   g_array_index (self->sample_events, gint64, selected - 1),
                                   error);
  if (roster == NULL)
    return NULL;
  if (roster->len == 0)
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_NOT_FOUND,
                           _("No one is registered for this event yet: the sample person is shown."));
      return NULL;
    }
  first = g_ptr_array_index (roster, 0);
  return skup_certificate_values_new (self->store, first->registration_id, facts, out_gender,
                                      NULL, error);
}

static GHashTable *
dup_values (SkupTemplateEditor         *self,
            const SkupCertificateFacts *facts,
            SkupPlaceholderGender      *gender,
            GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *values = dup_registration_values (self, facts, gender, &local_error);

  if (values != NULL)
    return values;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  *gender = self->gender;
  return skup_certificate_preview_sample_values (facts, self->gender,
                                                 self->template_->role
                                                 == SKUP_CERTIFICATE_ROLE_TRAINER
                                                 ? "trainer" : "participant");
}

static SkupCertificateText *
build_text (SkupTemplateEditor  *self,
            GError             **error)
{
  const SkupCertificateTemplate *t = self->template_;
  g_autofree char *number = dup_sample_number (self);
  g_autofree char *today = dup_today ();
  g_autofree char *payload = dup_sample_payload (self, number);
  SkupCertificateFacts facts = { t->language, t->script, number, today };
  SkupCertificateFacts second_facts = { t->second_language, t->second_script, number, today };
  SkupPlaceholderGender gender = self->gender;
  g_autoptr(GHashTable) values = dup_values (self, &facts, &gender, error);
  g_autoptr(GHashTable) second_values = NULL;

  if (t->second_language != NULL)
    second_values = dup_values (self, &second_facts, &gender, NULL);
  return skup_certificate_preview_expand (t, values, second_values, gender, payload, error);
}

static void
update_preview (SkupTemplateEditor *self)
{
  g_auto(SkupCertificateDesign) design = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) note = NULL;
  SkupCertificateText *text;

  if (!skup_certificate_preview_design (self->store, self->template_, &design, &error))
    {
      gtk_label_set_label (self->preview_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->preview_error_label), TRUE);
      return;
    }
  text = build_text (self, &note);
  gtk_label_set_label (self->preview_error_label, note != NULL ? note->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->preview_error_label), note != NULL);
  if (text != NULL)
    skup_template_preview_show (self->preview, &design, text);
}

static void
refresh (SkupTemplateEditor *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  read_fields (self);
  update_logo_rows (self);
  check_texts (self);
  update_actions (self);
  adw_window_title_set_subtitle (self->window_title,
                                 self->template_->name != NULL ? self->template_->name : "");
  if (self->problem_field == NULL)
    update_preview (self);
}

static gboolean
refresh_timeout (gpointer user_data)
{
  SkupTemplateEditor *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (SkupTemplateEditor *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout, self);
}

static void
on_changed (SkupTemplateEditor *self)
{
  schedule_refresh (self);
}

static void
on_sample_changed (SkupTemplateEditor *self)
{
  gboolean sample = gtk_drop_down_get_selected (self->sample_dropdown) == 0;

  /* A real person's gender is the register's. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.sample-gender", sample);
  if (!self->loading)
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
      self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout, self);
    }
}

static void
fill_sample_choices (SkupTemplateEditor *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  SkupQuery query = { .sort = "start-date", .descending = TRUE };
  g_autoptr(GListModel) events = skup_store_list (self->store, SKUP_TYPE_EVENT, &query, NULL);
  guint n = events != NULL ? MIN (g_list_model_get_n_items (events), MAX_ORGANISATIONS) : 0;

  gtk_string_list_append (choices, _("Sample Person"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkupRecord) event = g_list_model_get_item (events, i);
      g_autofree char *title = skup_record_dup_title (event);
      gint64 id = skup_record_get_id (event);

      gtk_string_list_append (choices, title);
      g_array_append_val (self->sample_events, id);
    }
  self->loading = TRUE;
  gtk_drop_down_set_model (self->sample_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->sample_dropdown, 0);
  self->loading = FALSE;
}

/* Actions ******************************************************************/

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  refresh (self);
  if (self->problem != NULL || self->template_->built_in != NULL)
    return;
  if (!skup_store_save_certificate_template (self->store, self->template_, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_window_get_content (ADW_WINDOW (self))),
                                   adw_toast_new (escaped));
      return;
    }
  self->dirty = FALSE;
  g_signal_emit (self, signals[SAVED], 0, self->template_->id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
set_read_only (SkupTemplateEditor *self,
               gboolean            read_only)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_page), !read_only);
  gtk_widget_set_visible (self->save_button, !read_only);
  gtk_widget_set_visible (self->duplicate_button, read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_button), !read_only);
  gtk_revealer_set_reveal_child (self->built_in_revealer, read_only);
}

/* A built-in becomes the office's own copy, here in the same window: nothing is saved until
 * Save. */
static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (widget);
  SkupCertificateTemplate *copy = skup_certificate_template_duplicate (self->template_);

  skup_certificate_template_free (self->template_);
  self->template_ = copy;
  load_fields (self);
  set_read_only (self, FALSE);
  self->dirty = TRUE;
  refresh (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
insert_placeholder_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (widget);
  const char *text = g_variant_get_string (parameter, NULL);
  GtkWidget *field = self->last_text_field != NULL ? self->last_text_field
                                                   : GTK_WIDGET (self->body_view);

  if (GTK_IS_TEXT_VIEW (field))
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
  else
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (field));

      gtk_editable_insert_text (GTK_EDITABLE (field), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (field), position);
    }
  gtk_widget_grab_focus (field);
}

/* The cursor goes where skup_placeholders_check() says the problem is. */
static void
show_problem_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (widget);
  g_autofree char *text = NULL;
  glong position;

  if (self->problem_field == NULL)
    return;
  text = dup_field_text (self->problem_field);
  position = g_utf8_pointer_to_offset (text, text + MIN (self->problem_offset, strlen (text)));
  gtk_widget_grab_focus (self->problem_field);
  if (GTK_IS_TEXT_VIEW (self->problem_field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->problem_field));
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, position);
      gtk_text_buffer_place_cursor (buffer, &iter);
      gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->problem_field), &iter, 0, FALSE, 0, 0);
    }
  else
    gtk_editable_set_position (GTK_EDITABLE (self->problem_field), position);
}

static void
set_sample_gender (SkupTemplateEditor *self,
                   const char         *nick)
{
  SkupPlaceholderGender gender = g_strcmp0 (nick, "male") == 0 ? SKUP_PLACEHOLDER_GENDER_MALE
                                                                : SKUP_PLACEHOLDER_GENDER_FEMALE;

  if (gender == self->gender)
    return;
  self->gender = gender;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAMPLE_GENDER]);
  if (self->template_ != NULL)
    refresh (self);
}

/* Where "Insert Placeholder" writes: the text field that had the focus last. */
static void
on_text_field_focused (GtkEventControllerFocus *controller,
                       SkupTemplateEditor      *self)
{
  self->last_text_field = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
}

static void
watch_text_fields (SkupTemplateEditor *self)
{
  for (guint i = 0; i < 7; i++)
    {
      GtkEventController *controller = gtk_event_controller_focus_new ();

      g_signal_connect_object (controller, "enter", G_CALLBACK (on_text_field_focused), self, 0);
      gtk_widget_add_controller (get_text_field (self, i), controller);
    }
}

/* Every placeholder, then the gender group's pattern: what skup_placeholders_check() knows. */
static GMenuModel *
new_placeholder_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) names = g_menu_new ();
  g_autoptr(GMenu) groups = g_menu_new ();
  const char * const *all = skup_placeholders_get_names ();

  for (guint i = 0; all[i] != NULL; i++)
    {
      g_autofree char *placeholder = g_strdup_printf ("{%s}", all[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (placeholder, NULL);

      g_menu_item_set_action_and_target (item, "editor.insert-placeholder", "s", placeholder);
      g_menu_append_item (names, item);
    }
  {
    /* Translators: a menu item that inserts a gender group; keep the braces, "m:" and "f:" */
    g_autoptr(GMenuItem) item = g_menu_item_new (_("Gender Forms {m:…|f:…}"), NULL);

    g_menu_item_set_action_and_target (item, "editor.insert-placeholder", "s", "{m:|f:}");
    g_menu_append_item (groups, item);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (names));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (groups));
  return G_MENU_MODEL (menu);
}

/* Closing with changes not saved asks first. */
static void
on_discard_response (SkupTemplateEditor *self,
                     const char         *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->dirty = FALSE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
skup_template_editor_close_request (GtkWindow *window)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (window);
  GtkWidget *dialog;

  if (!self->dirty || self->template_ == NULL || self->template_->built_in != NULL)
    return GTK_WINDOW_CLASS (skup_template_editor_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard Changes?"),
                                   _("The changes to this template have not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* The window ***************************************************************/

static void
skup_template_editor_dispose (GObject *object)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SKUP_TYPE_TEMPLATE_EDITOR);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      g_clear_pointer (&self->logos[i].references, g_ptr_array_unref);
      g_clear_pointer (&self->logos[i].asset, g_free);
    }
  g_clear_pointer (&self->background, g_free);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->template_, skup_certificate_template_free);
  g_clear_pointer (&self->sample_events, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (skup_template_editor_parent_class)->dispose (object);
}

static void
skup_template_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SAMPLE_GENDER:
      g_value_set_string (value, self->gender == SKUP_PLACEHOLDER_GENDER_MALE ? "male"
                                                                               : "female");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_template_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SkupTemplateEditor *self = SKUP_TEMPLATE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SAMPLE_GENDER:
      set_sample_gender (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
skup_template_editor_class_init (SkupTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = skup_template_editor_dispose;
  object_class->get_property = skup_template_editor_get_property;
  object_class->set_property = skup_template_editor_set_property;
  window_class->close_request = skup_template_editor_close_request;

  /**
   * SkupTemplateEditor:sample-gender:
   *
   * "female" (Žana Glavendekić) or "male" (Milutin Milošević): whom the sample is written for.
   */
  properties[PROP_SAMPLE_GENDER] =
    g_param_spec_string ("sample-gender", NULL, NULL, "female",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SkupTemplateEditor::saved:
   * @id: the template's row
   *
   * The register holds the template as the editor showed it.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SKUP_TYPE_TEMPLATE_PREVIEW);
  g_type_ensure (SKUP_TYPE_IMAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/rs/skup/Skup/ui/skup-template-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SkupTemplateEditor, name)
  BIND (window_title);
  BIND (save_button);
  BIND (duplicate_button);
  BIND (placeholder_button);
  BIND (built_in_revealer);
  BIND (problem_revealer);
  BIND (problem_label);
  BIND (problem_button);
  BIND (form_page);
  BIND (name_row);
  BIND (role_row);
  BIND (language_row);
  BIND (layout_row);
  BIND (paper_row);
  BIND (orientation_row);
  BIND (accent_button);
  BIND (title_row);
  BIND (preamble_row);
  BIND (body_view);
  BIND (body_buffer);
  BIND (issued_row);
  BIND (second_row);
  BIND (second_language_row);
  BIND (second_title_row);
  BIND (second_preamble_row);
  BIND (second_body_view);
  BIND (second_body_buffer);
  BIND (images_group);
  BIND (signatories_group);
  BIND (sample_dropdown);
  BIND (preview);
  BIND (preview_error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_sample_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "editor.insert-placeholder", "s",
                                   insert_placeholder_action);
  gtk_widget_class_install_action (widget_class, "editor.show-problem", NULL,
                                   show_problem_action);
  gtk_widget_class_install_property_action (widget_class, "editor.sample-gender",
                                            "sample-gender");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
skup_template_editor_init (SkupTemplateEditor *self)
{
  g_autoptr(GMenuModel) menu = new_placeholder_menu ();

  /* Before the template: its toggles read the state of editor.sample-gender. */
  self->gender = SKUP_PLACEHOLDER_GENDER_FEMALE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sample_events = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_menu_button_set_menu_model (self->placeholder_button, menu);
  /* The rows are the fields, as entry rows are: no second background inside them. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->body_view), "view");
  gtk_widget_remove_css_class (GTK_WIDGET (self->second_body_view), "view");
  watch_text_fields (self);
}

/**
 * skup_template_editor_new:
 * @parent: the window it belongs to
 * @store: the register the template is saved in
 * @template_: what to edit (copied)
 *
 * Returns: (transfer none): a new editor, owned by GTK until it is closed
 */
SkupTemplateEditor *
skup_template_editor_new (GtkWindow                     *parent,
                          SkupStore                     *store,
                          const SkupCertificateTemplate *template_)
{
  SkupTemplateEditor *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);
  g_return_val_if_fail (template_ != NULL, NULL);

  self = g_object_new (SKUP_TYPE_TEMPLATE_EDITOR,
                       "transient-for", parent,
                       "application", gtk_window_get_application (parent),
                       NULL);
  self->store = g_object_ref (store);
  self->template_ = skup_certificate_template_copy (template_);
  add_logo_rows (self);
  add_signatory_rows (self);
  fill_sample_choices (self);
  load_fields (self);
  set_read_only (self, template_->built_in != NULL);
  /* A new copy is a change already: closing it unsaved asks. */
  self->dirty = template_->id == 0 && template_->built_in == NULL;
  refresh (self);
  return self;
}

const SkupCertificateTemplate *
skup_template_editor_get_template (SkupTemplateEditor *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_EDITOR (self), NULL);

  return self->template_;
}

SkupTemplatePreview *
skup_template_editor_get_preview (SkupTemplateEditor *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_EDITOR (self), NULL);

  return self->preview;
}

const char *
skup_template_editor_get_problem (SkupTemplateEditor *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_EDITOR (self), NULL);

  return self->problem;
}

gboolean
skup_template_editor_is_settled (SkupTemplateEditor *self)
{
  g_return_val_if_fail (SKUP_IS_TEMPLATE_EDITOR (self), FALSE);

  return self->refresh_id == 0 && skup_template_preview_is_current (self->preview);
}
