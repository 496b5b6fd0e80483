import { describe, expect, it } from 'vitest';
import { safeAttachmentName } from './attachment-name';

describe('naming attachments safely', () => {
  it.each([
    ['a Cyrillic name as sent', 'Жалоба.pdf', 'Жалоба.pdf'],
    ['a path climbing out of its folder', '../../etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\Users\\Aigul\\Desktop\\скан.jpg', 'скан.jpg'],
    ['control and bidi characters', 'счёт\u202Efdp.exe\u0007', 'счётfdp.exe'],
    ['characters Windows cannot store', 'что?где*когда.docx', 'что_где_когда.docx'],
    ['leading dots and trailing dots', '...hidden.txt..', 'hidden.txt'],
  ])('keeps %s readable and harmless', (_what, name, expected) => {
    expect(safeAttachmentName(name, 'application/octet-stream', 1)).toBe(expected);
  });

  it.each([
    [undefined, 'application/pdf', 2, 'attachment-2.pdf'],
    ['', 'image/jpeg', 1, 'attachment-1.jpg'],
    ['../', 'application/x-unknown', 3, 'attachment-3.bin'],
  ])('gives a nameless part (%s, %s) a name with its number and type', (name, type, position, expected) => {
    expect(safeAttachmentName(name, type, position)).toBe(expected);
  });

  it('shortens a very long name but keeps its extension', () => {
    const name = `${'очень длинное имя '.repeat(20)}.pdf`;

    const safe = safeAttachmentName(name, 'application/pdf', 1);

    expect([...safe].length).toBeLessThanOrEqual(150);
    expect(safe.endsWith('.pdf')).toBe(true);
  });
});
