/* skup-page.c — the paper a document is printed on
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "skup-page.h"

/* Portrait sizes in points: ISO 216 A4 is 210 × 297 mm, US Letter 8.5 × 11 in. */
static const struct
{
  const char *name;
  double      width;
  double      height;
} papers[] = {
  [SKUP_PAPER_A4] = { "a4", 210.0 * SKUP_PT_PER_MM, 297.0 * SKUP_PT_PER_MM },
  [SKUP_PAPER_LETTER] = { "letter", 8.5 * 72.0, 11.0 * 72.0 },
};

/**
 * skup_page_setup_init:
 * @setup: the setup to fill
 * @paper: the sheet
 * @landscape: whether the long side runs across
 *
 * Sets @setup to @paper with margins of 15 mm, which every office printer can print
 * (most cannot print the outer 5 mm) and which leave room for a hole punch.
 */
void
skup_page_setup_init (SkupPageSetup *setup,
                      SkupPaper      paper,
                      gboolean       landscape)
{
  setup->paper = paper;
  setup->landscape = landscape;
  setup->margin_top = setup->margin_bottom = SKUP_MM (15.0);
  setup->margin_left = setup->margin_right = SKUP_MM (15.0);
}

/**
 * skup_page_setup_get_width:
 * @setup: a page setup
 *
 * Returns: the width of the sheet as it is read, in points
 */
double
skup_page_setup_get_width (const SkupPageSetup *setup)
{
  return setup->landscape ? papers[setup->paper].height : papers[setup->paper].width;
}

/**
 * skup_page_setup_get_height:
 * @setup: a page setup
 *
 * Returns: the height of the sheet as it is read, in points
 */
double
skup_page_setup_get_height (const SkupPageSetup *setup)
{
  return setup->landscape ? papers[setup->paper].width : papers[setup->paper].height;
}

/**
 * skup_page_setup_get_body_width:
 * @setup: a page setup
 *
 * Returns: the width inside the margins, in points
 */
double
skup_page_setup_get_body_width (const SkupPageSetup *setup)
{
  return skup_page_setup_get_width (setup) - setup->margin_left - setup->margin_right;
}

/**
 * skup_page_setup_get_body_height:
 * @setup: a page setup
 *
 * Returns: the height inside the margins, in points
 */
double
skup_page_setup_get_body_height (const SkupPageSetup *setup)
{
  return skup_page_setup_get_height (setup) - setup->margin_top - setup->margin_bottom;
}

/**
 * skup_paper_from_string:
 * @name: "a4" or "letter", in any case
 * @paper: (out): the paper
 *
 * Returns: whether @name is a paper Skup knows
 */
gboolean
skup_paper_from_string (const char *name,
                        SkupPaper  *paper)
{
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (name != NULL && g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        *paper = (SkupPaper) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * skup_paper_to_string:
 * @paper: a paper
 *
 * Returns: its name as skup_paper_from_string() reads it
 */
const char *
skup_paper_to_string (SkupPaper paper)
{
  return papers[paper].name;
}
