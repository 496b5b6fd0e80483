/**
 * Checks of a raw message that the MIME parser forgives silently: it decodes what it can and says
 * nothing about a body cut off in transit or a header line that is not a header. Knowing about them
 * lets an operator see that the text or an attachment may be incomplete and look at the raw message.
 * Each finding is a short sentence without message content.
 */

// A Content-Type header with its folded continuation lines, and the boundary parameter inside it.
const CONTENT_TYPE_HEADER = /^content-type[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gimu;
const BOUNDARY_PARAMETER = /boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/iu;
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/u;
const TRANSFER_ENCODING_BASE64 = /^content-transfer-encoding[ \t]*:[ \t]*base64[ \t]*$/imu;
const CONTENT_TYPE = /^content-type[ \t]*:[ \t]*([^;\s]+)/imu;

/** Everything suspicious about the structure of `raw`, as sentences for the appeal's `problems`. */
export function findStructuralProblems(raw: string): string[] {
  const lines = raw.split(/\r?\n/u);
  const headerEnd = lines.indexOf('');
  const problems = headerProblems(lines.slice(0, headerEnd === -1 ? lines.length : headerEnd));
  if (headerEnd === -1) problems.push('the message has no body: its header never ends');
  const boundaries = [
    ...new Set(
      [...raw.matchAll(CONTENT_TYPE_HEADER)].flatMap((header) => {
        const parameter = BOUNDARY_PARAMETER.exec(header[0]);
        return parameter ? [(parameter[1] ?? parameter[2])!] : [];
      }),
    ),
  ];
  const delimiterLines = new Set(lines.filter((line) => line.startsWith('--')).map((line) => line.trimEnd()));
  for (const boundary of boundaries) {
    if (!delimiterLines.has(`--${boundary}`)) {
      problems.push(`a multipart section (boundary "${shorten(boundary)}") has no parts`);
    } else if (!delimiterLines.has(`--${boundary}--`)) {
      problems.push(
        `a multipart section (boundary "${shorten(boundary)}") is never closed: the message may be truncated`,
      );
    }
  }
  problems.push(...base64Problems(lines, boundaries));
  return problems;
}

function headerProblems(headerLines: readonly string[]): string[] {
  const unreadable = headerLines.filter((line, index) => {
    const continuation = index > 0 && /^[ \t]/u.test(line);
    // Mailbox exports start with an mbox "From " separator line; it is not a header but not damage either.
    const mboxSeparator = index === 0 && line.startsWith('From ');
    return !continuation && !mboxSeparator && !HEADER_LINE.test(line);
  });
  return unreadable.length > 0
    ? [`${unreadable.length} header line(s) could not be read and were skipped`]
    : [];
}

// Splits the message at every part delimiter and checks each base64-encoded body: only the base64
// alphabet, and a length that is a multiple of 4 once line breaks are removed (else it was cut off).
function base64Problems(lines: readonly string[], boundaries: readonly string[]): string[] {
  const delimiters = new Set(boundaries.flatMap((boundary) => [`--${boundary}`, `--${boundary}--`]));
  const segments: string[][] = [[]];
  for (const line of lines) {
    if (delimiters.has(line.trimEnd())) segments.push([]);
    else segments.at(-1)!.push(line);
  }
  const problems: string[] = [];
  for (const segment of segments) {
    const headerEnd = segment.indexOf('');
    if (headerEnd <= 0 || !HEADER_LINE.test(segment[0]!)) continue;
    const header = segment.slice(0, headerEnd).join('\n');
    if (!TRANSFER_ENCODING_BASE64.test(header)) continue;
    const type = CONTENT_TYPE.exec(header)?.[1]?.toLowerCase() ?? 'text/plain';
    const data = segment
      .slice(headerEnd + 1)
      .join('')
      .replace(/\s/gu, '');
    if (/[^A-Za-z0-9+/=]/u.test(data))
      problems.push(`base64 content (${type}) has characters outside base64`);
    else if (data.length % 4 !== 0)
      problems.push(`base64 content (${type}) is cut off: the end of it is missing`);
  }
  return problems;
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
