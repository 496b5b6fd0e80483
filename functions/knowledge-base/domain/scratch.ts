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

/** Index of the first element `>= value` in `values[from, end)`, ascending; galloping from `from`. */
export function advance(values: ArrayLike<number>, from: number, end: number, value: number): number {
  if (from >= end || values[from]! >= value) return from;
  let step = 1;
  let low = from;
  let high = from + 1;
  while (high < end && values[high]! < value) {
    low = high;
    step *= 2;
    high = Math.min(end, low + step);
  }
  // values[low] < value; the answer lies in (low, high].
  let lo = low + 1;
  let hi = high;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    if (values[middle]! < value) lo = middle + 1;
    else hi = middle;
  }
  return lo;
}
