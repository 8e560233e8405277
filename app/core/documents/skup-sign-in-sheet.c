/* skup-sign-in-sheet.c — the list people sign as they come in, day by day
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Donors count only the participants who signed the official list, and auditors keep it for
 * years, so the sheet is evidence: every page says which event, where and when, and whose
 * data it holds and why; rows are tall enough to sign; names are in the alphabet's order and
 * in the script the organiser chose; nothing is ever cut off or drawn in a substitute font.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-doc-image.h"
#include "skup-doc-table.h"
#include "skup-error.h"
#include "skup-sign-in-private.h"
#include "skup-text.h"

#define GREY 0x555555
#define BLACK 0x000000
#define LOGO_HEIGHT SKUP_MM (14.0)
#define GAP SKUP_MM (3.0)
#define CLOSING_HEIGHT SKUP_MM (16.0)
#define PAGE_LABEL_WIDTH SKUP_MM (32.0)

struct _SkupSignInSheet
{
  SkupDocument       parent_instance;

  SkupSignInOptions  options;
  char              *language;
  char              *font_family;
  SkupCatalog       *catalog;
  SignInData        *data;

  SkupDocTable      *table;
  GArray            *page_starts;   /* (element-type guint) the first row of each page */
  GPtrArray         *logos;         /* (element-type SkupDocImage) */
  PangoLayout       *label;         /* "SIGN-IN SHEET" */
  PangoLayout       *title;
  PangoLayout       *details;
  PangoLayout       *day;           /* "Day 2 of 3 · …", for one session; else NULL */
  PangoLayout       *privacy;
  PangoLayout       *closing[2];    /* under the organiser's two lines */
  double             header_height;
  double             footer_height;
};

G_DEFINE_FINAL_TYPE (SkupSignInSheet, skup_sign_in_sheet, SKUP_TYPE_DOCUMENT)

static const char *
tr (SkupSignInSheet *self,
    const char      *msgid)
{
  return skup_catalog_gettext (self->catalog, msgid);
}

static SkupTextStyle
style (SkupSignInSheet *self,
       double           size,
       gboolean         bold,
       guint32          colour)
{
  SkupTextStyle text = { self->font_family, size, 0, bold, FALSE, PANGO_ALIGN_LEFT, colour };

  return text;
}

static void
skup_sign_in_sheet_finalize (GObject *object)
{
  SkupSignInSheet *self = SKUP_SIGN_IN_SHEET (object);

  g_free (self->language);
  g_free (self->font_family);
  g_clear_pointer (&self->data, _skup_sign_in_data_free);
  g_clear_pointer (&self->table, skup_doc_table_free);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_pointer (&self->logos, g_ptr_array_unref);
  g_clear_object (&self->label);
  g_clear_object (&self->title);
  g_clear_object (&self->details);
  g_clear_object (&self->day);
  g_clear_object (&self->privacy);
  g_clear_object (&self->closing[0]);
  g_clear_object (&self->closing[1]);
  G_OBJECT_CLASS (skup_sign_in_sheet_parent_class)->finalize (object);
}

/* Columns ******************************************************************/

typedef struct
{
  SkupSheetColumns  column;
  const char       *title;
  double            width;   /* mm, or 0 for a share */
  double            flex;
  double            size;    /* pt */
} ColumnSpec;

/* Names are set in 12 pt, as the issue of these sheets asks: readable at arm's length. */
static const ColumnSpec columns[] = {
  { SKUP_SHEET_NUMBER, NC_("sign-in sheet", "No."), 9, 0, 9 },
  { SKUP_SHEET_NAME, NC_("sign-in sheet", "Name"), 0, 3.6, 12 },
  { SKUP_SHEET_ORGANISATION, NC_("sign-in sheet", "Organisation"), 0, 2.6, 9 },
  { SKUP_SHEET_POSITION, NC_("sign-in sheet", "Position"), 0, 2.0, 9 },
  { SKUP_SHEET_SECTOR, NC_("sign-in sheet", "Sector"), 24, 0, 8 },
  { SKUP_SHEET_GENDER, NC_("sign-in sheet", "Gender"), 15, 0, 8 },
  { SKUP_SHEET_EMAIL, NC_("sign-in sheet", "Email"), 0, 2.4, 8 },
  { SKUP_SHEET_PHONE, NC_("sign-in sheet", "Phone"), 26, 0, 8 },
};

