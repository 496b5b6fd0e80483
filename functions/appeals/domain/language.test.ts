import { describe, expect, it } from 'vitest';
import { guessLanguage } from './language';

describe('guessing the language of an appeal', () => {
  it.each([
    ['Kazakh', 'Сәлеметсіз бе! Зейнетақы туралы анықтама алынбай тұр.', 'kk'],
    ['Kazakh in capitals', 'ӨТІНІШ: ҚЫЗМЕТ ҚОЛЖЕТІМСІЗ', 'kk'],
    ['Kazakh typed with a Latin i for і', 'Сiздiң порталда анықтама шықпайды, көмектесiңiздер', 'kk'],
    ['Russian', 'Здравствуйте! Не могу подписать заявление ЭЦП.', 'ru'],
    [
      'Russian naming a Kazakh place',
      'Здравствуйте! Прошу разъяснить, почему в ЦОН города Қарағанды мне отказали в приёме документов на замену удостоверения личности и не назвали причину.',
      'ru',
    ],
    [
      'Russian with Latin product names',
      'NCALayer не видит ключ ЭЦП в браузере Google Chrome на Windows',
      'ru',
    ],
    ['English', 'Good morning, my residence permit application is still under review.', 'en'],
    ['English with a Russian word', 'Hello, I need a справка for my employer, please help.', 'en'],
    ['no letters at all', '12345 !!!', 'en'],
    ['empty text', '', 'en'],
  ])('reads %s as %s', (_what, text, expected) => {
    expect(guessLanguage(text)).toBe(expected);
  });

  it('judges a reply by what the applicant wrote, not by the quoted acknowledgement', () => {
    const reply = [
      'Рахмет, тағы бір сұрағым бар: анықтаманы қашан аламын?',
      '> Здравствуйте! Ваше обращение зарегистрировано.',
      '> Регистрационный номер: 1415-2297-2035-8',
      '> Срок ответа: до 25.11.2026 23:59 (время Астаны)',
      '> Чтобы дополнить обращение, ответьте на это письмо, не меняя номер в теме.',
    ].join('\n');

    expect(guessLanguage(reply)).toBe('kk');
  });
});
