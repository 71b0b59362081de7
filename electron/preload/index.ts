import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Literal channel names: the sandboxed preload cannot import our other modules at run time.
const INVOKE_CHANNEL = 'api';
const EVENT_CHANNEL = 'api-event';

/** Exactly one object reaches the page: invoke a contract method, or listen to an event. */
contextBridge.exposeInMainWorld('api', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
  on: (event: string, callback: (payload: unknown) => void): (() => void) => {
    const listener = (_: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
});
