/* skup-report-output.c — what every output of the donor report prints, in one place
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "skup-error.h"
#include "skup-project.h"
#include "skup-event.h"
#include "skup-report-csv.h"
#include "skup-report-output.h"
#include "skup-report-pdf.h"
#include "skup-report-xlsx.h"

static void
add_figure (GArray               *figures,
            const char           *section,
            const char           *id,
            const char           *label,
            SkupReportFigureKind  kind,
            double                value,
            gboolean              missing)
{
  SkupReportFigure figure = { id, section, label, kind, value, missing };

  g_array_append_val (figures, figure);
}

static void
add_satisfaction (GArray           *figures,
                  const SkupReport *report)
{
  static const char *ids[SKUP_REPORT_N_QUESTIONS] = {
    "satisfaction-overall", "satisfaction-content", "satisfaction-trainers",
    "satisfaction-organisation", "satisfaction-usefulness",
  };

  for (guint q = 0; q < SKUP_REPORT_N_QUESTIONS; q++)
    add_figure (figures, _("Satisfaction"), ids[q], skup_report_question_label (q),
                SKUP_REPORT_FIGURE_SCORE, report->satisfaction[q], report->satisfaction[q] < 0);
}

/**
 * skup_report_dup_figures:
 * @report: a report
 *
 * Returns: (transfer full) (element-type SkupReportFigure): the headline figures
 */
GArray *
skup_report_dup_figures (const SkupReport *report)
{
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (SkupReportFigure));
  gboolean no_tests = report->took_tests == 0;
  const char *summary = _("Summary");
  const char *gain = _("Knowledge gain");

  add_figure (figures, summary, "events", _("Events held"), SKUP_REPORT_FIGURE_COUNT,
              report->events->len, FALSE);
  add_figure (figures, summary, "unique-people", _("People trained (unique people)"),
              SKUP_REPORT_FIGURE_PEOPLE, report->unique_people, FALSE);
  add_figure (figures, summary, "person-days", _("Person-days"), SKUP_REPORT_FIGURE_PEOPLE,
              report->person_days, FALSE);
  add_figure (figures, summary, "repeats", _("Repeat participants"), SKUP_REPORT_FIGURE_PEOPLE,
              report->repeats->len, FALSE);
  add_figure (figures, summary, "trainers", _("Trainers"), SKUP_REPORT_FIGURE_PEOPLE,
              report->trainers, FALSE);
  add_figure (figures, summary, "hours", _("Hours of training"), SKUP_REPORT_FIGURE_HOURS,
              report->hours, !skup_report_has_hours (report));
  /* Said next to the total, so a donor knows it leaves some events out. */
  add_figure (figures, summary, "hours-not-recorded", _("Events with hours not recorded"),
              SKUP_REPORT_FIGURE_COUNT, report->hours_unknown, FALSE);
  add_figure (figures, gain, "took-tests", _("Took the pre- and post-test"),
              SKUP_REPORT_FIGURE_PEOPLE, report->took_tests, FALSE);
  add_figure (figures, gain, "pre-test", _("Average pre-test score"), SKUP_REPORT_FIGURE_PERCENT,
              report->pre_percent, no_tests);
  add_figure (figures, gain, "post-test", _("Average post-test score"), SKUP_REPORT_FIGURE_PERCENT,
              report->post_percent, no_tests);
  add_figure (figures, gain, "passed", _("Reached the pass mark"), SKUP_REPORT_FIGURE_PEOPLE,
              report->passed, report->with_pass_mark == 0);
  add_figure (figures, _("Satisfaction"), "forms", _("Satisfaction forms"),
              SKUP_REPORT_FIGURE_COUNT, report->n_forms, FALSE);
  add_satisfaction (figures, report);
  return figures;
}

/**
 * skup_report_figure_is_suppressed:
 *
 * Returns: whether @figure is a count of people too small to publish
 */
gboolean
skup_report_figure_is_suppressed (const SkupReport       *report,
                                  const SkupReportFigure *figure)
{
  return figure->kind == SKUP_REPORT_FIGURE_PEOPLE && !figure->missing
         && skup_report_is_suppressed (report, (gint64) figure->value);
}

