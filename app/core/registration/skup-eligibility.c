/* skup-eligibility.c — who has attended enough for a certificate: facts in, verdict out
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The judge is a pure function of an event's rule and one registration's facts, so it is
 * tested without a register and gives the window, the command line and the certificates one
 * verdict. A person whose sessions are not all taken yet is "not yet", never "not eligible",
 * while the sessions left could still bring them to what the rule needs: an organiser looks
 * at the list on the first day too.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "skup-attendance-grid.h"
#include "skup-eligibility.h"
#include "skup-event.h"
#include "skup-text.h"

/**
 * skup_eligibility_rule_from_event:
 * @rule: (out caller-allocates): the rule
 * @event: an event record
 *
 * Reads @event's fields eligibility-rule, eligibility-percent and eligibility-staff-always.
 */
void
skup_eligibility_rule_from_event (SkupEligibilityRule *rule,
                                  SkupRecord          *event)
{
  g_return_if_fail (rule != NULL);
  g_return_if_fail (SKUP_IS_RECORD (event));

  rule->every_session = g_strcmp0 (skup_record_get_string (event, "eligibility-rule"),
                                   "every-session") == 0;
  rule->percent = (guint) CLAMP (skup_record_get_int (event, "eligibility-percent"), 0, 100);
  rule->staff_always = skup_record_get_bool (event, "eligibility-staff-always");
}

/**
 * skup_eligibility_rule_needed:
 *
 * Returns: the sessions @rule needs out of @sessions: all of them for every_session, else
 *   percent × sessions / 100 rounded up (80 % of 3 sessions is 3, of 5 it is 4)
 */
guint
skup_eligibility_rule_needed (const SkupEligibilityRule *rule,
                              guint                      sessions)
{
  guint percent;

  g_return_val_if_fail (rule != NULL, sessions);

  if (rule->every_session)
    return sessions;
  percent = MIN (rule->percent, 100);
  /* In 64 bits, so a huge count cannot wrap; the result is at most @sessions. */
  return (guint) (((guint64) percent * sessions + 99) / 100);
}

/* The sentence for a person who taught, or NULL for a role that is not staff. */
static const char *
staff_reason (const char *role)
{
  if (g_strcmp0 (role, "trainer") == 0)
    return C_("eligibility", "Trainer.");
  if (g_strcmp0 (role, "speaker") == 0)
    return C_("eligibility", "Speaker.");
  if (g_strcmp0 (role, "facilitator") == 0)
    return C_("eligibility", "Facilitator.");
  return NULL;
}

static char *
dup_attended_reason (const SkupEligibilityRule  *rule,
                     const SkupEligibilityFacts *facts,
                     guint                       needed)
{
  if (rule->every_session)
    /* Translators: attended sessions out of the event's sessions, e.g. "Attended 2 of 3
     * sessions; every one needed." */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Attended %u of %u session; every one needed.",
                                         "Attended %u of %u sessions; every one needed.",
                                         facts->sessions),
                            facts->attended, facts->sessions);
  /* Translators: attended sessions out of the event's sessions, then how many the rule needs,
   * e.g. "Attended 3 of 5 sessions; 4 needed." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Attended %u of %u session; %u needed.",
                                       "Attended %u of %u sessions; %u needed.",
                                       facts->sessions),
                          facts->attended, facts->sessions, needed);
}

/* "… 2 sessions are still to be taken." after the attended sentence. */
static char *
dup_not_yet_reason (const char *attended,
                    guint       remaining)
{
  /* Translators: sessions at which attendance has not been taken yet */
  g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%u session is still to be taken.",
                                                        "%u sessions are still to be taken.",
                                                        remaining),
                                           remaining);
  const char *parts[] = { attended, left };

  return skup_text_join_parts_with (" ", parts, G_N_ELEMENTS (parts));
}

/* The verdict by attendance alone. */
static SkupStanding
judge_attendance (const SkupEligibilityRule  *rule,
                  const SkupEligibilityFacts *facts,
                  char                      **out_reason)
{
  guint needed = skup_eligibility_rule_needed (rule, facts->sessions);
  guint marked = MIN (facts->marked, facts->sessions);
  guint remaining = facts->sessions - marked;
  g_autofree char *attended = dup_attended_reason (rule, facts, needed);

  if (facts->attended >= needed)
    {
      *out_reason = g_steal_pointer (&attended);
      return SKUP_STANDING_ELIGIBLE;
    }
  if ((guint64) facts->attended + remaining >= needed)
    {
      *out_reason = dup_not_yet_reason (attended, remaining);
      return SKUP_STANDING_NOT_YET;
    }
  *out_reason = g_steal_pointer (&attended);
  return SKUP_STANDING_NOT_ELIGIBLE;
}

/**
 * skup_eligibility_judge:
 * @rule: the event's rule
 * @facts: one registration's attendance
 * @out_reason: (out) (optional) (transfer full): why, a translated sentence
 *
 * A verdict given by hand wins; then trainers, speakers and facilitators are eligible if the
 * rule says they always are; an event with no sessions has nobody eligible yet; else the
 * sessions attended, and those still to be taken, against what the rule needs.
 *
 * Returns: the standing
 */