static const char *
person_cell (const SignInPerson *person,
             SkupSheetColumns    column)
{
  switch (column)
    {
    case SKUP_SHEET_NAME: return person->name;
    case SKUP_SHEET_ORGANISATION: return person->organisation;
    case SKUP_SHEET_POSITION: return person->position;
    case SKUP_SHEET_SECTOR: return person->sector;
    case SKUP_SHEET_GENDER: return person->gender;
    case SKUP_SHEET_EMAIL: return person->email;
    case SKUP_SHEET_PHONE: return person->phone;
    default: return NULL;
    }
}

static void
add_columns (SkupSignInSheet *self)
{
  SkupSheetColumns chosen = self->options.columns;
  SkupTextStyle small = style (self, 8, FALSE, BLACK);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      SkupTextStyle text = style (self, columns[i].size, FALSE, BLACK);

      if (!(chosen & columns[i].column))
        continue;
      skup_doc_table_add_column (self->table,
                                 skup_catalog_pgettext (self->catalog, "sign-in sheet",
                                                        columns[i].title),
                                 SKUP_MM (columns[i].width), columns[i].flex,
                                 SKUP_CELL_KIND_TEXT, &text);
      /* A message about a cell is read in the window's language. */
      skup_doc_table_set_field (self->table, g_dpgettext2 (GETTEXT_PACKAGE, "sign-in sheet",
                                                           columns[i].title));
    }
  /* One signature takes the room a name does; several share it with the details. */
  if (chosen & SKUP_SHEET_SIGNATURE)
    for (guint i = 0; i < self->data->signatures->len; i++)
      skup_doc_table_add_column (self->table, g_ptr_array_index (self->data->signatures, i),
                                 0, self->data->signatures->len == 1 ? 3.0 : 2.0,
                                 SKUP_CELL_KIND_BLANK, &small);
  if (chosen & SKUP_SHEET_PER_DIEM)
    {
      skup_doc_table_add_column (self->table, tr (self, N_("Per diem")), SKUP_MM (18), 0,
                                 SKUP_CELL_KIND_BLANK, &small);
      skup_doc_table_add_column (self->table, tr (self, N_("Per diem received (signature)")),
                                 0, 2.0, SKUP_CELL_KIND_BLANK, &small);
    }
  if (chosen & SKUP_SHEET_PHOTO_CONSENT)
    skup_doc_table_add_column (self->table, tr (self, N_("Photos allowed")), SKUP_MM (20), 0,
                               SKUP_CELL_KIND_TICK_BOX, &small);
}

static void
add_rows (SkupSignInSheet *self)
{
  guint n_columns = skup_doc_table_get_n_columns (self->table);
  guint n_people = self->data->people->len;
  g_autofree const char **cells = g_new0 (const char *, n_columns);

  for (guint row = 0; row < n_people + self->options.blank_rows; row++)
    {
      const SignInPerson *person = row < n_people ? g_ptr_array_index (self->data->people, row)
                                                  : NULL;
      g_autofree char *number = g_strdup_printf ("%u", row + 1);
      guint cell = 0;

      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        if (self->options.columns & columns[i].column)
          cells[cell++] = columns[i].column == SKUP_SHEET_NUMBER ? number
                          : person != NULL ? person_cell (person, columns[i].column) : NULL;
      for (; cell < n_columns; cell++)
        cells[cell] = NULL;
      skup_doc_table_add_row (self->table, person != NULL ? person->name : NULL, cells);
    }
}

