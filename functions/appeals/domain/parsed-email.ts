import type { Language } from '../../../contracts/hotlines';

/** What `parseEmail` makes of a raw message (its own file, so the fallback reader can share it without a cycle). */

export interface EmailAddress {
  /** Lowercased address, e.g. `aigerim@mail.kz`. */
  readonly address: string;
  readonly name?: string;
}

export interface ParsedAttachment {
  /** Decoded and made safe (see `safeAttachmentName`); never empty. */
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly content: Buffer;
  /** An image embedded in the HTML body (a signature logo) rather than a file the sender attached. */
  readonly inline: boolean;
}

export interface ParsedEmail {
  /** As written, with angle brackets: `<CAK7x@mail.gmail.com>`. */
  readonly messageId?: string;
  readonly inReplyTo?: string;
  readonly references: readonly string[];
  readonly from?: EmailAddress;
  readonly replyTo?: EmailAddress;
  readonly to: readonly EmailAddress[];
  readonly subject: string;
  /** The Date header as an ISO instant, only when present and readable. */
  readonly date?: string;
  /** Safe plain text: from the text part, else reduced from the HTML part. */
  readonly text: string;
  readonly textSource: 'plain' | 'html' | 'none';
  readonly language: Language;
  readonly attachments: readonly ParsedAttachment[];
  /** Top-level headers by lowercase name, unfolded, values as written (encoded words not decoded). */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  /** True when something could not be read; `problems` says what. */
  readonly partial: boolean;
  readonly problems: readonly string[];
}
