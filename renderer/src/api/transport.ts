import type { ApiResult } from '#shared/contract/errors';

/** The preload's object in Electron; absent in a plain browser. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: DesktopBridge;
  }
}

/** The request/reply core: the only code that knows whether it speaks IPC or HTTP. */
export interface Transport {
  kind: 'ipc' | 'http';
  request(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(event: string, callback: (payload: unknown) => void): () => void;
}

const TOKEN_KEY = 'cplan.token';

/** Takes the token from the address the server printed, then removes it from the address bar. */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createIpcTransport(bridge: DesktopBridge): Transport {
  return {
    kind: 'ipc',
    request: (method, input) => bridge.invoke(method, input) as Promise<ApiResult<unknown>>,
    subscribe: (event, callback) => bridge.on(event, callback),
  };
}

export function createHttpTransport(token: string | null, baseUrl = ''): Transport {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  async function stream(): Promise<void> {
    streaming = true;
    for (;;) {
      try {
        const response = await fetch(`${baseUrl}/api/events`, { headers });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatchMessage(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // The server restarted or the laptop slept: try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  function dispatchMessage(block: string): void {
    let event = '';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!event) return;
    let payload: unknown = null;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const callback of listeners.get(event) ?? []) callback(payload);
  }

  return {
    kind: 'http',
    async request(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'The Contingency Planner server is not reachable. Is it still running?' },
        };
      }
      try {
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `The server answered HTTP ${response.status} without a readable reply.` },
        };
      }
    },
    subscribe(event, callback) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(callback);
      if (!streaming) void stream();
      return () => listeners.get(event)?.delete(callback);
    },
  };
}