/* Pagination ***************************************************************/

static gboolean
check (SkupSignInSheet     *self,
       const SkupTextStyle *text_style,
       const char          *text,
       const char          *field,
       GError             **error)
{
  g_autoptr(PangoFontDescription) font = skup_text_style_get_font (text_style);

  return skup_document_check_text (SKUP_DOCUMENT (self), font, text, self->data->title, field,
                                   error);
}

static char *
details_text (SkupSignInSheet *self)
{
  g_autofree char *project = NULL;
  const char *lines[3];
  const char *first[2] = { self->data->kind, self->data->dates };
  g_autofree char *kind_dates = skup_text_join_parts (first, 2);

  if (self->data->project != NULL && *self->data->project != '\0')
    /* Translators: on a sign-in sheet, the project the event belongs to: its name and code. */
    project = g_strdup_printf (tr (self, N_("Project: %s")), self->data->project);
  lines[0] = kind_dates;
  lines[1] = self->data->place;
  lines[2] = project;
  return skup_text_join_parts_with ("\n", lines, G_N_ELEMENTS (lines));
}

static gboolean
lay_out_header (SkupSignInSheet *self,
                double           width,
                GError         **error)
{
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (self));
  SkupTextStyle label = style (self, 8.5, TRUE, GREY);
  SkupTextStyle title = style (self, 16, TRUE, BLACK);
  SkupTextStyle details = style (self, 10, FALSE, BLACK);
  g_autofree char *label_text = g_utf8_strup (tr (self, N_("Sign-in sheet")), -1);
  g_autofree char *details_str = details_text (self);

  title.min_size = 11;
  if (!check (self, &label, label_text, NULL, error)
      || !check (self, &title, self->data->title, _("Title"), error)
      || !check (self, &details, details_str, _("Event"), error))
    return FALSE;
  self->label = skup_doc_text_layout (context, &label, label_text, width);
  /* A long title shrinks, then wraps; past three lines it ends in "…" rather than push the
   * table off the page. */
  self->title = skup_doc_text_fit (context, &title, self->data->title, width, 3 * 16 * 1.3, NULL);
  self->details = skup_doc_text_layout (context, &details, details_str, width);
  self->header_height = (self->logos->len > 0 ? LOGO_HEIGHT + GAP : 0)
                        + skup_doc_layout_height (self->label) + SKUP_MM (1)
                        + skup_doc_layout_height (self->title) + SKUP_MM (1.5)
                        + skup_doc_layout_height (self->details) + GAP + SKUP_MM (1);
  if (self->data->day_line != NULL)
    {
      /* The day stands out: the sheet of day 2 must not be handed round on day 3. */
      SkupTextStyle day = style (self, 11, TRUE, BLACK);

      if (!check (self, &day, self->data->day_line, _("Session"), error))
        return FALSE;
      self->day = skup_doc_text_layout (context, &day, self->data->day_line, width);
      self->header_height += skup_doc_layout_height (self->day) + SKUP_MM (1);
    }
  return TRUE;
}

static gboolean
lay_out_footer (SkupSignInSheet *self,
                double           width,
                GError         **error)
{
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (self));
  SkupTextStyle notice = style (self, 7, FALSE, GREY);
  SkupTextStyle small = style (self, 8, FALSE, BLACK);
  const char *closing[2] = { tr (self, N_("Organiser’s name and signature")), tr (self, N_("Date")) };
  g_autofree char *sample = g_strdup_printf (tr (self, N_("Page %u of %u")), 1, 1);

  if (!check (self, &notice, self->data->privacy, _("Privacy notice"), error)
      || !check (self, &small, sample, NULL, error)
      || !check (self, &small, closing[0], NULL, error)
      || !check (self, &small, closing[1], NULL, error))
    return FALSE;
  self->privacy = skup_doc_text_fit (context, &notice, self->data->privacy,
                                     width - PAGE_LABEL_WIDTH - GAP, SKUP_MM (30), NULL);
  for (guint i = 0; i < 2; i++)
    self->closing[i] = skup_doc_text_layout (context, &small, closing[i], -1);
  self->footer_height = GAP + MAX (skup_doc_layout_height (self->privacy), SKUP_MM (4));
  return TRUE;
}

