// Medians, ranges and the per-round ratios of the comparison.

/** @param {number[]} values */
export function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number[]} values */
export function summary(values) {
  const clean = values.filter((v) => !Number.isNaN(v));
  return { median: median(clean), min: Math.min(...clean), max: Math.max(...clean), n: clean.length };
}

/**
 * a ÷ b for times measured above a floor, where noise can push either below zero. A value at or
 * under the floor counts as 0: so a denominator of 0 gives Infinity (the denominator's page was as
 * fast as the floor), and 0 ÷ 0 gives 1.
 */
export function ratio(a, b) {
  const num = Math.max(0, a);
  const den = Math.max(0, b);
  if (den === 0) return num === 0 ? 1 : Infinity;
  return num / den;
}