SkupStanding
skup_eligibility_judge (const SkupEligibilityRule  *rule,
                        const SkupEligibilityFacts *facts,
                        char                      **out_reason)
{
  g_autofree char *reason = NULL;
  SkupStanding standing;
  const char *staff;

  g_return_val_if_fail (rule != NULL, SKUP_STANDING_NOT_YET);
  g_return_val_if_fail (facts != NULL, SKUP_STANDING_NOT_YET);

  staff = rule->staff_always ? staff_reason (facts->role) : NULL;
  if (facts->override >= 0)
    {
      standing = facts->override > 0 ? SKUP_STANDING_ELIGIBLE : SKUP_STANDING_NOT_ELIGIBLE;
      /* Translators: %s is the reason the organiser gave */
      reason = g_strdup_printf (_("Decided by hand: %s"),
                                facts->override_reason != NULL ? facts->override_reason : "");
    }
  else if (staff != NULL)
    {
      standing = SKUP_STANDING_ELIGIBLE;
      reason = g_strdup (staff);
    }
  else if (facts->sessions == 0)
    {
      standing = SKUP_STANDING_NOT_YET;
      reason = g_strdup (_("The event has no sessions yet."));
    }
  else
    standing = judge_attendance (rule, facts, &reason);

  if (out_reason != NULL)
    *out_reason = g_steal_pointer (&reason);
  return standing;
}

/**
 * skup_standing_to_label:
 *
 * Returns: (transfer none): "Eligible", "Not yet" or "Not eligible", translated
 */
const char *
skup_standing_to_label (SkupStanding standing)
{
  switch (standing)
    {
    case SKUP_STANDING_ELIGIBLE:
      return C_("standing", "Eligible");
    case SKUP_STANDING_NOT_YET:
      return C_("standing", "Not yet");
    case SKUP_STANDING_NOT_ELIGIBLE:
      return C_("standing", "Not eligible");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
skup_standing_entry_free (SkupStandingEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->name);
  g_free (entry->role);
  g_free (entry->reason);
  g_free (entry);
}

/* The verdicts given by hand that are in force, by registration id. */
static GHashTable *
index_overrides (GPtrArray *overrides)
{
  GHashTable *by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < overrides->len; i++)
    {
      SkupOverride *entry = g_ptr_array_index (overrides, i);

      g_hash_table_insert (by_id, &entry->registration_id, entry);
    }
  return by_id;
}

static SkupStandingEntry *
judge_row (SkupAttendanceGrid        *grid,
           guint                      row,
           const SkupEligibilityRule *rule,
           GHashTable                *overrides)
{
  const SkupGridPerson *person = skup_attendance_grid_get_person (grid, row);
  SkupOverride *override = g_hash_table_lookup (overrides, &person->entry->registration_id);
  SkupEligibilityFacts facts = {
    person->entry->role,
    skup_attendance_grid_get_n_sessions (grid),
    skup_attendance_grid_get_attended (grid, row),
    skup_attendance_grid_get_marked (grid, row),
    override != NULL ? override->eligible : -1,
    override != NULL ? override->reason : NULL,
  };
  SkupStandingEntry *entry = g_new0 (SkupStandingEntry, 1);

  entry->registration_id = person->entry->registration_id;
  entry->person_id = person->entry->person_id;
  entry->name = g_strdup (person->name);
  entry->role = g_strdup (person->entry->role);
  entry->standing = skup_eligibility_judge (rule, &facts, &entry->reason);
  entry->overridden = override != NULL;
  return entry;
}

/**
 * skup_eligibility_list:
 * @store: the register
 * @event_id: the event
 *
 * Judges everyone expected at @event_id (invited, registered or confirmed) by the event's
 * rule, the attendance taken and the verdicts given by hand, in sign-in sheet order.
 *
 * Returns: (transfer full) (element-type SkupStandingEntry): the standings, or %NULL with
 *   @error set when the register could not be read (an unknown event is
 *   %SKUP_ERROR_NOT_FOUND)
 */
GPtrArray *
skup_eligibility_list (SkupStore  *store,
                       gint64      event_id,
                       GError    **error)
{
  g_autoptr(SkupRecord) event = NULL;
  g_autoptr(SkupAttendanceGrid) grid = NULL;
  g_autoptr(GPtrArray) overrides = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  SkupEligibilityRule rule;
  guint n;

  g_return_val_if_fail (SKUP_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  event = skup_store_load (store, SKUP_TYPE_EVENT, event_id, error);
  if (event == NULL)
    return NULL;
  grid = skup_attendance_grid_load (store, event_id, error);
  if (grid == NULL)
    return NULL;
  overrides = skup_store_list_event_overrides (store, event_id, error);
  if (overrides == NULL)
    return NULL;

  skup_eligibility_rule_from_event (&rule, event);
  by_id = index_overrides (overrides);
  n = skup_attendance_grid_get_n_people (grid);
  entries = g_ptr_array_new_full (n, (GDestroyNotify) skup_standing_entry_free);
  for (guint row = 0; row < n; row++)
    g_ptr_array_add (entries, judge_row (grid, row, &rule, by_id));
  return g_steal_pointer (&entries);
}