static gboolean
load_logos (SkupSignInSheet *self,
            GError         **error)
{
  self->logos = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->data->logos->len; i++)
    {
      SkupDocImage *image = skup_doc_image_new_from_bytes (g_ptr_array_index (self->data->logos, i),
                                                           error);
      if (image == NULL)
        return FALSE;
      g_ptr_array_add (self->logos, image);
    }
  return TRUE;
}

static gboolean
skup_sign_in_sheet_paginate (SkupDocument *document,
                             GError      **error)
{
  SkupSignInSheet *self = SKUP_SIGN_IN_SHEET (document);
  const SkupPageSetup *page = skup_document_get_page_setup (document);
  double width = skup_page_setup_get_body_width (page);
  SkupTextStyle header = style (self, 8, TRUE, BLACK);

  if (!load_logos (self, error) || !lay_out_header (self, width, error)
      || !lay_out_footer (self, width, error))
    return FALSE;
  self->table = skup_doc_table_new (document, &header, width);
  skup_doc_table_set_row_heights (self->table, SKUP_MM (9), SKUP_MM (45));
  add_columns (self);
  add_rows (self);
  if (!skup_doc_table_layout (self->table, error))
    return FALSE;
  self->page_starts = skup_doc_table_paginate (self->table,
                                               skup_page_setup_get_body_height (page)
                                               - self->header_height - self->footer_height,
                                               CLOSING_HEIGHT);
  skup_document_set_n_pages (document, self->page_starts->len);
  return TRUE;
}

/* Drawing ******************************************************************/

static void
draw_logos (SkupSignInSheet *self,
            cairo_t         *cr,
            double           x,
            double           y,
            double           width)
{
  guint n = self->logos->len;
  double box = MIN (SKUP_MM (45), (width - (n - 1) * GAP) / n);

  /* The first logo at the left edge, the last at the right, the others spread between. */
  for (guint i = 0; i < n; i++)
    {
      double at = n == 1 ? x : x + i * (width - box) / (n - 1);
      double align = n == 1 ? 0.0 : (double) i / (n - 1);

      skup_doc_image_draw (g_ptr_array_index (self->logos, i), cr, at, y, box, LOGO_HEIGHT, align);
    }
}

static double
draw_header (SkupSignInSheet *self,
             cairo_t         *cr,
             double           x,
             double           y,
             double           width)
{
  if (self->logos->len > 0)
    {
      draw_logos (self, cr, x, y, width);
      y += LOGO_HEIGHT + GAP;
    }
  skup_doc_text_draw (cr, self->label, GREY, x, y);
  y += skup_doc_layout_height (self->label) + SKUP_MM (1);
  skup_doc_text_draw (cr, self->title, BLACK, x, y);
  y += skup_doc_layout_height (self->title) + SKUP_MM (1.5);
  skup_doc_text_draw (cr, self->details, BLACK, x, y);
  y += skup_doc_layout_height (self->details);
  if (self->day != NULL)
    {
      skup_doc_text_draw (cr, self->day, BLACK, x, y + SKUP_MM (1));
      y += skup_doc_layout_height (self->day) + SKUP_MM (1);
    }
  return y + GAP + SKUP_MM (1);
}

