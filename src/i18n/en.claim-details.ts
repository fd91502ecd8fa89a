/**
 * The texts of the English claims' details, by claim id: what opening a claim shows (their
 * sources and review date are in src/core/catalogue/claim-details.ts). Loaded after the first
 * paint (DESIGN §4).
 */
export const claimDetails = {
  'extra-calories-fixed-pace': {
    detail: {
      numbers: '8 runners (Claremont & Hall 1988). 70 kg, 10 km/h (6 mph), 1 kg (2.2 lb) per ankle: +26–52 kcal on 326 per 30 min. At own pace, 7 runners slowed: no gain (Bhambhani 1990).',
      mechanism: 'Leg weight is costly to swing.',
    },
  },
  'swing-muscle-work': {
    detail: {
      numbers: '0.5–1.5 kg (1–3.3 lb) at ankle: joint moments +20–48%, angles within 4° (Duclos 2014, stroke patients). Swing muscles more active (Browning 2007), joint forces up (Martin & Cavanagh 1990).',
      mechanism: 'More hip force moves the heavier leg; no proof it builds strength.',
    },
  },
  'higher-effort-heart-rate': {
    detail: {
      numbers: '1.36 kg (3 lb) per ankle, uphill walk: heart rate +7.6/min, oxygen +9%, same felt effort (Graves 1988). 1.6–4.8 kg (3.5–10.6 lb): costs rose with load, more at ankle than wrist (8 men, 1989).',
      mechanism: 'More mass, more heart work; fitness gains not studied.',
    },
  },
  'walking-energy-cost': {
    detail: {
      numbers: '1.82 kg (4 lb) per ankle: +17.6%, one ankle: +7.4% (Skinner & Barrack 1990). +0.8% per 100 g (3.5 oz) (Miller & Stamford 1987). 70 kg, 1 kg (2.2 lb) per ankle: +10–27 kcal on a 168-kcal, 30-min walk.',
      mechanism: 'Costly to swing, but people walk slower.',
    },
  },
  'ankle-weight-strength-exercises': {
    detail: {
      numbers: 'ACSM: 1–3 sets of 8–12 reps, 2–3 days a week; +2–10% load when you beat the target by 1–2 reps. Cuff steps: usually 0.25 kg (0.5 lb). Rated on resistance training overall.',
      mechanism: 'Muscles adapt to loads they can lift only 8–12 times.',
    },
  },
  'older-adults-2022-study': {
    detail: {
      numbers: '74 volunteers, screened for fall risk. Only a 30-second chair-stand score; no strength test, no running; cuff weight and walking use not given.',
      mechanism: 'Stronger legs, practice or other changes could explain it.',
    },
  },
  'training-gain-not-studied': {
    detail: {
      numbers: 'None in distance runners. The one long-term sprint study: no speed gain (Feser 2020). 0.5–2 kg (1–4.4 lb) is far below strength-training loads.',
      mechanism: 'Strength needs few reps near your limit, not thousands of light swings.',
    },
  },
  'bone-density-not-studied': {
    detail: {
      numbers: 'Strength training: hip bone density +1.03% (43 trials, 4,320 post-menopausal women; Howe 2011). A vest did not stop hip bone loss in 150 dieting adults around 66 (Beavers 2025).',
      mechanism: 'Bone needs strong, varied forces; light cuffs add little.',
    },
  },
  'gait-change': {
    detail: {
      numbers: '14 runners: 3%+ cut ankle push-off; 5% added knee bend and variability (Trounson 2020). Sprints, 0.6–5%: contact +2.9–8.9%, 0.6–7.4% slower (Feser 2020). 70 kg: 3% is 1.05 kg (2.3 lb) per ankle.',
      mechanism: 'Timing and joint angles shift; injury effects not studied.',
      reduceRisk: 'Both cuffs together at or under 3% of body weight, easy pace only; weights off if your stride changes.',
    },
  },
  'joint-stress': {
    detail: {
      numbers: '0.5–1.5 kg (1–3.3 lb) at ankle: joint moments +20–48%, power +20–114% (Duclos 2014). 0.25–0.5 kg (0.5–1.1 lb) on foot or thigh: forces up above it (15 runners; Martin & Cavanagh 1990).',
      mechanism: 'Hip and knee must stop a heavier leg; injury effects not studied.',
      reduceRisk: 'Lightest cuff, short easy stretches; stop if a joint aches.',
    },
  },
  'patellofemoral-pain': {
    detail: {
      numbers: '10% of injuries in 254 injured novices; median recovery (all injuries) 71 days.',
      mechanism: 'More knee force might strain the kneecap: theory, not data.',
      reduceRisk: 'Never add weight and distance in the same week; stop if the front of your knee hurts.',
    },
  },
  'it-band-syndrome': {
    detail: {
      numbers: 'Over 30% more weekly distance in 2 weeks: more IT band and kneecap pain in novices (observational, secondary summary).',
      mechanism: 'Too much too soon may irritate it; ankle weight is untested.',
      reduceRisk: 'Build running slowly first; stop if the outer knee hurts.',
    },
  },
  'stress-fractures': {
    detail: {
      numbers: 'Shin bone stress injury: up to 10–20% of runners (secondary sources). Shin pain: top novice injury, 15%.',
      mechanism: 'Cuffs add little impact but may tire the muscles that absorb it.',
      reduceRisk: 'No weighted running with osteoporosis or a past stress fracture. Build up slowly, rest; see a doctor about sharp, local or worsening bone pain.',
    },
  },
  'muscle-imbalance': {
    detail: {
      numbers: 'No study of balance or injury. Extra work goes mainly to swing muscles (Browning 2007).',
      mechanism: 'Cuffs load hip flexors and hamstrings, not calves and glutes.',
      reduceRisk: 'Train glutes, thighs and calves too, 2–3 days a week.',
    },
  },
  'cartilage-damage': {
    detail: {
      numbers: 'Hip or knee arthritis: recreational runners 3.5%, sedentary 10.2%, competitive or elite 13.3%.',
      mechanism: 'Cartilage copes with moderate running; long-term cuff effects unknown.',
      reduceRisk: 'Keep volume recreational, loads light; see a professional about a swollen or sore joint.',
    },
  },
  'slower-running-economy': {
    detail: {
      numbers: '100 g (3.5 oz) per shoe: +1% oxygen, 1% slower over 3000 m (Hoogkamer 2016). 1 kg (2.2 lb) per shin: +8% energy in men, +11% in women (15 runners; Coifman 2024).',
      mechanism: 'Energy spent swinging the foot is lost to pace; no proven later gain.',
      reduceRisk: 'No weights for speed work, long runs or races; for speed, use intervals or hills.',
    },
  },
  'sudden-load-increase': {
    detail: {
      numbers: 'A slow "10% rule" plan did not cut injuries: 20.8% vs 20.3% of 532 novices (Buist 2008). More injuries with over 30% more weekly distance in 2 weeks, or over 3 km in week one at a BMI over 30 (Nielsen 2014, partly secondary summary).',
      mechanism: 'Tissues adapt over weeks; sudden jumps outpace them.',
      reduceRisk: 'Never add weight and distance in the same week; 2+ weeks between weight steps.',
    },
  },
  'ankle-leg-strain': {
    detail: {
      numbers: 'Expert advice; no trial has counted these injuries.',
      mechanism: 'The cuff tugs the ankle every swing; tired muscles control it less well.',
      reduceRisk: 'Snug, padded cuffs from 0.5 kg (1 lb); stop if your ankle or shin aches.',
    },
  },
  'balance-and-falls': {
    detail: {
      numbers: 'No study has counted falls. 1.82 kg (4 lb) per ankle: longer on one leg per step (Skinner & Barrack 1990). The 2022 study screened for fall risk first (Akatsu 2022).',
      mechanism: 'A heavier foot may clear the ground less; more time on one leg tests balance.',
      reduceRisk: 'Even, well-lit ground, lightest cuff; none if you have fallen or felt unsteady this year. Seated or supported leg lifts are safer.',
    },
  },
  'weighted-vest-impact': {
    detail: {
      numbers: 'Vests of 10–20% of body mass: both force peaks up (10 walkers), loading rate up at 15–20%. Energy: about +1% per 1% of body weight, far less per kg than at the ankle.',
      mechanism: 'The legs catch the extra weight on every landing.',
      reduceRisk: 'Start at about 5% of body weight, walk first, build up slowly.',
    },
  },
} as const;
