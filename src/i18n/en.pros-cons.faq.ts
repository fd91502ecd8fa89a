/**
 * The answers of `<loadwise-pros-cons>`'s common questions and their personal lines
 * (`faq.<id>.a`, `faq.<id>.<key>`), in English: a reader sees them only after opening a question,
 * so they load after the first screen, with the claims' details. The questions themselves are in
 * en.pros-cons.ts. Written from the claims and shared/evidence.md, in the project's own words.
 */
export const prosConsFaq = {
  'faq.weight.a': 'Barely. Cuffs add a few dozen kcal to a 30-minute run at the same pace, and most runners slow down and lose even that. Running uphill adds 3 to 5 times as much.',
  'faq.weight.goal': 'For your calorie goal, hill work beats cuffs.',
  'faq.weight.walk': 'Walking: each kilogram per ankle adds about 10–27 kcal to a 30-minute walk.',
  'faq.beginners.a': 'Not for running. First run 3 or more times a week for 3 months: sudden jumps in load are linked with injury. Beginners can use cuffs for strength exercises or short walks.',
  'faq.beginners.base': 'You do not run regularly yet: build that base first.',
  'faq.often.a': 'No study says. Our cautious limit for running: {runSessionsStart} short, easy weighted run a week at first, never more than {runSessionsMax}, and never more weight and distance in the same week.',
  'faq.often.plan': 'Weighted sessions a week in your plan: {sessions}.',
  'faq.often.stop': 'Your result: no weighted sessions for now.',
  'faq.faster.a': 'Nothing shows it. Weight on the feet makes running less economical and slower, and the one long-term sprint study found no speed gain. Intervals and hills are better supported.',
  'faq.faster.goal': 'For speed, keep weights off for speed work, long runs and races.',
  'faq.tone.a': 'No study defines or measures toning, or shows cuffs burn leg fat. They make your hip flexors and hamstrings work harder while worn; lasting strength comes from strength exercises, which can use them.',
  'faq.tone.goal': 'For strength or toning, slow leg lifts and curls with cuffs beat running with them.',
  'faq.heavy.a': 'Light. For running: {runStart} per ankle to start, at most {runMax}, and both together within {share} of body weight, above which form changes. Up to {walkMax} is for walking and strength work.',
  'faq.heavy.plan': 'Your plan: {start} to {max} per ankle.',
  'faq.heavy.stop': 'Your result: no weights for now.',
  'faq.exercises.a': 'Slow strength moves: standing leg curls, side and back leg lifts, lying or seated leg raises. 1–3 sets of 8–12 reps, 2–3 days a week; add load once you can do 1–2 more reps.',
  'faq.exercises.balance': 'Do them seated or holding a support: weights can upset balance.',
  'faq.exercises.ask': 'Your result: ask a professional before these too.',
} as const;
