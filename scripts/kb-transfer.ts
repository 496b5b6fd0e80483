import * as fs from 'node:fs';
import { JSONL_CONTENT_TYPE, type RawResponse, signedRequest } from '../clients/signed-request';
import type { HotlineId } from '../contracts/hotlines';
import { loadConfig } from '../infra/config/load';
import { apiBase, credentialsFor } from './lib/api-client';
import { CliError } from './lib/cli';

/**
 * `npm run kb -- import` and `export`: JSON Lines in and out of a hotline's knowledge base. A file is sent
 * in chunks (API Gateway and Lambda limit a request's size, and chunks let the tool show progress); line
 * numbers in the report are the file's own.
 */

export interface RejectedLine {
  readonly line: number;
  readonly id?: string;
  readonly reason: string;
}

export interface ImportSummary {
  readonly file: string;
  readonly hotline: HotlineId;
  readonly lines: number;
  readonly accepted: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: RejectedLine[];
}

interface ChunkReport {
  readonly lines: number;
  readonly accepted: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: RejectedLine[];
}

/** Chunk limits: far below the 6 MB a Lambda request may carry, and quick enough to report progress. */
export const CHUNK_BYTES = 1024 * 1024;
export const CHUNK_LINES = 500;
/** A line longer than this cannot be an article (bodies are limited to 60,000 characters). */
export const MAX_LINE_BYTES = 512 * 1024;
const ATTEMPTS = 3;

interface Chunk {
  /** File line number of the chunk's first line, minus one. */
  readonly offset: number;
  readonly lines: string[];
  readonly nonBlank: number;
}

function chunksOf(text: string, tooLong: RejectedLine[]): Chunk[] {
  const rows = text.replace(/^\uFEFF/, '').split('\n');
  const chunks: Chunk[] = [];
  let current: Chunk = { offset: 0, lines: [], nonBlank: 0 };
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = Buffer.byteLength(row) + 1;
    if (current.lines.length > 0 && (bytes + size > CHUNK_BYTES || current.nonBlank >= CHUNK_LINES)) {
      chunks.push(current);
      current = { offset: i, lines: [], nonBlank: 0 };
      bytes = 0;
    }
    // Keep the numbering: an oversized line is replaced by a blank one and reported here.
    const blank = row.trim() === '';
    if (!blank && size > MAX_LINE_BYTES) {
      tooLong.push({ line: i + 1, reason: `line is longer than ${MAX_LINE_BYTES / 1024} KB` });
      current.lines.push('');
      return;
    }
    current.lines.push(row);
    bytes += size;
    if (!blank) current = { ...current, nonBlank: current.nonBlank + 1 };
  });
  if (current.nonBlank > 0) chunks.push(current);
  return chunks.filter((chunk) => chunk.nonBlank > 0);
}

function regionOf(hotline: HotlineId): string {
  return loadConfig({ stage: process.env['QOLDAU_STAGE'] ?? 'dev' })[hotline].env.region;
}

async function send(
  hotline: HotlineId,
  request: Omit<Parameters<typeof signedRequest>[0], 'baseUrl' | 'region' | 'credentials'>,
): Promise<RawResponse> {
  try {
    return await signedRequest({
      ...request,
      baseUrl: apiBase(hotline),
      region: regionOf(hotline),
      credentials: credentialsFor(hotline, 'kbEditor'),
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(
      `Cannot reach the qoldau API at ${new URL(apiBase(hotline)).origin} (${cause}). Is \`npm start\` running? Set QOLDAU_API_URL to point elsewhere.`,
      3,
    );
  }
}

function messageOf(response: RawResponse): string {
  try {
    return (JSON.parse(response.text) as { message?: string }).message ?? response.text;
  } catch {
    return response.text.slice(0, 300);
  }
}

async function importChunk(hotline: HotlineId, chunk: Chunk): Promise<ChunkReport> {
  let last: RawResponse | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    last = await send(hotline, {
      method: 'POST',
      path: '/kb/import',
      body: chunk.lines.join('\n'),
      contentType: JSONL_CONTENT_TYPE,
    });
    if (last.status === 200) return JSON.parse(last.text) as ChunkReport;
    if (last.status === 403 || last.status === 401) throw new CliError(`Import refused: ${messageOf(last)}`);
    // 5xx and throttling are worth another try; anything else will not change.
    if (last.status < 500 && last.status !== 429) break;
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
  const reason = `not imported: the API answered HTTP ${last!.status} (${messageOf(last!)}); import this line again`;
  const rejected: RejectedLine[] = [];
  chunk.lines.forEach((row, i) => {
    if (row.trim() !== '') rejected.push({ line: chunk.offset + i + 1, reason });
  });
  return { lines: chunk.nonBlank, accepted: 0, created: 0, updated: 0, unchanged: 0, rejected };
}

export async function importFile(
  file: string,
  hotline: HotlineId,
  progress: (message: string) => void,
): Promise<ImportSummary> {
  const tooLong: RejectedLine[] = [];
  const chunks = chunksOf(fs.readFileSync(file, 'utf8'), tooLong);
  const total = chunks.reduce((sum, chunk) => sum + chunk.nonBlank, 0) + tooLong.length;
  const summary = {
    file,
    hotline,
    lines: tooLong.length,
    accepted: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [...tooLong],
  };
  for (const chunk of chunks) {
    const report = await importChunk(hotline, chunk);
    summary.lines += report.lines;
    summary.accepted += report.accepted;
    summary.created += report.created;
    summary.updated += report.updated;
    summary.unchanged += report.unchanged;
    summary.rejected.push(
      ...report.rejected.map((rejected) => ({ ...rejected, line: rejected.line + chunk.offset })),
    );
    if (chunks.length > 1) {
      const done = summary.lines;
      progress(
        `kb import: ${done} of ${total} lines (${Math.floor((done / total) * 100)}%), ${summary.rejected.length} rejected`,
      );
    }
  }
  summary.rejected.sort((a, b) => a.line - b.line);
  return summary;
}

/** Every page of the export, as JSON Lines; `progress` hears the running count. */
export async function exportAll(
  hotline: HotlineId,
  kind: 'article' | 'referral',
  write: (chunk: string) => void,
  progress: (message: string) => void,
): Promise<number> {
  let cursor: string | null = null;
  let count = 0;
  do {
    const query = new URLSearchParams({ kind, ...(cursor ? { cursor } : {}) });
    const response = await send(hotline, { method: 'GET', path: `/kb/export?${query}` });
    if (response.status !== 200)
      throw new CliError(`Export failed (HTTP ${response.status}): ${messageOf(response)}`);
    write(response.text);
    count += response.text.split('\n').filter((line) => line !== '').length;
    cursor = response.headers.get('x-next-cursor');
    if (cursor) progress(`kb export: ${count} ${kind}s so far`);
  } while (cursor);
  return count;
}
