import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppSettingsFile, MAX_RECENT, parseAppSettings, withRecent } from '../../src/main/app-settings.js';
import { tempDir } from '../helpers/temp-home.js';

describe('the app settings file', () => {
  it('falls back to defaults for a missing, garbled or invalid file', () => {
    const defaults = { libraryPath: null, window: null, recent: [] };
    expect(parseAppSettings(null)).toEqual(defaults);
    expect(parseAppSettings('{not json')).toEqual(defaults);
    expect(parseAppSettings('{"window":{"bounds":{"x":0,"y":0,"width":-5,"height":1},"maximized":false}}')).toEqual(defaults);
  });

  it('keeps the window state and the library path across restarts', () => {
    const dir = tempDir();
    const file = new AppSettingsFile(dir);
    file.setWindow({ bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true });
    file.update({ libraryPath: '/data/library' });
    const again = new AppSettingsFile(dir).value;
    expect(again).toMatchObject({ libraryPath: '/data/library', window: { maximized: true, bounds: { width: 900 } } });
    expect(JSON.parse(readFileSync(join(dir, 'app-settings.json'), 'utf8')).libraryPath).toBe('/data/library');
  });

  it('keeps the recent files newest first, once each, at most ten', () => {
    let recent: string[] = [];
    for (let i = 0; i < 12; i++) recent = withRecent(recent, `/f${i}.md`);
    recent = withRecent(recent, '/f5.md');
    expect(recent[0]).toBe('/f5.md');
    expect(recent).toHaveLength(MAX_RECENT);
    expect(new Set(recent).size).toBe(recent.length);
  });
});
