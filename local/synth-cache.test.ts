import { describe, expect, it } from 'vitest';
import { synthCacheEnabled, synthInputDigest } from './synth-cache';
import { synthesizeStacks } from './template-model';

describe('the synthesis cache of the local runtime', () => {
  it('gives back exactly what a fresh synthesis of the same sources gives', async () => {
    const fresh = await withCache('off', () => synthesizeStacks());
    await synthesizeStacks(); // fills the cache if this checkout has not yet
    const cached = await synthesizeStacks();
    expect(cached).toEqual(fresh);
  }, 180_000);

  it('keys each stage apart, and the same inputs to the same key', () => {
    const dev = synthInputDigest({ stage: null });
    expect(synthInputDigest({ stage: null })).toBe(dev);
    expect(synthInputDigest({ stage: 'prod' })).not.toBe(dev);
  });

  it('can be switched off for debugging CDK code', () => {
    expect(synthCacheEnabled({ QOLDAU_SYNTH_CACHE: 'off' })).toBe(false);
    expect(synthCacheEnabled({})).toBe(true);
  });
});

async function withCache<T>(value: string, run: () => Promise<T>): Promise<T> {
  const before = process.env['QOLDAU_SYNTH_CACHE'];
  process.env['QOLDAU_SYNTH_CACHE'] = value;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env['QOLDAU_SYNTH_CACHE'];
    else process.env['QOLDAU_SYNTH_CACHE'] = before;
  }
}
