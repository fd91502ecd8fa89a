/** Interface facts that are the same in every language. */

/** Keys every widget shares in the pack's `ui`; every built-in pack has each of them. */
export const SHARED_KEYS = ['disclaimer', 'yes', 'no', 'kcal'] as const;

/** The minutes-per-session choices the picker offers (unset: any). */
export const MINUTE_CHOICES: readonly number[] = [10, 15, 20, 30, 45, 60];
