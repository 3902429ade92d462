import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../../shared/ipc/create-api';

/**
 * The page gets one typed method per contract channel and a subscription to declared events,
 * never ipcRenderer itself.
 */
const api = createApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => ipcRenderer.removeListener(event, forward);
  },
);

contextBridge.exposeInMainWorld('coachbook', api);
