/* skup-accredited-report.c — the report an accreditation body asks for after a training
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A training accredited for a professional licence ends with a report to the body that
 * accredited it: its decision number and points, who taught (with their licence numbers and
 * the lecturers' points), who took part and whether each met the attendance rule, so gets
 * the points, and how the participants rated it. The attendance verdict is the eligibility
 * evaluator's, the one certificates use, so the two never disagree.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "exports/skup-csv.h"
#include "exports/skup-xlsx.h"
#include "skup-accredited-report.h"
#include "skup-eligibility.h"
#include "skup-event.h"
#include "skup-report-pdf-private.h"
#include "skup-store-evaluations.h"
#include "skup-store-reports.h"

void
skup_accredited_person_free (SkupAccreditedPerson *person)
{
  g_free (person->name);
  g_free (person->licence);
  g_free (person->role);
  g_free (person->reason);
  g_free (person);
}

void
skup_accredited_report_free (SkupAccreditedReport *self)
{
  g_free (self->title);
  g_free (self->dates);
  g_free (self->body);
  g_free (self->decision);
  g_free (self->office);
  g_clear_pointer (&self->lecturers, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_free (self);
}

static gboolean
is_lecturer (const char *role)
{
  return g_strcmp0 (role, "trainer") == 0 || g_strcmp0 (role, "speaker") == 0
         || g_strcmp0 (role, "facilitator") == 0;
}

static void
read_event (SkupAccreditedReport *self,
            SkupRecord           *event)
{
  const char *start = skup_record_get_string (event, "start-date");
  const char *end = skup_record_get_string (event, "end-date");

  self->title = g_strdup (skup_record_get_string (event, "title"));
  self->dates = g_strcmp0 (start, end) == 0 || end == NULL
                ? g_strdup (start) : g_strdup_printf ("%s – %s", start, end);
  self->body = g_strdup (skup_record_get_string (event, "accreditation-body"));
  self->decision = g_strdup (skup_record_get_string (event, "accreditation-code"));
  self->points = skup_record_get_real (event, "accreditation-points");
  self->lecturer_points = skup_record_get_real (event, "accreditation-points-lecturers");
  self->credited_hours = skup_record_get_real (event, "credited-hours");
  self->max_score = skup_record_get_int (event, "test-max-score");
}

/* Sorts the people into lecturers and participants, each with the evaluator's verdict. */
static void
judge_people (SkupAccreditedReport *self,
              GPtrArray            *people,
              GPtrArray            *standings)
{
  g_autoptr(GHashTable) by_registration = g_hash_table_new (g_int64_hash, g_int64_equal);
  gsize n = 0;
  /* The people move into the report's two lists. */
  g_autofree gpointer *moved = g_ptr_array_steal (people, &n);

  for (guint i = 0; i < standings->len; i++)
    {
      SkupStandingEntry *entry = g_ptr_array_index (standings, i);

      g_hash_table_insert (by_registration, &entry->registration_id, entry);
    }
  for (gsize i = 0; i < n; i++)
    {
      SkupAccreditedPerson *person = moved[i];
      SkupStandingEntry *entry = g_hash_table_lookup (by_registration,
                                                      &person->registration_id);

      person->reason = entry != NULL ? g_strdup (entry->reason) : NULL;
      if (is_lecturer (person->role))
        {
          person->eligible = TRUE;
          person->points = self->lecturer_points;
          g_ptr_array_add (self->lecturers, person);
          continue;
        }
      person->eligible = entry != NULL && entry->standing == SKUP_STANDING_ELIGIBLE;
      person->points = person->eligible ? self->points : 0;
      self->n_eligible += person->eligible;
      g_ptr_array_add (self->participants, person);
    }
}

