// How the app restarts itself (after "Move library"). Inside an AppImage, process.execPath
// lies in the image's temporary mount, which vanishes when the app exits, so the restart must
// run the AppImage file itself ($APPIMAGE). Files the app was opened with are not passed again
// (they were imported already); flags (such as the AppImage's --no-sandbox) are. Pure.
import type { RelaunchOptions } from 'electron';

export function relaunchOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, packaged: boolean): RelaunchOptions {
  const flags = argv.slice(packaged ? 1 : 2).filter((arg) => arg.startsWith('-'));
  const appimage = env['APPIMAGE'];
  if (packaged && appimage) return { execPath: appimage, args: flags };
  // Unpackaged, Electron needs the app folder again (argv[1]) before the flags.
  return { args: packaged ? flags : [...argv.slice(1, 2), ...flags] };
}
