/**
 * Key layout of the appeal register's single table (`infra/constructs/appeals/appeal-store.ts`), written once.
 *
 * | item              | pk                    | sk                              | gsi1 (byStatus)                 | gsi2 (byContact)          |
 * |-------------------|-----------------------|---------------------------------|---------------------------------|---------------------------|
 * | appeal            | `APPEAL#<number>`     | `A`                             | `STATUS#<status>` / receivedAt  | `CONTACT#<hash>` / receivedAt |
 * | history event     | `APPEAL#<number>`     | `H#<ISO time>#<id>`             |                                 |                           |
 * | de-dup marker     | `DEDUP#<key>`         | `D`                             |                                 |                           |
 * | rate-limit bucket | `RATE#<key>#<window>` | `R`  (expires with TTL `expiresAt`) |                             |                           |
 * | HMAC secret       | `SECRET#<purpose>`    | `S`                             |                                 |                           |
 */
/**
 * De-duplication key of the 111 IVR's claim of an urgent call (`DEDUP#urgent-call:<contact id>`): the IVR
 * function may write only these items of the register.
 */
export const URGENT_CALL_CLAIM_PREFIX = 'urgent-call:';

export const appealKeys = {
  appeal: (number: string) => ({ pk: `APPEAL#${number}`, sk: 'A' }),
  historyPrefix: 'H#',
  historyEvent: (number: string, at: string, id: string) => ({ pk: `APPEAL#${number}`, sk: `H#${at}#${id}` }),
  dedupe: (key: string) => ({ pk: `DEDUP#${key}`, sk: 'D' }),
  rate: (key: string, window: string) => ({ pk: `RATE#${key}#${window}`, sk: 'R' }),
  /** Applicants' contact hashes (`contact-hash`) and the IVR's lookup counters (`ivr-status`). */
  secret: <P extends string>(purpose: P) => ({ pk: `SECRET#${purpose}` as const, sk: 'S' as const }),
  statusIndex: { name: 'byStatus', pk: (status: string) => `STATUS#${status}` },
  contactIndex: { name: 'byContact', pk: (hash: string) => `CONTACT#${hash}` },
} as const;
