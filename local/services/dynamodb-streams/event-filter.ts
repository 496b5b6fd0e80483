/**
 * Lambda event filtering as an event source mapping applies it: a record reaches the function when it
 * matches any of the mapping's `FilterCriteria.Filters[].Pattern` (EventBridge pattern syntax). Supported:
 * nested fields, lists of literal values, `prefix`, `suffix`, `equals-ignore-case`, `exists`,
 * `anything-but` and `numeric`. A field holding a list matches when one of its elements does.
 */

type Pattern = Record<string, unknown>;

export class FilterPatternError extends Error {
  override name = 'FilterPatternError';
}

/** Compiles the mapping's patterns once; no patterns means every record passes. */
export function recordFilter(filterCriteria: unknown): (record: unknown) => boolean {
  const filters = (filterCriteria as { Filters?: Array<{ Pattern?: unknown }> } | undefined)?.Filters ?? [];
  const patterns = filters.map(({ Pattern }) => {
    const parsed = typeof Pattern === 'string' ? (JSON.parse(Pattern) as unknown) : Pattern;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new FilterPatternError(`Filter pattern must be a JSON object: ${String(Pattern)}`);
    return parsed as Pattern;
  });
  if (patterns.length === 0) return () => true;
  return (record) => patterns.some((pattern) => matchesObject(pattern, record));
}

function matchesObject(pattern: Pattern, value: unknown): boolean {
  return Object.entries(pattern).every(([field, rule]) => {
    const fieldValue =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
    if (Array.isArray(rule)) return matchesRules(rule, fieldValue);
    if (typeof rule === 'object' && rule !== null) return matchesObject(rule as Pattern, fieldValue);
    throw new FilterPatternError(`Filter pattern values must be lists or objects (field ${field})`);
  });
}

/** A list of rules: the field matches if one rule does (for each element when the field is a list). */
function matchesRules(rules: readonly unknown[], value: unknown): boolean {
  const existsRule = rules.find(
    (rule) => typeof rule === 'object' && rule !== null && 'exists' in (rule as object),
  ) as { exists: boolean } | undefined;
  if (existsRule !== undefined && rules.length === 1) return (value !== undefined) === existsRule.exists;
  if (value === undefined) return false;
  const values = Array.isArray(value) ? value : [value];
  return values.some((candidate) => rules.some((rule) => matchesRule(rule, candidate)));
}

function matchesRule(rule: unknown, value: unknown): boolean {
  if (rule === null || typeof rule !== 'object') return rule === value;
  const [operator, operand] = Object.entries(rule as Record<string, unknown>)[0] ?? [];
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && value.startsWith(String(operand));
    case 'suffix':
      return typeof value === 'string' && value.endsWith(String(operand));
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === String(operand).toLowerCase();
    case 'exists':
      return operand === true;
    case 'anything-but': {
      const excluded = Array.isArray(operand) ? operand : [operand];
      return !excluded.some((item) => matchesRule(item, value));
    }
    case 'numeric':
      return matchesNumeric(operand as unknown[], value);
    default:
      throw new FilterPatternError(`Filter rule ${operator ?? '{}'} is not supported locally`);
  }
}

function matchesNumeric(conditions: readonly unknown[], value: unknown): boolean {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (Number.isNaN(number)) return false;
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const limit = Number(conditions[i + 1]);
    const ok =
      conditions[i] === '='
        ? number === limit
        : conditions[i] === '<'
          ? number < limit
          : conditions[i] === '<='
            ? number <= limit
            : conditions[i] === '>'
              ? number > limit
              : conditions[i] === '>='
                ? number >= limit
                : false;
    if (!ok) return false;
  }
  return true;
}
