import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REFUSED, shellHandler } from '../../src/main/shell-reply.js';
import { StoreError } from '../../src/core/errors.js';

describe('a shell channel', () => {
  const schema = z.object({ folders: z.boolean() }).strict();

  it('answers with the value', async () => {
    const handler = shellHandler(() => true, schema, async (_e, { folders }) => (folders ? ['/a'] : []));
    expect(await handler({}, { folders: true })).toEqual({ ok: true, value: ['/a'] });
  });

  it('turns a failure into a clean message, not "Error invoking remote method"', async () => {
    const handler = shellHandler(() => true, schema, async () => {
      throw new StoreError('The folder /media/usb is not empty; choose an empty or new folder.');
    });
    expect(await handler({}, { folders: false })).toEqual({ ok: false, name: 'StoreError', error: 'The folder /media/usb is not empty; choose an empty or new folder.' });
  });

  it('refuses other senders and unreadable arguments without running', async () => {
    let ran = false;
    const run = async () => {
      ran = true;
    };
    expect(await shellHandler(() => false, schema, run)({}, { folders: true })).toEqual({ ok: false, name: 'SecurityError', error: REFUSED });
    const bad = await shellHandler(() => true, schema, run)({}, { folders: 'yes' });
    expect(bad).toMatchObject({ ok: false, name: 'ValidationError' });
    expect(ran).toBe(false);
  });
});
