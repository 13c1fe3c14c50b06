import type { Api } from '../shared/contract';

declare global {
  interface Window {
    /** Present only inside the Electron shell (see src/preload/index.ts). */
    readonly lectern?: Api;
  }
}
