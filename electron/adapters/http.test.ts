import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '#electron/services/backend';
import { useTestBackends } from '#electron/test-support/backend';
import { startHttpAdapter, MAX_BODY_BYTES, type RunningHttpAdapter } from './http';

const openTestBackend = useTestBackends({ transport: 'http' });
const running: Array<{ backend: Backend; http: RunningHttpAdapter }> = [];

afterEach(async () => {
  for (const { backend, http } of running.splice(0)) {
    await http.close();
    backend.close();
  }
});

async function start() {
  const backend = openTestBackend();
  const { dataDir } = backend;
  const staticDir = join(dataDir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dataDir, 'secret.txt'), 'outside the static folder');
  const http = await startHttpAdapter({ dispatch: backend.dispatch, events: backend.events, staticDir });
  running.push({ backend, http });
  return { backend, http };
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** node:http rather than fetch: tests must be free to send any Host and Origin. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

async function workspaceCount(backend: Backend): Promise<number> {
  return (await backend.api['workspaces.list']({})).length;
}

describe('the loopback HTTP adapter', () => {
  it('binds 127.0.0.1 only and prints a URL carrying the token', async () => {
    const { http } = await start();
    expect(http.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(http.url).toBe(`http://127.0.0.1:${http.port}/?token=${http.token}`);
    expect(http.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a valid call with the ok envelope', async () => {
    const { http } = await start();
    const response = await send(http.port, { path: '/api/workspaces.list', headers: auth(http.token), body: '{}' });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: [{ name: 'Sample: Mission to Karavia' }] });
  });

  it('writes through a valid call', async () => {
    const { http, backend } = await start();
    const body = JSON.stringify({ name: 'Mission to Testland', marking: 'OSCE RESTRICTED' });
    const response = await send(http.port, { path: '/api/workspaces.create', headers: auth(http.token), body });
    expect(response.json()).toMatchObject({ ok: true, value: { name: 'Mission to Testland' } });
    expect(await workspaceCount(backend)).toBe(2);
  });

  const badRequests: Array<{
    name: string;
    status: number;
    code: string;
    make(port: number, token: string): Parameters<typeof send>[1];
  }> = [
    {
      name: 'a missing token',
      status: 401,
      code: 'UNAUTHORIZED',
      make: () => ({
        path: '/api/workspaces.create',
        headers: { 'Content-Type': 'application/json' },
        body: '{"name":"X"}',
      }),
    },
    {
      name: 'a wrong token',
      status: 401,
      code: 'UNAUTHORIZED',
      make: () => ({ path: '/api/workspaces.create', headers: auth('x'.repeat(32)), body: '{"name":"X"}' }),
    },
    {
      name: 'the token in the query string only',
      status: 401,
      code: 'UNAUTHORIZED',
      make: (_port, token) => ({ path: `/api/workspaces.create?token=${token}`, body: '{"name":"X"}' }),
    },
    {
      name: 'an unknown method',
      status: 404,
      code: 'UNKNOWN_METHOD',
      make: (_port, token) => ({ path: '/api/workspaces.dropAll', headers: auth(token), body: '{}' }),
    },
    {
      name: 'malformed JSON',
      status: 400,
      code: 'INVALID_JSON',
      make: (_port, token) => ({ path: '/api/workspaces.create', headers: auth(token), body: '{"name": "X",' }),
    },
    {
      name: 'input that fails validation',
      status: 400,
      code: 'INVALID_INPUT',
      make: (_port, token) => ({
        path: '/api/workspaces.create',
        headers: auth(token),
        body: '{"name": "", "kind": "club"}',
      }),
    },
    {
      name: 'a cross-site origin',
      status: 403,
      code: 'FORBIDDEN_ORIGIN',
      make: (_port, token) => ({
        path: '/api/workspaces.create',
        headers: { ...auth(token), Origin: 'https://evil.example' },
        body: '{"name":"X"}',
      }),
    },
    {
      name: 'a non-loopback Host (DNS rebinding)',
      status: 403,
      code: 'FORBIDDEN_ORIGIN',
      make: (port, token) => ({
        path: '/api/workspaces.create',
        headers: { ...auth(token), Host: `attacker.example:${port}` },
        body: '{"name":"X"}',
      }),
    },
    {
      name: 'a loopback origin on another port',
      status: 403,
      code: 'FORBIDDEN_ORIGIN',
      make: (port, token) => ({
        path: '/api/workspaces.create',
        headers: { ...auth(token), Origin: `http://127.0.0.1:${port + 1}` },
        body: '{"name":"X"}',
      }),
    },
    {
      name: 'a GET on an API method',
      status: 405,
      code: 'INVALID_INPUT',
      make: (_port, token) => ({ method: 'GET', path: '/api/workspaces.create', headers: auth(token) }),
    },
  ];

  for (const bad of badRequests) {
    it(`refuses ${bad.name} with ${bad.code}, changing nothing`, async () => {
      const { http, backend } = await start();
      const before = await workspaceCount(backend);
      const response = await send(http.port, bad.make(http.port, http.token));
      expect(response.status).toBe(bad.status);
      const body = response.json();
      expect(body.ok).toBe(false);
      expect(body.error?.code).toBe(bad.code);
      expect(body.error?.message.length).toBeGreaterThan(10);
      expect(await workspaceCount(backend)).toBe(before);
    });
  }

  it('refuses a body over the size limit', async () => {
    const { http, backend } = await start();
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const response = await send(http.port, { path: '/api/workspaces.create', headers: auth(http.token), body: huge });
    expect(response.status).toBe(413);
    expect(response.json().error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await workspaceCount(backend)).toBe(1);
  });

  it('accepts its own page as origin', async () => {
    const { http } = await start();
    const response = await send(http.port, {
      path: '/api/workspaces.list',
      headers: { ...auth(http.token), Origin: `http://127.0.0.1:${http.port}` },
      body: '{}',
    });
    expect(response.status).toBe(200);
  });

  it('serves the renderer with a Content-Security-Policy and never a file outside its folder', async () => {
    const { http } = await start();
    const page = await send(http.port, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<title>app</title>');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const escaped = await send(http.port, { method: 'GET', path });
      expect(escaped.text, path).not.toContain('outside the static folder');
    }
  });

  it('streams data.changed events to a token holder', async () => {
    const { http } = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: http.port,
          method: 'GET',
          path: '/api/events',
          headers: { Authorization: `Bearer ${http.token}` },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('event: data.changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await send(http.port, { path: '/api/workspaces.create', headers: auth(http.token), body: '{"name":"Evented"}' });
    expect(await received).toContain('"entity":"workspace"');
  });
});

describe('malformed addresses', () => {
  it('answers 400, not 500, to a method name that is not valid percent-encoding', async () => {
    const { http } = await start();
    const response = await send(http.port, {
      path: '/api/workspaces.list%E0%A4%A',
      headers: { Authorization: `Bearer ${http.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(response.json().error?.code).toBe('INVALID_INPUT');
    expect(response.json().error?.message).toContain('percent-encoding');
  });
});
