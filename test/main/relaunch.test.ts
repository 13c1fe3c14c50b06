import { describe, expect, it } from 'vitest';
import { relaunchOptions } from '../../src/main/relaunch.js';

describe('restarting the app', () => {
  it('runs the AppImage file itself, not the path inside its vanished mount', () => {
    const argv = ['/tmp/.mount_LecterXYZ/lectern', '--no-sandbox', '/home/ada/essay.md'];
    expect(relaunchOptions(argv, { APPIMAGE: '/home/ada/Apps/Lectern-0.1.0.AppImage' }, true)).toEqual({ execPath: '/home/ada/Apps/Lectern-0.1.0.AppImage', args: ['--no-sandbox'] });
  });

  it('restarts the installed app with its flags but not the files it was opened with', () => {
    expect(relaunchOptions(['/opt/Lectern/lectern', '--enable-logging', 'a.pdf'], {}, true)).toEqual({ args: ['--enable-logging'] });
  });

  it('keeps the app folder in development', () => {
    expect(relaunchOptions(['/repo/node_modules/electron/dist/electron', '/repo', 'a.md'], { APPIMAGE: '/x.AppImage' }, false)).toEqual({ args: ['/repo'] });
  });
});
