import * as z from 'zod';
import { toE164 } from '../../contracts/phone';
import { BadRequestError } from '../shared/errors';
import { appealsByContactHash, type CallerAppeal } from './adapters/caller-appeals';
import { hashContact } from './domain/contact-hash';
import { formatRegistrationNumber } from './domain/registration-number';
import type { ContactSecret } from './ports';

/** `POST /callers/appeals` body: the caller's number travels in the body, never in a URL or an access log. */
export const CallerLookupSchema = z.object({ phone: z.string().trim().min(1).max(40) });

/** How many earlier appeals the operator sees: enough to recognise a returning caller. */
const EARLIER_APPEALS = 10;

/**
 * The caller's earlier appeals, found by the keyed hash of their number (as registration stores it), newest
 * first. The answer never repeats the number.
 */
export async function earlierAppeals(
  tableName: string,
  contactSecret: ContactSecret,
  request: z.infer<typeof CallerLookupSchema>,
): Promise<{ appeals: CallerAppeal[] }> {
  const phone = toE164(request.phone);
  if (phone === undefined) throw new BadRequestError('phone: is not a phone number');
  const hash = hashContact(phone, await contactSecret.get());
  const found = await appealsByContactHash(tableName, hash, EARLIER_APPEALS);
  return { appeals: found.map((appeal) => ({ ...appeal, number: formatRegistrationNumber(appeal.number) })) };
}
