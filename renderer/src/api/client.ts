import type { ApiError, EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '#shared/contract';
import { createHttpTransport, createIpcTransport, takeTokenFromLocation, type Transport } from './transport';

/** A failed call, with the contract's stable code for the UI to branch on. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly details: unknown;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

export interface ApiClient {
  transport: Transport['kind'];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
  /** Hears every failed call (the security gate shows the unlock screen on LOCKED). */
  onFailure(callback: (error: ApiCallError, method: MethodName) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  const failureListeners = new Set<(error: ApiCallError, method: MethodName) => void>();
  return {
    transport: transport.kind,
    async call(method, input) {
      const result = await transport.request(method, input);
      if (!result.ok) {
        const error = new ApiCallError(result.error);
        for (const listener of failureListeners) listener(error, method);
        throw error;
      }
      return result.value as never;
    },
    on: (event, callback) => transport.subscribe(event, callback as (payload: unknown) => void),
    onFailure(callback) {
      failureListeners.add(callback);
      return () => failureListeners.delete(callback);
    },
  };
}

/** IPC inside Electron (the preload defined window.api), loopback HTTP in a browser. */
export function createDefaultApiClient(): ApiClient {
  if (window.api) return createApiClient(createIpcTransport(window.api));
  const token = takeTokenFromLocation(window.location, window.sessionStorage, window.history);
  return createApiClient(createHttpTransport(token));
}