static void
draw_footer (SkupSignInSheet *self,
             cairo_t         *cr,
             guint            page,
             double           x,
             double           bottom,
             double           width)
{
  PangoContext *context = skup_document_get_pango_context (SKUP_DOCUMENT (self));
  SkupTextStyle small = style (self, 8, FALSE, BLACK);
  g_autofree char *label = g_strdup_printf (tr (self, N_("Page %u of %u")), page + 1,
                                            skup_document_get_n_pages (SKUP_DOCUMENT (self)));
  g_autoptr(PangoLayout) layout = NULL;
  double top = bottom - self->footer_height + GAP;

  small.align = PANGO_ALIGN_RIGHT;
  layout = skup_doc_text_layout (context, &small, label, PAGE_LABEL_WIDTH);
  skup_doc_text_draw (cr, self->privacy, GREY, x, top);
  skup_doc_text_draw (cr, layout, BLACK, x + width - PAGE_LABEL_WIDTH, top);
}

/* Two lines to write on, the organiser's name and signature and the date, labelled below. */
static void
draw_closing (SkupSignInSheet *self,
              cairo_t         *cr,
              double           x,
              double           y,
              double           width)
{
  double line_y = y + SKUP_MM (10);
  double first = width * 0.55;
  double second_x = x + width * 0.65;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, x, line_y);
  cairo_line_to (cr, x + first, line_y);
  cairo_move_to (cr, second_x, line_y);
  cairo_line_to (cr, x + width, line_y);
  cairo_stroke (cr);
  cairo_restore (cr);
  skup_doc_text_draw (cr, self->closing[0], GREY, x, line_y + SKUP_MM (1));
  skup_doc_text_draw (cr, self->closing[1], GREY, second_x, line_y + SKUP_MM (1));
}

static void
skup_sign_in_sheet_draw_page (SkupDocument *document,
                              cairo_t      *cr,
                              guint         page)
{
  SkupSignInSheet *self = SKUP_SIGN_IN_SHEET (document);
  const SkupPageSetup *setup = skup_document_get_page_setup (document);
  double x = setup->margin_left;
  double width = skup_page_setup_get_body_width (setup);
  guint first = g_array_index (self->page_starts, guint, page);
  guint end = page + 1 < self->page_starts->len
              ? g_array_index (self->page_starts, guint, page + 1)
              : skup_doc_table_get_n_rows (self->table);
  double y = draw_header (self, cr, x, setup->margin_top, width);

  y = skup_doc_table_draw (self->table, cr, x, y, first, end - first);
  if (page + 1 == self->page_starts->len)
    draw_closing (self, cr, x, y + SKUP_MM (2), width);
  draw_footer (self, cr, page, x, skup_page_setup_get_height (setup) - setup->margin_bottom,
               width);
}

static void
skup_sign_in_sheet_class_init (SkupSignInSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkupDocumentClass *document_class = SKUP_DOCUMENT_CLASS (klass);

  object_class->finalize = skup_sign_in_sheet_finalize;
  document_class->paginate = skup_sign_in_sheet_paginate;
  document_class->draw_page = skup_sign_in_sheet_draw_page;
}

static void
skup_sign_in_sheet_init (SkupSignInSheet *self)
{
}

/* API **********************************************************************/

/**
 * skup_sign_in_options_init:
 * @options: the options to fill
 * @event_id: the event
 *
 * Sets @options to what most sheets need: every session, number, name, organisation,
 * position and a signature a day, five blank rows, English, A4 in the orientation the
 * columns need, Noto Sans.
 */
void
skup_sign_in_options_init (SkupSignInOptions *options,
                           gint64             event_id)
{
  *options = (SkupSignInOptions) {
    .event_id = event_id,
    .columns = SKUP_SHEET_DEFAULT_COLUMNS,
    .blank_rows = 5,
    .language = "en",
    .choose_orientation = TRUE,
    .font_family = "Noto Sans",
  };
  skup_page_setup_init (&options->page, SKUP_PAPER_A4, FALSE);
}

/**
 * skup_sign_in_options_set_event_language:
 * @options: the options to change
 * @event_language: (nullable): the event's "language" field, as organisers type it
 *   ("Serbian", "English", "Serbian, English")
 *
 * Sets the sheet's language and script from the event's: an event whose language starts
 * with English is printed in English (Latin); the others in Serbian and in Cyrillic, the
 * official script of Serbian documents.
 */
