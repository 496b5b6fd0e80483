import type { RandomBytes } from '../../../functions/appeals/domain/registration-number';

/** Deterministic stand-in for `randomBytes` (a linear congruential generator), so tests repeat exactly. */
export function seededRandom(seed: number): RandomBytes {
  let state = seed >>> 0;
  return (size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i += 1) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      bytes[i] = state >>> 24;
    }
    return bytes;
  };
}

/** Hands out the given bytes in order, then zeros; to show exactly which bytes become which digits. */
export function fixedBytes(values: readonly number[]): RandomBytes {
  let next = 0;
  return (size) => Uint8Array.from({ length: size }, () => values[next++] ?? 0);
}
