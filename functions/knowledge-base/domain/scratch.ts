/** Per-search buffers indexed by document number, reused so a search allocates almost nothing. */
export class Scratch {
  readonly scores: Float64Array;
  readonly slotBest: Float64Array;
  readonly matched: Uint16Array;
  readonly touched: Int32Array;
  readonly slotTouched: Int32Array;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.slotBest = new Float64Array(capacity);
    this.matched = new Uint16Array(capacity);
    this.touched = new Int32Array(capacity);
    this.slotTouched = new Int32Array(capacity);
  }
}

/** Index of `value` in an ascending array (document numbers only grow, so postings stay sorted). */
export function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
