/* skup-sign-in-private.h — what a sign-in sheet prints, read from the register at once
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-catalog.h"
#include "skup-sign-in-sheet.h"

G_BEGIN_DECLS

/* One row of the sheet, its texts already in the document's language and script. */
typedef struct
{
  char *name;
  char *organisation;
  char *position;
  char *sector;
  char *gender;
  char *email;
  char *phone;
  char *sort_key;
} SignInPerson;

/* Everything the sheet prints: a plain copy, so drawing never goes back to the register. */
typedef struct
{
  char      *title;
  char      *kind;
  char      *dates;
  char      *place;
  char      *project;
  char      *day_line;     /* one session: "Day 2 of 3 · …"; NULL for every session */
  char      *date_iso;     /* the day the sheet is for (the first, for every session) */
  char      *office;
  char      *privacy;
  GPtrArray *signatures;   /* (element-type utf8): a column title per signature */
  GPtrArray *people;       /* (element-type SignInPerson), in alphabetical order */
  GPtrArray *logos;        /* (element-type GBytes): office, organisers, donor */
} SignInData;

SignInData *_skup_sign_in_data_read (SkupStore               *store,
                                     const SkupSignInOptions *options,
                                     SkupCatalog             *catalog,
                                     GError                 **error);
void        _skup_sign_in_data_free (SignInData              *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SignInData, _skup_sign_in_data_free)

G_END_DECLS
