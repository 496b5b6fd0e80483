import type { AttachmentLimits } from '../../../contracts/function-settings';

/**
 * How much of a message's attachments the register unpacks. SES accepts messages up to 40 MB and the raw
 * message is always kept, so nothing is lost by unpacking less: a message with hundreds of files (or files
 * of tens of megabytes) gets the first ones that fit the limits stored as the appeal's files, and a note
 * naming the rest, which stay in the raw message for whoever needs them.
 */

export type { AttachmentLimits };

export interface Sized {
  readonly filename: string;
  readonly size: number;
}

export interface CappedAttachments<T extends Sized> {
  readonly unpacked: readonly T[];
  readonly notUnpacked: readonly T[];
}

/** In the message's order: each file that still fits both limits is unpacked; the others are not. */
export function capAttachments<T extends Sized>(
  attachments: readonly T[],
  limits: AttachmentLimits,
): CappedAttachments<T> {
  const unpacked: T[] = [];
  const notUnpacked: T[] = [];
  let total = 0;
  for (const attachment of attachments) {
    if (unpacked.length < limits.maxCount && total + attachment.size <= limits.maxTotalBytes) {
      unpacked.push(attachment);
      total += attachment.size;
    } else {
      notUnpacked.push(attachment);
    }
  }
  return { unpacked, notUnpacked };
}

const LISTED_NAMES = 20;

/** The note kept on the appeal: how many files were not unpacked, which, and where they are. */
export function notUnpackedNote(notUnpacked: readonly Sized[], limits: AttachmentLimits): string | undefined {
  if (notUnpacked.length === 0) return undefined;
  const names = notUnpacked
    .slice(0, LISTED_NAMES)
    .map((file) => `${file.filename} (${megabytes(file.size)})`);
  const more = notUnpacked.length > LISTED_NAMES ? ` and ${notUnpacked.length - LISTED_NAMES} more` : '';
  return (
    `${notUnpacked.length} attachment${notUnpacked.length === 1 ? ' was' : 's were'} not unpacked ` +
    `(at most ${limits.maxCount} files and ${megabytes(limits.maxTotalBytes)} per message): ` +
    `${names.join(', ')}${more}; they are in the raw message`
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
