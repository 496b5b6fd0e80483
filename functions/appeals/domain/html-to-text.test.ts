import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities';
import { htmlToPlainText } from './html-to-text';

describe('reducing HTML mail to plain text', () => {
  it.each([
    ['a script', '<p>Привет</p><script>alert("x")</script>', 'Привет'],
    ['a script in capitals with a < inside', '<SCRIPT>if (a < b) steal()</SCRIPT>Текст', 'Текст'],
    ['a script that never ends', 'Текст<script>steal()', 'Текст'],
    ['a style sheet', '<style>p { color: red }</style><p>Текст</p>', 'Текст'],
    ['the head and its title', '<html><head><title>Письмо</title></head><body>Текст</body></html>', 'Текст'],
    ['a comment', 'До<!-- скрыто -->после', 'Допосле'],
    ['the tag of an unclosed title, but not the letter after it', '<title>Письмо<body>Текст', 'ПисьмоТекст'],
    [
      'the head without its closing tag, but not the body',
      '<html><head><meta charset="utf-8"><body>Текст',
      'Текст',
    ],
    ['event handler attributes', '<p onclick="steal()">Текст</p>', 'Текст'],
    ['an image', 'Текст<img src="cid:logo" alt="logo">', 'Текст'],
    ['a javascript: link, keeping its words', '<a href="javascript:steal()">нажмите</a>', 'нажмите'],
  ])('drops %s', (_what, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });

  it.each([
    ['<br>', 'первая<br>вторая', 'первая\nвторая'],
    ['paragraphs, with a blank line between', '<p>первый</p>\n<p>второй</p>', 'первый\n\nвторой'],
    [
      'an empty line written as <div><br></div>',
      '<div>первый</div><div><br></div><div>второй</div>',
      'первый\n\nвторой',
    ],
    ['divs', '<div>первый</div><div>второй</div>', 'первый\nвторой'],
    ['list items', '<ul><li>один</li><li>два</li></ul>', '- один\n- два'],
    [
      'table rows',
      '<table><tr><td>ИИН</td><td>верный</td></tr><tr><td>Адрес</td></tr></table>',
      'ИИН верный\nАдрес',
    ],
    ['line breaks in the source, which HTML ignores', 'одна\n   строка', 'одна строка'],
    ['preformatted text', '<pre>строка 1\nстрока 2</pre>', 'строка 1\nстрока 2'],
  ])('keeps the line structure of %s', (_what, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });

  it('keeps a link address beside its text, once', () => {
    const html =
      '<a href="https://disk.yandex.kz/i/Q7">скриншот</a> и <a href="https://egov.kz">https://egov.kz</a>';

    expect(htmlToPlainText(html)).toBe('скриншот (https://disk.yandex.kz/i/Q7) и https://egov.kz');
  });

  it('leaves text that merely looks like a tag, as people write it', () => {
    expect(htmlToPlainText('если 3 &lt; 5 и 5 > 3')).toBe('если 3 < 5 и 5 > 3');
  });
});

describe('decoding character references', () => {
  it.each([
    ['&laquo;Ерекше&raquo;', '«Ерекше»'],
    ['&#8470; 5', '№ 5'],
    ['&#x49B;&#x4A3;', 'қң'],
    ['A&amp;B &AMP; C', 'A&B & C'],
    ['&nbsp;', '\u00a0'],
    ['&unknown; &constructor;', '&unknown; &constructor;'],
    ['&#0; &#xD800;', '\ufffd \ufffd'],
  ])('%s', (encoded, expected) => {
    expect(decodeHtmlEntities(encoded)).toBe(expected);
  });
});