static gboolean
read_evaluation (SkupAccreditedReport *self,
                 SkupStore            *store,
                 GError              **error)
{
  SkupQuestionAverage averages[SKUP_N_QUESTIONS];

  if (!skup_knowledge_gain_for_event (store, self->event_id, &self->gain, error)
      || !skup_store_average_forms (store, self->event_id, averages, error))
    return FALSE;
  self->n_forms = averages[SKUP_QUESTION_OVERALL].count;
  self->satisfaction = self->n_forms > 0 ? averages[SKUP_QUESTION_OVERALL].mean : -1;
  return TRUE;
}

/**
 * skup_accredited_report_compute:
 * @store: the register
 * @event_id: the accredited event
 * @error: where to put a read error, or %SKUP_ERROR_NOT_FOUND for an unknown event
 *
 * Returns: (transfer full) (nullable): the report
 */
SkupAccreditedReport *
skup_accredited_report_compute (SkupStore  *store,
                                gint64      event_id,
                                GError    **error)
{
  g_autoptr(SkupAccreditedReport) self = g_new0 (SkupAccreditedReport, 1);
  g_autoptr(SkupRecord) event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, error);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) standings = NULL;

  if (event == NULL)
    return NULL;
  self->event_id = event_id;
  self->lecturers = g_ptr_array_new_with_free_func ((GDestroyNotify) skup_accredited_person_free);
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                       skup_accredited_person_free);
  read_event (self, event);
  self->office = skup_store_dup_setting (store, SKUP_SETTING_ORGANISATION_NAME);
  people = skup_store_read_accredited_people (store, event_id, error);
  if (people == NULL)
    return NULL;
  standings = skup_eligibility_list (store, event_id, error);
  if (standings == NULL || !read_evaluation (self, store, error))
    return NULL;
  judge_people (self, people, standings);
  return g_steal_pointer (&self);
}

/* What every output says ***************************************************/

static char *
format_points (double points)
{
  return g_strdup_printf ("%g", points);
}

/* "65.0 of 100 (65.0 %)", or "" when nobody took the post-test. */
static char *
dup_post_test (const SkupAccreditedReport *self)
{
  g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, self->max_score);

  if (self->gain.took_post == 0)
    return g_strdup ("");
  /* Translators: the post-test's average score, the test's maximum, the average as a share:
   * "65.0 of 100 (65.0 %)" */
  return g_strdup_printf (_("%.1f of %s (%.1f %%)"), self->gain.post_mean, max,
                          self->gain.post_percent);
}

static char *
dup_satisfaction (const SkupAccreditedReport *self)
{
  if (self->satisfaction < 0)
    return g_strdup ("");
  /* Translators: the average satisfaction answer out of 5, then how many forms gave it */
  return g_strdup_printf (_("%.2f of 5 (%u forms)"), self->satisfaction, self->n_forms);
}

static const char *
role_label (const char *role)
{
  if (g_strcmp0 (role, "trainer") == 0)
    return _("Trainer");
  if (g_strcmp0 (role, "speaker") == 0)
    return _("Speaker");
  if (g_strcmp0 (role, "facilitator") == 0)
    return _("Facilitator");
  return _("Participant");
}

/* The accreditation's details as label and value pairs, in print order. */
static GPtrArray *
dup_details (const SkupAccreditedReport *self)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *met = g_strdup_printf (_("%u of %u"), self->n_eligible,
                                          self->participants->len);
  const char *labels[] = { _("Event"), _("Dates"), _("Accreditation body"),
                           _("Decision number"), _("Points for participants"),
                           _("Points for lecturers"), _("Credited hours"),
                           _("Participants who met the attendance rule"),
                           _("Average post-test score"), _("Average satisfaction") };
  char *values[G_N_ELEMENTS (labels)] = {
    g_strdup (self->title), g_strdup (self->dates), g_strdup (self->body),
    g_strdup (self->decision), format_points (self->points),
    format_points (self->lecturer_points),
    /* Hours are often left empty: no hours is not zero hours. */
    self->credited_hours > 0 ? format_points (self->credited_hours) : NULL,
    g_strdup (met), dup_post_test (self), dup_satisfaction (self),
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      char **row = g_new0 (char *, 3);

      row[0] = g_strdup (labels[i]);
      row[1] = values[i] != NULL ? values[i] : g_strdup ("");
      g_ptr_array_add (rows, row);
    }
  return rows;
}

