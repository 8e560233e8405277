/* skup-check-in.c — checking people in at the door, one name at a time
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the door a queue is waiting: whoever sits at the laptop types a part of the name, in
 * whichever script their keyboard is in, and presses Enter. The matching runs over the
 * grid's folded names in memory (the event's people, not the whole register), so each
 * keystroke answers at once. A person already here is told so and nothing is written again;
 * someone not registered is a walk-in, created, registered and marked in one step. Every
 * check-in can be undone, the last first.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "skup-attendance-grid-private.h"
#include "skup-check-in.h"
#include "skup-error.h"
#include "skup-person.h"
#include "skup-text.h"

typedef struct {
  gint64   registration_id;
  SkupMark before;       /* the cell's mark before the check-in */
  char     before_time[6];
  gboolean walk_in;
} Step;

struct _SkupCheckIn
{
  GObject             parent_instance;

  SkupAttendanceGrid *grid;
  guint               column;
  GArray             *undo;   /* Step, the last at the end */
};

G_DEFINE_FINAL_TYPE (SkupCheckIn, skup_check_in, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
skup_check_in_finalize (GObject *object)
{
  SkupCheckIn *self = SKUP_CHECK_IN (object);

  g_clear_object (&self->grid);
  g_clear_pointer (&self->undo, g_array_unref);

  G_OBJECT_CLASS (skup_check_in_parent_class)->finalize (object);
}

static void
skup_check_in_class_init (SkupCheckInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = skup_check_in_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
skup_check_in_init (SkupCheckIn *self)
{
  self->undo = g_array_new (FALSE, TRUE, sizeof (Step));
}

SkupCheckIn *
skup_check_in_new (SkupAttendanceGrid *grid,
                   guint               column)
{
  SkupCheckIn *self;

  g_return_val_if_fail (SKUP_IS_ATTENDANCE_GRID (grid), NULL);
  g_return_val_if_fail (column < skup_attendance_grid_get_n_sessions (grid), NULL);

  self = g_object_new (SKUP_TYPE_CHECK_IN, NULL);
  self->grid = g_object_ref (grid);
  self->column = column;
  return self;
}

SkupAttendanceGrid *
skup_check_in_get_grid (SkupCheckIn *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), NULL);

  return self->grid;
}

guint
skup_check_in_get_column (SkupCheckIn *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), 0);

  return self->column;
}

/* Matching *****************************************************************/

/* What was typed as the grid keeps names: Latin, folded, in words. */
static GStrv
typed_words (const char *text)
{
  g_autofree char *latin = skup_text_to_latin (text ? text : "");
  g_autofree char *folded = skup_text_fold (latin);

  return g_strsplit (folded ? folded : "", " ", -1);
}

/* 0 no match; 1 every word a prefix of a word of the name; 2 every word a whole word. */
static int
match_score (const char         *key,
             const char * const *words)
{
  g_auto(GStrv) names = g_strsplit (key, " ", -1);
  gboolean whole = TRUE;
  guint n_words = 0;

  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean prefix = FALSE, equal = FALSE;

      if (*words[w] == '\0')
        continue;
      n_words++;
      for (guint i = 0; names[i] != NULL && !equal; i++)
        {
          equal = g_str_equal (names[i], words[w]);
          prefix = prefix || g_str_has_prefix (names[i], words[w]);
        }
      if (!prefix)
        return 0;
      whole = whole && equal;
    }
  if (n_words == 0)
    return 0;
  return whole ? 2 : 1;
}

typedef struct {
  guint row;
  int   score;
} Match;

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a, *mb = b;

  if (ma->score != mb->score)
    return mb->score - ma->score;
  return ma->row < mb->row ? -1 : ma->row > mb->row;
}

static GArray *
find_matches (SkupCheckIn *self,
              const char  *text)
{
  g_auto(GStrv) words = typed_words (text);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  guint n = skup_attendance_grid_get_n_people (self->grid);

  for (guint row = 0; row < n; row++)
    {
      const SkupGridPerson *person = skup_attendance_grid_get_person (self->grid, row);
      Match match = { row, match_score (person->search_key, (const char * const *) words) };

      if (match.score > 0)
        g_array_append_val (matches, match);
    }
  g_array_sort (matches, compare_matches);
  return g_steal_pointer (&matches);
}

