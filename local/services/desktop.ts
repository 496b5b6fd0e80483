import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HotlineId } from '../../contracts/hotlines';
import { buildDesktop } from '../../desktop/build';
import { ccpOrigin } from '../../infra/constructs/desktop/ccp-origin';
import { contentSecurityPolicy } from '../../infra/constructs/desktop/desktop-headers';
import type { LocalContext, LocalService } from '../context';
import { localDesktopConfig } from '../desktop-config';
import { json, type LocalResponse } from '../gateway/server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * The agent desktop, locally: built with esbuild when the runtime starts (so it is never stale) and served
 * at `/agent/<hotline>/` with its `config.json` (local sign-in, local API, the CCP stand-in), under the
 * deployed content security policy (less the HTTPS upgrade, as the runtime speaks plain HTTP). `/agent`
 * lists the hotlines and `/` the local pages.
 */
export function desktopService(): LocalService {
  return {
    name: 'desktop',
    async start(context: LocalContext) {
      const outdir = path.join(context.dataDir, 'desktop');
      const started = Date.now();
      await buildDesktop(outdir);
      context.log(`desktop: built in ${Date.now() - started} ms`);
      const hotlines = [...context.stacks.keys()];
      context.gateway.addEndpoint({
        prefix: '/',
        handle: async (request) =>
          request.path === '/' && request.method === 'GET' ? html(indexPage(hotlines)) : undefined,
      });
      context.gateway.addEndpoint({
        prefix: '/agent',
        handle: async (request) => {
          if (request.method !== 'GET') return json(405, { message: 'GET only' });
          const [hotline, ...rest] = request.path.split('/').slice(2);
          if (!hotline) return html(chooserPage(hotlines));
          if (!context.stacks.has(hotline as HotlineId)) return json(404, { message: 'No such hotline' });
          if (rest.length === 0) return { status: 308, headers: { location: `/agent/${hotline}/` } };
          const file = rest.join('/') || 'index.html';
          if (file === 'config.json') {
            return {
              ...json(200, localDesktopConfig(context, hotline as HotlineId)),
              headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
            };
          }
          return serveFile(outdir, file, securityHeaders(context, hotline as HotlineId));
        },
      });
    },
  };
}

function securityHeaders(context: LocalContext, hotline: HotlineId): Record<string, string> {
  const config = context.stacks.get(hotline)!.model.config;
  const csp = contentSecurityPolicy({
    ccp: ccpOrigin(config),
    api: context.url,
    cognito: [context.url],
    recordings: new URL(context.functionBaseEnv['AWS_ENDPOINT_URL_S3'] ?? context.s3Endpoint).origin,
  })
    .split('; ')
    .filter((directive) => directive !== 'upgrade-insecure-requests')
    .join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
}

function serveFile(root: string, file: string, headers: Record<string, string>): LocalResponse {
  const resolved = path.resolve(root, file);
  if (
    !resolved.startsWith(`${root}${path.sep}`) ||
    !fs.existsSync(resolved) ||
    fs.statSync(resolved).isDirectory()
  )
    return json(404, { message: 'Not Found' });
  return {
    status: 200,
    headers: {
      ...headers,
      'content-type': TYPES[path.extname(resolved)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    },
    body: fs.readFileSync(resolved),
  };
}

function html(body: string): LocalResponse {
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

const page = (title: string, content: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${content}</main></body></html>`;

function chooserPage(hotlines: readonly string[]): string {
  return page(
    'qoldau agent desktop',
    `<p>Choose the hotline:</p><ul>${hotlines.map((h) => `<li><a href="/agent/${h}/">Hotline ${h}</a></li>`).join('')}</ul><p>Make a user with <code>npm run desktop-user -- --hotline 1414 --role operator</code>.</p>`,
  );
}

function indexPage(hotlines: readonly string[]): string {
  return page(
    'qoldau (local)',
    `<ul>${hotlines.map((h) => `<li><a href="/agent/${h}/">Agent desktop ${h}</a></li>`).join('')}<li><a href="/agent">All agent desktops</a></li><li><a href="/reports">Quality reports</a></li><li><a href="/health">Health</a></li></ul>`,
  );
}
