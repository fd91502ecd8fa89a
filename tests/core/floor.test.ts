/**
 * A group's widgets hold to the published result (rules/floor.ts): a widget whose pack lacks a
 * rule that fired in the publishing widget's pack is never less strict than what the reader was
 * shown (invariant 10). Table-driven, a property, and the property broken on purpose once.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ENDING_VERDICTS, SEVERITY, VERDICTS, assess, defaultContent, type Assessment, type Verdict } from '../../src/core.js';
import { floorOf, offerOf, withFloor } from '../../src/core/engine.js';
import { heldFloor } from '../../src/core/rules/floor.js';
import { arbAnswers } from './arbitraries.js';
import { SAFE_ANSWERS } from './fixtures.js';

const content = defaultContent;
const floor = (verdict: Verdict, id = 'host-knee-surgery') => ({ verdict, reasons: [{ id, verdict }] });

describe('withFloor: a widget holds to the published result', () => {
  const own = assess(SAFE_ANSWERS);

  it('keeps its own assessment, the same object, when the floor adds nothing', () => {
    expect(withFloor(content, own, floorOf(own))).to.equal(own);
    expect(withFloor(content, own, null)).to.equal(own);
    expect(withFloor(content, own, undefined)).to.equal(own);
  });

  const table: [string, unknown, Verdict, boolean][] = [
    ['a host rule asking for a professional', floor('see-professional'), 'see-professional', false],
    ['a host rule saying wait', floor('wait'), 'wait', false],
    ['a host rule only asking for caution', floor('caution'), own.verdict === 'ready' ? 'caution' : own.verdict, false],
    ['a laxer floor changes nothing', floor('ready', 'host-ok'), own.verdict, own.load !== null],
    ['a malformed floor: a string', 'see-professional', own.verdict, own.load !== null],
    ['a malformed floor: reasons not a list', { reasons: 'x' }, own.verdict, own.load !== null],
    ['a malformed reason: unknown verdict', { reasons: [{ id: 'x', verdict: 'fine' }] }, own.verdict, own.load !== null],
    ['a malformed reason: no id', { reasons: [{ verdict: 'wait' }] }, own.verdict, own.load !== null],
  ];
  for (const [name, published, verdict, hasPlan] of table) {
    it(name, () => {
      const held = withFloor(content, own, published);
      expect(held.verdict).to.equal(verdict);
      expect(held.load !== null).to.equal(hasPlan);
      expect(Object.isFrozen(held)).to.equal(true);
    });
  }

  it('words an added reason with this pack\'s summary of its verdict, and lists the most severe first', () => {
    const held = withFloor(content, own, floor('see-professional'));
    expect(held.reasons[0]).to.deep.equal({ id: 'host-knee-surgery', verdict: 'see-professional', text: content.verdicts['see-professional'].summary });
  });

  it('holds to a reason the floor has at a more severe verdict than this pack', () => {
    const mine = assess({ ...SAFE_ANSWERS, jointProblem: 'past' });
    const id = mine.reasons.find((r) => r.verdict === 'caution')!.id;
    const held = withFloor(content, mine, floor('wait', id));
    expect(held.verdict).to.equal('wait');
    expect(held.reasons.filter((r) => r.id === id)).to.have.length(1);
  });

  it('never throws on a floor whose getters throw', () => {
    const hostile = { get reasons(): unknown { throw new Error('page'); } };
    expect(withFloor(content, own, hostile)).to.equal(own);
    const hostileReason = { reasons: [{ get id(): string { throw new Error('page'); }, verdict: 'wait' }] };
    expect(withFloor(content, own, hostileReason)).to.equal(own);
  });

  // Broken on purpose once (the floor's reasons ignored: `return own` first): the property failed on its first run.
  it('property (invariant 10): never less strict than the floor, and what is offered follows the stricter verdict', () => {
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(...VERDICTS), (answers, verdict) => {
        const mine: Assessment = assess(answers);
        const held = withFloor(content, mine, floor(verdict));
        expect(SEVERITY[held.verdict]).to.equal(Math.max(SEVERITY[mine.verdict], SEVERITY[verdict]));
        if (SEVERITY[verdict] > SEVERITY[mine.verdict]) expect(held.load).to.equal(null);
        if (ENDING_VERDICTS.includes(verdict)) expect(offerOf(held).level).to.not.equal('open');
      }),
      { numRuns: 300 },
    );
  });
});

describe('heldFloor: the group holds to the strictest of its widgets', () => {
  const safe = assess(SAFE_ANSWERS);
  const joint = assess({ ...SAFE_ANSWERS, jointProblem: 'current' });

  it('is the floor itself when the assessment adds nothing', () => {
    const f = floorOf(joint);
    expect(heldFloor(f, joint)).to.equal(f);
    expect(heldFloor(floorOf(joint), safe).verdict).to.equal(joint.verdict);
  });

  it('adds a stricter result: the floor of a ready publisher and a widget that found a reason to see a professional', () => {
    const held = heldFloor(floorOf(safe), joint);
    expect(held.verdict).to.equal('see-professional');
    expect(held.reasons[0]!.verdict).to.equal('see-professional');
    expect(heldFloor(held, joint)).to.equal(held);
  });

  it('reads a malformed floor as none', () => {
    for (const bad of [null, 'x', { reasons: 3 }, { get reasons(): unknown { throw new Error('page'); } }]) expect(heldFloor(bad, joint).verdict).to.equal(joint.verdict);
  });

  it('property: never less strict than either side, and settles (a second merge adds nothing)', () => {
    fc.assert(
      fc.property(arbAnswers, arbAnswers, (x, y) => {
        const [ax, ay] = [assess(x), assess(y)];
        const held = heldFloor(floorOf(ax), ay);
        expect(SEVERITY[held.verdict]).to.equal(Math.max(SEVERITY[ax.verdict], SEVERITY[ay.verdict]));
        expect(heldFloor(held, ay)).to.equal(held);
        expect(heldFloor(held, ax)).to.equal(held);
      }),
      { numRuns: 200 },
    );
  });
});
