import { describe, expect, it } from 'vitest';
import { holdMusicWav, placeholderSeconds, placeholderWav } from './wav';

function header(wav: Buffer) {
  return {
    riff: wav.toString('ascii', 0, 4),
    riffSize: wav.readUInt32LE(4),
    wave: wav.toString('ascii', 8, 12),
    fmt: wav.toString('ascii', 12, 16),
    format: wav.readUInt16LE(20),
    channels: wav.readUInt16LE(22),
    sampleRate: wav.readUInt32LE(24),
    byteRate: wav.readUInt32LE(28),
    bitsPerSample: wav.readUInt16LE(34),
    data: wav.toString('ascii', 36, 40),
    dataSize: wav.readUInt32LE(40),
  };
}

const seconds = (wav: Buffer) => header(wav).dataSize / 2 / 8000;

describe('placeholder prompt audio', () => {
  it('is an 8 kHz 16-bit mono PCM WAV, the format Connect recommends', () => {
    const wav = placeholderWav('Қош келдіңіз');

    expect(header(wav)).toEqual({
      riff: 'RIFF',
      riffSize: wav.length - 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      format: 1,
      channels: 1,
      sampleRate: 8000,
      byteRate: 16000,
      bitsPerSample: 16,
      data: 'data',
      dataSize: wav.length - 44,
    });
  });

  it('lasts about as long as the text takes to say', () => {
    const short = placeholderWav('Сәлем');
    const long = placeholderWav('Өтініштің тіркеу нөмірін теріп, соңынан тор белгісін басыңыз.');

    expect(seconds(long)).toBeGreaterThan(seconds(short));
    expect(seconds(long)).toBeCloseTo(
      placeholderSeconds('Өтініштің тіркеу нөмірін теріп, соңынан тор белгісін басыңыз.'),
      2,
    );
  });

  it('is never shorter than half a second, even for an empty text', () => {
    expect(seconds(placeholderWav(''))).toBeCloseTo(0.5, 2);
  });

  it('starts with an audible beep and then falls silent', () => {
    const wav = placeholderWav('A long enough text to leave silence after the beep');
    const sample = (i: number) => wav.readInt16LE(44 + i * 2);

    expect(Math.max(...Array.from({ length: 400 }, (_, i) => Math.abs(sample(i))))).toBeGreaterThan(1000);
    expect(sample(8000)).toBe(0);
  });

  it('makes hold music of the asked length', () => {
    expect(seconds(holdMusicWav(12))).toBeCloseTo(12, 2);
    expect(header(holdMusicWav(1)).sampleRate).toBe(8000);
  });
});
