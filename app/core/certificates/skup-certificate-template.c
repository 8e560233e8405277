/* skup-certificate-template.c — certificate templates: plain data, key-file text, built-ins
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-certificate-template.h"
#include "skup-error.h"
#include "skup-placeholders.h"
#include "skup-store.h"
#include "skup-text.h"

G_DEFINE_BOXED_TYPE (SkupCertificateTemplate, skup_certificate_template,
                     skup_certificate_template_copy, skup_certificate_template_free)

#define GROUP "template"
/* The accent of the built-ins: a dark blue that prints well in grey too. */
#define DEFAULT_ACCENT 0x1F4E79

const char *
skup_certificate_role_to_nick (SkupCertificateRole role)
{
  return role == SKUP_CERTIFICATE_ROLE_TRAINER ? "trainer" : "participant";
}

SkupCertificateRole
skup_certificate_role_from_nick (const char *nick)
{
  return g_strcmp0 (nick, "trainer") == 0 ? SKUP_CERTIFICATE_ROLE_TRAINER
                                          : SKUP_CERTIFICATE_ROLE_PARTICIPANT;
}

SkupCertificateRole
skup_certificate_role_for_registration (const char *registration_role)
{
  const char *taught[] = { "trainer", "speaker", "facilitator" };

  for (guint i = 0; i < G_N_ELEMENTS (taught); i++)
    if (g_strcmp0 (registration_role, taught[i]) == 0)
      return SKUP_CERTIFICATE_ROLE_TRAINER;
  return SKUP_CERTIFICATE_ROLE_PARTICIPANT;
}

SkupCertificateTemplate *
skup_certificate_template_new (void)
{
  SkupCertificateTemplate *self = g_new0 (SkupCertificateTemplate, 1);

  self->language = g_strdup ("en");
  self->script = g_strdup ("latin");
  self->layout = SKUP_CERTIFICATE_LAYOUT_UN;
  self->paper = SKUP_PAPER_A4;
  self->landscape = TRUE;
  self->accent = DEFAULT_ACCENT;
  return self;
}

/* Every owned string of the struct, so copy and free cannot forget one. */
#define N_STRINGS 15
static void
strings_of (SkupCertificateTemplate *self,
            char                   **out[N_STRINGS])
{
  char **fields[N_STRINGS] = {
    &self->name, &self->built_in, &self->language, &self->script, &self->font_family,
    &self->title, &self->preamble, &self->body, &self->issued, &self->second_language,
    &self->second_script, &self->second_title, &self->second_preamble, &self->second_body,
    &self->background,
  };

  memcpy (out, fields, sizeof fields);
}

SkupCertificateTemplate *
skup_certificate_template_copy (const SkupCertificateTemplate *self)
{
  SkupCertificateTemplate *copy;
  char **fields[N_STRINGS];

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  strings_of (copy, fields);
  for (guint i = 0; i < N_STRINGS; i++)
    *fields[i] = g_strdup (*fields[i]);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    copy->logos[i] = g_strdup (self->logos[i]);
  return copy;
}

void
skup_certificate_template_free (SkupCertificateTemplate *self)
{
  char **fields[N_STRINGS];

  if (self == NULL)
    return;
  strings_of (self, fields);
  for (guint i = 0; i < N_STRINGS; i++)
    g_free (*fields[i]);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    g_free (self->logos[i]);
  g_free (self);
}

SkupCertificateTemplate *
skup_certificate_template_duplicate (const SkupCertificateTemplate *self)
{
  SkupCertificateTemplate *copy = skup_certificate_template_copy (self);

  copy->id = 0;
  g_clear_pointer (&copy->built_in, g_free);
  g_free (copy->name);
  /* Translators: the name of a copied certificate template */
  copy->name = g_strdup_printf (_("Copy of %s"), self->name ? self->name : "");
  return copy;
}

/* ---- Checking ------------------------------------------------------------------------------ */

static gboolean
check_text (const char  *text,
            const char  *label,
            GError     **error)
{
  if (text == NULL || skup_placeholders_check (text, NULL, error))
    return TRUE;
  g_prefix_error (error, "%s: ", label);
  return FALSE;
}

