// Exposes `window.refquest`: one function per channel of the map, nothing else. The renderer
// never sees ipcRenderer; each function can only invoke its own channel.
import { contextBridge, ipcRenderer } from 'electron';
import type { RefquestApi } from './api';
import { CHANNEL_NAMES } from './ipc/channel-names';

const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (arg: unknown) => ipcRenderer.invoke(channel, arg)]),
) as unknown as RefquestApi;

contextBridge.exposeInMainWorld('refquest', Object.freeze(api));