void
skup_sign_in_options_set_event_language (SkupSignInOptions *options,
                                         const char        *event_language)
{
  gboolean english = event_language != NULL
                     && g_ascii_strncasecmp (event_language, "English", strlen ("English")) == 0;

  options->language = english ? "en" : "sr";
  options->cyrillic = !english;
}

static const struct
{
  const char       *name;
  SkupSheetColumns  column;
} column_names[] = {
  { "number", SKUP_SHEET_NUMBER },
  { "name", SKUP_SHEET_NAME },
  { "organisation", SKUP_SHEET_ORGANISATION },
  { "position", SKUP_SHEET_POSITION },
  { "sector", SKUP_SHEET_SECTOR },
  { "gender", SKUP_SHEET_GENDER },
  { "email", SKUP_SHEET_EMAIL },
  { "phone", SKUP_SHEET_PHONE },
  { "signature", SKUP_SHEET_SIGNATURE },
  { "per-diem", SKUP_SHEET_PER_DIEM },
  { "photo-consent", SKUP_SHEET_PHOTO_CONSENT },
};

/**
 * skup_sign_in_columns_parse:
 * @list: column names separated by commas: number, name, organisation, position, sector,
 *   gender, email, phone, signature, per-diem, photo-consent
 * @columns: (out): the columns
 * @error: where to put the name Skup does not know
 *
 * Returns: whether every name was known
 */
gboolean
skup_sign_in_columns_parse (const char       *list,
                            SkupSheetColumns *out_columns,
                            GError          **error)
{
  g_auto(GStrv) names = g_strsplit (list != NULL ? list : "", ",", -1);
  SkupSheetColumns found = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      gboolean known = FALSE;

      if (*name == '\0')
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (column_names) && !known; c++)
        if (g_ascii_strcasecmp (name, column_names[c].name) == 0)
          {
            found |= column_names[c].column;
            known = TRUE;
          }
      if (!known)
        {
          g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID,
                       _("There is no column “%s”. The columns are: number, name, "
                         "organisation, position, sector, gender, email, phone, signature, "
                         "per-diem, photo-consent."), name);
          return FALSE;
        }
    }
  if (found == 0)
    {
      g_set_error (error, SKUP_ERROR, SKUP_ERROR_INVALID, _("Choose at least one column."));
      return FALSE;
    }
  *out_columns = found;
  return TRUE;
}

/**
 * skup_sign_in_default_privacy_notice:
 * @language: the sheet's language, "en" or "sr"
 * @cyrillic: for Serbian, whether in Cyrillic
 *
 * The notice a sheet carries until the office writes its own in Preferences: who keeps the
 * data, why, who receives it, for how long, and the person's rights, as the GDPR and
 * Serbia's data protection law ask of a form that collects personal data.
 *
 * Returns: (transfer full): the notice in that language
 */
char *
skup_sign_in_default_privacy_notice (const char *language,
                                     gboolean    cyrillic)
{
  SkupCatalog *catalog = skup_catalog_get (skup_catalog_language_for (language, cyrillic));

  return g_strdup (skup_catalog_gettext (catalog,
    N_("Privacy: the organiser keeps these details to show who took part in this activity "
       "and to account for it to the donor. They are shared only with the donor and its "
       "auditors, kept for five years after the project ends, and then destroyed. You may "
       "see, correct or ask to delete your details by writing to the organiser.")));
}

/* Turns the page when the columns would not stand on an upright one: fixed columns take
 * their width, each text column about 36 mm (a name in 12 pt, an organisation on two
 * lines), each signature or receipt 28 mm. */
