/* test-sign-in-sheet.c — sign-in sheets as the people who sign them and the auditors who
 * keep them would check them: with poppler's own tools reading the PDF back
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "skup-event.h"
#include "skup-organisation.h"
#include "skup-error.h"
#include "skup-person.h"
#include "skup-project.h"
#include "skup-sign-in-sheet.h"
#include "store-fixture.h"

#define PREFIX "/documents/sign-in-sheet"

/* Family names in Serbian Latin alphabetical order, which is not code-point order:
 * C Č Ć, D Dž Đ, L Lj, N Nj, S Š, Z Ž. */
static const char *families[] = {
  "Cvetković", "Čolić", "Ćirić", "Dukić", "Džajić", "Đurić", "Lukić", "Ljubić", "Nikolić",
  "Njegoš", "Simić", "Šarić",
};
static const char *givens[] = { "Ana", "Bojana", "Dragan", "Milica", "Žarko" };

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *pdf,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", "-layout", pdf, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-layout", "-f", first, "-l", first, pdf, "-", NULL };

  return run_tool (page > 0 ? one : all);
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_tool (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("skup-sheet-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
}

static gint64
add_person_at (Fixture    *f,
               const char *given,
               const char *family,
               const char *organisation,
               gint64      event_id)
{
  g_autoptr(SkupRecord) person = add_person (f, given, family);

  if (organisation != NULL)
    {
      gint64 org = skup_store_find_by_title (f->store, SKUP_TYPE_ORGANISATION, organisation);

      if (org <= 0)
        {
          g_autoptr(SkupRecord) added = add_organisation (f, organisation);
          org = skup_record_get_id (added);
        }
      skup_record_set_int (person, "organisation-id", org);
      skup_record_set_string (person, "position", "Savetnica");
      save_ok (f, person);
    }
  add_registration (f, event_id, skup_record_get_id (person));
  return skup_record_get_id (person);
}

/* A three-day workshop at the Palace of Serbia with sixty people. */
static SkupRecord *
add_workshop (Fixture *f,
              guint    n_people)
{
  g_autoptr(SkupRecord) venue = add_venue (f, "Palata Srbije");
  g_autoptr(SkupRecord) room = add_room (f, skup_record_get_id (venue), "Sala 2");
  g_autoptr(SkupRecord) project = SKUP_RECORD (skup_project_new ());
  SkupRecord *event = new_event ("Obuka o prevenciji predoziranja", "2024-05-20", "2024-05-22");

  skup_record_set_string (project, "name", "Zdravlje za sve");
  skup_record_set_string (project, "code", "EU-SRB-2024-07");
  save_ok (f, project);
  skup_record_set_int (event, "venue-id", skup_record_get_id (venue));
  skup_record_set_int (event, "room-id", skup_record_get_id (room));
  skup_record_set_string (event, "city", "Beograd");
  skup_record_set_int (event, "project-id", skup_record_get_id (project));
  save_ok (f, event);
  for (guint i = 0; i < n_people; i++)
    add_person_at (f, givens[i % G_N_ELEMENTS (givens)],
                   families[(i / G_N_ELEMENTS (givens)) % G_N_ELEMENTS (families)],
                   i % 2 ? "Dom zdravlja" : NULL, skup_record_get_id (event));
  return event;
}

static SkupSignInSheet *
sheet_ok (Fixture                 *f,
          const SkupSignInOptions *options)
{
  g_autoptr(GError) error = NULL;
  SkupSignInSheet *sheet = skup_sign_in_sheet_new (f->store, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static char *
write_ok (SkupSignInSheet *sheet,
          const char      *name)
{
  g_autoptr(GError) error = NULL;
  char *path = temp_path (name);

  g_assert_true (skup_document_write_pdf (SKUP_DOCUMENT (sheet), path, &error));
  g_assert_no_error (error);
  return path;
}

static void
assert_in_order (const char         *text,
                 const char * const *names,
                 guint               n_names)
{
  const char *at = text;

  for (guint i = 0; i < n_names; i++)
    {
      const char *found = strstr (at, names[i]);

      if (found == NULL)
        g_error ("“%s” is not after “%s” in:\n%s", names[i], i > 0 ? names[i - 1] : "", text);
      at = found;
    }
}

/* Each page carries the header (the title, the event, the place) and its page number; the
 * names are in the Serbian Latin alphabet's order, diacritics and all. */
static void
test_sixty_people (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 60);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autoptr(GPtrArray) anas = g_ptr_array_new_with_free_func (g_free);
  SkupSignInOptions options;
  guint pages;

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  options.language = "sr";
  sheet = sheet_ok (f, &options);
  g_assert_cmpuint (skup_sign_in_sheet_get_n_people (sheet), ==, 60);
  pdf = write_ok (sheet, "sheet.pdf");
  pages = pdf_pages (pdf);
  /* Three days of signatures turn the page; 65 rows of 9 mm (60 people and 5 blank) then
   * take five A4 pages. */
  g_assert_true (skup_document_get_page_setup (SKUP_DOCUMENT (sheet))->landscape);
  g_assert_cmpuint (pages, ==, 5);
  g_assert_cmpuint (skup_document_get_n_pages (SKUP_DOCUMENT (sheet)), ==, pages);
  for (guint p = 1; p <= pages; p++)
    {
      g_autofree char *text = pdf_text (pdf, (int) p);
      g_autofree char *number = g_strdup_printf ("Strana %u od %u", p, pages);

      g_assert_nonnull (strstr (text, "LISTA PRISUSTVA"));
      g_assert_nonnull (strstr (text, "Obuka o prevenciji predoziranja"));
      g_assert_nonnull (strstr (text, "Palata Srbije, Sala 2, Beograd"));
      g_assert_nonnull (strstr (text, "20–22. maja 2024."));
      g_assert_nonnull (strstr (text, "Projekat: Zdravlje za sve (EU-SRB-2024-07)"));
      g_assert_nonnull (strstr (text, number));
      g_assert_nonnull (strstr (text, "Privatnost:"));
      g_assert_nonnull (strstr (text, "Dan 1"));
      g_assert_nonnull (strstr (text, "Dan 3"));
      /* The organiser signs once, under the last row. */
      g_assert_true ((strstr (text, "Ime, prezime i potpis organizatora") != NULL) == (p == pages));
    }

  all = pdf_text (pdf, 0);
  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    g_ptr_array_add (anas, g_strdup_printf ("Ana %s", families[i]));
  assert_in_order (all, (const char * const *) anas->pdata, anas->len);
  g_assert_nonnull (strstr (all, "Žarko Šarić"));
  g_assert_nonnull (strstr (all, "Dom zdravlja"));
  remove_temp (pdf);
}

/* An English sheet sorts as English does: Č and Ć are C. */
static void
test_english_order (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 0);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *english[] = { "Ana Ćirić", "Ana Čolić", "Ana Cvetković", "Ana Dukić" };
  SkupSignInOptions options;

  add_person_at (f, "Ana", "Cvetković", NULL, skup_record_get_id (event));
  add_person_at (f, "Ana", "Dukić", NULL, skup_record_get_id (event));
  add_person_at (f, "Ana", "Čolić", NULL, skup_record_get_id (event));
  add_person_at (f, "Ana", "Ćirić", NULL, skup_record_get_id (event));
  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "english.pdf");
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "SIGN-IN SHEET"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  assert_in_order (text, english, G_N_ELEMENTS (english));
  remove_temp (pdf);
}

