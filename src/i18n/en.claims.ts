/**
 * The texts of the English claims' first screen, by claim id: title, summary, and why each
 * `appliesWhen` condition of src/core/catalogue/claims.ts applies (in its order).
 */
export const claims = {
  'extra-calories-fixed-pace': {
    title: 'More calories at the same pace',
    summary: '5–8% more energy at equal speed, but most people slow down and lose it.',
    appliesWhen: [{ why: 'Your goal: calorie burn.' }],
  },
  'swing-muscle-work': {
    title: 'More work for leg-swing muscles',
    summary: 'Hip flexors and hamstrings work harder while weights are on.',
    appliesWhen: [{ why: 'Your goal: strength or toning.' }],
  },
  'higher-effort-heart-rate': {
    title: 'Higher heart rate while worn',
    summary: 'Heart rate and oxygen use rise a little, only in the session.',
    appliesWhen: [{ why: 'Your goal: endurance.' }],
  },
  'walking-energy-cost': {
    title: 'Walking with them uses more energy',
    summary: 'About 3–8% more per kg, both ankles together.',
    appliesWhen: [{ why: 'You plan to walk with weights.' }],
  },
  'ankle-weight-strength-exercises': {
    title: 'Strength exercises with ankle cuffs',
    summary: 'Slow leg lifts and curls with cuffs are resistance training, which builds strength; cuffs alone are untested.',
    appliesWhen: [{ why: 'Your goal: strength or toning.' }],
  },
  'older-adults-2022-study': {
    title: 'Small, uncontrolled study in older adults',
    summary: 'Ages 50–90: better chair-stand scores after 3 months with ankle weights; no control group.',
    appliesWhen: [{ why: 'You are in or near the age group studied.' }],
  },
  'training-gain-not-studied': {
    title: 'Lasting strength or endurance gains: not studied',
    summary: 'Untested for running with ankle weights.',
    appliesWhen: [{ why: 'Your goal: strength or endurance.' }],
  },
  'bone-density-not-studied': {
    title: 'Stronger bones: not studied',
    summary: 'No trial has measured bone density with ankle weights.',
    appliesWhen: [
      { why: 'Your goal: bone health. Strength training has better evidence.' },
      {
        why: 'You reported osteoporosis or a stress fracture: do not rely on ankle weights.',
      },
    ],
  },
  'gait-change': {
    title: 'Heavier weights change your gait',
    summary: 'From about 3% of body weight on the legs, gait changes; light cuffs did not change basic jogging form.',
    appliesWhen: [
      { why: 'You had problems with ankle weights before.' },
      { why: 'You plan to run with weights.' },
    ],
  },
  'joint-stress': {
    title: 'More strain on knees and hips; back unknown',
    summary: 'Knee and hip forces rise as the leg swings; the back is not studied.',
    appliesWhen: [{ why: 'You have or had a joint problem.' }],
  },
  'patellofemoral-pain': {
    title: 'Kneecap (patellofemoral) pain',
    summary: 'Common in runners; no study links it to ankle weights.',
    appliesWhen: [{ why: 'You have or had a joint problem.' }],
  },
  'it-band-syndrome': {
    title: 'IT band pain',
    summary: 'Outer knee pain, linked with sudden jumps in running; not studied with ankle weights.',
    appliesWhen: [{ why: 'You do not run regularly yet.' }],
  },
  'stress-fractures': {
    title: 'Stress fractures',
    summary: 'Loads outpacing bone repair cause them; no study links them to ankle weights.',
    appliesWhen: [{ why: 'You reported osteoporosis or a stress fracture.' }],
  },
  'muscle-imbalance': {
    title: 'Muscle imbalance: a warning, not a finding',
    summary: 'Some trainers warn of overworked and neglected leg muscles; untested.',
    appliesWhen: [{ why: 'Your goal: strength or toning.' }],
  },
  'cartilage-damage': {
    title: 'Cartilage damage: evidence points the other way',
    summary: 'No ankle-weight data; recreational runners have less hip and knee arthritis than non-exercisers.',
    appliesWhen: [{ why: 'You have or had a joint problem.' }],
  },
  'slower-running-economy': {
    title: 'Slower, less economical running',
    summary: 'Foot weight costs energy at any speed and slowed runners.',
    appliesWhen: [{ why: 'Your goal: speed.' }],
  },
  'sudden-load-increase': {
    title: 'Sudden jumps in training load',
    summary: 'Fast increases in running are linked with injury; added weight is one more.',
    appliesWhen: [{ why: 'You do not run regularly yet.' }],
  },
  'ankle-leg-strain': {
    title: 'Strain on the ankle and leg muscles',
    summary: 'Mayo Clinic staff advise against walking with them: they may strain the ankle and leg muscles.',
    appliesWhen: [
      { why: 'You plan to walk with weights.' },
      { why: 'You had problems with ankle weights before.' },
    ],
  },
  'balance-and-falls': {
    title: 'Balance and falls',
    summary: 'A heavier swing may cause trips and falls, mainly in older adults or with poor balance.',
    appliesWhen: [
      { why: 'You are 65 or over.' },
      { why: 'You reported dizziness.' },
    ],
  },
  'weighted-vest-impact': {
    title: 'A weighted vest is not proven safer',
    summary: 'It spares the leg swing but adds impact to each step; no study compares injuries.',
    appliesWhen: [
      { why: 'You have or had a joint problem.' },
      {
        why: 'You reported osteoporosis or a stress fracture: get professional advice first.',
      },
    ],
  },
} as const;
