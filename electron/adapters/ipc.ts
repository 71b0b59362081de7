import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ApiFailure, type ApiResult } from '#shared/contract/errors';
import type { Dispatch } from '#shared/contract/dispatch';
import type { EventBus } from '#electron/services/events';

export const IPC_INVOKE_CHANNEL = 'api';
export const IPC_EVENT_CHANNEL = 'api-event';

/**
 * The desktop transport: one ipcMain handler that calls the same dispatch as HTTP, after
 * checking that the call comes from our own page in one of our windows.
 */
export function attachIpcAdapter(
  dispatch: Dispatch,
  events: EventBus,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  windows: () => WebContents[],
): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: new ApiFailure('FORBIDDEN_ORIGIN', 'This page may not call the API.').toApiError() };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: new ApiFailure('UNKNOWN_METHOD', 'The method name must be a string.').toApiError() };
    }
    return dispatch(method, input);
  });
  const unsubscribe = events.subscribe((name, payload) => {
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}
