// Every call goes through one gate: unknown names and arguments that do not match the call's
// schema are refused with a sentence a person can read, before any handler runs.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { apiNames } from '../../src/shared/contract.js';
import { CARD_FILTER_TOGGLES } from '../../src/shared/study.js';
import { createHandlers } from '../../src/host/services/handlers.js';
import { wireServices } from '../../src/host/open-host.js';
import { createDirectApi, dispatch } from '../../src/host/services/dispatch.js';
import { Library } from '../../src/host/services/library.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

function api() {
  return createDirectApi(createHandlers(wireServices(Library.open(tempDir(), { samplesDir: SAMPLES }))));
}

describe('the API gate', () => {
  it('exposes every call of the contract, named domain:verb', () => {
    const direct = api();
    for (const name of apiNames) {
      expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      expect(typeof direct[name]).toBe('function');
    }
  });

  it('runs a valid call', async () => {
    const direct = api();
    const [sample] = await direct['articles:list']({});
    const renamed = await direct['articles:rename']({ id: sample!.id, title: '  Blinken in Beijing  ' });
    expect(renamed.title).toBe('Blinken in Beijing');
  });

  it('takes every yes/no filter of the card browser', async () => {
    const direct = api();
    const filter = Object.fromEntries(CARD_FILTER_TOGGLES.map((t) => [t, false]));
    await expect(direct['cards:browse']({ ...filter, dropped: false })).resolves.toEqual([]);
  });

  it('refuses an unknown call', async () => {
    const handlers = createHandlers(wireServices(Library.open(tempDir())));
    await expect(dispatch(handlers, 'articles:drop', {})).rejects.toThrow(ValidationError);
    await expect(dispatch(handlers, '__proto__', {})).rejects.toThrow(/no call named/);
  });

  it.each([
    ['articles:get', { id: '../../etc/passwd' }, /id: an article ID is 16 hexadecimal characters/],
    ['articles:rename', { id: '48b49f7991c0da8e', title: '   ' }, /title: a title cannot be empty/],
    ['articles:setProgress', { id: '48b49f7991c0da8e', progress: 2 }, /progress/],
    ['articles:setTags', { id: '48b49f7991c0da8e', tags: ['a,b'] }, /commas/],
    ['articles:list', { extra: true }, /Unrecognized key/i],
    ['articles:scan', { paths: [] }, /paths/],
    ['cards:browse', { pinned: true }, /Unrecognized key/i],
    ['cards:browse', { flagged: 'yes' }, /flagged/],
    ['articles:setFlags', 'not an object', /Invalid arguments for articles:setFlags/],
  ])('refuses %s with bad arguments %j', async (name, args, message) => {
    const handlers = createHandlers(wireServices(Library.open(tempDir())));
    await expect(dispatch(handlers, name, args)).rejects.toThrow(message);
  });
});
