import { decodeHtmlEntities } from './html-entities';
import { toSafePlainText } from './safe-text';

/**
 * Reduces an HTML e-mail body to plain text an operator can read and nothing can execute: scripts,
 * styles and other non-content elements go with their content, tags go, entities are decoded, and
 * paragraphs, line breaks, list items and table rows become line breaks. Links keep their address
 * beside the text, because citizens often send links to documents or screenshots. The result is text
 * to show as text; no markup survives.
 */

// Elements whose content is not text for the reader. Script and style content is raw text in HTML (a
// `<` inside it is not a tag), so the end is found by searching for the closing tag; an unclosed
// script or style swallows the rest, as in browsers. For the others a missing closing tag drops only
// the tag, so a sloppy `<title>` cannot hide the letter. `<head>` is not here: its script, style and
// title go one by one, and a missing `</head>` must not hide the body.
const RAW_TEXT = new Set(['script', 'style']);
const DROPPED_WITH_CONTENT = new Set([...RAW_TEXT, 'title', 'template', 'svg', 'iframe', 'object', 'embed']);

// Blocks that stand apart by a blank line, as browsers show them with margins.
const PARAGRAPHS = new Set([
  'address',
  'blockquote',
  'dl',
  'fieldset',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
]);

// Blocks that only start a new line; Gmail and Outlook write one <div> per line.
const LINES = new Set([
  'article',
  'aside',
  'center',
  'dd',
  'div',
  'dt',
  'figcaption',
  'footer',
  'header',
  'main',
  'nav',
  'section',
  'tbody',
  'tfoot',
  'thead',
  'tr',
]);

// Every alternative may also end at the end of the input (an unclosed comment, quote or tag swallows
// the rest, as in browsers). So every attempt that starts at `<` succeeds and the scan stays linear,
// even for hostile input such as thousands of unclosed tags.
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$)/gu;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iu;

/** Plain text of an HTML document or fragment; see the module comment for what is kept. */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  let preDepth = 0;
  let link: { readonly href: string; readonly start: number } | undefined;
  let position = 0;
  const unclosed = new Set<string>();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match !== null; match = TOKEN.exec(html)) {
    out.push(textOf(html.slice(position, match.index), preDepth > 0));
    position = TOKEN.lastIndex;
    const [, slash, rawName, attributes = ''] = match;
    if (rawName === undefined) continue; // comment, CDATA, doctype or processing instruction
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      position = endOfElement(html, name, position, unclosed);
      TOKEN.lastIndex = position;
      continue;
    }
    if (name === 'br') out.push('\n');
    else if (name === 'li' && !closing) out.push(lineBreaksNeeded(out, 1), '- ');
    else if (name === 'td' || name === 'th') out.push(closing ? ' ' : '');
    else if (PARAGRAPHS.has(name)) out.push(lineBreaksNeeded(out, 2));
    else if (LINES.has(name)) out.push(lineBreaksNeeded(out, 1));
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (name === 'a' && !closing) link = linkOf(attributes, out.length);
    if (name === 'a' && closing && link) {
      const label = out.slice(link.start).join('').trim();
      if (label !== link.href && label !== link.href.replace(/^mailto:/iu, '')) out.push(` (${link.href})`);
      link = undefined;
    }
  }
  out.push(textOf(html.slice(position), preDepth > 0));
  return toSafePlainText(
    out
      .join('')
      .replace(/^[ \t]+/gmu, '')
      .replace(/[ \t]{2,}/gu, ' '),
  );
}

// Line breaks to add so that the text ends with `wanted` of them; none at the very start. Looks only
// at the last few characters, so long messages with many tags stay linear.
const LOOK_BACK = 64;
function lineBreaksNeeded(out: readonly string[], wanted: number): string {
  let present = 0;
  let seen = 0;
  for (let chunk = out.length - 1; chunk >= 0 && seen < LOOK_BACK; chunk -= 1) {
    const text = out[chunk]!;
    for (let i = text.length - 1; i >= 0 && seen < LOOK_BACK; i -= 1, seen += 1) {
      const character = text[i];
      if (character === '\n') present += 1;
      else if (character !== ' ' && character !== '\t') return '\n'.repeat(Math.max(0, wanted - present));
    }
  }
  // Only whitespace so far: nothing to separate from. Past the look-back: extra breaks are collapsed later.
  return seen < LOOK_BACK ? '' : '\n'.repeat(wanted);
}

function textOf(raw: string, preformatted: boolean): string {
  return decodeHtmlEntities(preformatted ? raw : raw.replace(/\s+/gu, ' ')).replace(/\u00a0/gu, ' ');
}

// `unclosed` remembers elements with no closing tag further on, so a thousand stray `<title>`s cost
// one search, not a thousand.
function endOfElement(html: string, name: string, from: number, unclosed: Set<string>): number {
  const close = new RegExp(`</${name}\\s*>`, 'giu');
  close.lastIndex = from;
  const found = unclosed.has(name) ? null : close.exec(html);
  if (found) return found.index + found[0].length;
  unclosed.add(name);
  return RAW_TEXT.has(name) ? html.length : from;
}

function linkOf(attributes: string, start: number): { href: string; start: number } | undefined {
  const match = HREF.exec(attributes);
  const href = decodeHtmlEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  // Only addresses a person can follow deliberately; javascript: and data: links are dropped.
  return /^(?:https?:|mailto:)/iu.test(href) ? { href, start } : undefined;
}
