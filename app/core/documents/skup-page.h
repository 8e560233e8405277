/* skup-page.h — the paper a document is printed on
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lengths on paper are kept in PostScript points, as cairo's PDF surface counts them. */
#define SKUP_PT_PER_MM (72.0 / 25.4)
#define SKUP_MM(mm) ((mm) * SKUP_PT_PER_MM)

typedef enum
{
  SKUP_PAPER_A4,
  SKUP_PAPER_LETTER,
} SkupPaper;

/**
 * SkupPageSetup:
 * @paper: the sheet
 * @landscape: whether the long side runs across
 * @margin_top: margins in points (see SKUP_MM())
 *
 * A page's geometry. Every page of a document shares one.
 */
typedef struct
{
  SkupPaper paper;
  gboolean  landscape;
  double    margin_top;
  double    margin_right;
  double    margin_bottom;
  double    margin_left;
} SkupPageSetup;

void        skup_page_setup_init         (SkupPageSetup       *setup,
                                          SkupPaper            paper,
                                          gboolean             landscape);
double      skup_page_setup_get_width    (const SkupPageSetup *setup);
double      skup_page_setup_get_height   (const SkupPageSetup *setup);
double      skup_page_setup_get_body_width  (const SkupPageSetup *setup);
double      skup_page_setup_get_body_height (const SkupPageSetup *setup);

gboolean    skup_paper_from_string       (const char          *name,
                                          SkupPaper           *paper);
const char *skup_paper_to_string         (SkupPaper            paper);

G_END_DECLS
