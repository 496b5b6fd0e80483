/** Registration numbers as operators read them out: 4-4-4-1 digits (`functions/appeals/domain/registration-number.ts`). */
export function registrationNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (digits.length !== 13) return number;
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}`;
}
