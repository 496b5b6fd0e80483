import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  checkPromptAudio,
  holdMusicWav,
  MU_LAW_FORMAT,
  muLawWav,
  PromptAudioError,
  placeholderSeconds,
  placeholderWav,
  promptAudioFormat,
  promptAudioProblems,
  spokenPromptWav,
} from './wav';

const { WaveFile } = createRequire(import.meta.url)('wavefile') as typeof import('wavefile');

/** Decoded samples (16-bit) of a mu-law prompt. */
function samplesOf(wav: Buffer): Int16Array {
  const file = new WaveFile(wav);
  file.fromMuLaw();
  return file.getSamples(false, Int16Array) as unknown as Int16Array;
}

/** A PCM WAV as another tool would write it. */
function pcmWav(options: { rate: number; channels: number; seconds: number; bits?: string }): Buffer {
  const length = Math.round(options.rate * options.seconds);
  const channel = Int16Array.from({ length }, (_, i) =>
    Math.round(8000 * Math.sin((2 * Math.PI * 300 * i) / options.rate)),
  );
  const file = new WaveFile();
  file.fromScratch(
    options.channels,
    options.rate,
    '16',
    options.channels === 1 ? channel : Array(options.channels).fill(channel),
  );
  if (options.bits !== undefined) file.toBitDepth(options.bits);
  return Buffer.from(file.toBuffer());
}

describe('placeholder prompt audio', () => {
  it('is an 8 kHz mono 8-bit mu-law WAV, the format Connect plays as a prompt', () => {
    const wav = placeholderWav('Қош келдіңіз');

    expect(promptAudioFormat(wav)).toMatchObject({
      format: MU_LAW_FORMAT,
      sampleRate: 8000,
      channels: 1,
      bitsPerSample: 8,
    });
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(promptAudioProblems(wav)).toEqual([]);
  });

  it('lasts about as long as the text takes to say', () => {
    const text = 'Өтініштің тіркеу нөмірін теріп, соңынан тор белгісін басыңыз.';

    expect(promptAudioFormat(placeholderWav(text)).seconds).toBeGreaterThan(
      promptAudioFormat(placeholderWav('Сәлем')).seconds,
    );
    expect(promptAudioFormat(placeholderWav(text)).seconds).toBeCloseTo(placeholderSeconds(text), 2);
  });

  it('is never shorter than half a second, even for an empty text', () => {
    expect(promptAudioFormat(placeholderWav('')).seconds).toBeCloseTo(0.5, 2);
  });

  it('starts with an audible beep and then falls silent', () => {
    const samples = samplesOf(placeholderWav('A long enough text to leave silence after the beep'));

    expect(Math.max(...Array.from(samples.slice(0, 400), Math.abs))).toBeGreaterThan(1000);
    expect(Math.abs(samples[8000] ?? 99)).toBeLessThan(10);
  });

  it('makes hold music of the asked length, in the same format', () => {
    expect(promptAudioFormat(holdMusicWav(12)).seconds).toBeCloseTo(12, 2);
    expect(promptAudioProblems(holdMusicWav(1))).toEqual([]);
  });

  it('turns speech at another rate into one mu-law prompt, languages in order with a pause between', () => {
    const wav = spokenPromptWav([
      pcmWav({ rate: 22050, channels: 1, seconds: 1 }),
      pcmWav({ rate: 22050, channels: 1, seconds: 0.5 }),
    ]);

    expect(promptAudioProblems(wav)).toEqual([]);
    expect(promptAudioFormat(wav).seconds).toBeCloseTo(1.9, 1);
  });
});

describe('a supplied recording', () => {
  it('passes when it is 8 kHz mono mu-law', () => {
    const good = spokenPromptWav([pcmWav({ rate: 8000, channels: 1, seconds: 2 })]);

    expect(checkPromptAudio('welcome.wav', good)).toBe(good);
  });

  it.each([
    [
      '16-bit PCM',
      pcmWav({ rate: 8000, channels: 1, seconds: 1 }),
      /welcome\.wav.*PCM 16-bit, not 8-bit mu-law; convert it with/,
    ],
    ['44.1 kHz', pcmWav({ rate: 44100, channels: 1, seconds: 1 }), /44100 Hz, not 8000 Hz/],
    ['stereo', pcmWav({ rate: 8000, channels: 2, seconds: 1 }), /2 channels, not 1 \(mono\)/],
    ['an MP3 renamed', Buffer.from('ID3\u0004\u0000not a wave file at all'), /is not a WAV file/],
  ])('stops synthesis naming the file and the fix when it is %s', (_, wav, message) => {
    expect(() => checkPromptAudio('welcome.wav', wav)).toThrow(PromptAudioError);
    expect(() => checkPromptAudio('welcome.wav', wav)).toThrow(message);
  });

  it('is refused when it lasts 5 minutes or more', () => {
    const long = muLawWav(new Float32Array(301 * 8000));

    expect(() => checkPromptAudio('long.wav', long)).toThrow(
      /lasts 301 s; Connect takes prompts under 5 minutes/,
    );
    // Encoding five minutes of audio takes seconds on a busy machine.
  }, 30_000);
});
