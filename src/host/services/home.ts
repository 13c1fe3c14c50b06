// Where the library lives. Without --home or LECTERN_HOME it is the desktop app's own folder:
// Electron's `userData` for the product name, computed here without loading Electron.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Lectern';

/** Electron's `appData` folder for this platform. */
export function appDataFolder(platform = process.platform, env = process.env, home = homedir()): string {
  switch (platform) {
    case 'win32':
      return env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
    case 'darwin':
      return join(home, 'Library', 'Application Support');
    default:
      return env['XDG_CONFIG_HOME'] || join(home, '.config');
  }
}

export function defaultHome(platform = process.platform, env = process.env, home = homedir()): string {
  return join(appDataFolder(platform, env, home), PRODUCT_NAME);
}

/** --home beats LECTERN_HOME beats the app's folder. */
export function resolveHome(flag: string | undefined, env = process.env): string {
  if (flag) return resolve(flag);
  if (env['LECTERN_HOME']) return resolve(env['LECTERN_HOME']);
  return defaultHome(process.platform, env);
}
