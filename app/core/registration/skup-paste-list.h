/* skup-paste-list.h — registering a pasted list of names: each line read, matched, reviewed
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "skup-store.h"

G_BEGIN_DECLS

/**
 * SkupPasteVerdict:
 * @SKUP_PASTE_NEW: nobody like them in the register: registering creates the person
 * @SKUP_PASTE_MATCH: someone in the register has the same email: they are registered
 * @SKUP_PASTE_LIKELY: someone has the same name: they are registered, unless the user chose
 *   to create a new person (@create_new)
 * @SKUP_PASTE_ERROR: the line cannot be registered (no name, a bad email, a repeat); skipped
 */
typedef enum {
  SKUP_PASTE_NEW,
  SKUP_PASTE_MATCH,
  SKUP_PASTE_LIKELY,
  SKUP_PASTE_ERROR,
} SkupPasteVerdict;

/**
 * SkupPasteLine:
 * @line: the line's number in the pasted text, from 1
 * @text: the line as pasted, without the spaces around it
 * @given_name: (nullable): first word(s) of the name
 * @family_name: (nullable): its last word
 * @email: (nullable)
 * @organisation: (nullable): as typed
 * @verdict: what registering does with the line
 * @person_id: MATCH, LIKELY: the person in the register
 * @person_name: (nullable): their name
 * @reason: (nullable): MATCH, LIKELY: why, translated ("Same email address")
 * @error: (nullable): ERROR: what is wrong, translated
 * @new_organisation: a new person's organisation is not in the register: it is created too
 * @create_new: LIKELY: the user said it is someone else; a new person is created
 *
 * One line of a pasted list, "Name, email, organisation". Plain data.
 */
typedef struct {
  guint             line;
  char             *text;
  char             *given_name;
  char             *family_name;
  char             *email;
  char             *organisation;
  SkupPasteVerdict  verdict;
  gint64            person_id;
  char             *person_name;
  char             *reason;
  char             *error;
  gboolean          new_organisation;
  gboolean          create_new;
} SkupPasteLine;

void        skup_paste_line_free         (SkupPasteLine *line);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkupPasteLine, skup_paste_line_free)

/* Reads @text without the register: one line each, fields apart by tabs, else semicolons,
 * else commas. (element-type SkupPasteLine): blank lines left out; lines without a whole
 * name, with a bad email or repeating an earlier line are SKUP_PASTE_ERROR, the others NEW. */
GPtrArray  *skup_paste_list_parse        (const char    *text);
/* Matches the lines that are not errors against @store: the same email first, then likely
 * duplicates of the name (skup_store_find_duplicates()). */
gboolean    skup_paste_list_match        (SkupStore     *store,
                                          GPtrArray     *lines,
                                          GError       **error);
/* The people registering @lines would register: every line but the errors. */
guint       skup_paste_list_count_people (GPtrArray     *lines);
/* … and how many of them it would create. */
guint       skup_paste_list_count_new    (GPtrArray     *lines);
/* In one transaction: creates the new people (and the organisations not in the register)
 * and registers everyone for @event_id with @role (skup_store_register_people()). Nothing is
 * written if any of it fails. */
gboolean    skup_paste_list_register     (SkupStore           *store,
                                          gint64               event_id,
                                          GPtrArray           *lines,
                                          const char          *role,
                                          guint               *out_created,
                                          SkupRegisterSummary *out_summary,
                                          GError             **error);

G_END_DECLS
