/**
 * Names of attachments as people sent them (`Жалоба.pdf`), made safe to show and to use as the last
 * part of a storage key: no directories (`../../etc/passwd` keeps `passwd`), no control characters,
 * a bounded length that keeps the extension. A part without a name gets `attachment-N` and an
 * extension from its type, so an operator can still open it.
 */

const MAX_NAME_LENGTH = 150;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'application/msword': '.doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.ms-excel': '.xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/zip': '.zip',
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/heic': '.heic',
  'image/webp': '.webp',
  'audio/mpeg': '.mp3',
  'audio/ogg': '.ogg',
  'video/mp4': '.mp4',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/calendar': '.ics',
  'message/rfc822': '.eml',
  'message/delivery-status': '.txt',
  'text/rfc822-headers': '.txt',
};

/** A safe file name for the attachment at position `position` (1-based) of type `contentType`. */
export function safeAttachmentName(name: string | undefined, contentType: string, position: number): string {
  const lastSegment = (name ?? '').split(/[/\\]/u).at(-1) ?? '';
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu, '')
    .replace(/[<>:"|?*]/gu, '_')
    .trim()
    .replace(/^\.+/u, '')
    .replace(/[. ]+$/u, '');
  if (cleaned === '') return `attachment-${position}${EXTENSIONS[contentType.toLowerCase()] ?? '.bin'}`;
  return shortenKeepingExtension(cleaned);
}

function shortenKeepingExtension(name: string): string {
  const characters = [...name];
  if (characters.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return characters.slice(0, MAX_NAME_LENGTH - [...extension].length).join('') + extension;
}