static gboolean
check_choice (const char  *value,
              const char  *a,
              const char  *b,
              GError     **error)
{
  if (value != NULL && (g_str_equal (value, a) || g_str_equal (value, b)))
    return TRUE;
  g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
               _("A template's language must be “en” or “sr” and its script “latin” or "
                 "“cyrillic”."));
  return FALSE;
}

gboolean
skup_certificate_template_check (const SkupCertificateTemplate  *self,
                                 GError                        **error)
{
  const char *texts[] = { self->title, self->preamble, self->body, self->issued,
                          self->second_title, self->second_preamble, self->second_body };
  const char *labels[] = { _("Title"), _("Preamble"), _("Text"), _("Place and date"),
                           _("Second title"), _("Second preamble"), _("Second text") };
  g_autofree char *name = g_strdup (self->name);

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->name == NULL || g_strstrip (name)[0] == '\0')
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                           _("A template needs a name."));
      return FALSE;
    }
  if (!check_choice (self->language, "en", "sr", error)
      || !check_choice (self->script, "latin", "cyrillic", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!check_text (texts[i], labels[i], error))
      return FALSE;
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    if (self->signatories[i] > SKUP_MAX_SIGNATORIES)
      {
        g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                     _("Signatories are numbered 1 to %d, as in Preferences."),
                     SKUP_MAX_SIGNATORIES);
        return FALSE;
      }
  return TRUE;
}

/* ---- Key-file text ------------------------------------------------------------------------- */

static void
set_string (GKeyFile   *file,
            const char *key,
            const char *value)
{
  if (value != NULL)
    g_key_file_set_string (file, GROUP, key, value);
}

char *
skup_certificate_template_to_data (const SkupCertificateTemplate *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  const char *layout = self->layout == SKUP_CERTIFICATE_LAYOUT_CLASSIC ? "classic" : "un";

  g_return_val_if_fail (self != NULL, NULL);

  set_string (file, "name", self->name);
  set_string (file, "built-in", self->built_in);
  set_string (file, "role", skup_certificate_role_to_nick (self->role));
  set_string (file, "language", self->language);
  set_string (file, "script", self->script);
  set_string (file, "layout", layout);
  set_string (file, "paper", self->paper == SKUP_PAPER_LETTER ? "letter" : "a4");
  g_key_file_set_boolean (file, GROUP, "landscape", self->landscape);
  g_key_file_set_uint64 (file, GROUP, "accent", self->accent);
  set_string (file, "font", self->font_family);
  set_string (file, "title", self->title);
  set_string (file, "preamble", self->preamble);
  set_string (file, "body", self->body);
  set_string (file, "issued", self->issued);
  set_string (file, "second-language", self->second_language);
  set_string (file, "second-script", self->second_script);
  set_string (file, "second-title", self->second_title);
  set_string (file, "second-preamble", self->second_preamble);
  set_string (file, "second-body", self->second_body);
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      g_autofree char *key = g_strdup_printf ("logo-%u", i + 1);
      set_string (file, key, self->logos[i]);
    }
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      g_autofree char *key = g_strdup_printf ("signatory-%u", i + 1);
      g_key_file_set_uint64 (file, GROUP, key, self->signatories[i]);
    }
  set_string (file, "background", self->background);
  return g_key_file_to_data (file, NULL, NULL);
}

static char *
get_string (GKeyFile   *file,
            const char *key)
{
  return g_key_file_get_string (file, GROUP, key, NULL);
}

static void
read_images (SkupCertificateTemplate *self,
             GKeyFile                *file)
{
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_LOGOS; i++)
    {
      g_autofree char *key = g_strdup_printf ("logo-%u", i + 1);
      self->logos[i] = get_string (file, key);
    }
  for (guint i = 0; i < SKUP_CERTIFICATE_MAX_SIGNATORIES; i++)
    {
      g_autofree char *key = g_strdup_printf ("signatory-%u", i + 1);
      self->signatories[i] = (guint) MIN (g_key_file_get_uint64 (file, GROUP, key, NULL),
                                          SKUP_MAX_SIGNATORIES);
    }
  self->background = get_string (file, "background");
}

