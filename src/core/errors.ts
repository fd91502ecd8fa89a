/** One problem found in a content pack. */
export interface ContentIssue {
  /** Where, as a dotted path with indices: `claims[3].certainty`. */
  path: string;
  /** What was expected there, in words. */
  expected: string;
  /** A short description of what was found. */
  received: string;
}

/** Thrown for invalid content, and only for that: the core throws for nothing else. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(
      `Invalid Loadwise content: ${issues.length} issue${issues.length === 1 ? '' : 's'}\n` +
        issues.map((i) => `  ${i.path || '(root)'}: expected ${i.expected}, received ${i.received}`).join('\n'),
    );
    this.issues = issues;
  }
}

/** Formats a path such as `['claims', 3, 'certainty']` as `claims[3].certainty`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Describes a received value briefly, without echoing long text. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
