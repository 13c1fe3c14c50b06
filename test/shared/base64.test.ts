import { describe, expect, it, vi } from 'vitest';
import { contract, isBase64 } from '../../src/shared/contract.js';

// Uploads and backups travel as base64 in the API's JSON; the host checks them before decoding.
describe('a base64 argument', () => {
  it('is accepted in its canonical form, empty included', () => {
    for (const bytes of [[], [0], [1, 2], [1, 2, 3], [255, 254, 253, 252, 251]]) expect(isBase64(Buffer.from(bytes).toString('base64'))).toBe(true);
  });

  it('is refused with whitespace, a stray character, a wrong length or padding in the middle', () => {
    for (const text of ['QUJD\nREVG', 'QUJD REVG', 'QUJ$', 'QUJDR', 'QQ==QUJD', 'Q===', '====']) expect(isBase64(text), text).toBe(false);
  });

  it('gives the same verdict without Node’s Buffer (the renderer’s path)', async () => {
    const saved = globalThis.Buffer;
    try {
      // The module reads Buffer when it loads: load a fresh copy without it.
      (globalThis as { Buffer?: unknown }).Buffer = undefined;
      vi.resetModules();
      const { isBase64: inBrowser } = await import('../../src/shared/contract.js');
      expect(inBrowser('QUJDREVG')).toBe(true);
      expect(inBrowser('QUJD REVG')).toBe(false);
      expect(inBrowser('QUJ$')).toBe(false);
    } finally {
      globalThis.Buffer = saved;
    }
  });

  it('is checked by the import call’s schema, with a message a person can read', () => {
    const ok = contract['articles:importData'].args.safeParse({ files: [{ name: 'a.txt', data: Buffer.from('Hello').toString('base64') }] });
    expect(ok.success).toBe(true);
    const bad = contract['articles:importData'].args.safeParse({ files: [{ name: 'a.txt', data: 'SGVsbG8$' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Invalid base64-encoded string');
  });

  it('decodes a 10 MB upload’s check without an exception or a false refusal', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 7).toString('base64');
    expect(isBase64(big)).toBe(true);
    expect(isBase64(`${big.slice(0, -4)}A A=`)).toBe(false);
  });
});