SkupCertificateTemplate *
skup_certificate_template_from_data (const char  *data,
                                     GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(SkupCertificateTemplate) self = skup_certificate_template_new ();
  g_autofree char *role = NULL, *layout = NULL, *paper = NULL;

  if (data == NULL || !g_key_file_load_from_data (file, data, -1, G_KEY_FILE_NONE, NULL)
      || !g_key_file_has_group (file, GROUP))
    {
      g_set_error_literal (error, SKUP_ERROR, SKUP_ERROR_DAMAGED,
                           _("The certificate template could not be read."));
      return NULL;
    }
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->script, g_free);
  self->name = get_string (file, "name");
  self->built_in = get_string (file, "built-in");
  role = get_string (file, "role");
  self->role = skup_certificate_role_from_nick (role);
  self->language = get_string (file, "language");
  self->script = get_string (file, "script");
  layout = get_string (file, "layout");
  self->layout = g_strcmp0 (layout, "classic") == 0 ? SKUP_CERTIFICATE_LAYOUT_CLASSIC
                                                   : SKUP_CERTIFICATE_LAYOUT_UN;
  paper = get_string (file, "paper");
  self->paper = g_strcmp0 (paper, "letter") == 0 ? SKUP_PAPER_LETTER : SKUP_PAPER_A4;
  self->landscape = g_key_file_get_boolean (file, GROUP, "landscape", NULL);
  self->accent = (guint32) g_key_file_get_uint64 (file, GROUP, "accent", NULL);
  self->font_family = get_string (file, "font");
  self->title = get_string (file, "title");
  self->preamble = get_string (file, "preamble");
  self->body = get_string (file, "body");
  self->issued = get_string (file, "issued");
  self->second_language = get_string (file, "second-language");
  self->second_script = get_string (file, "second-script");
  self->second_title = get_string (file, "second-title");
  self->second_preamble = get_string (file, "second-preamble");
  self->second_body = get_string (file, "second-body");
  read_images (self, file);
  return g_steal_pointer (&self);
}

/* ---- Built-ins ----------------------------------------------------------------------------- */

/* The texts are not translated: a built-in is in its own language whatever the window's is.
 * The Serbian Latin ones are the Cyrillic transliterated, so the two never drift apart. */
static const char en_title[] = "CERTIFICATE OF PARTICIPATION";
static const char en_preamble[] = "This is to certify that";
static const char en_body[] = "participated in the {kind} “{event}”, held in {city} on {dates}.";
static const char en_trainer_title[] = "CERTIFICATE";
static const char en_trainer_body[] =
  "took part as a {role} in the {kind} “{event}”, held in {city} on {dates}.";
static const char en_issued[] = "{city}, {issue_date}";

static const char sr_title[] = "СЕРТИФИКАТ О УЧЕШЋУ";
static const char sr_preamble[] = "Овим се потврђује да";
static const char sr_body[] =
  "{m:је учествовао|f:је учествовала|x:је учествовао/ла} на {kind} „{event}“, "
  "одржаној {dates} у {city}.";
static const char sr_trainer_title[] = "СЕРТИФИКАТ ЗА ПРЕДАВАЧА";
static const char sr_trainer_body[] =
  "{m:је учествовао|f:је учествовала|x:је учествовао/ла} као {role} на {kind} „{event}“, "
  "одржаној {dates} у {city}.";
static const char sr_issued[] = "{city}, {issue_date}";

typedef struct
{
  const char *key;
  const char *name;
  SkupCertificateRole role;
  const char *language;
  gboolean latin;
  const char *title, *preamble, *body, *issued;
  gboolean bilingual;
} BuiltIn;

