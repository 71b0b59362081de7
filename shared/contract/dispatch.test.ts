import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from './errors';
import { createDispatch, unwrap } from './dispatch';
import { contract, type Api } from './index';

const workspace = {
  id: 'w1',
  name: 'Mission',
  kind: 'mission' as const,
  marking: '',
  description: '',
  isSample: false,
  siteCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function fakeApi(overrides: Partial<Api> = {}): Api {
  const unexpected = () => {
    throw new Error('not used in this test');
  };
  // Every method not used by a test throws, so new domains need no change here.
  const unused = Object.fromEntries(Object.keys(contract).map((name) => [name, unexpected])) as unknown as Api;
  return {
    ...unused,
    'app.info': unexpected,
    'workspaces.list': () => [workspace],
    'workspaces.get': unexpected,
    'workspaces.create': (fields) => ({ ...workspace, ...fields }),
    'workspaces.update': unexpected,
    'workspaces.delete': unexpected,
    'sites.list': unexpected,
    'sites.create': unexpected,
    'sites.update': unexpected,
    'sites.delete': unexpected,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('returns the service value in an ok envelope', async () => {
    const result = await createDispatch(fakeApi())('workspaces.list', {});
    expect(result).toMatchObject({ ok: true, value: [{ id: 'w1' }] });
  });

  it('rejects an unknown method without calling anything', async () => {
    const result = await createDispatch(fakeApi())('workspaces.drop', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Unknown API method "workspaces.drop".' },
    });
  });

  it('does not treat inherited object properties as methods', async () => {
    const result = await createDispatch(fakeApi())('toString', {});
    expect(result.ok || result.error.code).toBe('UNKNOWN_METHOD');
  });

  it('validates input and names the failing field, before the service runs', async () => {
    const create = vi.fn();
    const result = await createDispatch(fakeApi({ 'workspaces.create': create }))('workspaces.create', {
      name: '   ',
      kind: 'club',
    });
    expect(create).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('name');
    const paths = (result.error.details as { issues: Array<{ path: string[] }> }).issues.map((issue) =>
      issue.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['name', 'kind']));
  });

  it('rejects unknown fields instead of ignoring them', async () => {
    const result = await createDispatch(fakeApi())('workspaces.list', { sneaky: true });
    expect(result.ok || result.error.code).toBe('INVALID_INPUT');
  });

  it('passes the parsed input with defaults applied', async () => {
    const create = vi.fn((fields) => fields);
    await createDispatch(fakeApi({ 'workspaces.create': create }))('workspaces.create', { name: '  OSCE Mission  ' });
    expect(create).toHaveBeenCalledWith({ name: 'OSCE Mission', kind: 'mission', marking: '', description: '' });
  });

  it('keeps the code of an ApiFailure thrown by a service', async () => {
    const api = fakeApi({
      'workspaces.list': () => {
        throw new ApiFailure('CONFLICT', 'Already there.');
      },
    });
    expect(await createDispatch(api)('workspaces.list', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Already there.' },
    });
  });

  it('hides unexpected errors behind INTERNAL and reports them', async () => {
    const onInternalError = vi.fn();
    const api = fakeApi({
      'workspaces.list': () => {
        throw new Error('SQLITE_IOERR: secret path /home/x');
      },
    });
    const result = await createDispatch(api, { onInternalError })('workspaces.list', {});
    expect(result.ok || result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toContain('secret path');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('checks each output against its schema when asked, naming the method and the path', async () => {
    const api = fakeApi({ 'workspaces.list': () => [{ ...workspace, siteCount: -1 }] });
    expect((await createDispatch(api)('workspaces.list', {})).ok).toBe(true);
    const result = await createDispatch(api, { validateOutput: true })('workspaces.list', {});
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringMatching(/^The output of workspaces\.list does not match its schema: 0\.siteCount: /),
        details: { issues: [{ path: ['0', 'siteCount'] }] },
      },
    });
  });

  it('refuses outputs with keys their schema does not declare, which parsing would silently drop', async () => {
    const api = fakeApi({ 'workspaces.list': () => [{ ...workspace, passwordHash: 'x' }] });
    expect(await createDispatch(api, { validateOutput: true })('workspaces.list', {})).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'The output of workspaces.list does not match its schema: 0.passwordHash: not declared in the schema',
      },
    });
  });

  it('unwraps an envelope into its value, or throws its error as an ApiFailure with the code', () => {
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    const error = { code: 'NOT_FOUND' as const, message: 'Site s does not exist.', details: { id: 's' } };
    expect(() => unwrap({ ok: false, error })).toThrow(expect.objectContaining({ ...error, name: 'ApiFailure' }));
  });
});
