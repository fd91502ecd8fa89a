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
import type { Assessment, Reason } from './readiness.js';

/** A published result, language-free: its verdict and its reasons' ids and verdicts. */
export interface Floor {
  verdict: Verdict;
  reasons: readonly { id: string; verdict: Verdict }[];
}

const isVerdict = (v: unknown): v is Verdict => typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);

/** The language-free part of `assessment`, to publish beside its answers. */
export function floorOf(assessment: Assessment): Floor {
  return deepFreeze({ verdict: assessment.verdict, reasons: assessment.reasons.map(({ id, verdict }) => ({ id, verdict })) });
}

/**
 * `own` (this widget's assessment of the group's answers, in its pack), made at least as strict as
 * `floor`: each reason of the floor that `own` lacks is added, worded with this pack's summary of
 * its verdict; a stricter verdict is taken, and then no plan is kept. `own` itself when nothing is
 * added. Anything malformed in `floor` is ignored.
 */
export function withFloor(content: ContentPack, own: Assessment, floor: unknown): Assessment {
  const known = new Set(own.reasons.map((r) => r.id));
  const added: Reason[] = [];
  try {
    for (const { id, verdict } of (floor as Floor).reasons) {
      if (typeof id == 'string' && !known.has(id) && isVerdict(verdict)) {
        known.add(id);
        added.push({ id, verdict, text: content.verdicts[verdict].summary });
      }
    }
  } catch {
    // not a floor (none, or whatever a page put in the store): what was read so far counts
  }
  if (added.length === 0) return own;
  const reasons = [...own.reasons, ...added].sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict]);
  const verdict = reasons[0]!.verdict;
  return deepFreeze({
    ...own,
    verdict,
    reasons,
    load: verdict !== own.verdict || !PLAN_VERDICTS.includes(verdict) ? null : own.load,
  });
}
