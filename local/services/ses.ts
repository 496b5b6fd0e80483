import * as path from 'node:path';
import type { LocalContext, LocalService } from '../context';
import { json } from '../gateway/server';
import { Outbox } from './ses/outbox';
import { receiveEndpoint, SES_MAX_MESSAGE_BYTES } from './ses/receive';
import { reportsEndpoint } from './ses/reports';

/**
 * SES stand-in: receiving (`POST /_local/ses/receive`, the path `npm run ingest-email` uses: the receipt
 * rules of the templates store the message and invoke their function), sending (SESv2 at `/_aws/ses`,
 * captured in the outbox `GET /_local/outbox`), and the appeal report on demand
 * (`POST /_local/appeals/reports/<hotline>`, the report SES delivers).
 */
export function sesService(): LocalService {
  return {
    name: 'ses',
    async start(context: LocalContext) {
      const outbox = new Outbox(path.join(context.dataDir, 'outbox'));
      const receive = receiveEndpoint(context);
      const reports = reportsEndpoint(context);
      context.gateway.addEndpoint({
        prefix: '/_aws/ses',
        handle: async (request) =>
          request.method === 'POST' && request.path === '/_aws/ses/v2/email/outbound-emails'
            ? outbox.send(request)
            : json(400, {
                message: `The local SES stand-in does not support ${request.method} ${request.path}`,
              }),
      });
      context.gateway.addEndpoint({
        prefix: '/_local/ses/receive',
        maxBodyBytes: SES_MAX_MESSAGE_BYTES,
        handle: receive,
      });
      context.gateway.addEndpoint({
        prefix: '/_local/outbox',
        handle: async (request) => {
          if (request.method !== 'GET') return undefined;
          if (request.path === '/_local/outbox') {
            return json(200, { messages: outbox.list(request.query.get('to') ?? undefined) });
          }
          const raw = outbox.raw(decodeURIComponent(request.path.slice('/_local/outbox/'.length)));
          return raw
            ? { status: 200, headers: { 'content-type': 'message/rfc822' }, body: raw }
            : json(404, { message: 'No such message' });
        },
      });
      context.gateway.addEndpoint({ prefix: '/_local/appeals/reports', handle: reports });
    },
  };
}
