/**
 * What a group's widgets share of a result besides the answers: its verdict and the ids of its
 * reasons (no text, so free of any language). A widget whose pack lacks a rule that fired in the
 * publishing widget's pack (a host's own rule, given to one widget only) still holds to that
 * result: its own assessment is never less strict than the one the reader was shown (invariant
 * 10: what may be offered follows the verdict). Pure; never throws on what a page put in the store.
 */
import { VERDICTS, type Verdict } from '../schema/vocabulary.js';
import type { ContentPack } from '../schema/content.js';
import { deepFreeze } from '../input.js';
import { PLAN_VERDICTS, SEVERITY } from './safety.js';
import type { Assessment } from './readiness.js';

/** A published result, language-free: its verdict and its reasons' ids and verdicts. */
export interface Floor {
  verdict: Verdict;
  reasons: readonly { id: string; verdict: Verdict }[];
}

const isVerdict = (v: unknown): v is Verdict => typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);

const bySeverity = (a: { verdict: Verdict }, b: { verdict: Verdict }) => SEVERITY[b.verdict] - SEVERITY[a.verdict];

/** The language-free part of `assessment`, to publish beside its answers. */
export const floorOf = (assessment: Assessment): Floor => heldFloor(null, assessment);

/**
 * The floor that holds a group to `floor` and to `assessment` (one widget's result, in its own
 * pack) both: each reason by id, at the more severe verdict. `floor` itself when `assessment` adds
 * nothing, so that widgets that agree publish nothing more. A group so holds to the strictest of
 * its widgets, whichever published the answers and whatever pack each had then. Anything
 * malformed in `floor` is ignored.
 */
export function heldFloor(floor: unknown, assessment: Assessment): Floor {
  const byId = new Map<string, Verdict>();
  // Only a floor read whole, every reason valid, is given back as it is.
  let changed = !floor;
  try {
    for (const { id, verdict } of (floor as Floor).reasons) {
      if (typeof id == 'string' && isVerdict(verdict)) byId.set(id, verdict);
      else changed = true;
    }
  } catch {
    changed = true; // not a floor (whatever a page put in the store): what was read so far counts
  }
  for (const { id, verdict } of assessment.reasons) {
    const known = byId.get(id);
    if (known === undefined || SEVERITY[verdict] > SEVERITY[known]) {
      changed = true;
      byId.set(id, verdict);
    }
  }
  if (!changed) return floor as Floor;
  const reasons = [...byId].map(([id, verdict]) => ({ id, verdict })).sort(bySeverity);
  return deepFreeze({ verdict: reasons[0]?.verdict ?? assessment.verdict, reasons });
}

/**
 * `own` (this widget's assessment of the group's answers, in its pack), made at least as strict as
 * `floor`: each reason of the floor that `own` lacks, or has at a less severe verdict, is added,
 * worded with this pack's summary of its verdict; a stricter verdict is taken, and then no plan
 * is kept. `own` itself when nothing is added.
 */
export function withFloor(content: ContentPack, own: Assessment, floor: unknown): Assessment {
  const same = (r: { id: string; verdict: Verdict }) => own.reasons.find((o) => o.id === r.id && o.verdict === r.verdict);
  const { reasons } = heldFloor(floor, own);
  if (reasons.every(same)) return own;
  const verdict = reasons[0]!.verdict;
  return deepFreeze({
    ...own,
    verdict,
    reasons: reasons.map((r) => same(r) ?? { ...r, text: content.verdicts[r.verdict].summary }),
    load: verdict !== own.verdict || !PLAN_VERDICTS.includes(verdict) ? null : own.load,
  });
}