/* Only embedded fonts: a PDF printed on a ministry's computer looks as it did here. */
static void
test_fonts_embedded (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 6);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;
  SkupSignInOptions options;

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "fonts.pdf");
  {
    const char *argv[] = { "pdffonts", pdf, NULL };
    fonts = run_tool (argv);
  }
  lines = g_strsplit (fonts, "\n", -1);
  /* The first two lines are pdffonts' header; then "name type encoding emb sub uni …". */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) split = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      g_assert_nonnull (strstr (lines[i], "NotoSans"));
      split = g_strsplit_set (lines[i], " ", -1);
      for (guint w = 0; split[w] != NULL; w++)
        if (*split[w] != '\0')
          g_ptr_array_add (words, split[w]);
      /* "… emb sub uni object ID": emb is the fifth word from the end. */
      g_assert_cmpuint (words->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);  /* regular and bold */
  remove_temp (pdf);
}

static guint
count_lines_with (const char *text,
                  const char *word)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += strstr (lines[i], word) != NULL;
  return n;
}

/* Whether a line of @text starts with the row number @n. */
static gboolean
has_row (const char *text,
         guint       n)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *number = g_strdup_printf ("%u", n);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_strstrip (lines[i]), " ", 2);

      if (words[0] != NULL && g_str_equal (words[0], number))
        return TRUE;
    }
  return FALSE;
}

