/**
 * What a reader's change did to the ranking, for the picker's one announcement per change. Its
 * own module: only the picker's lazy chunk uses it.
 */
import type { RankedAlternative } from './alternatives.js';

/** What a reader's change did to the ranking (see `rankingChange`). */
export interface RankingChange {
  /** Options the change ruled out. */
  ruledOut: number;
  /** Options the change brought back into the ranking. */
  back: number;
  /** The id of the first ranked option now; null when none is ranked. */
  first: string | null;
  /** Whether the first option is a different one. */
  newFirst: boolean;
  /** Whether the order of the ranked options changed at all. */
  moved: boolean;
}

/** Compares two rankings of the same pack, for an announcement that says what changed. */
export function rankingChange(before: readonly Pick<RankedAlternative, 'id' | 'excluded'>[], after: readonly Pick<RankedAlternative, 'id' | 'excluded'>[]): RankingChange {
  const out = (list: typeof before) => new Set(list.filter((r) => r.excluded).map((r) => r.id));
  const [was, now] = [out(before), out(after)];
  const order = (list: typeof before) => list.filter((r) => !r.excluded).map((r) => r.id).join(' ');
  const first = after[0] && !after[0].excluded ? after[0].id : null;
  const firstBefore = before[0] && !before[0].excluded ? before[0].id : null;
  return {
    ruledOut: [...now].filter((id) => !was.has(id)).length,
    back: [...was].filter((id) => !now.has(id)).length,
    first,
    newFirst: first !== firstBefore,
    moved: order(before) !== order(after),
  };
}
