/**
 * Verhoeff check digit. Unlike Luhn it catches every single-digit error and every swap of two
 * adjacent digits (including 09 <-> 90), the two mistakes people make most when keying a number.
 */

// Multiplication table of the dihedral group D5.
const MULTIPLY: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

// Permutation applied according to a digit's position, counted from the right.
const PERMUTE: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

const INVERSE: readonly number[] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function checksum(digits: string, firstPosition: number): number {
  let check = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const permuted = PERMUTE[(i + firstPosition) % 8]![digit]!;
    check = MULTIPLY[check]![permuted]!;
  }
  return check;
}

/** The digit to append to `digits` (a string of 0-9) so that the whole passes `hasValidVerhoeffCheck`. */
export function verhoeffCheckDigit(digits: string): string {
  return String(INVERSE[checksum(digits, 1)]);
}

/** Whether a string of digits ends with a correct Verhoeff check digit. */
export function hasValidVerhoeffCheck(digits: string): boolean {
  return /^\d+$/.test(digits) && checksum(digits, 0) === 0;
}