static const BuiltIn built_ins[] = {
  { SKUP_TEMPLATE_PARTICIPATION_EN, "Certificate of Participation (English)",
    SKUP_CERTIFICATE_ROLE_PARTICIPANT, "en", TRUE, en_title, en_preamble, en_body, en_issued },
  { SKUP_TEMPLATE_PARTICIPATION_SR, "Сертификат о учешћу (ћирилица)",
    SKUP_CERTIFICATE_ROLE_PARTICIPANT, "sr", FALSE, sr_title, sr_preamble, sr_body, sr_issued },
  { SKUP_TEMPLATE_PARTICIPATION_SR_LATIN, "Сертификат о учешћу (латиница)",
    SKUP_CERTIFICATE_ROLE_PARTICIPANT, "sr", TRUE, sr_title, sr_preamble, sr_body, sr_issued },
  { SKUP_TEMPLATE_PARTICIPATION_EN_SR, "Certificate of Participation (English and Serbian)",
    SKUP_CERTIFICATE_ROLE_PARTICIPANT, "en", TRUE, en_title, en_preamble, en_body, en_issued,
    TRUE },
  { SKUP_TEMPLATE_TRAINER_EN, "Trainer’s Certificate (English)",
    SKUP_CERTIFICATE_ROLE_TRAINER, "en", TRUE, en_trainer_title, en_preamble, en_trainer_body,
    en_issued },
  { SKUP_TEMPLATE_TRAINER_SR, "Сертификат за предавача (ћирилица)",
    SKUP_CERTIFICATE_ROLE_TRAINER, "sr", FALSE, sr_trainer_title, sr_preamble,
    sr_trainer_body, sr_issued },
  { SKUP_TEMPLATE_TRAINER_SR_LATIN, "Сертификат за предавача (латиница)",
    SKUP_CERTIFICATE_ROLE_TRAINER, "sr", TRUE, sr_trainer_title, sr_preamble,
    sr_trainer_body, sr_issued },
};

/* Serbian Latin from the Cyrillic; English as it is. */
static char *
text_in (const char *text,
         const char *language,
         gboolean    latin)
{
  return g_str_equal (language, "sr") && latin ? skup_text_to_latin (text) : g_strdup (text);
}

static SkupCertificateTemplate *
make_built_in (const BuiltIn *b)
{
  SkupCertificateTemplate *self = skup_certificate_template_new ();

  self->built_in = g_strdup (b->key);
  self->name = text_in (b->name, b->language, b->latin);
  self->role = b->role;
  g_free (self->language);
  self->language = g_strdup (b->language);
  g_free (self->script);
  self->script = g_strdup (b->latin ? "latin" : "cyrillic");
  self->title = text_in (b->title, b->language, b->latin);
  self->preamble = text_in (b->preamble, b->language, b->latin);
  self->body = text_in (b->body, b->language, b->latin);
  self->issued = text_in (b->issued, b->language, b->latin);
  /* The office's logo and its first signatory: what an office sets up first. */
  self->logos[0] = g_strdup ("office");
  self->signatories[0] = 1;
  if (b->bilingual)
    {
      self->second_language = g_strdup ("sr");
      self->second_script = g_strdup ("cyrillic");
      self->second_title = g_strdup (sr_title);
      self->second_preamble = g_strdup (sr_preamble);
      self->second_body = g_strdup (sr_body);
      /* Two texts need the page's height. */
      self->landscape = FALSE;
    }
  return self;
}

GPtrArray *
skup_certificate_template_built_ins (void)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_certificate_template_free);

  for (guint i = 0; i < G_N_ELEMENTS (built_ins); i++)
    g_ptr_array_add (all, make_built_in (&built_ins[i]));
  return all;
}

const char *
skup_certificate_template_built_in_for (const char          *language,
                                        SkupCertificateRole  role)
{
  gboolean trainer = role == SKUP_CERTIFICATE_ROLE_TRAINER;

  if (language != NULL && (g_str_equal (language, "sr-Latn") || g_str_equal (language, "sr@latin")
                           || g_str_equal (language, "sr-latn")))
    return trainer ? SKUP_TEMPLATE_TRAINER_SR_LATIN : SKUP_TEMPLATE_PARTICIPATION_SR_LATIN;
  if (language != NULL && g_str_has_prefix (language, "sr"))
    return trainer ? SKUP_TEMPLATE_TRAINER_SR : SKUP_TEMPLATE_PARTICIPATION_SR;
  return trainer ? SKUP_TEMPLATE_TRAINER_EN : SKUP_TEMPLATE_PARTICIPATION_EN;
}
