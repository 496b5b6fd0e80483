import { randomUUID } from 'node:crypto';
import type { HotlineId } from '../../contracts/hotlines';
import type { QualityReport } from '../../functions/sla/domain/quality';
import { StaffingInputError } from '../../functions/staffing/domain/plan';
import { planWeek, type StaffingRecord } from '../../functions/staffing/domain/week-plan';
import type { LocalContext, LocalService } from '../context';
import type { LocalResponse } from '../gateway/server';
import { LOCAL_ACCOUNT } from '../intrinsics';
import { resourcesOfType } from '../template-model';
import { renderQualityPage } from './quality-page';
import { renderStaffingHeatmap } from './staffing-heatmap';
import { escapeHtml } from './svg-charts';

/** The function behind `GET /reports/quality`, recognised by its source in the template metadata. */
const REPORT_ENTRY = 'functions/sla/quality-report-handler.ts';

/**
 * `GET ${url}/reports?hotline=1414&from=YYYY-MM-DD&to=YYYY-MM-DD`: the quality report as a page with charts.
 * The figures come from the very function behind `GET /reports/quality`, invoked server-side with an API
 * event as a supervisor would send it, so the page, the API and `npm run report` never disagree.
 * Below it, the staffing plan per hour of the week as a heat map, computed from the contact records this
 * runtime has seen since it started (the API's `GET /staffing/plan` plans from the stored summaries instead).
 */
export function reportsService(): LocalService {
  return {
    name: 'reports',
    async start(context: LocalContext) {
      const reportFunctions = new Map<HotlineId, string>();
      const contactRecords = new Map<HotlineId, StaffingRecord[]>();
      context.events.on('contact-record', (event: { hotline: HotlineId; record: StaffingRecord }) => {
        const list = contactRecords.get(event.hotline) ?? [];
        list.push(event.record);
        // A quarter of a busy hotline is more than a page needs; keep the newest.
        if (list.length > 50_000) list.shift();
        contactRecords.set(event.hotline, list);
      });
      for (const { model, names } of context.stacks.values()) {
        for (const [logicalId, fn] of resourcesOfType(model.template, 'AWS::Lambda::Function')) {
          if (fn.Metadata?.['qoldau:entry'] === REPORT_ENTRY)
            reportFunctions.set(model.hotline, names.arn(logicalId));
        }
      }
      context.gateway.addEndpoint({
        prefix: '/reports',
        handle: async (request) => {
          if (request.method !== 'GET' || request.path !== '/reports') return undefined;
          const hotlines = [...reportFunctions.keys()];
          const hotline = (request.query.get('hotline') ?? hotlines[0]) as HotlineId;
          const functionArn = reportFunctions.get(hotline);
          if (!functionArn)
            return page(404, `<p>No quality report for hotline ${escapeHtml(hotline ?? '')}.</p>`);
          const query: Record<string, string> = {};
          for (const key of ['from', 'to']) {
            const value = request.query.get(key);
            if (value) query[key] = value;
          }
          const result = (await context.lambdas.invoke(functionArn, reportEvent(hotline, query))) as {
            statusCode: number;
            body: string;
          };
          const body = JSON.parse(result.body) as QualityReport & { message?: string };
          if (result.statusCode !== 200)
            return page(result.statusCode, `<p>${escapeHtml(body.message ?? 'Failed')}</p>`);
          return {
            status: 200,
            headers: { 'content-type': 'text/html; charset=utf-8' },
            body: renderQualityPage(body, {
              hotlines,
              generatedAt: new Date().toISOString(),
              staffing: staffingSection(contactRecords.get(hotline) ?? [], body.from, body.to),
            }),
          };
        },
      });
    },
  };
}

function staffingSection(records: readonly StaffingRecord[], from: string, to: string): string {
  try {
    return renderStaffingHeatmap(planWeek(records, { from, to }));
  } catch (error) {
    if (error instanceof StaffingInputError) return `<p>No staffing plan: ${escapeHtml(error.message)}</p>`;
    throw error;
  }
}

function page(status: number, content: string): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Quality report</title><body>${content}<p><a href="/reports">Back</a></p></body></html>`,
  };
}

/** The API Gateway event of `GET /reports/quality` from a local supervisor. */
function reportEvent(hotline: HotlineId, query: Record<string, string>) {
  const now = new Date();
  const rawQueryString = new URLSearchParams(query).toString();
  const identity = `arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/local-supervisor/local-reports-page`;
  return {
    version: '2.0',
    routeKey: 'GET /reports/quality',
    rawPath: '/reports/quality',
    rawQueryString,
    headers: { host: '127.0.0.1' },
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: `local${hotline}`,
      authorizer: {
        iam: {
          accessKey: 'local',
          accountId: LOCAL_ACCOUNT,
          callerId: 'local',
          userArn: identity,
          userId: 'local',
        },
      },
      domainName: '127.0.0.1',
      domainPrefix: hotline,
      http: {
        method: 'GET',
        path: '/reports/quality',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'qoldau-reports',
      },
      requestId: randomUUID(),
      routeKey: 'GET /reports/quality',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
}
