import { describe, expect, it } from 'vitest';
import type { Language } from '../../contracts/hotlines';
import { promptManifest, promptText, recordedPrompts } from './manifest';

const LANGUAGES: Language[] = ['kk', 'ru', 'en'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('prompt manifest', () => {
  it('has a text in Kazakh, Russian and English for every prompt', () => {
    for (const entry of promptManifest) {
      for (const language of LANGUAGES)
        expect(entry.texts[language].trim(), `${entry.key} ${language}`).not.toBe('');
    }
  });

  it('uses unique ASCII keys that Connect accepts as prompt names', () => {
    const keys = promptManifest.map((e) => e.key);

    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9-]{1,50}$/);
  });

  it('writes Kazakh in Kazakh letters and Russian in Cyrillic', () => {
    const kazakhLetters = /[әғқңөұүһі]/i;
    for (const entry of promptManifest) {
      expect(entry.texts.ru, entry.key).toMatch(/[а-яё]/i);
      if (entry.recording !== 'multilingual') expect(entry.texts.kk, entry.key).toMatch(kazakhLetters);
    }
  });

  it('keeps the same live values in every language of a prompt', () => {
    for (const entry of promptManifest) {
      expect(placeholders(entry.texts.ru), entry.key).toEqual(placeholders(entry.texts.kk));
      expect(placeholders(entry.texts.en), entry.key).toEqual(placeholders(entry.texts.kk));
    }
  });

  it('fills live values into a prompt text for Polly', () => {
    expect(promptText('ucc-queue-position', 'ru', { queueSize: '$.Metrics.Queue.Size' })).toContain(
      'Звонков в очереди: $.Metrics.Queue.Size.',
    );
  });

  it('refuses to speak a prompt whose live value is missing', () => {
    expect(() => promptText('ucc-queue-position', 'en')).toThrow(/needs a value for \{queueSize\}/);
  });

  it('asks for a Kazakh recording of every 1414 prompt except those carrying live numbers', () => {
    const recorded = recordedPrompts('1414');

    expect(recorded.map((p) => p.key)).not.toContain('ucc-queue-position');
    expect(recorded.find((p) => p.key === 'ucc-main-menu')).toMatchObject({ language: 'kk' });
    expect(recorded.find((p) => p.key === 'ucc-main-menu')?.text).toBe(
      promptManifest.find((e) => e.key === 'ucc-main-menu')?.texts.kk,
    );
  });

  it.each([
    ['1414', 'ucc-language-menu', ['Қазақ тілінде', 'на русском языке', 'in English']],
    ['111', 'family-language-menu', ['Қазақ тілі', 'Для русского языка']],
  ] as const)('records the %s language menu in each of its languages in turn', (hotline, key, parts) => {
    const menu = recordedPrompts(hotline).find((p) => p.key === key);

    expect(menu?.language).toBe('multilingual');
    let from = 0;
    for (const part of parts) {
      const at = menu?.text.indexOf(part, from) ?? -1;
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('keeps English out of the 111 language menu, which offers Kazakh and Russian only', () => {
    const menu = recordedPrompts('111').find((p) => p.key === 'family-language-menu');

    expect(menu?.text).not.toContain('Press 1');
  });

  it('has a recorded Kazakh prompt for every appeal status on both hotlines', () => {
    for (const [hotline, prefix] of [
      ['1414', 'ucc'],
      ['111', 'family'],
    ] as const) {
      const keys = recordedPrompts(hotline).map((p) => p.key);
      for (const status of [
        'registered',
        'in-progress',
        'referred',
        'answered',
        'closed',
        'not-found',
        'invalid',
      ]) {
        expect(keys).toContain(`${prefix}-appeal-status-${status}`);
      }
    }
  });
});
