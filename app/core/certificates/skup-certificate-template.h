/* skup-certificate-template.h — what a certificate looks like and says, before it is issued
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A template is plain data: the store keeps it in certificate_templates (one column a field,
 * see skup-store-certificates.h), and an issued certificate keeps the template as used in its
 * `design` column, written with skup_certificate_template_to_data() (GKeyFile text: json-glib
 * is not on the platform, and a key file is readable by people and diff tools alike).
 *
 * Images are referred to, never held:
 *   "office"            the office's logo (Preferences, SKUP_SETTING_LOGO)
 *   "organisation:ID"   an organisation's logo (skup_store_dup_logo())
 *   "asset:SHA256"      an image kept once in certificate_assets (uploaded in the editor)
 * Signatories are the Preferences signatories by number, 1 … SKUP_MAX_SIGNATORIES (0: none),
 * so a new head of office signs every template at once. When a certificate is issued each is
 * resolved to the bytes it stood for, and the design keeps those bytes' SHA-256.
 */

#pragma once

#include <glib-object.h>

#include "skup-certificate.h"

G_BEGIN_DECLS

/* Who a template is for: participants, or those who taught (trainer, speaker, facilitator). */
typedef enum
{
  SKUP_CERTIFICATE_ROLE_PARTICIPANT,
  SKUP_CERTIFICATE_ROLE_TRAINER,
} SkupCertificateRole;

/* "participant" | "trainer" and back (an unknown nick is a participant). */
const char          *skup_certificate_role_to_nick   (SkupCertificateRole role);
SkupCertificateRole  skup_certificate_role_from_nick (const char         *nick);
/* The template role of a registration role: trainer, speaker and facilitator are trainers. */
SkupCertificateRole  skup_certificate_role_for_registration (const char *registration_role);

/* The keys of the built-in templates (SkupCertificateTemplate.built_in). */
#define SKUP_TEMPLATE_PARTICIPATION_EN        "participation-en"
#define SKUP_TEMPLATE_PARTICIPATION_SR        "participation-sr"
#define SKUP_TEMPLATE_PARTICIPATION_SR_LATIN  "participation-sr-latn"
#define SKUP_TEMPLATE_PARTICIPATION_EN_SR     "participation-en-sr"
#define SKUP_TEMPLATE_TRAINER_EN              "trainer-en"
#define SKUP_TEMPLATE_TRAINER_SR              "trainer-sr"
#define SKUP_TEMPLATE_TRAINER_SR_LATIN        "trainer-sr-latn"

/**
 * SkupCertificateTemplate:
 * @id: its row, 0 before it is saved
 * @name: what the organiser calls it ("Certificate of Participation (English)")
 * @built_in: (nullable): the built-in's key (SKUP_TEMPLATE_*), %NULL for the office's own;
 *   a built-in may be copied, not changed or deleted
 * @role: who it is for
 * @language: "en" or "sr": the texts' language (dates, kind nouns, role nouns)
 * @script: "latin" or "cyrillic": names are printed in it
 * @layout, @paper, @landscape, @accent, @font_family: as SkupCertificateDesign
 * @title, @preamble, @body: the texts, with placeholders (skup-placeholders.h)
 * @issued: (nullable): the place-and-date line ("{city}, {issue_date}")
 * @second_language, @second_script: (nullable): a second language on the same page
 * @second_title, @second_preamble, @second_body: its texts
 * @logos: up to three image references (see above), %NULL for none
 * @signatories: Preferences signatory numbers, 0 for none
 * @background: (nullable): an "asset:SHA256" reference
 */
typedef struct
{
  gint64                 id;
  char                  *name;
  char                  *built_in;
  SkupCertificateRole    role;
  char                  *language;
  char                  *script;
  SkupCertificateLayout  layout;
  SkupPaper              paper;
  gboolean               landscape;
  guint32                accent;
  char                  *font_family;
  char                  *title;
  char                  *preamble;
  char                  *body;
  char                  *issued;
  char                  *second_language;
  char                  *second_script;
  char                  *second_title;
  char                  *second_preamble;
  char                  *second_body;
  char                  *logos[SKUP_CERTIFICATE_MAX_LOGOS];
  guint                  signatories[SKUP_CERTIFICATE_MAX_SIGNATORIES];
  char                  *background;
} SkupCertificateTemplate;

#define SKUP_TYPE_CERTIFICATE_TEMPLATE (skup_certificate_template_get_type ())
GType                    skup_certificate_template_get_type (void) G_GNUC_CONST;

SkupCertificateTemplate *skup_certificate_template_new      (void);
SkupCertificateTemplate *skup_certificate_template_copy     (const SkupCertificateTemplate *self);
void                     skup_certificate_template_free     (SkupCertificateTemplate       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupCertificateTemplate, skup_certificate_template_free)

/* A copy the office may change: id 0, not built in, named "Copy of …" in the UI language. */
SkupCertificateTemplate *skup_certificate_template_duplicate (const SkupCertificateTemplate *self);

/* Every text checked with skup_placeholders_check(), every field within its bounds; the error
 * names the text ("Body: Unknown placeholder {nmae} at line 2, column 14."). */
gboolean                 skup_certificate_template_check    (const SkupCertificateTemplate *self,
                                                             GError                       **error);

/* The template as key-file text ([template] name=… body=…) and back. */
char                    *skup_certificate_template_to_data  (const SkupCertificateTemplate *self);
SkupCertificateTemplate *skup_certificate_template_from_data (const char  *data,
                                                              GError     **error);

/* The built-ins (element-type SkupCertificateTemplate), fresh copies with id 0: what the store
 * seeds in a new or upgraded register. */
GPtrArray               *skup_certificate_template_built_ins (void);

/* The key of the built-in for a certificate in @language ("en", "sr", "sr-Latn", "sr@latin";
 * NULL or anything else: English) for @role. */
const char              *skup_certificate_template_built_in_for (const char         *language,
                                                                 SkupCertificateRole role);

G_END_DECLS
