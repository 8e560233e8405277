/* skup-issuer.h — issuing certificates, printing them again, correcting them
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issuing takes a number (skup_store_next_number(), gap-free per year), a verification code
 * and a signature for each person, expands the template (skup-certificate-values.h), renders
 * the one-page PDF and stores an immutable snapshot of it all, for the whole batch in ONE
 * transaction: a failure anywhere (a name the font cannot draw, a lost connection) leaves no
 * certificate and no number used.
 *
 * The snapshot (certificates.snapshot, GKeyFile text) holds every printed value:
 *   [values]  every placeholder's value as it was expanded
 *   [text]    title, preamble, name, body, number, issued, qr (the SkupCertificateText)
 *   [second]  the second language's title, preamble, name, body (bilingual templates)
 *   [person]  gender
 * and the design (certificates.design) the template as used ([template], see
 * skup_certificate_template_to_data()) with [design] layout, paper, landscape, accent,
 * font, language, logo-1 … logo-3 = SHA-256, background = SHA-256, signatory-N-name,
 * -title, -signature = SHA-256, the images kept once in certificate_assets. Printing again
 * reads only these and the assets, and must give the same bytes as issued (pdf_sha256).
 */

#pragma once

#include "skup-store-certificates.h"

G_BEGIN_DECLS

typedef enum
{
  SKUP_ISSUE_WILL,          /* eligible, and holds no valid certificate of the event */
  SKUP_ISSUE_NOT_ELIGIBLE,
  SKUP_ISSUE_NOT_YET,       /* sessions remain to be taken */
  SKUP_ISSUE_HOLDS_ONE,     /* holds a valid certificate of this event already */
} SkupIssueVerdict;

/**
 * SkupIssuePlanEntry:
 * @registration_id, @person_id, @name, @role: who
 * @verdict: whether a certificate will be issued
 * @reason: why (translated): the eligibility reason, or "Holds KBPD-2026-0001."
 * @existing_number: (nullable): the valid certificate held, for %SKUP_ISSUE_HOLDS_ONE
 */
typedef struct
{
  gint64            registration_id;
  gint64            person_id;
  char             *name;
  char             *role;
  SkupIssueVerdict  verdict;
  char             *reason;
  char             *existing_number;
} SkupIssuePlanEntry;

void       skup_issue_plan_entry_free (SkupIssuePlanEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupIssuePlanEntry, skup_issue_plan_entry_free)

/* Who of @event_id would be given a certificate and who not, and why; only @person_ids when
 * given (n_people 0: everyone expected). (element-type SkupIssuePlanEntry), in sheet order. */
GPtrArray *skup_certificates_plan     (SkupStore     *store,
                                       gint64         event_id,
                                       const gint64  *person_ids,
                                       guint          n_people,
                                       GError       **error);

/**
 * skup_certificates_issue:
 * @person_ids: (nullable) (array length=n_people): who; %NULL for every eligible attendee
 *   without a valid certificate of the event. A person named here who would not be given one
 *   (see skup_certificates_plan()) fails the call (SKUP_ERROR_INVALID), nothing issued.
 * @template_id: the template, or 0 for the built-in of the event's language (events.language
 *   "en", "sr", "sr-Latn") and each person's role
 * @issue_date: (nullable): "YYYY-MM-DD", %NULL for today
 * @out_issued: (out) (optional) (transfer full) (element-type SkupCertificateEntry): the
 *   certificates written, in sheet order
 *
 * Needs the prefix (SKUP_SETTING_CERTIFICATE_PREFIX) to pass skup_certificate_prefix_check().
 */
gboolean   skup_certificates_issue    (SkupStore     *store,
                                       gint64         event_id,
                                       const gint64  *person_ids,
                                       guint          n_people,
                                       gint64         template_id,
                                       const char    *issue_date,
                                       GPtrArray    **out_issued,
                                       GError       **error);

/* The one-page PDF of an issued certificate, built from its snapshot, design and assets
 * only, checked against pdf_sha256 (SKUP_ERROR_DAMAGED if it differs: fonts changed …). */
GBytes    *skup_certificates_render_page (SkupStore  *store,
                                          gint64      certificate_id,
                                          GError    **error);

/**
 * skup_certificates_render:
 * @ids: (array length=n_ids): certificates
 * @path: one PDF file with a page each (@one_file_each %FALSE), else a folder (made if
 *   missing) that gets one file a person, named by skup_certificate_file_name()
 * @out_paths: (nullable) (element-type utf8): gets the files written
 *
 * Every page is checked as skup_certificates_render_page() does before anything is written.
 */
gboolean   skup_certificates_render   (SkupStore     *store,
                                       const gint64  *ids,
                                       guint          n_ids,
                                       const char    *path,
                                       gboolean       one_file_each,
                                       GPtrArray     *out_paths,
                                       GError       **error);

/* "Glavendekić Žana – KBPD-2026-0001.pdf" from the name as printed (family name first when
 * @family is given) and the number: diacritics kept; path separators, control characters and
 * characters file systems refuse replaced. */
char      *skup_certificate_file_name (const char    *given,
                                       const char    *family,
                                       const char    *number);

/* Issues a corrected certificate for the same person and event (a new number, from today's
 * register and the same template, else the built-in) and marks @certificate_id superseded by
 * it, with @reason (required) and the date, both ways linked, in one transaction. */
gboolean   skup_certificates_reissue  (SkupStore             *store,
                                       gint64                 certificate_id,
                                       const char            *reason,
                                       const char            *issue_date,
                                       SkupCertificateEntry **out_new,
                                       GError               **error);
/* Marks a valid certificate revoked with @reason (required) and @date (%NULL: today). */
gboolean   skup_certificates_revoke   (SkupStore             *store,
                                       gint64                 certificate_id,
                                       const char            *reason,
                                       const char            *date,
                                       GError               **error);

G_END_DECLS
