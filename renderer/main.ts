// Placeholder renderer so the build and the shell can be exercised; the real game screens
// replace this file.
import type { RefquestApi } from '../electron/api';

declare global {
  interface Window {
    readonly refquest: RefquestApi;
  }
}

const status = document.getElementById('status');

async function showLevelCount(): Promise<void> {
  const reply = await window.refquest['levels:list']({});
  if (!status) return;
  status.textContent = reply.ok
    ? `${reply.value.worlds.length} worlds, ${reply.value.worlds.reduce((n, w) => n + w.levels.length, 0)} levels`
    : `Error: ${reply.error.message}`;
}

void showLevelCount();
