/**
 * Just enough header reading for SES receiving: the top-level headers of a raw message, unfolded, and
 * the addresses in To/Cc. Done by hand rather than with a MIME parser, because SES must route even a
 * message whose structure is broken (the register itself then reads what it can).
 */

export interface RawHeader {
  readonly name: string;
  readonly value: string;
}

export function readHeaders(raw: Buffer): RawHeader[] {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/u);
  const block = end === -1 ? text : text.slice(0, end);
  const headers: RawHeader[] = [];
  for (const line of block.split(/\r?\n/u)) {
    if (/^[ \t]/u.test(line) && headers.length > 0) {
      const last = headers.pop()!;
      headers.push({ name: last.name, value: `${last.value} ${line.trim()}` });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/u.test(line.slice(0, colon))) continue;
    headers.push({ name: line.slice(0, colon), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

export function headerValues(headers: readonly RawHeader[], name: string): string[] {
  return headers
    .filter((header) => header.name.toLowerCase() === name.toLowerCase())
    .map(({ value }) => value);
}

const ADDRESS = /[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+\.[^\s<>,;:"()[\]]+/gu;

/** Lowercased addresses found in header values such as `"Айгерим" <a@mail.kz>, b@mail.kz`. */
export function addressesIn(values: readonly string[]): string[] {
  return [
    ...new Set(values.flatMap((value) => value.match(ADDRESS) ?? []).map((address) => address.toLowerCase())),
  ];
}