static void
choose_orientation (SkupSignInSheet *self)
{
  SkupPageSetup upright = self->options.page;
  double needed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (self->options.columns & columns[i].column)
      needed += columns[i].width > 0 ? SKUP_MM (columns[i].width) : SKUP_MM (36);
  if (self->options.columns & SKUP_SHEET_SIGNATURE)
    needed += self->data->signatures->len * SKUP_MM (28);
  if (self->options.columns & SKUP_SHEET_PER_DIEM)
    needed += SKUP_MM (18 + 28);
  if (self->options.columns & SKUP_SHEET_PHOTO_CONSENT)
    needed += SKUP_MM (20);
  upright.landscape = FALSE;
  self->options.page.landscape = needed > skup_page_setup_get_body_width (&upright);
}

static char *
dup_title (SignInData  *data,
           SkupCatalog *catalog)
{
  /* Translators: a sign-in sheet's title in the PDF's metadata: "Sign-in sheet: event". */
  return g_strdup_printf (skup_catalog_gettext (catalog, N_("Sign-in sheet: %s")), data->title);
}

/**
 * skup_sign_in_sheet_new:
 * @store: the register
 * @options: what to print
 * @error: where to put why the sheet cannot be made: a read error, an unknown event or
 *   session, a text the font cannot draw (naming the person and the character)
 *
 * Reads what the sheet prints from @store, then measures and paginates it, so the sheet it
 * returns can be drawn and written at once, in any thread, without the register.
 *
 * Returns: (transfer full) (nullable): the sheet
 */
SkupSignInSheet *
skup_sign_in_sheet_new (SkupStore               *store,
                        const SkupSignInOptions *options,
                        GError                 **error)
{
  const char *language = options->language != NULL ? options->language : "en";
  SkupCatalog *catalog = skup_catalog_get (skup_catalog_language_for (language, options->cyrillic));
  g_autoptr(SignInData) data = _skup_sign_in_data_read (store, options, catalog, error);
  g_autoptr(SkupSignInSheet) self = NULL;
  g_autofree char *title = NULL;

  if (data == NULL)
    return NULL;
  title = dup_title (data, catalog);
  self = g_object_new (SKUP_TYPE_SIGN_IN_SHEET, "title", title, "author", data->office,
                       "subject", data->dates, "language", skup_catalog_get_language (catalog),
                       NULL);
  self->options = *options;
  self->language = g_strdup (language);
  self->font_family = g_strdup (options->font_family != NULL ? options->font_family : "Noto Sans");
  self->options.language = self->language;
  self->options.font_family = self->font_family;
  self->options.privacy_notice = NULL;
  self->catalog = catalog;
  self->data = g_steal_pointer (&data);
  if (options->choose_orientation)
    choose_orientation (self);
  skup_document_set_page_setup (SKUP_DOCUMENT (self), &self->options.page);
  if (!skup_document_prepare (SKUP_DOCUMENT (self), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * skup_sign_in_sheet_dup_file_name:
 * @self: a sheet
 *
 * A name to save the sheet under: "Sign-in sheet – Title – 2019-05-20.pdf", in the sheet's
 * language, diacritics and Cyrillic kept, and nothing that would make a folder of it.
 *
 * Returns: (transfer full): the file name, without a folder
 */
char *
skup_sign_in_sheet_dup_file_name (SkupSignInSheet *self)
{
  g_autofree char *name = g_strdup_printf ("%s – %s – %s", tr (self, N_("Sign-in sheet")),
                                           self->data->title,
                                           self->data->date_iso != NULL ? self->data->date_iso : "");
  GString *safe = g_string_new (NULL);

  for (const char *p = name; *p != '\0' && safe->len < 180; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Separators and the characters Windows refuses, so the file copies anywhere. */
      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (safe, c < 0x20 || c == 0x7f ? ' ' : '-');
      else
        g_string_append_unichar (safe, c);
    }
  g_string_append (safe, ".pdf");
  return g_string_free (safe, FALSE);
}

/**
 * skup_sign_in_sheet_get_n_people:
 * @self: a sheet
 *
 * Returns: how many registered people it lists (the blank rows not counted)
 */
guint
skup_sign_in_sheet_get_n_people (SkupSignInSheet *self)
{
  return self->data->people->len;
}
