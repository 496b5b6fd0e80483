/**
 * Key layouts of the recording tables (`infra/constructs/recordings/recordings.ts`), written once.
 *
 * Index (one item per contact; the caller's number appears nowhere, only in the keyed hash):
 * | pk                        | sk                     | attributes                                   |
 * |---------------------------|------------------------|----------------------------------------------|
 * | `LOOKUP#<hmac(number,day)>` | `CONTACT#<contactId>` | `IndexEntry` fields, `version`, TTL `expiresAt` |
 *
 * Requests (GSI `byOpen` is sparse: only open requests carry `openPk`, sorted by deadline):
 * | pk                   | sk  | gsi byOpen                                   |
 * |----------------------|-----|----------------------------------------------|
 * | `REQUEST#<requestId>` | `R` | `openPk` = `OPEN`, `openSk` = `<deadline>#<requestId>` |
 *
 * Audit (append-only, one partition per Almaty day):
 * | pk                 | sk                     |
 * |--------------------|------------------------|
 * | `DAY#<YYYY-MM-DD>` | `<ISO time>#<uuid>`    |
 *
 * Hash key (its own table so an export of the index never carries the key): pk `HMAC#recording-lookup`.
 */
export const indexKeys = {
  entry: (lookup: string, contactId: string) => ({ pk: `LOOKUP#${lookup}`, sk: `CONTACT#${contactId}` }),
  lookupPk: (lookup: string) => `LOOKUP#${lookup}`,
} as const;

export const requestKeys = {
  request: (requestId: string) => ({ pk: `REQUEST#${requestId}`, sk: 'R' }),
  openIndex: {
    name: 'byOpen',
    pk: 'OPEN',
    sk: (deadline: string, requestId: string) => `${deadline}#${requestId}`,
  },
} as const;

export const auditKeys = {
  day: (almatyDay: string) => `DAY#${almatyDay}`,
  event: (at: string, id: string) => `${at}#${id}`,
} as const;

export const hashKeyItem = { pk: 'HMAC#recording-lookup' } as const;
