import { describe, expect, it } from 'vitest';
import { takeTokenFromLocation } from './transport';

function fakeBrowser(href: string) {
  const url = new URL(href);
  const store = new Map<string, string>();
  const storage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  } as Storage;
  const replaced: string[] = [];
  const history = {
    replaceState: (_state: unknown, _title: string, next: string) => void replaced.push(next),
  } as History;
  return { location: url as unknown as Location, storage, history, replaced };
}

describe('the browser-mode token', () => {
  it('is taken from the printed address and removed from the address bar', () => {
    const browser = fakeBrowser('http://127.0.0.1:5000/?token=abc123&lang=en#/w/x/sites');
    expect(takeTokenFromLocation(browser.location, browser.storage, browser.history)).toBe('abc123');
    expect(browser.replaced).toEqual(['/?lang=en#/w/x/sites']);
  });

  it('is remembered for reloads of the same tab', () => {
    const browser = fakeBrowser('http://127.0.0.1:5000/?token=abc123');
    takeTokenFromLocation(browser.location, browser.storage, browser.history);
    const reloaded = { ...browser, location: new URL('http://127.0.0.1:5000/') as unknown as Location };
    expect(takeTokenFromLocation(reloaded.location, browser.storage, browser.history)).toBe('abc123');
  });
});
