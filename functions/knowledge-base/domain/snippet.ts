import type { Term } from './analyzer';
import type { ConceptMatch } from './synonym-matcher';

/**
 * The passage of an article an operator reads first: the window of the body that holds the most (and the
 * rarest) distinct query terms, widened to whole words and, where it fits, to the start of its sentence.
 * The body's terms and their positions are worked out once, when the document is indexed.
 */

export const SNIPPET_WIDTH = 200;
/** A second occurrence of a term already in the window adds a little, so dense passages win ties. */
const REPEAT_SHARE = 0.1;
const ELLIPSIS = '…';

export interface Snippet {
  readonly snippet: string;
  readonly highlights: (readonly [number, number])[];
}

/** A body's index terms with their character spans; a synonym phrase spans all of its words. */
export interface BodyTerms {
  readonly terms: readonly string[];
  /** `[start0, end0, start1, end1, ...]`, ordered by start. */
  readonly spans: Uint32Array;
}

/** Query terms (stems and `syn:` concepts) with how much each one counts. */
export type TermWeights = ReadonlyMap<string, number>;

export function bodyTermsOf(terms: readonly Term[], concepts: readonly ConceptMatch[]): BodyTerms {
  const entries =
    concepts.length === 0
      ? terms
      : [
          ...terms,
          ...concepts.map((concept) => ({
            term: concept.concept,
            start: terms[concept.from]!.start,
            end: terms[concept.to - 1]!.end,
          })),
        ].sort((a, b) => a.start - b.start);
  const spans = new Uint32Array(entries.length * 2);
  const words: string[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    words[i] = entry.term;
    spans[2 * i] = entry.start;
    spans[2 * i + 1] = entry.end;
  }
  return { terms: words, spans };
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly weight: number;
}

function marksIn(body: BodyTerms, weights: TermWeights): Mark[] {
  const marks: Mark[] = [];
  body.terms.forEach((term, i) => {
    const weight = weights.get(term);
    if (weight !== undefined)
      marks.push({ start: body.spans[2 * i]!, end: body.spans[2 * i + 1]!, key: term, weight });
  });
  return marks;
}

/** The run of marks fitting in `width` characters with the greatest weight of distinct terms (two pointers). */
function bestRun(marks: readonly Mark[], width: number): [number, number] {
  let best: [number, number] = [0, 0];
  let bestValue = -1;
  const counts = new Map<string, number>();
  let value = 0;
  let first = 0;
  for (let last = 0; last < marks.length; last++) {
    const mark = marks[last]!;
    const count = counts.get(mark.key) ?? 0;
    value += count === 0 ? mark.weight : mark.weight * REPEAT_SHARE;
    counts.set(mark.key, count + 1);
    while (mark.end - marks[first]!.start > width) {
      const leaving = marks[first++]!;
      const left = counts.get(leaving.key)! - 1;
      counts.set(leaving.key, left);
      value -= left === 0 ? leaving.weight : leaving.weight * REPEAT_SHARE;
    }
    if (value > bestValue + 1e-9) {
      bestValue = value;
      best = [first, last];
    }
  }
  return best;
}

/** Places a `width` window around [from, to) and moves its edges to word (or sentence) boundaries. */
function windowAround(text: string, from: number, to: number, width: number): [number, number] {
  const slack = Math.max(0, width - (to - from));
  let left = Math.max(0, from - Math.floor(slack / 2));
  const right = Math.min(text.length, left + width);
  left = Math.max(0, Math.min(left, right - width));

  const sentenceStart = Math.max(text.lastIndexOf('. ', from - 1), text.lastIndexOf('? ', from - 1));
  if (sentenceStart >= 0 && sentenceStart + 2 >= left) left = sentenceStart + 2;
  else if (left > 0) {
    const space = text.indexOf(' ', left);
    if (space !== -1 && space < from) left = space + 1;
  }
  let end = Math.min(text.length, left + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= to) end = space;
  }
  return [left, Math.max(end, to)];
}

/** `[start, end)` ranges of `body`'s text that hold query terms, overlapping ones merged: for short texts. */
export function highlightsOf(body: BodyTerms, weights: TermWeights): (readonly [number, number])[] {
  const ranges: [number, number][] = [];
  for (const mark of marksIn(body, weights).sort((a, b) => a.start - b.start)) {
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined && previous[1] >= mark.start) previous[1] = Math.max(previous[1], mark.end);
    else ranges.push([mark.start, mark.end]);
  }
  return ranges;
}

export function makeSnippet(
  text: string,
  body: BodyTerms,
  weights: TermWeights,
  width = SNIPPET_WIDTH,
): Snippet {
  const marks = marksIn(body, weights);
  const [first, last] = bestRun(marks, width);
  const [left, right] =
    marks.length === 0
      ? windowAround(text, 0, 0, width)
      : windowAround(text, marks[first]!.start, marks[last]!.end, width);

  const leading = text.slice(left, right).replace(/\s/g, ' ').trimStart();
  const start = right - leading.length;
  const passage = leading.trimEnd();
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = start + passage.length < text.length ? ELLIPSIS : '';
  const highlights: (readonly [number, number])[] = [];
  for (const mark of marks) {
    if (mark.start < start || mark.end > start + passage.length) continue;
    const range = [mark.start - start + prefix.length, mark.end - start + prefix.length] as const;
    const previous = highlights[highlights.length - 1];
    if (previous !== undefined && previous[1] >= range[0]) {
      highlights[highlights.length - 1] = [previous[0], Math.max(previous[1], range[1])];
    } else highlights.push(range);
  }
  return { snippet: prefix + passage + suffix, highlights };
}
