// The renderer's one way to the platform. Inside Electron the preload exposes `window.lectern`
// and `window.lecternShell`; in the browser shell the same calls go over HTTP to the local host.
// `window.lectern*` is read here and nowhere else.
import { apiNames, type Api } from '../../../shared/contract';
import type { DesktopShell } from '../../../shared/shell';

function httpApi(): Api {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of apiNames) {
    api[name] = async (args: unknown) => {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args ?? {}),
        credentials: 'same-origin',
      });
      let body: { ok: boolean; value?: unknown; error?: string; name?: string };
      try {
        body = await response.json();
      } catch {
        throw new Error(`Lectern's host answered ${response.status} ${response.statusText}.`);
      }
      if (!body.ok) throw Object.assign(new Error(body.error ?? `HTTP ${response.status}`), { name: body.name ?? 'Error' });
      return body.value;
    };
  }
  return api as unknown as Api;
}

export const api: Api = window.lectern ?? httpApi();

/** Desktop-only abilities; null in the browser shell. */
export const desktop: DesktopShell | null = window.lecternShell ?? null;