/* A 120-character name wraps in its cell: its words land on several lines, none spilling
 * into the organisation's column. */
static void
test_long_name_wraps (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 0);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cut = NULL;
  GString *family = g_string_new (NULL);
  SkupSignInOptions options;

  while (g_utf8_strlen (family->str, -1) < 116)
    g_string_append (family, "Dugoprezimenović-");
  /* "Ana " and 116 letters: 120 characters. */
  cut = g_utf8_substring (family->str, 0, 116);
  add_person_at (f, "Ana", cut, "Crveni krst Srbije", skup_record_get_id (event));
  skup_sign_in_options_init (&options, skup_record_get_id (event));
  options.blank_rows = 0;
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "long.pdf");
  text = pdf_text (pdf, 1);
  /* The name needs several lines, and is all there: no "…"; the organisation keeps its own
   * column on one of them. */
  g_assert_cmpuint (count_lines_with (text, "Dugoprezimenov"), >=, 3);
  g_assert_nonnull (strstr (text, g_utf8_offset_to_pointer (cut, 110)));
  g_assert_null (strstr (text, "…"));
  g_assert_cmpuint (count_lines_with (text, "Crveni krst Srbije"), ==, 1);
  g_string_free (family, TRUE);
  remove_temp (pdf);
}

/* A name the font cannot draw is refused before any file is written, naming the person and
 * the character. */
static void
test_unprintable_name (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSignInSheet) sheet = NULL;
  SkupSignInOptions options;

  add_person_at (f, "Wei", "Li 李", NULL, skup_record_get_id (event));
  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = skup_sign_in_sheet_new (f->store, &options, &error);
  g_assert_null (sheet);
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
  g_assert_nonnull (strstr (error->message, "Wei Li 李"));
  g_assert_nonnull (strstr (error->message, "“李” (U+674E)"));
  g_assert_nonnull (strstr (error->message, "Name"));
  g_assert_nonnull (strstr (error->message, "Noto Sans"));

  /* A Serbian sheet's message is still in the window's language, field and all. */
  g_clear_error (&error);
  options.language = "sr";
  options.cyrillic = TRUE;
  g_assert_null (skup_sign_in_sheet_new (f->store, &options, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
  g_assert_nonnull (strstr (error->message, "“Name” of"));
  g_assert_null (strstr (error->message, "Име"));
  options.language = "en";
  options.cyrillic = FALSE;

  /* A font that is not installed is refused too, not quietly replaced. */
  g_clear_error (&error);
  options.font_family = "No Such Font Family";
  g_assert_null (skup_sign_in_sheet_new (f->store, &options, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_UNPRINTABLE);
  g_assert_nonnull (strstr (error->message, "No Such Font Family"));
}

/* Nothing is left where the user asked for the file when writing fails. */
static void
test_failed_write_leaves_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 2);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  SkupSignInOptions options;

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = sheet_ok (f, &options);
  g_assert_false (skup_document_write_pdf (SKUP_DOCUMENT (sheet), "/nonexistent-dir/x.pdf",
                                           &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "/nonexistent-dir/x.pdf"));
  g_assert_false (g_file_test ("/nonexistent-dir/x.pdf", G_FILE_TEST_EXISTS));
}