/**
 * skup_check_in_find:
 *
 * Returns: (transfer full) (element-type guint): the matching rows, best first
 */
GArray *
skup_check_in_find (SkupCheckIn *self,
                    const char  *text,
                    guint        limit)
{
  g_autoptr(GArray) matches = NULL;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), rows);

  matches = find_matches (self, text);
  for (guint i = 0; i < matches->len && i < limit; i++)
    g_array_append_val (rows, g_array_index (matches, Match, i).row);
  return rows;
}

/* Checking in **************************************************************/

static char *
now_time (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%H:%M");
}

static gint64
session_id_of (SkupCheckIn *self)
{
  return skup_record_get_id (skup_attendance_grid_get_session (self->grid, self->column));
}

/* Another laptop wrote the cell: the grid reads everything again to learn it. */
static gboolean
refresh_row (SkupCheckIn  *self,
             GError      **error)
{
  return skup_attendance_grid_reload (self->grid, error);
}

SkupCheckInOutcome
skup_check_in_mark (SkupCheckIn  *self,
                    guint         row,
                    GError      **error)
{
  const SkupGridPerson *person;
  g_autofree char *time = now_time ();
  g_autoptr(GError) local = NULL;
  Step step = { 0 };
  const char *before_time;

  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), SKUP_CHECK_IN_NO_MATCH);
  g_return_val_if_fail (row < skup_attendance_grid_get_n_people (self->grid),
                        SKUP_CHECK_IN_NO_MATCH);

  person = skup_attendance_grid_get_person (self->grid, row);
  step.registration_id = person->entry->registration_id;
  step.before = skup_attendance_grid_get_mark (self->grid, row, self->column);
  before_time = skup_attendance_grid_get_time (self->grid, row, self->column);
  g_strlcpy (step.before_time, before_time ? before_time : "", sizeof step.before_time);

  if (!skup_store_check_in (skup_attendance_grid_get_store (self->grid), step.registration_id,
                            session_id_of (self), time, &local))
    {
      gboolean already = g_error_matches (local, SKUP_ERROR, SKUP_ERROR_ALREADY);

      g_propagate_error (error, g_steal_pointer (&local));
      /* Another laptop checked them in: the grid learns it. */
      if (already)
        refresh_row (self, NULL);
      return already ? SKUP_CHECK_IN_ALREADY : SKUP_CHECK_IN_NO_MATCH;
    }
  g_array_append_val (self->undo, step);
  _skup_attendance_grid_take_mark (self->grid, row, self->column, SKUP_MARK_PRESENT, time);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return SKUP_CHECK_IN_MARKED;
}

/* One person meant: the only match, or the only one whose whole name was typed. */
static int
pick_one (GArray *matches)
{
  if (matches->len == 1)
    return (int) g_array_index (matches, Match, 0).row;
  if (matches->len > 1 && g_array_index (matches, Match, 0).score == 2
      && g_array_index (matches, Match, 1).score < 2)
    return (int) g_array_index (matches, Match, 0).row;
  return -1;
}

SkupCheckInOutcome
skup_check_in_enter (SkupCheckIn  *self,
                     const char   *text,
                     int          *out_row,
                     GError      **error)
{
  g_autoptr(GArray) matches = NULL;
  SkupCheckInOutcome outcome;
  int row;

  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), SKUP_CHECK_IN_NO_MATCH);

  if (out_row != NULL)
    *out_row = -1;
  matches = find_matches (self, text);
  if (matches->len == 0)
    return SKUP_CHECK_IN_NO_MATCH;
  row = pick_one (matches);
  if (row < 0)
    return SKUP_CHECK_IN_AMBIGUOUS;
  {
    /* By the person, not the index: learning of another laptop's check-in reloads the grid. */
    gint64 id = skup_attendance_grid_get_person (self->grid, (guint) row)->entry->registration_id;

    outcome = skup_check_in_mark (self, (guint) row, error);
    if (out_row != NULL && outcome != SKUP_CHECK_IN_NO_MATCH)
      *out_row = skup_attendance_grid_find_row (self->grid, id);
  }
  return outcome;
}