char *
skup_report_format_figure (const SkupReport       *report,
                           const SkupReportFigure *figure)
{
  if (figure->missing)
    return g_strdup ("");
  switch (figure->kind)
    {
    case SKUP_REPORT_FIGURE_PEOPLE:
      return skup_report_format_count (report, (gint64) figure->value);
    case SKUP_REPORT_FIGURE_HOURS:
      return g_strdup_printf ("%.1f", figure->value);
    case SKUP_REPORT_FIGURE_PERCENT:
      return g_strdup_printf (_("%.1f %%"), figure->value);
    case SKUP_REPORT_FIGURE_SCORE:
      return g_strdup_printf ("%.2f", figure->value);
    case SKUP_REPORT_FIGURE_COUNT:
    default:
      return g_strdup_printf ("%.0f", figure->value);
    }
}

/* Heading ******************************************************************/

static char *
dup_title_of (SkupStore  *store,
              GType       type,
              gint64      id,
              const char *field,
              GError    **error)
{
  g_autoptr(SkupRecord) record = skup_store_load (store, type, id, error);

  if (record == NULL)
    return NULL;
  return g_strdup (skup_record_get_string (record, field));
}

static char *
dup_scope (SkupStore             *store,
           const SkupReportScope *scope,
           GError               **error)
{
  g_autofree char *name = NULL;

  switch (scope->kind)
    {
    case SKUP_REPORT_SCOPE_EVENT:
      name = dup_title_of (store, SKUP_TYPE_EVENT, scope->id, "title", error);
      /* Translators: the donor report's scope: one event, by its title */
      return name != NULL ? g_strdup_printf (_("Event: %s"), name) : NULL;
    case SKUP_REPORT_SCOPE_PROJECT:
      name = dup_title_of (store, SKUP_TYPE_PROJECT, scope->id, "name", error);
      /* Translators: the donor report's scope: the events of one project */
      return name != NULL ? g_strdup_printf (_("Project: %s"), name) : NULL;
    case SKUP_REPORT_SCOPE_RANGE:
      /* Translators: the donor report's scope: two ISO dates */
      return g_strdup_printf (_("Events from %s to %s"), scope->from, scope->to);
    case SKUP_REPORT_SCOPE_ALL:
    default:
      return g_strdup (_("All events"));
    }
}

/* The first day to the last of the events held: what the report actually covers. */
static char *
dup_period (const SkupReport *report)
{
  const char *first = NULL;
  const char *last = NULL;

  for (guint i = 0; i < report->events->len; i++)
    {
      const SkupReportEvent *event = g_ptr_array_index (report->events, i);
      const char *end = event->end_date != NULL ? event->end_date : event->start_date;

      if (event->start_date != NULL && (first == NULL || strcmp (event->start_date, first) < 0))
        first = event->start_date;
      if (end != NULL && (last == NULL || strcmp (end, last) > 0))
        last = end;
    }
  if (first == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%s – %s", first, last);
}

/**
 * skup_report_heading_new:
 * @store: the register (for the scope's names and the office's profile)
 * @report: the report
 * @error: where to put a read error
 *
 * Returns: (transfer full) (nullable): the title block's texts
 */
SkupReportHeading *
skup_report_heading_new (SkupStore         *store,
                         const SkupReport  *report,
                         GError           **error)
{
  g_autoptr(SkupReportHeading) self = g_new0 (SkupReportHeading, 1);

  self->scope = dup_scope (store, &report->scope, error);
  if (self->scope == NULL)
    return NULL;
  self->title = g_strdup (_("Donor report"));
  self->period = dup_period (report);
  self->office = skup_store_dup_setting (store, SKUP_SETTING_ORGANISATION_NAME);
  return g_steal_pointer (&self);
}

void
skup_report_heading_free (SkupReportHeading *self)
{
  g_free (self->title);
  g_free (self->scope);
  g_free (self->period);
  g_free (self->office);
  g_free (self);
}

/* Formats ******************************************************************/

static const char *format_names[] = { "pdf", "xlsx", "csv" };

gboolean
skup_report_format_parse (const char       *name,
                          SkupReportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
skup_report_format_extension (SkupReportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), "pdf");

  return format_names[format];
}

gboolean
skup_report_write (SkupStore        *store,
                   const SkupReport *report,
                   SkupReportFormat  format,
                   const char       *path,
                   GError          **error)
{
  g_autoptr(SkupReportHeading) heading = skup_report_heading_new (store, report, error);

  if (heading == NULL)
    return FALSE;
  switch (format)
    {
    case SKUP_REPORT_FORMAT_XLSX:
      return skup_report_write_xlsx (report, heading, path, error);
    case SKUP_REPORT_FORMAT_CSV:
      return skup_report_write_csv (report, heading, path, error);
    case SKUP_REPORT_FORMAT_PDF:
    default:
      return skup_report_write_pdf (report, heading, path, error);
    }
}
