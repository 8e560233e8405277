/* skup-report.c — the donor report's figures and how they are published
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-report.h"
#include "skup-store-reports.h"

static void
event_free (gpointer data)
{
  SkupReportEvent *event = data;

  g_free (event->title);
  g_free (event->start_date);
  g_free (event->end_date);
  g_free (event->kind);
  g_free (event->city);
  g_free (event);
}

static void
cell_free (gpointer data)
{
  SkupReportCell *cell = data;

  g_free (cell->label);
  g_free (cell);
}

static void
breakdown_free (gpointer data)
{
  SkupReportBreakdown *breakdown = data;

  g_free (breakdown->id);
  g_free (breakdown->title);
  g_ptr_array_unref (breakdown->cells);
  g_free (breakdown);
}

static void
repeat_free (gpointer data)
{
  SkupReportRepeat *repeat = data;

  g_free (repeat->name);
  g_free (repeat);
}

SkupReportEvent *
skup_report_event_new (void)
{
  return g_new0 (SkupReportEvent, 1);
}

SkupReportBreakdown *
skup_report_breakdown_new (const char *id,
                           const char *title)
{
  SkupReportBreakdown *self = g_new0 (SkupReportBreakdown, 1);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->cells = g_ptr_array_new_with_free_func (cell_free);
  return self;
}

void
skup_report_breakdown_add (SkupReportBreakdown *self,
                           const char          *label,
                           gint64               count)
{
  SkupReportCell *cell = g_new0 (SkupReportCell, 1);

  cell->label = g_strdup (label);
  cell->count = count;
  g_ptr_array_add (self->cells, cell);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const SkupReportCell *x = *(SkupReportCell * const *) a;
  const SkupReportCell *y = *(SkupReportCell * const *) b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

void
skup_report_breakdown_sort (SkupReportBreakdown *self)
{
  g_ptr_array_sort (self->cells, compare_cells);
}

static SkupReport *
report_new (const SkupReportScope *scope,
            gboolean               suppress_small)
{
  SkupReport *self = g_new0 (SkupReport, 1);

  self->scope = *scope;
  self->suppress_small = suppress_small;
  self->events = g_ptr_array_new_with_free_func (event_free);
  self->breakdowns = g_ptr_array_new_with_free_func (breakdown_free);
  self->repeats = g_ptr_array_new_with_free_func (repeat_free);
  return self;
}

SkupReport *
skup_report_compute (SkupStore             *store,
                     const SkupReportScope *scope,
                     gboolean               suppress_small,
                     GError               **error)
{
  g_autoptr(SkupReport) self = NULL;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  self = report_new (scope, suppress_small);
  if (!skup_store_read_report (store, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
skup_report_free (SkupReport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->events);
  g_ptr_array_unref (self->breakdowns);
  g_ptr_array_unref (self->repeats);
  g_free (self);
}

gboolean
skup_report_is_suppressed (const SkupReport *self,
                           gint64            count)
{
  return self->suppress_small && count > 0 && count < SKUP_REPORT_SMALLEST_COUNT;
}

gboolean
skup_report_has_hours (const SkupReport *self)
{
  return self->hours_unknown < (gint64) self->events->len;
}

char *
skup_report_dup_hours_note (const SkupReport *self)
{
  guint n = (guint) MIN (self->hours_unknown, G_MAXUINT);

  if (n == 0)
    return NULL;
  /* Translators: under the donor report's hours of training: events without session times
   * or credited hours, whose hours the total leaves out */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "hours not recorded for %u event",
                                       "hours not recorded for %u events", n), n);
}

char *
skup_report_format_count (const SkupReport *self,
                          gint64            count)
{
  if (skup_report_is_suppressed (self, count))
    /* Translators: a count hidden for publication because it is below five */
    return g_strdup (_("<5"));
  return g_strdup_printf ("%" G_GINT64_FORMAT, count);
}

char *
skup_report_format_share (const SkupReport *self,
                          gint64            count,
                          gint64            total)
{
  if (total <= 0 || skup_report_is_suppressed (self, count))
    return g_strdup ("");
  /* Translators: a share of people, e.g. "37.5 %" */
  return g_strdup_printf (_("%.1f %%"), 100.0 * (double) count / (double) total);
}

const SkupReportBreakdown *
skup_report_get_breakdown (const SkupReport *self,
                           const char       *id)
{
  for (guint i = 0; i < self->breakdowns->len; i++)
    {
      const SkupReportBreakdown *breakdown = g_ptr_array_index (self->breakdowns, i);

      if (g_strcmp0 (breakdown->id, id) == 0)
        return breakdown;
    }
  return NULL;
}

const char *
skup_report_question_label (SkupReportQuestion question)
{
  static const char *labels[] = {
    N_("Overall"), N_("Content"), N_("Trainers"), N_("Organisation"), N_("Usefulness"),
  };

  g_return_val_if_fail (question < SKUP_REPORT_N_QUESTIONS, NULL);
  return _(labels[question]);
}