/* The mean green of a BLOCK × BLOCK square of @surface at block (@bx, @by). */
#define BLOCK 6
static int
block_mean (cairo_surface_t *surface,
            int              bx,
            int              by)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int sum = 0;

  for (int y = by * BLOCK; y < (by + 1) * BLOCK; y++)
    for (int x = bx * BLOCK; x < (bx + 1) * BLOCK; x++)
      sum += data[y * stride + 4 * x + 1];
  return sum / (BLOCK * BLOCK);
}

/* The PNG writer and the PDF draw the same page: compared with poppler's rendering of the
 * PDF at the same resolution, square by square of 1 mm, so the two rasterisers' different
 * antialiasing (and cairo's rounding of glyphs to whole pixels) do not count, but anything
 * drawn elsewhere, or missing, does. */
static void
test_png_matches_pdf (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 12);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *png = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *poppler = NULL;
  g_autofree char *dir = NULL;
  cairo_surface_t *ours, *theirs;
  SkupSignInOptions options;
  guint differ = 0, inked = 0, blocks = 0;

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "same.pdf");
  dir = g_path_get_dirname (pdf);
  png = g_build_filename (dir, "ours.png", NULL);
  g_assert_true (skup_document_write_png (SKUP_DOCUMENT (sheet), 0, 150, png, &error));
  g_assert_no_error (error);
  prefix = g_build_filename (dir, "poppler", NULL);
  {
    const char *argv[] = { "pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile",
                           pdf, prefix, NULL };
    g_free (run_tool (argv));
  }
  poppler = g_strdup_printf ("%s.png", prefix);
  ours = cairo_image_surface_create_from_png (png);
  theirs = cairo_image_surface_create_from_png (poppler);
  g_assert_cmpint (cairo_surface_status (ours), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (theirs), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (ABS (cairo_image_surface_get_width (ours) - cairo_image_surface_get_width (theirs)), <=, 1);
  g_assert_cmpint (ABS (cairo_image_surface_get_height (ours) - cairo_image_surface_get_height (theirs)), <=, 1);
  for (int by = 0; (by + 1) * BLOCK < MIN (cairo_image_surface_get_height (ours), cairo_image_surface_get_height (theirs)); by++)
    for (int bx = 0; (bx + 1) * BLOCK < MIN (cairo_image_surface_get_width (ours), cairo_image_surface_get_width (theirs)); bx++)
      {
        int a = block_mean (ours, bx, by), b = block_mean (theirs, bx, by);

        blocks++;
        inked += a < 230;
        differ += ABS (a - b) > 64;
      }
  /* The page has ink (a table, twelve names), and both put it in the same places. */
  g_assert_cmpuint (inked, >, blocks / 50);
  g_assert_cmpuint (differ, <, blocks / 200);
  cairo_surface_destroy (ours);
  cairo_surface_destroy (theirs);
  remove_temp (pdf);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A small PNG of one colour, as an office's logo would arrive. */
static GBytes *
make_logo (double red,
           double green,
           double blue)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 120, 60);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, red, green, blue);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_png, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

/* The office's, the organiser's and the donor's logos head every page, each written into
 * the PDF once. */
