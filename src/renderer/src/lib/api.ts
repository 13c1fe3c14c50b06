// The renderer's one way to the platform. Inside Electron the preload exposes `window.lectern`;
// in the browser shell the same calls go over HTTP to the local host. `window.lectern` is
// read here and nowhere else.
import { apiNames, type Api } from '../../../shared/contract';

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
      const body = (await response.json()) as { ok: boolean; value?: unknown; error?: string; name?: string };
      if (!body.ok) throw Object.assign(new Error(body.error ?? `HTTP ${response.status}`), { name: body.name ?? 'Error' });
      return body.value;
    };
  }
  return api as unknown as Api;
}

export const api: Api = window.lectern ?? httpApi();
