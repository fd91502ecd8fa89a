/**
 * English: the texts of the built-in pack but its claims (questions, reasons, verdicts, outcomes,
 * plans, alternatives, labels, why-messages, shared interface strings) and the strings every
 * widget shares. The other English parts load with what shows them: en.quiz.ts,
 * en.alternatives.ts, en.pros-cons.ts, en.claims.ts, en.claim-details.ts (after the explainer's
 * first paint) and en.debug.ts (with the validator). The locale-neutral facts are in
 * src/core/catalogue; `Messages` (messages.ts) is the shape every language fills.
 *
 * Writing rules: plain text only (never HTML or markdown), short sentences for a phone screen,
 * every load in kg and lb, and no claim stronger than shared/evidence.md allows. Facts and
 * numbers from shared/evidence.md; sentences in the project's own words. Every load, session
 * count and duration of a plan, a stop sign or a template is a `{placeholder}` filled from the
 * locked tables (rules/safety.ts PLAN_NUMBERS and PLAN_TEXT_NUMBERS; invariant 14).
 */
export const en = {
  locale: 'en',
  questions: {
    heartCondition: {
      text: 'Has a doctor said you have a heart condition or high blood pressure?',
      help: 'Yes even if treated.',
      advice: {
        true: 'Ask your doctor before adding weights or harder exercise.',
      },
    },
    chestPain: {
      text: 'Do you get chest pain, at rest or when active?',
      help: 'Pressure or tightness counts.',
      advice: {
        true: 'Stop and see a doctor before any new exercise. If severe, or with breathlessness or sweating, call emergency services.',
      },
    },
    warningSymptoms: {
      text: 'Lately: short of breath at rest or on light effort, a racing or uneven heartbeat, swollen ankles, calf pain on walking, or unusual tiredness?',
      help: 'Calf pain that eases when you stop counts.',
      advice: {
        true: 'Stop exercising and see a doctor before any new exercise. If it is sudden or severe, call emergency services.',
      },
    },
    dizziness: {
      text: 'Lost balance from dizziness, or fainted, in the last 12 months?',
      help: 'Not light-headedness from hard breathing.',
      advice: {
        true: 'See a doctor to find the cause first: weights make balance harder.',
      },
    },
    chronicCondition: {
      text: 'Another long-term condition, or prescribed medicine for one?',
      help: 'E.g. diabetes, kidney or lung disease, arthritis, cancer, even if controlled.',
      advice: {
        true: 'Ask your doctor or a qualified exercise professional before adding weights.',
      },
    },
    supervisedOnly: {
      text: 'Told by a doctor to exercise only under medical supervision?',
      help: 'E.g. only with a health professional present.',
      advice: {
        true: 'Keep to supervised exercise; ask your care team before adding weights.',
      },
    },
    jointProblem: {
      text: 'A bone, joint, muscle, tendon or ligament problem in your feet, ankles, shins, knees, hips or back?',
      help: "'Yes, now': in the last 12 months and it still limits you. Shin splints and Achilles pain count.",
      options: {
        none: 'No',
        past: 'In the past, now healed',
        current: 'Yes, now or in the last 12 months',
      },
      advice: {
        current: 'See a doctor or physiotherapist before adding weights: extra load could worsen it. Low-impact options may suit you.',
        past: 'Go on with care: start lighter; stop if it returns.',
      },
    },
    boneHealth: {
      text: 'Osteoporosis, a past stress fracture, or long-term steroid tablets?',
      help: 'Low bone density counts too.',
      advice: {
        true: 'No running with ankle weights. For walking with light cuffs, ask a doctor or physiotherapist first.',
      },
    },
    falls: {
      text: 'A fall or a near-fall in the last 12 months, or a balance problem?',
      help: 'Tripping and only just catching yourself counts.',
      advice: {
        true: 'Weights change your step. No running with them; before walking with cuffs, ask a physiotherapist.',
      },
    },
    pregnant: {
      text: 'Pregnant, or gave birth in the last 6 months?',
      help: 'Yes if you might be.',
      advice: {
        true: 'Ask your midwife or doctor first. No weights until they agree.',
      },
    },
    unwell: {
      text: 'Unwell now, e.g. a cold or fever?',
      help: 'Short-term illness only.',
      advice: {
        true: 'No weights until fully recovered, then retake the quiz.',
      },
    },
    loadSpike: {
      text: 'Has your weekly running distance gone up by more than a third in the last 2 weeks?',
      help: 'E.g. from 15 km to over 20 km a week. Not running? Answer No.',
      advice: {
        true: 'Let your body catch up first: hold your distance steady, no weights for now.',
      },
    },
    activity: {
      text: 'Will you wear the weights to run or walk?',
      help: 'Advice and limits differ.',
      options: { running: 'Running', walking: 'Walking' },
    },
    ageBand: {
      text: 'How old are you?',
      help: 'Only your age band is used.',
      options: {
        'under-18': 'Under 18',
        '18-44': '18–44',
        '45-64': '45–64',
        '65-plus': '65 or over',
      },
      advice: {
        'under-18': 'This advice is for adults. Ask a coach, PE teacher or doctor.',
        '65-plus': 'Running with weights is not advised from 65 (balance risk). Walking with light cuffs may be possible, with care.',
      },
    },
    runFrequency: {
      text: 'How often do you run now?',
      help: "'Regular': 3+ runs a week for 3+ months.",
      options: {
        none: 'I do not run',
        occasional: 'Now and then',
        regular: '3+ times a week, 3+ months',
      },
      advice: {
        none: 'Fine for walking with light weights. To run with them, first build a running base, e.g. walk-jog.',
        occasional: 'To run with weights, first build to 3+ runs a week for 3 months. Walking with light cuffs is an option now.',
      },
    },
    weightedBefore: {
      text: 'Used ankle weights to run or walk before?',
      help: "'Problems': pain, injury or a changed stride.",
      options: {
        never: 'No, never',
        'without-issues': 'Yes, with no problems',
        'with-issues': 'Yes, and I had problems',
      },
      advice: {
        'with-issues': 'Running with them is not advised. If walking, go lighter; stop at the first pain.',
      },
    },
    bodyWeightKg: {
      text: 'Your body weight (optional)',
      help: 'Sets the 3% limit for both cuffs and the calorie estimate. Stays on your device.',
    },
    goals: {
      text: 'Your goals?',
      help: 'Pick any, or none.',
      options: {
        strength: 'Get stronger',
        endurance: 'Build endurance',
        speed: 'Run faster',
        calories: 'Burn more calories',
        bone: 'Stronger bones',
        toning: 'Tone my legs',
      },
    },
  },
  // One text per locked rule id (rules/safety.ts) and for `incomplete`. Several age rules also
  // fire for under-18, so their texts say "your age group".
  reasons: {
    'heart-condition': 'Heart condition or high blood pressure. Running is vigorous: ask your doctor before adding weights or harder exercise.',
    'chest-pain': 'Chest pain. Stop and see a doctor before any new exercise.',
    'warning-symptoms': 'A warning sign: breathlessness, a racing heartbeat, swollen ankles, calf pain or unusual tiredness. Stop and see a doctor before any exercise.',
    dizziness: 'Dizziness or fainting. See a doctor to find the cause first: weights make balance harder.',
    'chronic-condition': 'A long-term condition. Ask your doctor or a qualified exercise professional before adding weights.',
    'supervised-only': 'Your doctor advised supervised exercise only. Keep to it; ask your care team before adding weights.',
    'joint-current': 'A current bone, joint or soft-tissue problem. See a doctor or physiotherapist before adding weights: extra load could worsen it.',
    pregnant: 'Pregnant or recently gave birth. Ask your midwife or doctor first. No weights until they agree.',
    unwell: 'Unwell. No weights until fully recovered, then retake the quiz.',
    'load-spike': 'Your weekly distance rose sharply. Such jumps come with more running injuries: let it settle before adding weights.',
    'under-18': 'This advice is for adults. Ask a coach, PE teacher or doctor about training for a growing body.',
    'no-running-base': 'No regular running yet. First build to 3+ runs a week for 3 months; walking with light weights or walk-jog are better starts.',
    'bone-health-running': 'Osteoporosis, a stress fracture or long-term steroids. Running already loads your bones: no ankle weights. Ask a professional what suits you.',
    'falls-running': 'A fall or a balance problem. Ankle weights change your stride: no running with them.',
    'weighted-issues-running': 'Past problems with ankle weights, which change how people run. Running with them is not advised.',
    'age-65-running': 'Running with weights is not advised in your age group: balance and stride risk, for little benefit.',
    'joint-past': 'A past injury raises the risk of new ones. Start lighter, build up slower; stop if old pain returns.',
    'age-45-running': 'Running needs more care in your age group. New to vigorous exercise? Ask a qualified exercise professional first.',
    'new-to-weights-running': 'New to weighted running, or had problems. Lightest load, short easy stretches; weights off if your stride changes.',
    'age-65-walking': 'Weights can affect balance in your age group. Light cuffs, even ground; skip them if you have fallen or felt unsteady lately.',
    'bone-health-walking': 'Osteoporosis, a stress fracture or long-term steroids. Ask a doctor or physiotherapist before walking with cuffs.',
    'falls-walking': 'A fall or a balance problem. Ankle weights change your step: ask a physiotherapist before walking with cuffs.',
    'weighted-issues-walking': 'Past problems with ankle weights. If walking, go lighter; stop at the first pain or change in your step.',
    incomplete: 'Answer all questions to see a plan with loads.',
  },
  verdicts: {
    'see-professional': {
      title: 'See a professional first',
      summary: 'Ask a doctor or qualified exercise professional before weights or harder exercise. Not medical advice.',
      advice: [
        'Show your answers to a doctor, physiotherapist or exercise professional.',
        'No ankle weights until they advise you.',
      ],
    },
    wait: {
      title: 'Not yet: wait',
      summary: 'Not now: no ankle weights until the reason below has passed or been checked.',
      advice: ['Retake the quiz when things change.'],
    },
    'not-recommended': {
      title: 'Not recommended for you now',
      summary: 'For you, ankle weights add risk for little proven benefit.',
      advice: [
        'See the alternatives for better options.',
        'Building a running base? Run without weights.',
        'Strength work 2–3 days a week builds stronger legs.',
        'Retake the quiz if your answers change.',
      ],
    },
    caution: {
      title: 'Possible, with extra care',
      summary: 'Possible, with extra care: start lighter and build up slower.',
      advice: [
        'Lightest load; short weighted stretches.',
        'Stop at once if a joint hurts or your stride changes.',
        'Consider a physiotherapist or coach first.',
        'See the alternatives too.',
      ],
    },
    ready: {
      title: 'No red flags found',
      summary: 'Nothing rules out ankle weights. Benefits are small, harms unstudied: loads stay low.',
      advice: [
        'Start light; keep to the plan limits.',
        'Expect a few more calories, no proven strength or speed gain.',
        'Stop if pain lasts over a day or your stride changes.',
        'Not medical advice. Retake the quiz if your health changes.',
      ],
    },
  },
  // What a result says, by what it is about (rules/safety.ts OUTCOMES, invariant 13).
  outcomes: {
    stop: {
      summary: 'Stop exercising and see a doctor before any new activity. Not medical advice.',
      advice: [
        'Chest pain, fainting or severe breathlessness now: call emergency services.',
        'Stop exercising until a doctor has checked you.',
        'Nothing to try for now: no weights, no new exercise.',
      ],
    },
    refer: {
      summary: 'Ask a doctor or qualified exercise professional before weights or harder exercise. Not medical advice.',
      advice: ['Once they agree, ask which of the gentle options suits you.'],
    },
    rest: {
      summary: 'Rest until you are fully well, then retake the quiz.',
      advice: [
        'Rest: no weights and no hard exercise while you are ill.',
        'Once well, restart gently without weights.',
      ],
    },
    pregnancy: {
      summary: 'Talk to your midwife or doctor before adding weights.',
      advice: [
        'Ask your midwife or doctor which exercise suits you now.',
        'No ankle weights until they agree.',
      ],
    },
    settle: {
      summary: 'Let your recent jump in distance settle before adding weights.',
      advice: [
        'Hold your weekly distance steady until it feels easy again.',
        'Never add weights in a week you add distance.',
      ],
    },
    'check-first': {
      summary: 'Possible only once a doctor or physiotherapist has checked you, so no plan yet.',
      advice: [
        'Show your answers to a doctor or physiotherapist first.',
        'Meanwhile, walk without weights or try supported leg exercises.',
      ],
    },
    incomplete: {
      summary: 'Some answers are missing or unclear, so there is no plan yet.',
      advice: ['Answer every question to see a plan with loads.'],
    },
  },
  plans: {
    running: {
      progression: 'Add {step} per ankle at most once every {span}, if pain-free with an unchanged stride; never in a week you add distance. Easy pace only: no weights for intervals, hill repeats, long runs or races.',
      warmUp: [
        'Easy walk or jog, {warmUp}.',
        '10 leg swings front-back and sideways, each leg.',
        '10 walking lunges.',
        'Run a few minutes, then put weights on.',
      ],
      formCues: [
        'Run tall, eyes ahead.',
        'Short, quick steps.',
        'Do not overstride: land under your hips.',
        'Relax shoulders, arms, hands.',
        'Stride feels different? Weights off.',
      ],
      stopSigns: [
        'Pain over {painHours} after a run: no weights until gone.',
        'A limp or changed stride: weights off.',
        'Joint pain: stop, weights off.',
        'Dizziness, chest pain or tightness: stop at once, get medical help.',
      ],
    },
    walking: {
      progression: 'Every {span}, add {step} per ankle or {addMinutes}, if pain-free. One change at a time.',
      warmUp: [
        'Easy walk without weights, {warmUp}.',
        '10 leg swings front-back and sideways, each leg; hold on if needed.',
        '10 gentle walking lunges.',
        'Strap cuffs snugly above the ankle bone.',
      ],
      formCues: [
        'Walk tall, eyes ahead.',
        'Usual step length: do not overstride.',
        'Land under your hips; roll through.',
        'Arms relaxed and swinging.',
        'Start on even, well-lit ground.',
      ],
      stopSigns: [
        'Pain over {painHours} after a walk: no weights until gone.',
        'A limp, tripping or changed step: cuffs off.',
        'Ankle, knee, hip or back pain: stop, cuffs off.',
        'Dizziness, chest pain or tightness: stop at once, get medical help.',
      ],
    },
  },
  alternatives: {
    'weighted-vest-walk': {
      title: 'Walking with a weighted vest',
      summary: 'Trunk load keeps your leg swing natural.',
      contraindications: [
        'Back or neck pain',
        'Osteoporosis: ask first',
        'Pregnancy',
        'Balance problems',
      ],
      avoidWhen: [
        {
          reason: 'A vest loads spine and joints: ask your midwife or doctor first.',
        },
        {
          reason: 'You reported osteoporosis or a stress fracture: get professional advice first.',
        },
      ],
      howTo: {
        steps: [
          'Snug vest, no bounce.',
          'Start at 5% of body weight: 3.5 kg (7.7 lb) at 70 kg.',
          'Walk tall on flat ground.',
          'Remove it if your back, neck or feet ache.',
        ],
        dose: '20–30 min, 2–3 days a week.',
        progression: 'Add 1–2.5% of body weight every 2 weeks or so, up to 10%, if pain-free.',
      },
    },
    'hill-walking': {
      title: 'Hill walking',
      summary: 'Harder work for legs and heart, with less impact than running.',
      contraindications: [
        'Knee pain downhill: go slowly or take a flatter way back',
        'Heart or breathing problems: get advice before steep climbs',
      ],
      howTo: {
        steps: [
          'Gentle slope or 1–5% treadmill incline.',
          'Uphill at a pace where you can still talk.',
          'Short steps, lean slightly forward.',
          'Walk down slowly.',
        ],
        dose: '20–30 min, 2–3 days a week.',
        progression: 'Add 5 min or a steeper section every 1–2 weeks, if you feel fine.',
      },
    },
    'hill-repeats': {
      title: 'Hill repeats',
      summary: 'Short, hard uphill runs build endurance and leg power, for runners with a base.',
      contraindications: [
        'Needs a regular running base',
        'Knee pain: downhill running brings high braking forces',
        'Heart disease or symptoms: get advice before hard efforts',
      ],
      howTo: {
        steps: [
          'Warm up: 10 min easy running.',
          'Run up a moderate hill, 30–60 s, hard but controlled.',
          'Walk or jog down.',
          'Do 4–6, then cool down.',
        ],
        dose: '4–6 repeats, once a week.',
        progression: 'Add 1–2 repeats every 2 weeks, up to 10, before making them longer.',
      },
    },
    intervals: {
      title: 'Running intervals',
      summary: 'Hard and easy running in turn: among the best-supported ways to gain endurance and speed.',
      contraindications: [
        'Needs a regular running base',
        'Heart disease or a red-flag symptom: get advice before hard efforts',
      ],
      howTo: {
        steps: [
          'Warm up: 10 min easy running.',
          'Run 1–3 min hard but controlled.',
          'Easy jog or walk, same time.',
          'Do 4–6, then cool down.',
        ],
        dose: '4–6 efforts, once a week.',
        progression: 'Add one effort every 1–2 weeks; keep 2+ easy days between hard sessions.',
      },
    },
    'walk-jog': {
      title: 'Walk-jog intervals',
      summary: 'Short jogs between walks: a gentle start to a running base.',
      contraindications: [
        'Joint pain that worsens when you jog',
        'Any red-flag symptom from the screening',
      ],
      howTo: {
        steps: [
          'Walk briskly 5 min.',
          'Jog easily 1 min, walk 2 min.',
          'Repeat 6–8 times.',
          'Walk 5 min to finish.',
        ],
        dose: '20–30 min, 3 days a week.',
        progression: 'Every 1–2 weeks, lengthen jogs or shorten walks, not both, toward 30 min of easy running in a few months.',
      },
    },
    'strength-training': {
      title: 'Strength training',
      summary: 'Builds strength, with good evidence for fewer injuries and better running economy.',
      contraindications: [
        'Acute injury: let it settle first',
        'Learn technique before adding load',
      ],
      howTo: {
        steps: [
          'Pick 4–6: squats, lunges, calf raises, step-ups, hip bridges.',
          '8–12 slow reps each.',
          'Rest 1–2 min between sets.',
          'Stop any exercise that hurts a joint.',
        ],
        dose: '1–3 sets, 2–3 non-consecutive days a week.',
        progression: 'Beat your target by 1–2 reps? Add 2–10% load or a harder version.',
      },
    },
    'ankle-weight-walking': {
      title: 'Walking with light ankle weights',
      summary: 'Light cuffs add a little effort to an easy walk, with less risk than running.',
      contraindications: [
        'Balance problems or a recent fall',
        'Ankle, knee or hip pain',
        'Mayo Clinic staff advise against it (expert opinion)',
      ],
      avoidWhen: [
        { reason: 'You reported dizziness: weights can upset balance.' },
        { reason: 'Extra leg load could worsen a current joint problem.' },
      ],
      howTo: {
        steps: [
          'Start at {walkStart} per ankle.',
          'Strap cuffs snugly above the ankle bone.',
          'Usual pace and step, on even ground.',
          'Remove them if your ankle, knee or hip aches.',
        ],
        dose: '20–30 min, 2–3 days a week.',
        progression: 'Every {walkSpan}, add {step} per ankle or {addMinutes}, if pain-free. Max {walkMax} per ankle.',
      },
    },
    'ankle-weight-exercises': {
      title: 'Ankle-weight strength exercises',
      summary: 'Slow leg lifts and curls with cuffs strengthen hips and thighs, with no impact.',
      contraindications: [
        'Acute joint pain',
        'Stop if hip or knee pain worsens',
      ],
      avoidWhen: [
        {
          reason: 'Extra leg load could worsen a current joint problem; ask a physiotherapist first.',
        },
      ],
      howTo: {
        steps: [
          'Strap {walkStart} per ankle, or none at first.',
          'Side-lying leg lifts, hamstring curls, hip extensions; hold a chair.',
          '8–12 slow reps per exercise, each leg.',
          'Rest about 1 min between sets.',
        ],
        dose: '1–3 sets, 2–3 non-consecutive days a week.',
        progression: 'Build from 8 to 12 reps, then add {step} and drop back to 8.',
      },
    },
    cycling: {
      title: 'Cycling',
      summary: 'Endurance and calorie burn with little joint load.',
      contraindications: [
        'Knee pain: have your bike fit checked (expert opinion)',
        'Does little for bone: add strength work',
      ],
      howTo: {
        steps: [
          'Saddle height: knee slightly bent at the bottom.',
          'Ride at a pace where you can still talk.',
          'Light gear, smooth pedalling.',
          'Spin easily 5 min to finish.',
        ],
        dose: '20–30 min, moderate effort, 2–3 days a week.',
        progression: 'Add 5–10 min a week, or a harder section, if you feel fine.',
      },
    },
    swimming: {
      title: 'Swimming or deep-water running',
      summary: 'Water carries your weight: endurance with no impact.',
      contraindications: [
        'You need to be able to swim',
        'Does little for bone: add strength work',
      ],
      howTo: {
        steps: [
          'Easy lengths; rest at the wall as needed.',
          'Mix strokes.',
          'Or run in deep water with a float belt.',
          'Keep to an effort where you can still talk.',
        ],
        dose: '20–30 min, 2–3 days a week.',
        progression: 'Add a few lengths or 5 min a week, or rest less.',
      },
    },
  },
  labels: {
    goals: {
      strength: 'Strength',
      endurance: 'Endurance',
      speed: 'Speed',
      calories: 'Calorie burn',
      bone: 'Bone health',
      toning: 'Toning',
    },
    equipment: {
      none: 'No equipment',
      'ankle-weights': 'Ankle weights',
      vest: 'Weighted vest',
      gym: 'Gym',
      bike: 'Bike',
      pool: 'Pool',
    },
    activities: { running: 'Running', walking: 'Walking' },
    certainty: {
      high: 'High',
      moderate: 'Moderate',
      low: 'Low',
      'very-low': 'Very low',
      'expert-opinion': 'Expert opinion',
      'not-studied': 'Not studied',
    },
    topics: {
      joints: 'Joints',
      muscles: 'Muscles and strength',
      heart: 'Heart and calories',
      bones: 'Bones',
      form: 'Running form',
    },
    impact: {
      low: 'Low impact',
      moderate: 'Moderate impact',
      high: 'High impact',
    },
  },
  messages: {
    goalStrong: 'Well supported for {goals}',
    goalSome: 'Some support for {goals}',
    goalWeak: 'Little evidence for {goals}',
    goalGeneral: 'A sound all-round choice',
    impactLow: 'Gentle on joints',
    impactModerate: 'Some joint impact',
    impactHigh: 'Hard on joints',
    equipmentNone: 'No equipment needed',
    equipmentHave: 'Uses what you have: {equipment}',
    equipmentMissing: 'Equipment needed: {equipment}',
    minutesFit: 'Fits in {minutes} min',
    minutesShort: 'Needs {minutes}+ min',
    levelBeginner: 'Suits beginners',
    levelNeedsBase: 'Best once you run regularly',
    excludedJoint: 'High impact: not with a past or current joint problem',
    excludedJointUnknown: 'High impact: left out until you report no joint problems',
    excludedJointPain: 'High impact: not with current joint pain',
    excludedVerdict: 'Left out given your result: {verdict}',
    excludedStop: 'Not for now: stop exercising and see a doctor first',
    excludedRest: 'Not for now: rest until you are well',
    excludedBone: 'High impact: not with weak bones or a past stress fracture',
    excludedFalls: 'High impact: not after a fall or with a balance problem',
    excludedCheckFirst: 'Ankle weights only once a doctor or physiotherapist agrees',
    excludedUnder18: 'Not advised under 18',
    excludedUnanswered: 'High impact: left out until every health question is answered',
    offerNothingStop: 'Nothing to try for now. Stop exercising and see a doctor first; with chest pain, fainting or severe breathlessness now, call emergency services.',
    offerNothingRest: 'Nothing to try for now. Rest until you are well, then retake the quiz.',
    offerAfterDoctor: 'Once your doctor or physiotherapist agrees, these gentle options may suit you:',
    offerAfterMidwife: 'Once your midwife or doctor agrees, these gentle options may suit you:',
    offerWhileSettling: 'While your distance settles, these gentle options keep you moving:',
  },
  ui: {
    disclaimer: 'Not medical advice, and no substitute for a check by a doctor or physiotherapist.',
    evidenceNote: 'Certainty is our informal GRADE-style rating, not a systematic review.',
    sources: 'Sources',
    reviewed: 'Last reviewed',
    yes: 'Yes',
    no: 'No',
    kcal: 'kcal',
  },
} as const;

/** Interface strings every widget shares (`base.<key>` in a pack's `ui`). */
export const base = { forget: 'Forget my answers' } as const;
