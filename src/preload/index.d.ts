import type { Api } from '../shared/contract';
import type { DesktopShell } from '../shared/shell';

declare global {
  interface Window {
    /** Present only inside the Electron shell (see src/preload/index.ts). */
    readonly lectern?: Api;
    readonly lecternShell?: DesktopShell;
  }
}
