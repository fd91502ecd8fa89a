// The 8 questions of the comparison quizzes (the bare Lit page and the SurveyJS page): the same
// texts and choices as Loadwise's English pack, one question a screen.
export const TITLE = 'Ankle weights: are you ready?';

/** @type {Array<{ id: string, text: string, multiple?: boolean, choices: Array<[string, string]> }>} */
export const QUESTIONS = [
  { id: 'heartCondition', text: 'Has a doctor said you have a heart condition or high blood pressure?', choices: [['yes', 'Yes'], ['no', 'No']] },
  { id: 'chestPain', text: 'Do you get chest pain, at rest or when active?', choices: [['yes', 'Yes'], ['no', 'No']] },
  {
    id: 'jointProblem',
    text: 'A bone, joint, muscle or tendon problem in your ankles, knees, hips or back?',
    choices: [['none', 'No'], ['past', 'In the past, now healed'], ['current', 'Yes, now or in the last 12 months']],
  },
  { id: 'activity', text: 'Will you wear the weights to run or walk?', choices: [['running', 'Running'], ['walking', 'Walking']] },
  { id: 'ageBand', text: 'How old are you?', choices: [['under-18', 'Under 18'], ['18-44', '18–44'], ['45-64', '45–64'], ['65-plus', '65 or over']] },
  { id: 'runFrequency', text: 'How often do you run now?', choices: [['none', 'I do not run'], ['occasional', 'Now and then'], ['regular', '3+ times a week, 3+ months']] },
  { id: 'weightedBefore', text: 'Used ankle weights to run or walk before?', choices: [['never', 'No, never'], ['without-issues', 'Yes, with no problems'], ['with-issues', 'Yes, and I had problems']] },
  {
    id: 'goals',
    text: 'Your goals?',
    multiple: true,
    choices: [['strength', 'Get stronger'], ['endurance', 'Build endurance'], ['speed', 'Run faster'], ['calories', 'Burn more calories'], ['bone', 'Stronger bones'], ['toning', 'Tone my legs']],
  },
];
