import type { ContentPack, Source } from '../core/schema/content.js';
import type { Condition } from '../core/schema/condition.js';

/*
 * Writing rules for this pack: plain text only (never HTML or markdown), short sentences for a
 * phone screen, every load in kg and lb, and no claim stronger than shared/evidence.md allows.
 * Certainty levels are the informal GRADE-style ratings of evidence.md, not a formal review.
 */

const REVIEWED = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// Sources (evidence.md). A URL is given only where evidence.md gives one, or as a DOI link.
// ---------------------------------------------------------------------------------------------

const CLAREMONT: Source = {
  label: 'Claremont & Hall, Med Sci Sports Exerc 20(2)',
  year: 1988,
  url: 'https://doi.org/10.1249/00005768-198820020-00011',
};
const BHAMBHANI: Source = { label: 'Bhambhani et al., Arch Phys Med Rehabil 71(3)', year: 1990 };
const COIFMAN: Source = {
  label: 'Coifman et al., Appl Ergon 114',
  year: 2024,
  url: 'https://doi.org/10.1016/j.apergo.2023.104109',
};
const BROWNING: Source = {
  label: 'Browning et al., Med Sci Sports Exerc 39(3)',
  year: 2007,
  url: 'https://doi.org/10.1249/mss.0b013e31802b3562',
};
const MARTIN_CAVANAGH: Source = { label: 'Martin & Cavanagh, J Biomech', year: 1990 };
const DUCLOS: Source = { label: 'Duclos et al., Clin Biomech 29(3)', year: 2014 };
const GRAVES: Source = { label: 'Graves et al. (authors unverified), Med Sci Sports Exerc', year: 1988 };
const ANKLE_WRIST_1989: Source = {
  label: 'Authors unconfirmed, Arch Phys Med Rehabil 70(4)',
  year: 1989,
  url: 'https://pubmed.ncbi.nlm.nih.gov/2930343/',
};
const SKINNER: Source = { label: 'Skinner & Barrack, Arch Phys Med Rehabil 71(2)', year: 1990 };
const MILLER: Source = {
  label: 'Miller & Stamford, J Appl Physiol 62(4)',
  year: 1987,
  url: 'https://jap.physiology.org/content/62/4/1497.long',
};
const ACSM_2009: Source = { label: 'Ratamess et al. (ACSM), Med Sci Sports Exerc 41(3)', year: 2009 };
const AKATSU: Source = {
  label: 'Akatsu et al., Int J Environ Res Public Health 19(12)',
  year: 2022,
  url: 'https://doi.org/10.3390/ijerph19127350',
};
const FESER: Source = {
  label: 'Feser et al., Eur J Sport Sci 20(3)',
  year: 2020,
  url: 'https://doi.org/10.1080/17461391.2019.1629631',
};
const HOWE: Source = {
  label: 'Howe et al., Cochrane Review',
  year: 2011,
  url: 'https://doi.org/10.1002/14651858.CD000333.pub2',
};
const INVEST: Source = {
  label: 'Beavers et al. (INVEST), JAMA Netw Open 8(6)',
  year: 2025,
  url: 'https://doi.org/10.1001/jamanetworkopen.2025.16772',
};
const TROUNSON: Source = {
  label: 'Trounson et al., PLoS ONE 15(12)',
  year: 2020,
  url: 'https://vuir.vu.edu.au/41863',
};
const NIELSEN_PLOS: Source = {
  label: 'Nielsen et al., PLoS ONE 9(6)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4055729',
};
const NIELSEN_JOSPT: Source = { label: 'Nielsen et al., J Orthop Sports Phys Ther 44(10)', year: 2014 };
const NIELSEN_IJSPT: Source = {
  label: 'Nielsen et al., Int J Sports Phys Ther 9(3)',
  year: 2014,
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4060311/',
};
const BUIST: Source = {
  label: 'Buist et al., Am J Sports Med 36(1)',
  year: 2008,
  url: 'https://pubmed.ncbi.nlm.nih.gov/17940147/',
};
const ALENTORN: Source = { label: 'Alentorn-Geli et al., J Orthop Sports Phys Ther 47(6)', year: 2017 };
const HOOGKAMER: Source = {
  label: 'Hoogkamer et al., Med Sci Sports Exerc 48(11)',
  year: 2016,
  url: 'https://doi.org/10.1249/MSS.0000000000001012',
};
const MAYO: Source = {
  label: 'Mayo Clinic staff, "Walking with ankle weights? Stop!"',
  year: 2023,
  url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/health-tip/art-20049111',
};
const PUTHOFF: Source = { label: 'Puthoff et al., Med Sci Sports Exerc 38(4)', year: 2006 };
const SHAW_SNOW: Source = { label: 'Shaw & Snow, J Gerontol A 53(1)', year: 1998 };
const GOTTSCHALL: Source = {
  label: 'Gottschall & Kram, J Biomech 38',
  year: 2005,
  url: 'https://doi.org/10.1016/j.jbiomech.2004.04.023',
};
const MILANOVIC: Source = {
  label: 'Milanović et al., Sports Med 45(10)',
  year: 2015,
  url: 'https://doi.org/10.1007/s40279-015-0365-0',
};
const LAUERSEN: Source = {
  label: 'Lauersen et al., Br J Sports Med 52(24)',
  year: 2018,
  url: 'https://bjsm.bmj.com/content/52/24/1557',
};
const OLMEDILLAS: Source = { label: 'Olmedillas et al., BMC Med 10:168', year: 2012 };
const GOMEZ_BRUTON: Source = { label: 'Gómez-Bruton et al., PLoS ONE 8(8)', year: 2013 };
const ABRAHIN: Source = {
  label: 'Abrahin et al., Rev Bras Reumatol 56(4)',
  year: 2016,
  url: 'https://pubmed.ncbi.nlm.nih.gov/27476628/',
};