static void
test_logos (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 40);
  g_autoptr(SkupRecord) organiser = add_organisation (f, "Kancelarija za borbu protiv droga");
  g_autoptr(SkupRecord) donor = add_organisation (f, "Evropska unija");
  g_autoptr(SkupRecord) project = load_ok (f, SKUP_TYPE_PROJECT, skup_record_get_int (event, "project-id"));
  g_autoptr(GBytes) office = make_logo (0.8, 0.1, 0.1);
  g_autoptr(GBytes) organiser_logo = make_logo (0.1, 0.6, 0.1);
  g_autoptr(GBytes) donor_logo = make_logo (0.1, 0.1, 0.8);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autoptr(GHashTable) objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  SkupSignInOptions options;
  guint placed = 0, pages;

  g_assert_true (skup_store_set_setting_data (f->store, SKUP_SETTING_LOGO, office, &error));
  g_assert_true (skup_store_set_logo (f->store, skup_record_get_id (organiser), organiser_logo, &error));
  g_assert_true (skup_store_set_logo (f->store, skup_record_get_id (donor), donor_logo, &error));
  g_assert_true (skup_store_add_event_organisation (f->store, skup_record_get_id (event),
                                                    skup_record_get_id (organiser), "organiser",
                                                    &error));
  g_assert_no_error (error);
  skup_record_set_int (project, "donor-id", skup_record_get_id (donor));
  save_ok (f, project);

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "logos.pdf");
  pages = pdf_pages (pdf);
  g_assert_cmpuint (pages, >=, 2);
  {
    const char *argv[] = { "pdfimages", "-list", pdf, NULL };
    list = run_tool (argv);
  }
  /* "page num type width height color comp bpc enc interp object ID …" */
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      for (guint w = 0; words[w] != NULL; w++)
        if (*words[w] != '\0')
          g_ptr_array_add (fields, words[w]);
      if (fields->len < 12 || !g_str_equal (g_ptr_array_index (fields, 2), "image"))
        continue;
      placed++;
      g_hash_table_add (objects, g_strdup (g_ptr_array_index (fields, 10)));
    }
  g_assert_cmpuint (placed, ==, 3 * pages);
  g_assert_cmpuint (g_hash_table_size (objects), ==, 3);

  /* In order: the office's at the left, the donor's at the right. */
  {
    cairo_surface_t *page = skup_document_render_page (SKUP_DOCUMENT (sheet), 0, 72);
    const SkupPageSetup *setup = skup_document_get_page_setup (SKUP_DOCUMENT (sheet));
    const guint8 *pixels = cairo_image_surface_get_data (page);
    int stride = cairo_image_surface_get_stride (page);
    int y = (int) (setup->margin_top + SKUP_MM (7));
    const guint8 *left = pixels + y * stride + 4 * (int) (setup->margin_left + 10);
    const guint8 *right = pixels + y * stride
                          + 4 * (int) (skup_page_setup_get_width (setup) - setup->margin_right - 10);

    /* ARGB32 is B, G, R, A in memory on this little-endian machine. */
    g_assert_cmpuint (left[2], >, 150);
    g_assert_cmpuint (left[0], <, 80);
    g_assert_cmpuint (right[0], >, 150);
    g_assert_cmpuint (right[2], <, 80);
    cairo_surface_destroy (page);
  }
  remove_temp (pdf);
}

/* A sheet for one session says which day it is; a sheet in Serbian Cyrillic writes names in
 * Cyrillic, a person's own spelling first. */
static void
test_one_session_cyrillic (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 2);
  g_autoptr(SkupRecord) person = add_person (f, "Djordje", "Popović");
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  SkupSignInOptions options;

  skup_record_set_string (person, "other-script-name", "Ђорђе Поповић");
  save_ok (f, person);
  add_registration (f, skup_record_get_id (event), skup_record_get_id (person));
  skup_sign_in_options_init (&options, skup_record_get_id (event));
  options.session_id = session_on (f, skup_record_get_id (event), "2024-05-21");
  options.language = "sr";
  options.cyrillic = TRUE;
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "dan-2.pdf");
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "ЛИСТА ПРИСУСТВА"));
  g_assert_nonnull (strstr (text, "Дан 2 од 3"));
  g_assert_nonnull (strstr (text, "21. маја 2024."));
  g_assert_nonnull (strstr (text, "Ђорђе Поповић"));
  g_assert_nonnull (strstr (text, "Ана Цветковић"));
  g_assert_null (strstr (text, "Djordje"));
  remove_temp (pdf);
}

