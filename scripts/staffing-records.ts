import type { ContactSummary, PlanRecord } from '../functions/contact-records/domain/summary';
import { planRecordOf } from '../functions/contact-records/domain/summary';
import { callApi, expectOk } from './lib/api-client';

/** Most pages one plan reads: 92 days of a busy hotline at 1000 contacts a page, with room to spare. */
const MAX_PAGES = 2000;

interface ContactRecordsPage {
  readonly records: ContactSummary[];
  readonly nextToken: string | null;
}

/**
 * Every contact of the hotline's Almaty days `from`..`to`, through `GET /contact-records` signed as the
 * hotline's supervisor, page by page, in the form the staffing plan reads (voice contacts only).
 */
export async function readContactRecords(
  hotline: '1414' | '111',
  from: string,
  to: string,
): Promise<PlanRecord[]> {
  const records: PlanRecord[] = [];
  let nextToken: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ from, to, ...(nextToken === null ? {} : { nextToken }) });
    const response = await callApi<ContactRecordsPage>({
      hotline,
      role: 'supervisor',
      method: 'GET',
      path: `/contact-records?${query.toString()}`,
    });
    const body = expectOk(response, `Reading the contact records of ${hotline}`);
    for (const summary of body.records) {
      const record = planRecordOf(summary);
      if (record !== undefined) records.push(record);
    }
    nextToken = body.nextToken;
    if (nextToken === null) return records;
  }
  throw new Error(`GET /contact-records gave more than ${MAX_PAGES} pages; refusing to read on`);
}
