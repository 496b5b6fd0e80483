import { describe, expect, it } from 'vitest';
import { capAttachments, notUnpackedNote } from './attachment-limits';

const file = (filename: string, size: number) => ({ filename, size });
const MB = 1024 * 1024;

describe('attachment limits', () => {
  it('unpacks every file of an ordinary message', () => {
    const files = [file('a.pdf', MB), file('b.jpg', 2 * MB)];

    const capped = capAttachments(files, { maxCount: 20, maxTotalBytes: 25 * MB });

    expect(capped).toEqual({ unpacked: files, notUnpacked: [] });
    expect(notUnpackedNote(capped.notUnpacked, { maxCount: 20, maxTotalBytes: 25 * MB })).toBeUndefined();
  });

  it('unpacks the first files up to the count, in the message order', () => {
    const files = Array.from({ length: 306 }, (_, index) => file(`${index + 1}.txt`, 10));

    const capped = capAttachments(files, { maxCount: 20, maxTotalBytes: 25 * MB });

    expect(capped.unpacked.map((f) => f.filename)).toEqual(files.slice(0, 20).map((f) => f.filename));
    expect(capped.notUnpacked).toHaveLength(286);
  });

  it('skips a file that would pass the total size, and still unpacks smaller ones after it', () => {
    const files = [file('scan1.pdf', 20 * MB), file('video.mp4', 10 * MB), file('note.txt', MB)];

    const capped = capAttachments(files, { maxCount: 20, maxTotalBytes: 25 * MB });

    expect(capped.unpacked.map((f) => f.filename)).toEqual(['scan1.pdf', 'note.txt']);
    expect(capped.notUnpacked.map((f) => f.filename)).toEqual(['video.mp4']);
  });

  it('names what was not unpacked, with sizes and the limits, and says where it is', () => {
    const note = notUnpackedNote([file('video.mp4', 10 * MB)], { maxCount: 20, maxTotalBytes: 25 * MB });

    expect(note).toBe(
      '1 attachment was not unpacked (at most 20 files and 25.0 MB per message): video.mp4 (10.0 MB); they are in the raw message',
    );
  });

  it('lists at most twenty names and counts the rest', () => {
    const left = Array.from({ length: 25 }, (_, index) => file(`${index + 1}.txt`, 10));

    const note = notUnpackedNote(left, { maxCount: 20, maxTotalBytes: 25 * MB });

    expect(note).toContain('25 attachments were not unpacked');
    expect(note).toContain('20.txt (0.00 MB) and 5 more;');
    expect(note).not.toContain('21.txt');
  });
});
