import { describe, expect, it } from 'vitest';
import { emptyReferralForm, formToReferral, referralToForm } from './referral-form';

const stored = {
  id: 'akimat-almaty',
  kind: 'local',
  name: { kk: 'Алматы қаласының әкімдігі', ru: 'Акимат города Алматы' },
  competence: { kk: 'Қалалық қызметтер', ru: 'Городские службы', en: 'City services' },
  phone: '109',
  hotlines: ['1414', '111'],
  version: 3,
  updatedAt: '2026-11-02T05:00:00.000Z',
};

describe('the referral-directory form', () => {
  it('opens a stored body with its texts, contacts, version and hotlines, and sends it back unchanged', () => {
    const form = referralToForm(stored, '1414');

    expect(form['name.ru']).toBe('Акимат города Алматы');
    expect(form['name.en']).toBe('');
    expect(form.version).toBe(3);
    expect(formToReferral(form)).toEqual({
      kind: 'local',
      name: stored.name,
      competence: stored.competence,
      phone: '109',
      hotlines: ['1414', '111'],
    });
  });

  it('leaves out empty translations, contacts and hours, and trims what the editor typed', () => {
    const form = emptyReferralForm('111');
    form['name.kk'] = '  Жаңа орган ';
    form['competence.ru'] = 'Помощь семьям';
    form.email = ' help@example.kz ';

    expect(formToReferral(form)).toEqual({
      kind: 'central',
      name: { kk: 'Жаңа орган' },
      competence: { ru: 'Помощь семьям' },
      email: 'help@example.kz',
      hotlines: ['111'],
    });
  });
});
