/** A real calendar date as `YYYY-MM-DD` (no `2025-13-01`, no `2025-02-30`). Pure: no clock. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return /^\d{4}-\d\d-\d\d$/.test(value) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