gboolean
skup_check_in_split_name (const char  *text,
                          char       **out_given,
                          char       **out_family)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  char *last;

  *out_given = *out_family = NULL;
  last = strrchr (copy, ' ');
  if (last == NULL)
    return FALSE;
  *out_family = g_strstrip (g_strdup (last + 1));
  *last = '\0';
  *out_given = g_strstrip (g_strdup (copy));
  if (**out_given != '\0' && **out_family != '\0')
    return TRUE;
  g_clear_pointer (out_given, g_free);
  g_clear_pointer (out_family, g_free);
  return FALSE;
}

int
skup_check_in_walk_in (SkupCheckIn  *self,
                       const char   *given_name,
                       const char   *family_name,
                       GError      **error)
{
  g_autoptr(SkupRecord) person = skup_record_new_for_type (SKUP_TYPE_PERSON);
  g_autofree char *time = now_time ();
  Step step = { 0 };
  int row;

  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), -1);

  skup_record_set_string (person, "given-name", given_name);
  skup_record_set_string (person, "family-name", family_name);
  if (!skup_store_walk_in (skup_attendance_grid_get_store (self->grid),
                           skup_attendance_grid_get_event_id (self->grid), session_id_of (self),
                           person, time, &step.registration_id, error))
    return -1;
  step.walk_in = TRUE;
  g_array_append_val (self->undo, step);
  row = skup_attendance_grid_add_registration (self->grid, step.registration_id, error);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return row;
}

gboolean
skup_check_in_can_undo (SkupCheckIn *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), FALSE);

  return self->undo->len > 0;
}

static char *
dup_name (SkupCheckIn *self,
          gint64       registration_id)
{
  int row = skup_attendance_grid_find_row (self->grid, registration_id);

  return row >= 0 ? g_strdup (skup_attendance_grid_get_person (self->grid, (guint) row)->name)
                  : NULL;
}

static gboolean
undo_step (SkupCheckIn  *self,
           const Step   *step,
           GError      **error)
{
  SkupStore *store = skup_attendance_grid_get_store (self->grid);

  if (step->walk_in)
    {
      if (!skup_store_undo_walk_in (store, step->registration_id, error))
        return FALSE;
      skup_attendance_grid_remove_registration (self->grid, step->registration_id);
      return TRUE;
    }
  const char *time = step->before_time[0] ? step->before_time : NULL;
  int row;

  if (!skup_store_set_marks (store, session_id_of (self), &step->registration_id, 1,
                             step->before, time, error))
    return FALSE;
  row = skup_attendance_grid_find_row (self->grid, step->registration_id);
  if (row >= 0)
    _skup_attendance_grid_take_mark (self->grid, (guint) row, self->column, step->before, time);
  return TRUE;
}

/**
 * skup_check_in_undo:
 * @out_name: (out) (optional): whose check-in was undone
 */
gboolean
skup_check_in_undo (SkupCheckIn  *self,
                    char        **out_name,
                    GError      **error)
{
  Step step;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), FALSE);
  g_return_val_if_fail (self->undo->len > 0, FALSE);

  step = g_array_index (self->undo, Step, self->undo->len - 1);
  name = dup_name (self, step.registration_id);
  if (!undo_step (self, &step, error))
    return FALSE;
  g_array_set_size (self->undo, self->undo->len - 1);
  if (out_name != NULL)
    *out_name = g_steal_pointer (&name);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return TRUE;
}

guint
skup_check_in_get_here (SkupCheckIn *self)
{
  SkupGridTotals totals;

  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), 0);

  skup_attendance_grid_get_totals (self->grid, self->column, &totals);
  return totals.attended;
}

guint
skup_check_in_get_expected (SkupCheckIn *self)
{
  g_return_val_if_fail (SKUP_IS_CHECK_IN (self), 0);

  return skup_attendance_grid_get_n_people (self->grid);
}
