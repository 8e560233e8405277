/* test-eligibility.c — the judge of who may be given a certificate, without a register
 *
 * Copyright 2026 The Skup authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The judge is a pure function of the event's rule and one registration's facts: each case
 * here is a rule, the facts, and the verdict and sentence a user reads.
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "skup-eligibility.h"
#include "skup-event.h"

#define PREFIX "/skup/eligibility"

static const SkupEligibilityRule eighty = { FALSE, 80, TRUE };
static const SkupEligibilityRule every = { TRUE, 80, TRUE };

/* A participant's facts: @attended of @sessions, @marked of them taken, no override. */
static SkupEligibilityFacts
facts_of (const char *role,
          guint       sessions,
          guint       attended,
          guint       marked)
{
  SkupEligibilityFacts facts = { role, sessions, attended, marked, -1, NULL };

  return facts;
}

/* Judges, and checks the verdict and the sentence given for it. */
static void
assert_judged (const SkupEligibilityRule  *rule,
               const SkupEligibilityFacts *facts,
               SkupStanding                expected,
               const char                 *reason)
{
  g_autofree char *got = NULL;

  g_assert_cmpint (skup_eligibility_judge (rule, facts, &got), ==, expected);
  g_assert_cmpstr (got, ==, reason);
}

static void
test_needed_rounds_up (void)
{
  SkupEligibilityRule rule = { FALSE, 80, TRUE };

  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 3), ==, 3);   /* 2.4 */
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 5), ==, 4);   /* exactly 4 */
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 6), ==, 5);   /* 4.8 */
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 10), ==, 8);
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 0), ==, 0);
  rule.percent = 50;
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 3), ==, 2);   /* 1.5 */
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 4), ==, 2);
  rule.percent = 1;
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 1), ==, 1);   /* any share is one */
  rule.percent = 0;
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 7), ==, 0);
  rule.percent = 100;
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 7), ==, 7);
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, G_MAXUINT), ==, G_MAXUINT);
}

static void
test_needed_every_session (void)
{
  SkupEligibilityRule rule = { TRUE, 10, FALSE };

  /* The share is kept for when the rule goes back to it, but does not count. */
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 3), ==, 3);
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 1), ==, 1);
  g_assert_cmpuint (skup_eligibility_rule_needed (&rule, 0), ==, 0);
}

static void
test_rule_from_event (void)
{
  g_autoptr(SkupEvent) event = skup_event_new ();
  SkupEligibilityRule rule = { TRUE, 0, FALSE };

  /* What donors and accreditation bodies mostly ask, for a new event. */
  skup_eligibility_rule_from_event (&rule, SKUP_RECORD (event));
  g_assert_false (rule.every_session);
  g_assert_cmpuint (rule.percent, ==, 80);
  g_assert_true (rule.staff_always);

  skup_record_set_string (SKUP_RECORD (event), "eligibility-rule", "every-session");
  skup_record_set_int (SKUP_RECORD (event), "eligibility-percent", 65);
  skup_record_set_bool (SKUP_RECORD (event), "eligibility-staff-always", FALSE);
  skup_eligibility_rule_from_event (&rule, SKUP_RECORD (event));
  g_assert_true (rule.every_session);
  g_assert_cmpuint (rule.percent, ==, 65);
  g_assert_false (rule.staff_always);
}

static void
test_percent_rule (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 5, 4, 5);

  assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE, "Attended 4 of 5 sessions; 4 needed.");
  facts = facts_of ("participant", 5, 5, 5);
  assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE, "Attended 5 of 5 sessions; 4 needed.");
  facts = facts_of ("participant", 5, 3, 5);
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Attended 3 of 5 sessions; 4 needed.");
  /* 80 % of three sessions is 2.4: two are not enough. */
  facts = facts_of ("participant", 3, 2, 3);
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Attended 2 of 3 sessions; 3 needed.");
  facts = facts_of ("participant", 1, 1, 1);
  assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE, "Attended 1 of 1 session; 1 needed.");
}

static void
test_every_session_rule (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 3, 3, 3);

  assert_judged (&every, &facts, SKUP_STANDING_ELIGIBLE,
                 "Attended 3 of 3 sessions; every one needed.");
  /* 80 % would be three of four; every session means four. */
  facts = facts_of ("participant", 4, 3, 4);
  assert_judged (&every, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Attended 3 of 4 sessions; every one needed.");
  facts = facts_of ("participant", 4, 3, 3);
  assert_judged (&every, &facts, SKUP_STANDING_NOT_YET,
                 "Attended 3 of 4 sessions; every one needed. 1 session is still to be taken.");
}

/* Not yet while the sessions left could still bring the person to what is needed; not
 * eligible once they cannot. */
static void
test_not_yet_or_not_eligible (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 5, 0, 0);

  /* The first morning: nothing taken. */
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_YET,
                 "Attended 0 of 5 sessions; 4 needed. 5 sessions are still to be taken.");
  /* Three of four taken sessions, one to come: four is still possible. */
  facts = facts_of ("participant", 5, 3, 4);
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_YET,
                 "Attended 3 of 5 sessions; 4 needed. 1 session is still to be taken.");
  /* Missed two of four, one to come: at most four of five... */
  facts = facts_of ("participant", 5, 2, 3);
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_YET,
                 "Attended 2 of 5 sessions; 4 needed. 2 sessions are still to be taken.");
  /* ... missed two of four with one to come: three at most. */
  facts = facts_of ("participant", 5, 2, 4);
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Attended 2 of 5 sessions; 4 needed.");
  /* Enough already, with sessions still to come. */
  facts = facts_of ("participant", 5, 4, 4);
  assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE, "Attended 4 of 5 sessions; 4 needed.");
}

