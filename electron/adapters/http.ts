import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApiFailure, type ApiError, type ErrorCode } from '#shared/contract/errors';
import type { Dispatch } from '#shared/contract/dispatch';
import type { EventBus } from '#electron/services/events';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  UNKNOWN_METHOD: 404,
  INVALID_INPUT: 400,
  INVALID_JSON: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN_ORIGIN: 403,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  WRONG_PASSPHRASE: 403,
  DATABASE_BUSY: 503,
  DISK_FULL: 507,
  BACKUP_UNUSABLE: 422,
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface HttpAdapterOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** The built renderer; when absent only the API is served. */
  staticDir?: string;
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
}

export interface RunningHttpAdapter {
  server: Server;
  port: number;
  token: string;
  /** The address to open, token included (the page moves it out of the address bar). */
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the API over loopback HTTP. Only 127.0.0.1 is bound, every API request needs the
 * per-launch token, and Host/Origin must be loopback so that a web page elsewhere cannot drive it
 * (DNS rebinding, cross-site requests).
 */
export async function startHttpAdapter(options: HttpAdapterOptions): Promise<RunningHttpAdapter> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[http] request failed:', error);
      if (!response.headersSent) sendError(response, new ApiFailure('INTERNAL', 'The request failed unexpectedly.'));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const originProblem = checkLoopback(request, port);
    if (originProblem) return sendError(response, originProblem);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith(API_PREFIX)) {
      if (!hasToken(request, token)) {
        return sendError(
          response,
          new ApiFailure(
            'UNAUTHORIZED',
            'Missing or wrong access token. Open the address printed when the server started.',
          ),
        );
      }
      if (url.pathname === EVENTS_PATH && request.method === 'GET')
        return streamEvents(request, response, options.events);
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return sendJson(response, 405, {
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'API methods are called with POST.' },
        });
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      } catch {
        return sendError(
          response,
          new ApiFailure('INVALID_INPUT', `The method name in ${url.pathname} is not valid percent-encoding.`),
        );
      }
      const body = await readJsonBody(request);
      if (!body.ok) return sendError(response, body.failure);
      const result = await options.dispatch(method, body.value);
      return result.ok ? sendJson(response, 200, result) : sendError(response, result.error);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, {
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Only GET is served here.' },
      });
    }
    return serveStatic(url.pathname, response, options.staticDir);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function checkLoopback(request: IncomingMessage, port: number): ApiFailure | null {
  const remote = request.socket.remoteAddress ?? '';
  if (!(remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1')) {
    return new ApiFailure('FORBIDDEN_ORIGIN', 'Only this computer may connect.');
  }
  const host = request.headers.host ?? '';
  if (!isLoopbackAuthority(host, port)) {
    return new ApiFailure('FORBIDDEN_ORIGIN', `Requests must be addressed to 127.0.0.1:${port}, not "${host}".`);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let authority: string;
    try {
      const parsed = new URL(origin);
      authority = parsed.protocol === 'http:' ? parsed.host : '';
    } catch {
      authority = '';
    }
    if (!isLoopbackAuthority(authority, port)) {
      return new ApiFailure(
        'FORBIDDEN_ORIGIN',
        `Requests from the origin "${origin}" are refused: only this app's own page may call the API.`,
      );
    }
  } else if (origin === 'null') {
    return new ApiFailure('FORBIDDEN_ORIGIN', 'Requests from an opaque origin are refused.');
  }
  return null;
}

function isLoopbackAuthority(authority: string, port: number): boolean {
  const separator = authority.lastIndexOf(':');
  if (separator <= 0) return false;
  return LOOPBACK_HOSTS.has(authority.slice(0, separator)) && authority.slice(separator + 1) === String(port);
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  const expected = Buffer.from(token);
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

type BodyResult = { ok: true; value: unknown } | { ok: false; failure: ApiFailure };

async function readJsonBody(request: IncomingMessage): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    request.resume();
    return { ok: false, failure: tooLarge() };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { ok: false, failure: tooLarge() };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      failure: new ApiFailure('INVALID_JSON', `The request body is not valid JSON: ${(error as Error).message}`),
    };
  }
}

function tooLarge(): ApiFailure {
  return new ApiFailure('PAYLOAD_TOO_LARGE', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
}

function streamEvents(request: IncomingMessage, response: ServerResponse, events: EventBus): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = events.subscribe((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  request.on('close', unsubscribe);
}

function securityHeaders(response: ServerResponse): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  securityHeaders(response);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: ApiFailure | ApiError): void {
  const apiError = error instanceof ApiFailure ? error.toApiError() : error;
  sendJson(response, STATUS_BY_CODE[apiError.code] ?? 500, { ok: false, error: apiError });
}

function serveStatic(pathname: string, response: ServerResponse, staticDir: string | undefined): void {
  securityHeaders(response);
  if (!staticDir || !existsSync(join(staticDir, 'index.html'))) {
    response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The renderer has not been built. Run "npm run web", which builds it first.');
    return;
  }
  const root = resolve(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/';
  }
  const candidate = resolve(root, normalize(`.${decoded}`));
  const inside = candidate === root || candidate.startsWith(root + sep);
  const file = inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, 'index.html');
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Frame-Options', 'DENY');
  response.writeHead(200, { 'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}
