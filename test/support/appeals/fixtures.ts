import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParsedEmail, parseEmail } from '../../../functions/appeals/domain/parse-email';

/** Raw bytes of a message in `functions/appeals/fixtures/`. */
export function readFixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../../functions/appeals/fixtures/${name}`, import.meta.url)));
}

export function parseFixture(name: string): Promise<ParsedEmail> {
  return parseEmail(readFixture(name));
}

/** A small message built in a test, for header variations that do not each deserve a fixture file. */
export function rawMessage(
  headers: Readonly<Record<string, string>>,
  body = 'Здравствуйте! Прошу помочь.',
): string {
  const defaults: Record<string, string> = {
    From: 'citizen@mail.kz',
    To: 'egov@nitec.kz',
    Subject: 'Вопрос',
    Date: 'Mon, 23 Nov 2026 10:00:00 +0500',
    'Message-ID': '<test.1@mail.kz>',
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Transfer-Encoding': '8bit',
  };
  const lines = Object.entries({ ...defaults, ...headers })
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}\r\n`;
}