/* Every session: a signature column a day; blank rows are numbered on from the people. */
static void
test_columns_and_blank_rows (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 3);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  SkupSignInOptions options;

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  g_assert_true (skup_sign_in_columns_parse ("number, name,email,position,signature,per-diem,photo-consent",
                                             &options.columns, &error));
  g_assert_no_error (error);
  options.blank_rows = 4;
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "columns.pdf");
  text = pdf_text (pdf, 0);
  g_assert_nonnull (strstr (text, "Day 1"));
  g_assert_nonnull (strstr (text, "Day 3"));
  g_assert_nonnull (strstr (text, "Per diem"));
  g_assert_nonnull (strstr (text, "Photos"));
  g_assert_nonnull (strstr (text, "Email"));
  g_assert_nonnull (strstr (text, "Position"));
  g_assert_null (strstr (text, "Organisation"));
  /* Three people and four blank rows: numbered 1 to 7. */
  g_assert_true (has_row (text, 7));
  g_assert_false (has_row (text, 8));
  /* Many columns turn the page. */
  g_assert_true (skup_document_get_page_setup (SKUP_DOCUMENT (sheet))->landscape);

  g_assert_false (skup_sign_in_columns_parse ("name,signatures", &options.columns, &error));
  g_assert_error (error, SKUP_ERROR, SKUP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“signatures”"));
  remove_temp (pdf);
}

/* 10,000 characters in a name and a privacy notice never crash, and still give a sheet. */
static void
test_huge_texts (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_workshop (f, 1);
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *pdf = NULL;
  GString *huge = g_string_new (NULL);
  SkupSignInOptions options;

  while (g_utf8_strlen (huge->str, -1) < 10000)
    g_string_append (huge, "Šćepanović ");
  add_person_at (f, "Ana", huge->str, huge->str, skup_record_get_id (event));
  skup_sign_in_options_init (&options, skup_record_get_id (event));
  options.privacy_notice = huge->str;
  sheet = sheet_ok (f, &options);
  pdf = write_ok (sheet, "huge.pdf");
  g_assert_cmpuint (pdf_pages (pdf), >=, 1);
  g_string_free (huge, TRUE);
  remove_temp (pdf);
}

/* The file is named after the event and the day, diacritics kept, with no folder in it. */
static void
test_file_name (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkupRecord) event = add_event (f, "Đačka obuka: HIV/AIDS", "2024-05-20", "2024-05-20");
  g_autoptr(SkupSignInSheet) sheet = NULL;
  g_autofree char *name = NULL;
  SkupSignInOptions options;

  skup_sign_in_options_init (&options, skup_record_get_id (event));
  sheet = sheet_ok (f, &options);
  name = skup_sign_in_sheet_dup_file_name (sheet);
  g_assert_cmpstr (name, ==, "Sign-in sheet – Đačka obuka- HIV-AIDS – 2024-05-20.pdf");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  fixture_add (PREFIX, "sixty-people", test_sixty_people);
  fixture_add (PREFIX, "english-order", test_english_order);
  fixture_add (PREFIX, "fonts-embedded", test_fonts_embedded);
  fixture_add (PREFIX, "long-name-wraps", test_long_name_wraps);
  fixture_add (PREFIX, "unprintable-name", test_unprintable_name);
  fixture_add (PREFIX, "failed-write", test_failed_write_leaves_nothing);
  fixture_add (PREFIX, "png-matches-pdf", test_png_matches_pdf);
  fixture_add (PREFIX, "logos", test_logos);
  fixture_add (PREFIX, "one-session-cyrillic", test_one_session_cyrillic);
  fixture_add (PREFIX, "columns-blank-rows", test_columns_and_blank_rows);
  fixture_add (PREFIX, "huge-texts", test_huge_texts);
  fixture_add (PREFIX, "file-name", test_file_name);
  return g_test_run ();
}