// ---------------------------------------------------------------------------------------------
// Conditions used by several claims and alternatives.
// ---------------------------------------------------------------------------------------------

const RUNNING: Condition = { eq: { id: 'activity', value: 'running' } };
const WALKING: Condition = { eq: { id: 'activity', value: 'walking' } };
const ANY_JOINT_PROBLEM: Condition = { in: { id: 'jointProblem', values: ['past', 'current'] } };
const CURRENT_JOINT_PROBLEM: Condition = { eq: { id: 'jointProblem', value: 'current' } };
const NO_RUNNING_BASE: Condition = { in: { id: 'runFrequency', values: ['none', 'occasional'] } };
const BONE_HEALTH: Condition = { eq: { id: 'boneHealth', value: true } };
const DIZZINESS: Condition = { eq: { id: 'dizziness', value: true } };
const PREGNANT: Condition = { eq: { id: 'pregnant', value: true } };
const AGE_65_PLUS: Condition = { in: { id: 'ageBand', values: ['65-plus'] } };
const WEIGHTED_WITH_ISSUES: Condition = { eq: { id: 'weightedBefore', value: 'with-issues' } };
const WANTS_STRENGTH_OR_TONING: Condition = {
  any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'toning' } }],
};

/** The default English pack. Facts and numbers from shared/evidence.md; reviewed 2026-11-22. */
export const en: ContentPack = {
  locale: 'en',

  // -------------------------------------------------------------------------------------------
  // Questions, in ANSWER_IDS order: screening, then experience, then goals.
  // -------------------------------------------------------------------------------------------
  questions: [
    {
      id: 'heartCondition',
      text: 'Has a doctor said you have a heart condition or high blood pressure?',
      help: 'Yes even if treated.',
      advice: { true: 'Ask your doctor before adding weights or harder exercise.' },
    },
    {
      id: 'chestPain',
      text: 'Do you get chest pain, at rest or when active?',
      help: 'Pressure or tightness counts.',
      advice: { true: 'Stop and see a doctor before any new exercise. If severe, or with breathlessness or sweating, call emergency services.' },
    },
    {
      id: 'warningSymptoms',
      text: 'Lately: short of breath at rest or on light effort, a racing or uneven heartbeat, swollen ankles, calf pain on walking, or unusual tiredness?',
      help: 'Calf pain that eases when you stop counts.',
      advice: { true: 'Stop exercising and see a doctor before any new exercise. If it is sudden or severe, call emergency services.' },
    },
    {
      id: 'dizziness',
      text: 'Lost balance from dizziness, or fainted, in the last 12 months?',
      help: 'Not light-headedness from hard breathing.',
      advice: { true: 'See a doctor to find the cause first: weights make balance harder.' },
    },
    {
      id: 'chronicCondition',
      text: 'Another long-term condition, or prescribed medicine for one?',
      help: 'E.g. diabetes, kidney or lung disease, arthritis, cancer, even if controlled.',
      advice: { true: 'Ask your doctor or a qualified exercise professional before adding weights.' },
    },
    {
      id: 'supervisedOnly',
      text: 'Told by a doctor to exercise only under medical supervision?',
      help: 'E.g. only with a health professional present.',
      advice: { true: 'Keep to supervised exercise; ask your care team before adding weights.' },
    },
    {
      id: 'jointProblem',
      text: 'A bone, joint, muscle, tendon or ligament problem in your feet, ankles, shins, knees, hips or back?',
      help: "'Yes, now': in the last 12 months and it still limits you. Shin splints and Achilles pain count.",
      options: { none: 'No', past: 'In the past, now healed', current: 'Yes, now or in the last 12 months' },
      advice: {
        current: 'See a doctor or physiotherapist before adding weights: extra load could worsen it. Low-impact options may suit you.',
        past: 'Go on with care: start lighter; stop if it returns.',
      },
    },
    {
      id: 'boneHealth',
      text: 'Osteoporosis, a past stress fracture, or long-term steroid tablets?',
      help: 'Low bone density counts too.',
      advice: { true: 'No running with ankle weights. For walking with light cuffs, ask a doctor or physiotherapist first.' },
    },
    {
      id: 'falls',
      text: 'A fall or a near-fall in the last 12 months, or a balance problem?',
      help: 'Tripping and only just catching yourself counts.',
      advice: { true: 'Weights change your step. No running with them; before walking with cuffs, ask a physiotherapist.' },
    },
    {
      id: 'pregnant',
      text: 'Pregnant, or gave birth in the last 6 months?',
      help: 'Yes if you might be.',
      advice: { true: 'Ask your midwife or doctor first. No weights until they agree.' },
    },
    {
      id: 'unwell',
      text: 'Unwell now, e.g. a cold or fever?',
      help: 'Short-term illness only.',
      advice: { true: 'No weights until fully recovered, then retake the quiz.' },
    },
    {
      id: 'loadSpike',
      text: 'Has your weekly running distance gone up by more than a third in the last 2 weeks?',
      help: 'E.g. from 15 km to over 20 km a week. Not running? Answer No.',
      advice: { true: 'Let your body catch up first: hold your distance steady, no weights for now.' },
    },
    {
      id: 'activity',
      text: 'Will you wear the weights to run or walk?',
      help: 'Advice and limits differ.',
      options: { running: 'Running', walking: 'Walking' },
    },
    {
      id: 'ageBand',
      text: 'How old are you?',
      help: 'Only your age band is used.',
      options: { 'under-18': 'Under 18', '18-44': '18–44', '45-64': '45–64', '65-plus': '65 or over' },
      advice: {
        'under-18': 'This advice is for adults. Ask a coach, PE teacher or doctor.',
        '65-plus': 'Running with weights is not advised from 65 (balance risk). Walking with light cuffs may be possible, with care.',
      },
    },
    {
      id: 'runFrequency',
      text: 'How often do you run now?',
      help: "'Regular': 3+ runs a week for 3+ months.",
      options: { none: 'I do not run', occasional: 'Now and then', regular: '3+ times a week, 3+ months' },
      advice: {
        none: 'Fine for walking with light weights. To run with them, first build a running base, e.g. walk-jog.',
        occasional: 'To run with weights, first build to 3+ runs a week for 3 months. Walking with light cuffs is an option now.',
      },
    },
    {
      id: 'weightedBefore',
      text: 'Used ankle weights to run or walk before?',
      help: "'Problems': pain, injury or a changed stride.",
      options: { never: 'No, never', 'without-issues': 'Yes, with no problems', 'with-issues': 'Yes, and I had problems' },
      advice: { 'with-issues': 'Running with them is not advised. If walking, go lighter; stop at the first pain.' },
    },
    {
      id: 'bodyWeightKg',
      text: 'Your body weight (optional)',
      help: 'Sets the 3% limit for both cuffs and the calorie estimate. Stays on your device.',
    },
    {
      id: 'goals',
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
  ],

  // -------------------------------------------------------------------------------------------
  // Reasons: one text per locked rule id (rules/safety.ts) and for `incomplete`.
  // Several age rules also fire for under-18, so their texts say "your age group".
  // -------------------------------------------------------------------------------------------
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

  rules: [],

  // -------------------------------------------------------------------------------------------
  // Verdicts
  // -------------------------------------------------------------------------------------------
  verdicts: {
    'see-professional': {
      title: 'See a professional first',
      summary: 'Ask a doctor or qualified exercise professional before weights or harder exercise. Not medical advice.',
      advice: ['Show your answers to a doctor, physiotherapist or exercise professional.', 'No ankle weights until they advise you.'],
    },
    wait: {
      title: 'Not yet: wait',
      summary: 'Not now: come back once the reason below has passed or been checked.',
      advice: ['No ankle weights for now.', 'Retake the quiz when things change.'],
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

  // -------------------------------------------------------------------------------------------
  // Outcomes: what a result says, by what it is about (rules/safety.ts OUTCOMES, invariant 13).
  // -------------------------------------------------------------------------------------------
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
      advice: ['Rest: no weights and no hard exercise while you are ill.', 'Once well, restart gently without weights.'],
    },
    pregnancy: {
      summary: 'Talk to your midwife or doctor before adding weights.',
      advice: ['Ask your midwife or doctor which exercise suits you now.', 'No ankle weights until they agree.'],
    },
    settle: {
      summary: 'Let your recent jump in distance settle before adding weights.',
      advice: ['Hold your weekly distance steady until it feels easy again.', 'Never add weights in a week you add distance.'],
    },
    'check-first': {
      summary: 'Possible only once a doctor or physiotherapist has checked you, so no plan yet.',
      advice: ['Show your answers to a doctor or physiotherapist first.', 'Meanwhile, walk without weights or try supported leg exercises.'],
    },
    incomplete: {
      summary: 'Some answers are missing or unclear, so there is no plan yet.',
      advice: ['Answer every question to see a plan with loads.'],
    },
  },

  // -------------------------------------------------------------------------------------------
  // Plans (texts around the numbers in rules/safety.ts PLAN_NUMBERS and PLAN_TEXT_NUMBERS: every
  // load, session count and duration is a placeholder, filled from those locked tables)
  // -------------------------------------------------------------------------------------------
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

  // -------------------------------------------------------------------------------------------
  // Claims: 8 benefits, 12 risks, each with the same level of detail.
  // -------------------------------------------------------------------------------------------
  claims: [
    // ---- Benefits ----
    {
      id: 'extra-calories-fixed-pace',
      kind: 'benefit',
      topic: 'heart',
      title: 'More calories at the same pace',
      summary: '5–8% more energy at equal speed, but most people slow down and lose it.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '8 runners (Claremont & Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2.2 lb) per ankle: +26–52 kcal on 326 per 30 min. At own pace, 7 runners slowed: no gain (Bhambhani 1990).',
        mechanism: 'Leg weight is costly to swing.',
      },
      sources: [CLAREMONT, BHAMBHANI, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'calories' } }, why: 'Your goal: calorie burn.' }],
    },
    {
      id: 'swing-muscle-work',
      kind: 'benefit',
      topic: 'muscles',
      title: 'More work for leg-swing muscles',
      summary: 'Hip flexors and hamstrings work harder while weights are on.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '0.5–1.5 kg (1–3.3 lb) at ankle: joint moments +20–48%, angles within 4° (Duclos 2014, stroke patients). Swing muscles more active (Browning 2007), joint forces up (Martin & Cavanagh 1990).',
        mechanism: 'More hip force moves the heavier leg; no proof it builds strength.',
      },
      sources: [BROWNING, DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Your goal: strength or toning.' }],
    },
    {
      id: 'higher-effort-heart-rate',
      kind: 'benefit',
      topic: 'heart',
      title: 'Higher heart rate while worn',
      summary: 'Heart rate and oxygen use rise a little, only in the session.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '1.36 kg (3 lb) per ankle, uphill walk: heart rate +7.6/min, oxygen +9%, same felt effort (Graves 1988). 1.6–4.8 kg (3.5–10.6 lb): costs rose with load, more at ankle than wrist (8 men, 1989).',
        mechanism: 'More mass, more heart work; fitness gains not studied.',
      },
      sources: [GRAVES, ANKLE_WRIST_1989],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'endurance' } }, why: 'Your goal: endurance.' }],
    },
    {
      id: 'walking-energy-cost',
      kind: 'benefit',
      topic: 'heart',
      title: 'Walking with them uses more energy',
      summary: 'About 3–8% more per kg, both ankles together.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '1.82 kg (4 lb) per ankle: +17.6%, one ankle: +7.4% (Skinner & Barrack 1990). +0.8% per 100 g (3.5 oz) (Miller & Stamford 1987). 70 kg, 1 kg (2.2 lb) per ankle: +10–27 kcal on a 168-kcal, 30-min walk.',
        mechanism: 'Costly to swing, but people walk slower.',
      },
      sources: [SKINNER, MILLER],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WALKING, why: 'You plan to walk with weights.' }],
    },
    {
      id: 'ankle-weight-strength-exercises',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Strength exercises with ankle cuffs',
      summary: 'Slow leg lifts and curls with cuffs are resistance training, which builds strength; cuffs alone are untested.',
      certainty: 'moderate',
      evidenceType: 'controlled-trial',
      detail: {
        numbers: 'ACSM: 1–3 sets of 8–12 reps, 2–3 days a week; +2–10% load when you beat the target by 1–2 reps. Cuff steps: usually 0.25 kg (0.5 lb). Rated on resistance training overall.',
        mechanism: 'Muscles adapt to loads they can lift only 8–12 times.',
      },
      sources: [ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Your goal: strength or toning.' }],
    },
    {
      id: 'older-adults-2022-study',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Small, uncontrolled study in older adults',
      summary: 'Ages 50–90: better chair-stand scores after 3 months with ankle weights; no control group.',
      certainty: 'very-low',
      evidenceType: 'uncontrolled-trial',
      detail: {
        numbers: '74 volunteers, screened for fall risk. Only a 30-second chair-stand score; no strength test, no running; cuff weight and walking use not given.',
        mechanism: 'Stronger legs, practice or other changes could explain it.',
      },
      sources: [AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { in: { id: 'ageBand', values: ['45-64', '65-plus'] } }, why: 'You are in or near the age group studied.' }],
    },
    {
      id: 'training-gain-not-studied',
      kind: 'benefit',
      topic: 'muscles',
      title: 'Lasting strength or endurance gains: not studied',
      summary: 'Untested for running with ankle weights.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'None in distance runners. The one long-term sprint study: no speed gain (Feser 2020). 0.5–2 kg (1–4.4 lb) is far below strength-training loads.',
        mechanism: 'Strength needs few reps near your limit, not thousands of light swings.',
      },
      sources: [FESER, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [
        {
          when: { any: [{ has: { id: 'goals', value: 'strength' } }, { has: { id: 'goals', value: 'endurance' } }] },
          why: 'Your goal: strength or endurance.',
        },
      ],
    },
    {
      id: 'bone-density-not-studied',
      kind: 'benefit',
      topic: 'bones',
      title: 'Stronger bones: not studied',
      summary: 'No trial has measured bone density with ankle weights.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Strength training: hip bone density +1.03% (43 trials, 4,320 post-menopausal women; Howe 2011). A vest did not stop hip bone loss in 150 dieting adults around 66 (Beavers 2025).',
        mechanism: 'Bone needs strong, varied forces; light cuffs add little.',
      },
      sources: [HOWE, INVEST],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: { has: { id: 'goals', value: 'bone' } }, why: 'Your goal: bone health. Strength training has better evidence.' },
        { when: BONE_HEALTH, why: 'You reported osteoporosis or a stress fracture: do not rely on ankle weights.' },
      ],
    },

    // ---- Risks ----
    {
      id: 'gait-change',
      kind: 'risk',
      topic: 'form',
      title: 'Heavier weights change your gait',
      summary: 'From about 3% of body weight on the legs, gait changes; light cuffs did not change basic jogging form.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: '14 runners: 3%+ cut ankle push-off; 5% added knee bend and variability (Trounson 2020). Sprints, 0.6–5%: contact +2.9–8.9%, 0.6–7.4% slower (Feser 2020). 70 kg: 3% is 1.05 kg (2.3 lb) per ankle.',
        mechanism: 'Timing and joint angles shift; injury effects not studied.',
        reduceRisk: 'Both cuffs together at or under 3% of body weight, easy pace only; weights off if your stride changes.',
      },
      sources: [TROUNSON, FESER, CLAREMONT],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WEIGHTED_WITH_ISSUES, why: 'You had problems with ankle weights before.' },
        { when: RUNNING, why: 'You plan to run with weights.' },
      ],
    },
    {
      id: 'joint-stress',
      kind: 'risk',
      topic: 'joints',
      title: 'More strain on knees and hips; back unknown',
      summary: 'Knee and hip forces rise as the leg swings; the back is not studied.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: '0.5–1.5 kg (1–3.3 lb) at ankle: joint moments +20–48%, power +20–114% (Duclos 2014). 0.25–0.5 kg (0.5–1.1 lb) on foot or thigh: forces up above it (15 runners; Martin & Cavanagh 1990).',
        mechanism: 'Hip and knee must stop a heavier leg; injury effects not studied.',
        reduceRisk: 'Lightest cuff, short easy stretches; stop if a joint aches.',
      },
      sources: [DUCLOS, MARTIN_CAVANAGH],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'You have or had a joint problem.' }],
    },
    {
      id: 'patellofemoral-pain',
      kind: 'risk',
      topic: 'joints',
      title: 'Kneecap (patellofemoral) pain',
      summary: 'Common in runners; no study links it to ankle weights.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: '10% of injuries in 254 injured novices; median recovery (all injuries) 71 days.',
        mechanism: 'More knee force might strain the kneecap: theory, not data.',
        reduceRisk: 'Never add weight and distance in the same week; stop if the front of your knee hurts.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'You have or had a joint problem.' }],
    },
    {
      id: 'it-band-syndrome',
      kind: 'risk',
      topic: 'joints',
      title: 'IT band pain',
      summary: 'Outer knee pain, linked with sudden jumps in running; not studied with ankle weights.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Over 30% more weekly distance in 2 weeks: more IT band and kneecap pain in novices (observational, secondary summary).',
        mechanism: 'Too much too soon may irritate it; ankle weight is untested.',
        reduceRisk: 'Build running slowly first; stop if the outer knee hurts.',
      },
      sources: [NIELSEN_JOSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'You do not run regularly yet.' }],
    },
    {
      id: 'stress-fractures',
      kind: 'risk',
      topic: 'bones',
      title: 'Stress fractures',
      summary: 'Loads outpacing bone repair cause them; no study links them to ankle weights.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'Shin bone stress injury: up to 10–20% of runners (secondary sources). Shin pain: top novice injury, 15%.',
        mechanism: 'Cuffs add little impact but may tire the muscles that absorb it.',
        reduceRisk: 'No weighted running with osteoporosis or a past stress fracture. Build up slowly, rest; see a doctor about sharp, local or worsening bone pain.',
      },
      sources: [NIELSEN_PLOS],
      reviewed: REVIEWED,
      appliesWhen: [{ when: BONE_HEALTH, why: 'You reported osteoporosis or a stress fracture.' }],
    },
    {
      id: 'muscle-imbalance',
      kind: 'risk',
      topic: 'muscles',
      title: 'Muscle imbalance: a warning, not a finding',
      summary: 'Some trainers warn of overworked and neglected leg muscles; untested.',
      certainty: 'not-studied',
      evidenceType: 'no-study',
      detail: {
        numbers: 'No study of balance or injury. Extra work goes mainly to swing muscles (Browning 2007).',
        mechanism: 'Cuffs load hip flexors and hamstrings, not calves and glutes.',
        reduceRisk: 'Train glutes, thighs and calves too, 2–3 days a week.',
      },
      sources: [BROWNING, ACSM_2009],
      reviewed: REVIEWED,
      appliesWhen: [{ when: WANTS_STRENGTH_OR_TONING, why: 'Your goal: strength or toning.' }],
    },
    {
      id: 'cartilage-damage',
      kind: 'risk',
      topic: 'joints',
      title: 'Cartilage damage: evidence points the other way',
      summary: 'No ankle-weight data; recreational runners have less hip and knee arthritis than non-exercisers.',
      certainty: 'moderate',
      evidenceType: 'meta-analysis',
      detail: {
        numbers: 'Hip or knee arthritis: recreational runners 3.5%, sedentary 10.2%, competitive or elite 13.3%.',
        mechanism: 'Cartilage copes with moderate running; long-term cuff effects unknown.',
        reduceRisk: 'Keep volume recreational, loads light; see a professional about a swollen or sore joint.',
      },
      sources: [ALENTORN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: ANY_JOINT_PROBLEM, why: 'You have or had a joint problem.' }],
    },
    {
      id: 'slower-running-economy',
      kind: 'risk',
      topic: 'form',
      title: 'Slower, less economical running',
      summary: 'Foot weight costs energy at any speed and slowed runners.',
      certainty: 'moderate',
      evidenceType: 'lab-study',
      detail: {
        numbers: '100 g (3.5 oz) per shoe: +1% oxygen, 1% slower over 3000 m (Hoogkamer 2016). 1 kg (2.2 lb) per shin: +8% energy in men, +11% in women (15 runners; Coifman 2024).',
        mechanism: 'Energy spent swinging the foot is lost to pace; no proven later gain.',
        reduceRisk: 'No weights for speed work, long runs or races; for speed, use intervals or hills.',
      },
      sources: [HOOGKAMER, COIFMAN],
      reviewed: REVIEWED,
      appliesWhen: [{ when: { has: { id: 'goals', value: 'speed' } }, why: 'Your goal: speed.' }],
    },
    {
      id: 'sudden-load-increase',
      kind: 'risk',
      topic: 'joints',
      title: 'Sudden jumps in training load',
      summary: 'Fast increases in running are linked with injury; added weight is one more.',
      certainty: 'low',
      evidenceType: 'observational',
      detail: {
        numbers: 'A slow "10% rule" plan did not cut injuries: 20.8% vs 20.3% of 532 novices (Buist 2008). More injuries with over 30% more weekly distance in 2 weeks, or over 3 km in week one at a BMI over 30 (Nielsen 2014, partly secondary summary).',
        mechanism: 'Tissues adapt over weeks; sudden jumps outpace them.',
        reduceRisk: 'Never add weight and distance in the same week; 2+ weeks between weight steps.',
      },
      sources: [BUIST, NIELSEN_JOSPT, NIELSEN_IJSPT],
      reviewed: REVIEWED,
      appliesWhen: [{ when: NO_RUNNING_BASE, why: 'You do not run regularly yet.' }],
    },
    {
      id: 'ankle-leg-strain',
      kind: 'risk',
      topic: 'muscles',
      title: 'Strain on the ankle and leg muscles',
      summary: 'Mayo Clinic staff advise against walking with them: they may strain the ankle and leg muscles.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'Expert advice; no trial has counted these injuries.',
        mechanism: 'The cuff tugs the ankle every swing; tired muscles control it less well.',
        reduceRisk: 'Snug, padded cuffs from 0.5 kg (1 lb); stop if your ankle or shin aches.',
      },
      sources: [MAYO],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: WALKING, why: 'You plan to walk with weights.' },
        { when: WEIGHTED_WITH_ISSUES, why: 'You had problems with ankle weights before.' },
      ],
    },
    {
      id: 'balance-and-falls',
      kind: 'risk',
      topic: 'form',
      title: 'Balance and falls',
      summary: 'A heavier swing may cause trips and falls, mainly in older adults or with poor balance.',
      certainty: 'expert-opinion',
      evidenceType: 'expert-opinion',
      detail: {
        numbers: 'No study has counted falls. 1.82 kg (4 lb) per ankle: longer on one leg per step (Skinner & Barrack 1990). The 2022 study screened for fall risk first (Akatsu 2022).',
        mechanism: 'A heavier foot may clear the ground less; more time on one leg tests balance.',
        reduceRisk: 'Even, well-lit ground, lightest cuff; none if you have fallen or felt unsteady this year. Seated or supported leg lifts are safer.',
      },
      sources: [MAYO, SKINNER, AKATSU],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: AGE_65_PLUS, why: 'You are 65 or over.' },
        { when: DIZZINESS, why: 'You reported dizziness.' },
      ],
    },
    {
      id: 'weighted-vest-impact',
      kind: 'risk',
      topic: 'joints',
      title: 'A weighted vest is not proven safer',
      summary: 'It spares the leg swing but adds impact to each step; no study compares injuries.',
      certainty: 'low',
      evidenceType: 'lab-study',
      detail: {
        numbers: 'Vests of 10–20% of body mass: both force peaks up (10 walkers), loading rate up at 15–20%. Energy: about +1% per 1% of body weight, far less per kg than at the ankle.',
        mechanism: 'The legs catch the extra weight on every landing.',
        reduceRisk: 'Start at about 5% of body weight, walk first, build up slowly.',
      },
      sources: [PUTHOFF],
      reviewed: REVIEWED,
      appliesWhen: [
        { when: ANY_JOINT_PROBLEM, why: 'You have or had a joint problem.' },
        { when: BONE_HEALTH, why: 'You reported osteoporosis or a stress fracture: get professional advice first.' },
      ],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Alternatives, in the required order. Goal weights from evidence.md §e.
  // -------------------------------------------------------------------------------------------
  alternatives: [
    {
      id: 'weighted-vest-walk',
      title: 'Walking with a weighted vest',
      summary: 'Trunk load keeps your leg swing natural.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['vest'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Back or neck pain', 'Osteoporosis: ask first', 'Pregnancy', 'Balance problems'],
      avoidWhen: [
        { when: PREGNANT, reason: 'A vest loads spine and joints: ask your midwife or doctor first.' },
        { when: BONE_HEALTH, reason: 'You reported osteoporosis or a stress fracture: get professional advice first.' },
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
      met: { value: 4.0, code: '17016' },
      sources: [PUTHOFF, SHAW_SNOW, INVEST],
    },
    {
      id: 'hill-walking',
      title: 'Hill walking',
      summary: 'Harder work for legs and heart, with less impact than running.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 1, toning: 1 },
      impact: 'low',
      equipment: ['none'],
      minutes: { min: 20, max: 45 },
      beginner: true,
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
      met: { value: 5.3, code: '17034' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'hill-repeats',
      title: 'Hill repeats',
      summary: 'Short, hard uphill runs build endurance and leg power, for runners with a base.',
      goals: { strength: 1, endurance: 2, speed: 1, calories: 2, bone: 1, toning: 1 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
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
      met: { value: 10.3, code: '12255' },
      sources: [GOTTSCHALL],
    },
    {
      id: 'intervals',
      title: 'Running intervals',
      summary: 'Hard and easy running in turn: among the best-supported ways to gain endurance and speed.',
      goals: { strength: 0, endurance: 2, speed: 2, calories: 2, bone: 1, toning: 0 },
      impact: 'high',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: false,
      contraindications: ['Needs a regular running base', 'Heart disease or a red-flag symptom: get advice before hard efforts'],
      howTo: {
        steps: ['Warm up: 10 min easy running.', 'Run 1–3 min hard but controlled.', 'Easy jog or walk, same time.', 'Do 4–6, then cool down.'],
        dose: '4–6 efforts, once a week.',
        progression: 'Add one effort every 1–2 weeks; keep 2+ easy days between hard sessions.',
      },
      met: { value: 8.0, code: '12150' },
      sources: [MILANOVIC],
    },
    {
      id: 'walk-jog',
      title: 'Walk-jog intervals',
      summary: 'Short jogs between walks: a gentle start to a running base.',
      goals: { strength: 0, endurance: 2, speed: 1, calories: 1, bone: 1, toning: 0 },
      impact: 'moderate',
      equipment: ['none'],
      minutes: { min: 20, max: 40 },
      beginner: true,
      contraindications: ['Joint pain that worsens when you jog', 'Any red-flag symptom from the screening'],
      howTo: {
        steps: ['Walk briskly 5 min.', 'Jog easily 1 min, walk 2 min.', 'Repeat 6–8 times.', 'Walk 5 min to finish.'],
        dose: '20–30 min, 3 days a week.',
        progression: 'Every 1–2 weeks, lengthen jogs or shorten walks, not both, toward 30 min of easy running in a few months.',
      },
      met: { value: 6.0, code: '12010' },
      sources: [BUIST, NIELSEN_PLOS],
    },
    {
      id: 'strength-training',
      title: 'Strength training',
      summary: 'Builds strength, with good evidence for fewer injuries and better running economy.',
      goals: { strength: 2, endurance: 1, speed: 1, calories: 1, bone: 2, toning: 2 },
      impact: 'low',
      equipment: ['none', 'gym'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['Acute injury: let it settle first', 'Learn technique before adding load'],
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
      met: { value: 3.5, code: '02054' },
      sources: [ACSM_2009, LAUERSEN, HOWE],
    },
    {
      id: 'ankle-weight-walking',
      title: 'Walking with light ankle weights',
      summary: 'Light cuffs add a little effort to an easy walk, with less risk than running.',
      goals: { strength: 1, endurance: 1, speed: 0, calories: 1, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 20, max: 30 },
      beginner: true,
      contraindications: [
        'Balance problems or a recent fall',
        'Ankle, knee or hip pain',
        'Mayo Clinic staff advise against it (expert opinion)',
      ],
      avoidWhen: [
        { when: DIZZINESS, reason: 'You reported dizziness: weights can upset balance.' },
        { when: CURRENT_JOINT_PROBLEM, reason: 'Extra leg load could worsen a current joint problem.' },
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
      met: { value: 3.8, code: '17190' },
      sources: [SKINNER, AKATSU, MAYO],
    },
    {
      id: 'ankle-weight-exercises',
      title: 'Ankle-weight strength exercises',
      summary: 'Slow leg lifts and curls with cuffs strengthen hips and thighs, with no impact.',
      goals: { strength: 1, endurance: 0, speed: 0, calories: 0, bone: 0, toning: 2 },
      impact: 'low',
      equipment: ['ankle-weights'],
      minutes: { min: 15, max: 30 },
      beginner: true,
      contraindications: ['Acute joint pain', 'Stop if hip or knee pain worsens'],
      avoidWhen: [
        { when: CURRENT_JOINT_PROBLEM, reason: 'Extra leg load could worsen a current joint problem; ask a physiotherapist first.' },
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
      met: { value: 2.8, code: '02024' },
      sources: [ACSM_2009],
    },
    {
      id: 'cycling',
      title: 'Cycling',
      summary: 'Endurance and calorie burn with little joint load.',
      goals: { strength: 1, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['bike', 'gym'],
      minutes: { min: 20, max: 60 },
      beginner: true,
      contraindications: ['Knee pain: have your bike fit checked (expert opinion)', 'Does little for bone: add strength work'],
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
      met: { value: 6.8, code: '01200' },
      sources: [OLMEDILLAS, ABRAHIN],
    },
    {
      id: 'swimming',
      title: 'Swimming or deep-water running',
      summary: 'Water carries your weight: endurance with no impact.',
      goals: { strength: 0, endurance: 2, speed: 0, calories: 2, bone: 0, toning: 1 },
      impact: 'low',
      equipment: ['pool'],
      minutes: { min: 20, max: 45 },
      beginner: true,
      contraindications: ['You need to be able to swim', 'Does little for bone: add strength work'],
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
      met: { value: 5.8, code: '18240' },
      sources: [GOMEZ_BRUTON, ABRAHIN],
    },
  ],

  // -------------------------------------------------------------------------------------------
  // Labels, messages and interface strings
  // -------------------------------------------------------------------------------------------
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
    activities: {
      running: 'Running',
      walking: 'Walking',
    },
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
};

export default en;
