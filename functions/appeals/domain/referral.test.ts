import { describe, expect, it } from 'vitest';
import { type DirectoryBody, referralFromDirectory, referredBody } from './referral';

const enpf: DirectoryBody = {
  id: 'enpf',
  name: {
    kk: 'Бірыңғай жинақтаушы зейнетақы қоры',
    ru: 'Единый накопительный пенсионный фонд',
  },
  phone: '1418',
  website: 'https://www.enpf.kz',
};

describe('a body of the referral directory, as the applicant is told it', () => {
  it.each([
    { language: 'kk', name: 'Бірыңғай жинақтаушы зейнетақы қоры' },
    { language: 'ru', name: 'Единый накопительный пенсионный фонд' },
    { language: 'en', name: 'Единый накопительный пенсионный фонд' },
  ])('is named in $language (Russian when the directory has no name in it)', ({ language, name }) => {
    expect(referralFromDirectory(enpf, language).name).toBe(name);
  });

  it('is named in English when the directory has it', () => {
    const body: DirectoryBody = { ...enpf, name: { ...enpf.name, en: 'Unified Accumulative Pension Fund' } };

    expect(referralFromDirectory(body, 'en').name).toBe('Unified Accumulative Pension Fund');
  });

  it('falls back past a blank name, and to its id when it has no name at all', () => {
    expect(referralFromDirectory({ ...enpf, name: { kk: '  ', ru: 'Фонд' } }, 'kk').name).toBe('Фонд');
    expect(referralFromDirectory({ id: 'enpf', name: {} }, 'ru').name).toBe('enpf');
  });

  it('gives its phone, e-mail and site as one line, or no contacts when it has none', () => {
    expect(referralFromDirectory(enpf, 'kk').contacts).toBe('1418, https://www.enpf.kz');
    expect(referralFromDirectory({ ...enpf, email: 'info@enpf.kz' }, 'kk').contacts).toBe(
      '1418, info@enpf.kz, https://www.enpf.kz',
    );
    expect(referralFromDirectory({ id: 'x1', name: { ru: 'Орган' } }, 'ru')).toEqual({ name: 'Орган' });
  });
});

describe('a referral where the operator says otherwise', () => {
  const listed = referralFromDirectory(enpf, 'ru');

  it('keeps the directory’s name and contacts when nothing else is given', () => {
    expect(referredBody(listed, {})).toEqual(listed);
  });

  it('replaces the name and the contacts each on its own', () => {
    expect(referredBody(listed, { contacts: 'Алматы, ул. Абая 1' })).toEqual({
      name: 'Единый накопительный пенсионный фонд',
      contacts: 'Алматы, ул. Абая 1',
    });
    expect(referredBody(listed, { name: 'ЕНПФ, филиал в Алматы' })).toEqual({
      name: 'ЕНПФ, филиал в Алматы',
      contacts: '1418, https://www.enpf.kz',
    });
  });
});
