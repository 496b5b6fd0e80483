/** BM25's parameters, shared by the scoring loop and the score bounds it prunes with. */
export const K1 = 1.2;
export const B = 0.75;

/**
 * BM25's term-frequency part for a document of `length`. It grows with `frequency`, shrinks with `length`,
 * and grows with `averageLength`: what bounds it for one average bounds it for every smaller one.
 */
export function saturation(frequency: number, length: number, averageLength: number): number {
  return (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / averageLength));
}