/* PDF ************************************************************************/

static void
add_people_table (SkupReportPdf *pdf,
                  GPtrArray     *people,
                  gboolean       lecturers)
{
  const char *titles[] = { _("No."), _("Name"), _("Licence number"),
                           lecturers ? _("Role") : _("Attendance"), _("Points") };
  const double flex[] = { 0.5, 3, 1.6, lecturers ? 1.6 : 3, 0.8 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < people->len; i++)
    {
      const SkupAccreditedPerson *person = g_ptr_array_index (people, i);
      char **row = g_new0 (char *, 6);

      row[0] = g_strdup_printf ("%u", i + 1);
      row[1] = g_strdup (person->name);
      /* Never NULL inside the row: g_strfreev() would stop there and leak the rest. */
      row[2] = g_strdup (person->licence != NULL ? person->licence : "");
      row[3] = lecturers ? g_strdup (role_label (person->role))
                         : g_strdup_printf ("%s %s", person->eligible ? _("Met the rule.")
                                                                      : _("Did not meet it."),
                                            person->reason != NULL ? person->reason : "");
      row[4] = format_points (person->points);
      g_ptr_array_add (rows, row);
    }
  _skup_report_pdf_add_table (pdf, titles, flex, G_N_ELEMENTS (titles), rows);
}

gboolean
skup_accredited_report_write_pdf (const SkupAccreditedReport *self,
                                  const char                 *path,
                                  GError                    **error)
{
  g_autofree char *title = g_strdup_printf (_("Accredited training report: %s"), self->title);
  g_autoptr(SkupReportPdf) pdf = _skup_report_pdf_new_empty (title, self->office, title);
  g_autofree char *label = g_utf8_strup (_("Accredited training report"), -1);
  g_autoptr(GPtrArray) details = dup_details (self);
  const char *titles[] = { _("Item"), _("Value") };
  const double flex[] = { 1.6, 2.4 };

  _skup_report_pdf_add_text (pdf, label, 8.5, TRUE, 0x555555, 0);
  _skup_report_pdf_add_text (pdf, self->title, 16, TRUE, 0, SKUP_MM (1));
  _skup_report_pdf_add_text (pdf, self->office, 10, FALSE, 0, SKUP_MM (1.5));
  _skup_report_pdf_add_heading (pdf, _("Accreditation"));
  _skup_report_pdf_add_table (pdf, titles, flex, G_N_ELEMENTS (titles), details);
  _skup_report_pdf_add_heading (pdf, _("Lecturers"));
  add_people_table (pdf, self->lecturers, TRUE);
  _skup_report_pdf_add_heading (pdf, _("Participants"));
  add_people_table (pdf, self->participants, FALSE);
  return _skup_report_pdf_finish (pdf, error)
         && skup_document_write_pdf (SKUP_DOCUMENT (pdf), path, error);
}

/* XLSX ***********************************************************************/

static void
write_people_sheet (SkupXlsx  *book,
                    const char *name,
                    GPtrArray  *people)
{
  SkupXlsxSheet *sheet = skup_xlsx_add_sheet (book, name);
  const char *titles[] = { _("Name"), _("Licence number"), _("Role"),
                           _("Met the attendance rule"), _("Attendance"), _("Points") };

  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < people->len; i++)
    {
      const SkupAccreditedPerson *person = g_ptr_array_index (people, i);

      skup_xlsx_write_text (sheet, i + 1, 0, person->name);
      skup_xlsx_write_text (sheet, i + 1, 1, person->licence);
      skup_xlsx_write_text (sheet, i + 1, 2, role_label (person->role));
      skup_xlsx_write_text (sheet, i + 1, 3, person->eligible ? _("Yes") : _("No"));
      skup_xlsx_write_text (sheet, i + 1, 4, person->reason);
      skup_xlsx_write_number (sheet, i + 1, 5, person->points);
    }
}

