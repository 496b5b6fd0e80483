/**
 * Layout of the contact-record store (`infra/constructs/contact-records/contact-records.ts`), one table per
 * hotline: `{ pk: '<hotline>#DAY#<YYYY-MM-DD Almaty>', sk: 'CONTACT#<contactId>', ...summary, expiresAt }`.
 * One item per contact, filed under the Almaty day it started, so a range of days is one Query per day.
 */
export const contactRecordKeys = {
  day: (hotline: string, almatyDate: string) => `${hotline}#DAY#${almatyDate}`,
  contact: (contactId: string) => `CONTACT#${contactId}`,
} as const;
