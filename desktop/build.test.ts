import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDesktop, type DesktopBuild } from './build';

let build: DesktopBuild;
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-desktop-'));

beforeAll(async () => {
  build = await buildDesktop(outdir);
}, 120_000);

afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

describe('the desktop build', () => {
  it('loads the operator screen with under 250 KB of gzipped JavaScript, amazon-connect-streams apart', () => {
    const gzipped = build.firstLoad.map(
      (file) => zlib.gzipSync(fs.readFileSync(path.join(outdir, file))).length,
    );

    expect(build.firstLoad.some((file) => file.includes('connect-streams'))).toBe(false);
    expect(gzipped.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(250 * 1024);
  });

  it('bundles amazon-connect-streams in a chunk of its own for the deployed CCP', () => {
    expect(Object.keys(build.files).some((file) => /connect-streams.*\.js$/.test(file))).toBe(true);
  });

  it('writes a page with no inline script or style, as the content security policy requires', () => {
    const html = fs.readFileSync(path.join(outdir, 'index.html'), 'utf8');

    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
  });
});