gboolean
skup_accredited_report_write_xlsx (const SkupAccreditedReport *self,
                                   const char                 *path,
                                   GError                    **error)
{
  g_autoptr(SkupXlsx) book = skup_xlsx_new (path, error);
  g_autoptr(GPtrArray) details = NULL;
  SkupXlsxSheet *sheet;
  const char *titles[] = { _("Item"), _("Value") };

  if (book == NULL)
    return FALSE;
  sheet = skup_xlsx_add_sheet (book, _("Accreditation"));
  details = dup_details (self);
  skup_xlsx_write_header (sheet, 0, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < details->len; i++)
    {
      char **row = g_ptr_array_index (details, i);

      skup_xlsx_write_text (sheet, i + 1, 0, row[0]);
      skup_xlsx_write_text (sheet, i + 1, 1, row[1]);
    }
  write_people_sheet (book, _("Lecturers"), self->lecturers);
  write_people_sheet (book, _("Participants"), self->participants);
  return skup_xlsx_close (g_steal_pointer (&book), error);
}

/* CSV ************************************************************************/

static void
add_csv_people (SkupCsvWriter *csv,
                const char    *section,
                GPtrArray     *people)
{
  for (guint i = 0; i < people->len; i++)
    {
      const SkupAccreditedPerson *person = g_ptr_array_index (people, i);

      skup_csv_writer_add_text (csv, section);
      skup_csv_writer_add_text (csv, person->name);
      skup_csv_writer_add_empty (csv);
      skup_csv_writer_add_text (csv, person->licence);
      skup_csv_writer_add_text (csv, person->role);
      skup_csv_writer_add_text (csv, person->eligible ? "yes" : "no");
      skup_csv_writer_add_number (csv, person->points);
      skup_csv_writer_end_row (csv);
    }
}

/**
 * skup_accredited_report_dup_csv:
 *
 * One table (section, item, value, licence_number, role, met_rule, points): the details
 * first, then the lecturers and the participants. The column names, roles and yes/no are
 * for programs, so never translated.
 *
 * Returns: (transfer full): the CSV text in the RFC 4180 dialect
 */
char *
skup_accredited_report_dup_csv (const SkupAccreditedReport *self)
{
  g_autoptr(SkupCsvWriter) csv = skup_csv_writer_new (SKUP_CSV_RFC4180);
  g_autoptr(GPtrArray) details = dup_details (self);
  const char *header[] = { "section", "item", "value", "licence_number", "role", "met_rule",
                           "points" };

  skup_csv_writer_add_row (csv, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < details->len; i++)
    {
      char **row = g_ptr_array_index (details, i);
      const char *cells[] = { _("Accreditation"), row[0], row[1], NULL, NULL, NULL, NULL };

      skup_csv_writer_add_row (csv, cells, G_N_ELEMENTS (cells));
    }
  add_csv_people (csv, _("Lecturers"), self->lecturers);
  add_csv_people (csv, _("Participants"), self->participants);
  return skup_csv_writer_steal_text (csv);
}

gboolean
skup_accredited_report_write (SkupStore        *store,
                              gint64            event_id,
                              SkupReportFormat  format,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(SkupAccreditedReport) self = skup_accredited_report_compute (store, event_id, error);
  g_autofree char *csv = NULL;

  if (self == NULL)
    return FALSE;
  switch (format)
    {
    case SKUP_REPORT_FORMAT_XLSX:
      return skup_accredited_report_write_xlsx (self, path, error);
    case SKUP_REPORT_FORMAT_CSV:
      csv = skup_accredited_report_dup_csv (self);
      return g_file_set_contents (path, csv, -1, error);
    case SKUP_REPORT_FORMAT_PDF:
    default:
      return skup_accredited_report_write_pdf (self, path, error);
    }
}