static void
test_staff (void)
{
  const char *staff[] = { "trainer", "speaker", "facilitator" };
  const char *reasons[] = { "Trainer.", "Speaker.", "Facilitator." };
  const char *others[] = { "participant", "organiser", "guest" };
  SkupEligibilityRule strict = { FALSE, 80, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      SkupEligibilityFacts facts = facts_of (staff[i], 3, 0, 3);

      assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE, reasons[i]);
      assert_judged (&every, &facts, SKUP_STANDING_ELIGIBLE, reasons[i]);
      /* Unless the event says they attend like anybody else. */
      assert_judged (&strict, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                     "Attended 0 of 3 sessions; 3 needed.");
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      SkupEligibilityFacts facts = facts_of (others[i], 3, 0, 3);

      assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                     "Attended 0 of 3 sessions; 3 needed.");
    }
}

static void
test_no_sessions (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 0, 0, 0);
  SkupEligibilityRule none = { FALSE, 0, TRUE };

  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_YET, "The event has no sessions yet.");
  assert_judged (&every, &facts, SKUP_STANDING_NOT_YET, "The event has no sessions yet.");
  /* Even a rule that needs none: nobody can have attended an event that has not been held. */
  assert_judged (&none, &facts, SKUP_STANDING_NOT_YET, "The event has no sessions yet.");
  facts = facts_of ("trainer", 0, 0, 0);
  assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE, "Trainer.");
}

static void
test_override_wins (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 5, 2, 5);

  facts.override = 1;
  facts.override_reason = "Ill on two days, with a doctor's note";
  assert_judged (&eighty, &facts, SKUP_STANDING_ELIGIBLE,
                 "Decided by hand: Ill on two days, with a doctor's note");

  facts = facts_of ("participant", 5, 5, 5);
  facts.override = 0;
  facts.override_reason = "Signed in, then left";
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Decided by hand: Signed in, then left");

  /* Over the staff rule and over an event with no sessions too. */
  facts = facts_of ("trainer", 0, 0, 0);
  facts.override = 0;
  facts.override_reason = "Cancelled the talk";
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Decided by hand: Cancelled the talk");
}

static void
test_reason_optional (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 5, 4, 5);

  g_assert_cmpint (skup_eligibility_judge (&eighty, &facts, NULL), ==, SKUP_STANDING_ELIGIBLE);
}

static void
test_labels (void)
{
  g_assert_cmpstr (skup_standing_to_label (SKUP_STANDING_ELIGIBLE), ==, "Eligible");
  g_assert_cmpstr (skup_standing_to_label (SKUP_STANDING_NOT_YET), ==, "Not yet");
  g_assert_cmpstr (skup_standing_to_label (SKUP_STANDING_NOT_ELIGIBLE), ==, "Not eligible");
}

/* The sentences count in the language's plural forms: Serbian has three. */
static void
test_serbian_plurals (void)
{
  SkupEligibilityFacts facts = facts_of ("participant", 5, 2, 4);

  g_unsetenv ("LANGUAGE");
  if (setlocale (LC_ALL, "sr_RS.UTF-8") == NULL)
    g_error ("The locale sr_RS.UTF-8 is missing: generate it (build-aux/deps)");
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Присуство: 2 од 5 сесија; потребно: 4.");
  facts = facts_of ("participant", 3, 1, 2);
  assert_judged (&eighty, &facts, SKUP_STANDING_NOT_ELIGIBLE,
                 "Присуство: 1 од 3 сесије; потребно: 3.");
  facts = facts_of ("participant", 21, 0, 0);
  assert_judged (&every, &facts, SKUP_STANDING_NOT_YET,
                 "Присуство: 0 од 21 сесије; потребна је свака. Остаје још 21 сесија.");
  facts = facts_of ("trainer", 21, 0, 0);
  assert_judged (&every, &facts, SKUP_STANDING_ELIGIBLE, "Тренер.");
  g_assert_cmpstr (skup_standing_to_label (SKUP_STANDING_ELIGIBLE), ==, "Испуњава услове");
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SKUP_LOCALEDIR"));
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SKUP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func (PREFIX "/needed-rounds-up", test_needed_rounds_up);
  g_test_add_func (PREFIX "/needed-every-session", test_needed_every_session);
  g_test_add_func (PREFIX "/rule-from-event", test_rule_from_event);
  g_test_add_func (PREFIX "/percent-rule", test_percent_rule);
  g_test_add_func (PREFIX "/every-session-rule", test_every_session_rule);
  g_test_add_func (PREFIX "/not-yet-or-not-eligible", test_not_yet_or_not_eligible);
  g_test_add_func (PREFIX "/staff", test_staff);
  g_test_add_func (PREFIX "/no-sessions", test_no_sessions);
  g_test_add_func (PREFIX "/override-wins", test_override_wins);
  g_test_add_func (PREFIX "/reason-optional", test_reason_optional);
  g_test_add_func (PREFIX "/labels", test_labels);
  g_test_add_func (PREFIX "/serbian-plurals", test_serbian_plurals);

  return g_test_run ();
}
