/**
 * The shape of one language's messages: every text of the English ones (en*.ts), each key
 * required, every list as long as English's. A language declares its messages `satisfies
 * Messages`, so that the compiler refuses one that misses, adds or misspells a key.
 */
import type { alternatives } from './en.alternatives.js';
import type { alternativesLater } from './en.alternatives-later.js';
import type { claimDetails } from './en.claim-details.js';
import type { claims } from './en.claims.js';
import type { debug } from './en.debug.js';
import type { base, en } from './en.js';
import type { ProsConsStrings } from './en.pros-cons.js';
import type { quiz } from './en.quiz.js';
import type { quizLater } from './en.quiz-later.js';
import type { quizNext } from './en.quiz-next.js';

/** The same shape with any text in place of English's: objects keep their keys, lists their length. */
export type Text<T> = T extends string ? string : { readonly [K in keyof T]: Text<T[K]> };

/**
 * Plural variants a language may add to a string with a `{count}`: `<key>#<category>`, in the
 * language's CLDR categories (`zero`, `one`, `two`, `few`, `many`; the plain key is `other`).
 */
export type Plurals = { readonly [key: `${string}#${string}`]: string };

/** An element's interface strings: English's keys, and any plural variants. */
type Strings<T> = Text<T> & Plurals;

/** One language's messages. */
export type Messages = Text<typeof en> & {
  /** The claims' first screen, by claim id. */
  readonly claims: Text<typeof claims>;
  /** What opening a claim shows, by claim id. */
  readonly claimDetails: Text<typeof claimDetails>;
  /** The elements' interface strings, by the prefix their keys take in a pack's `ui`. */
  readonly strings: {
    readonly quiz: Strings<typeof quiz & typeof quizLater & typeof quizNext>;
    readonly alternatives: Strings<typeof alternatives & typeof alternativesLater>;
    readonly prosCons: Strings<ProsConsStrings>;
    readonly base: Strings<typeof base & typeof debug>;
  };
};
