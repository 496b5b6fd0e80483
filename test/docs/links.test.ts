import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is the front door and docs/ the manual: a moved file or a renamed heading must not leave a dead link.

/** Pages written on another branch at the same time; remove an entry once its page has landed. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function withoutCodeBlocks(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '');
}

/** Inline code is not markdown either: a regular expression in it may look like a link. */
function withoutCode(text: string): string {
  return withoutCodeBlocks(text).replace(/`[^`\n]*`/g, '');
}

function anchorsOf(file: string): Set<string> {
  const headings = withoutCodeBlocks(readFileSync(file, 'utf8'))
    .split('\n')
    .filter((line) => line.startsWith('#'));
  return new Set(headings.map((line) => anchorOf(line.replace(/^#+/, ''))));
}

function deadLinks(file: string): string[] {
  const text = withoutCode(readFileSync(file, 'utf8'));
  const dead: string[] = [];
  for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [pathPart = '', anchor] = target.split('#');
    const resolved = pathPart ? path.normalize(path.join(path.dirname(file), pathPart)) : file;
    if (!existsSync(resolved)) dead.push(`${file}: ${target} (no such file)`);
    else if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
      dead.push(`${file}: ${target} (no such heading)`);
    }
  }
  return dead;
}

describe('the README and the manual', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('keep the README a front door of at most 150 lines that links to the manual', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    expect(readme).toContain('](docs/README.md)');
  });

  it('show the two commands to start it and to test it', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('link only to files and headings that exist', () => {
    const files = ['README.md', ...markdownFiles('docs')];
    expect(files.flatMap(deadLinks)).toEqual([]);
  });
});
