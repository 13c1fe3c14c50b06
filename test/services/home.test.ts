import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHome, resolveHome } from '../../src/host/services/home.js';

describe('the library home', () => {
  it("is Electron's userData folder for Lectern on each platform", () => {
    expect(defaultHome('linux', {}, '/home/ada')).toBe('/home/ada/.config/Lectern');
    expect(defaultHome('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe('/xdg/Lectern');
    expect(defaultHome('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Application Support/Lectern');
    expect(defaultHome('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(join('C:\\Users\\ada\\AppData\\Roaming', 'Lectern'));
  });

  it('takes --home over LECTERN_HOME over the default', () => {
    expect(resolveHome('/a', { LECTERN_HOME: '/b' })).toBe('/a');
    expect(resolveHome(undefined, { LECTERN_HOME: '/b' })).toBe('/b');
    expect(resolveHome(undefined, { XDG_CONFIG_HOME: '/xdg' })).toBe('/xdg/Lectern');
  });
});
