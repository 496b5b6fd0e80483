import { describe, expect, it } from 'vitest';
import { parseAppealSettings } from '../../../functions/appeals/domain/settings';
import { loadConfig } from '../../config/load';
import { appealSettingsOf } from './appeal-settings';

describe('the register’s settings from the hotline configuration', () => {
  it('carry what the functions need, fit Lambda’s environment, and read back unchanged', () => {
    const config = loadConfig({ stage: 'dev' })['111'];

    const settings = appealSettingsOf(config);
    const json = JSON.stringify(settings);

    expect(settings).toMatchObject({
      hotline: '111',
      languages: ['kk', 'ru'],
      confidential: true,
      answerWorkingDays: 15,
      urgentAckMinutes: 15,
    });
    expect(settings.urgentRecipients.map(({ id }) => id)).toEqual([
      'police-102',
      'children-ombudsman',
      'ombudsman-almaty',
    ]);
    expect(Buffer.byteLength(json)).toBeLessThan(2048);
    expect(parseAppealSettings(json)).toEqual(settings);
  });
});
