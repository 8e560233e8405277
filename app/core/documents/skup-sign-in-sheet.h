/* skup-sign-in-sheet.h — the list people sign as they come in, day by day
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-document.h"
#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupSheetColumns:
 *
 * The columns an organiser may choose, printed in this order. The signature columns (one
 * per session, or one per day) come after the person's details.
 */
typedef enum
{
  SKUP_SHEET_NUMBER        = 1 << 0,
  SKUP_SHEET_NAME          = 1 << 1,
  SKUP_SHEET_ORGANISATION  = 1 << 2,
  SKUP_SHEET_POSITION      = 1 << 3,
  SKUP_SHEET_SECTOR        = 1 << 4,
  SKUP_SHEET_GENDER        = 1 << 5,
  SKUP_SHEET_EMAIL         = 1 << 6,
  SKUP_SHEET_PHONE         = 1 << 7,
  SKUP_SHEET_SIGNATURE     = 1 << 8,
  SKUP_SHEET_PER_DIEM      = 1 << 9,
  SKUP_SHEET_PHOTO_CONSENT = 1 << 10,
} SkupSheetColumns;

#define SKUP_SHEET_DEFAULT_COLUMNS (SKUP_SHEET_NUMBER | SKUP_SHEET_NAME | SKUP_SHEET_ORGANISATION \
                                    | SKUP_SHEET_POSITION | SKUP_SHEET_SIGNATURE)

/**
 * SkupSignInOptions:
 * @event_id: the event
 * @session_id: one session, or 0 for every session (a signature column per day, or per
 *   half day where a day has more than one session)
 * @columns: which columns to print
 * @blank_rows: numbered empty rows at the end, for walk-ins
 * @language: the document's language: "en" or "sr"
 * @cyrillic: write names (and Serbian text) in Cyrillic rather than Latin
 * @page: paper, orientation, margins
 * @choose_orientation: let the sheet turn the page to landscape when its columns need it
 * @font_family: the family every text is set in; it must draw every character
 * @privacy_notice: (nullable): the footer's notice; %NULL reads the register's setting, or
 *   the default text when the office has not written one
 */
typedef struct
{
  gint64           event_id;
  gint64           session_id;
  SkupSheetColumns columns;
  guint            blank_rows;
  const char      *language;
  gboolean         cyrillic;
  SkupPageSetup    page;
  gboolean         choose_orientation;
  const char      *font_family;
  const char      *privacy_notice;
} SkupSignInOptions;

#define SKUP_SETTING_PRIVACY_NOTICE "privacy-notice"

#define SKUP_TYPE_SIGN_IN_SHEET (skup_sign_in_sheet_get_type ())
G_DECLARE_FINAL_TYPE (SkupSignInSheet, skup_sign_in_sheet, SKUP, SIGN_IN_SHEET, SkupDocument)

void             skup_sign_in_options_init       (SkupSignInOptions       *options,
                                                  gint64                   event_id);
void             skup_sign_in_options_set_event_language (SkupSignInOptions *options,
                                                          const char        *event_language);
gboolean         skup_sign_in_columns_parse      (const char              *list,
                                                  SkupSheetColumns        *columns,
                                                  GError                 **error);
char            *skup_sign_in_default_privacy_notice (const char          *language,
                                                      gboolean             cyrillic);

gint64           skup_sign_in_find_session       (SkupStore               *store,
                                                  gint64                   event_id,
                                                  guint                    position,
                                                  GError                 **error);

SkupSignInSheet *skup_sign_in_sheet_new          (SkupStore               *store,
                                                  const SkupSignInOptions *options,
                                                  GError                 **error);
char            *skup_sign_in_sheet_dup_file_name (SkupSignInSheet        *self);
guint            skup_sign_in_sheet_get_n_people  (SkupSignInSheet        *self);

G_END_DECLS
