// The core explorer: a form built from the English pack's questions; every change re-runs the
// core and shows what it returns. Text is always set with textContent, never as HTML.
import {
  assess,
  claims,
  defaultContent as content,
  EQUIPMENT,
  formatMinutes,
  formatWeight,
  rankAlternatives,
} from '../dist/core.js';

const form = document.getElementById('answers');
const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// Questions, from the content pack, as native radios and checkboxes in fieldsets.
for (const q of content.questions) {
  const fieldset = el('fieldset', {}, el('legend', {}, q.text), el('p', { class: 'help' }, q.help));
  if (q.id === 'bodyWeightKg') {
    fieldset.append(el('label', {}, 'Body weight (kg) ', el('input', { type: 'number', name: q.id, min: '30', max: '250', step: '0.5' })));
  } else if (q.id === 'goals') {
    for (const [value, label] of Object.entries(q.options ?? {})) {
      fieldset.append(el('label', {}, el('input', { type: 'checkbox', name: 'goals', value }), ` ${label}`));
    }
  } else {
    const options = q.options ?? { true: content.ui.yes ?? 'Yes', false: content.ui.no ?? 'No' };
    for (const [value, label] of Object.entries(options)) {
      fieldset.append(el('label', {}, el('input', { type: 'radio', name: q.id, value }), ` ${label}`));
    }
  }
  $('questions').append(fieldset);
}
for (const value of EQUIPMENT) {
  $('equipment').append(el('label', {}, el('input', { type: 'checkbox', name: 'equipment', value }), ` ${content.labels.equipment[value]}`));
}

function readForm() {
  const data = new FormData(form);
  const answers = {};
  for (const q of content.questions) {
    if (q.id === 'goals') {
      const goals = data.getAll('goals');
      if (goals.length) answers.goals = goals;
    } else if (q.id === 'bodyWeightKg') {
      const raw = data.get(q.id);
      if (raw) answers.bodyWeightKg = Number(raw);
    } else {
      const raw = data.get(q.id);
      if (raw === 'true' || raw === 'false') answers[q.id] = raw === 'true';
      else if (raw) answers[q.id] = raw;
    }
  }
  const constraints = {};
  if (data.get('jointPain')) constraints.jointPain = true;
  if (data.get('minutes')) constraints.minutes = Number(data.get('minutes'));
  const equipment = data.getAll('equipment');
  if (equipment.length) constraints.equipment = equipment;
  return { answers, constraints };
}

function update() {
  const { answers, constraints } = readForm();
  const assessment = assess(answers);
  const verdict = content.verdicts[assessment.verdict];
  $('verdict').replaceChildren(
    el('p', { class: 'verdict' }, verdict.title),
    el('p', {}, verdict.summary),
    el('p', {}, `Activity: ${assessment.activity}. Complete: ${assessment.complete ? 'yes' : `no (missing: ${assessment.missing.join(', ')})`}.`),
  );
  $('reasons').replaceChildren(
    ...assessment.reasons.map((r) =>
      el('li', {}, el('strong', {}, `${r.verdict}: `), r.text, r.source ? el('span', { class: 'help' }, ` (${r.source.label}, ${r.source.year})`) : null),
    ),
  );
  if (!assessment.reasons.length) $('reasons').append(el('li', {}, 'No rule fired.'));

  const load = assessment.load;
  if (load) {
    const kg = (v) => formatWeight(v, 'kg', 'en');
    const lb = (v) => formatWeight(v, 'lb', 'en');
    const plan = content.plans[assessment.activity];
    $('load').replaceChildren(
      el(
        'ul',
        {},
        el('li', {}, `Per ankle: start ${kg(load.perAnkleKg.start)} (${lb(load.perAnkleLb.start)}), at most ${kg(load.perAnkleKg.max)} (${lb(load.perAnkleLb.max)})`),
        el('li', {}, `Sessions a week: ${load.sessionsPerWeek.start} to start, at most ${load.sessionsPerWeek.max}`),
        el('li', {}, `Minutes per session: at most ${formatMinutes(load.minutesPerSession.max, 'en')}`),
        el('li', {}, `Progression: ${load.progression.text}`),
        load.extraKcal ? el('li', {}, `Extra calories per session: ${load.extraKcal.low}–${load.extraKcal.high} kcal (about ${load.extraKcal.typical})`) : null,
      ),
      el('p', {}, el('strong', {}, 'Warm-up: '), plan.warmUp.join(' ')),
      el('p', {}, el('strong', {}, 'Form: '), plan.formCues.join(' ')),
      el('p', {}, el('strong', {}, 'Stop if: '), plan.stopSigns.join(' ')),
    );
  } else {
    $('load').replaceChildren(el('p', {}, 'No load plan for this result.'), el('ul', {}, ...verdict.advice.map((a) => el('li', {}, a))));
  }

  const ranked = rankAlternatives({ goals: answers.goals, constraints, assessment });
  $('alternatives').replaceChildren(
    ...ranked.map((alt) =>
      el(
        'li',
        { class: alt.excluded ? 'excluded' : '' },
        el('strong', {}, alt.alternative.title),
        alt.excluded ? el('span', { class: 'badge' }, 'excluded') : el('span', { class: 'badge' }, `score ${alt.score.toFixed(2)}`),
        el('span', { class: 'badge' }, content.labels.impact[alt.alternative.impact]),
        el('ul', {}, ...alt.why.map((w) => el('li', {}, `${w.effect > 0 ? '+ ' : w.effect < 0 ? '− ' : ''}${w.text}`))),
      ),
    ),
  );

  $('claims').replaceChildren(
    ...claims({ assessment }).map((c) =>
      el(
        'li',
        { class: c.relevantToYou ? 'applies' : '' },
        `${c.kind === 'benefit' ? 'Benefit' : 'Risk'}: ${c.title}`,
        el('span', { class: 'badge' }, content.labels.certainty[c.certainty]),
        c.relevantToYou ? el('span', { class: 'badge' }, 'applies to you') : null,
        el('p', { class: 'help' }, c.summary, c.why.length ? ` Why: ${c.why.join(' ')}` : ''),
      ),
    ),
  );
  $('raw').textContent = JSON.stringify(assessment, null, 2);
}

form.addEventListener('input', update);
form.addEventListener('reset', () => setTimeout(update));
update();
