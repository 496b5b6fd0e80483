/** Index of the first element `>= value` in `values[from, end)`, ascending; galloping from `from`. */
export function advance(values: Uint32Array, from: number, end: number, value: number): number {
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
