// Sending a picked or dropped file's bytes to the host in pieces (`uploads:*` in the contract):
// a big file sent whole as one call held the browser shell's threads for 100–200 ms and every
// other call waited behind it; a piece of 1 MiB costs each of them a few milliseconds.
import { api, desktop } from './api';
import { bytesToBase64 } from './base64';

/** Sends a file and returns its upload's ID, for `articles:importUploads`. An upload that fails
 * half-way is discarded (the host would drop it after a while anyway). */
export async function uploadFile(name: string, file: Blob): Promise<string> {
  const { id, chunkBytes } = await api['uploads:start']({ name, size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
      // Electron's port carries bytes as they are; over HTTP they go in JSON, as base64.
      await api['uploads:append']({ id, offset, data: desktop ? bytes : bytesToBase64(bytes) });
    }
  } catch (error) {
    void api['uploads:discard']({ id }).catch(() => {});
    throw error;
  }
  return id;
}
