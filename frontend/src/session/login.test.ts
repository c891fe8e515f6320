import { describe, expect, it } from 'vitest';
import { loginHref } from './login';

describe('loginHref', () => {
  it('adds returnTo for a same-site path', () => {
    expect(loginHref('/settings')).toBe('/login?returnTo=%2Fsettings');
  });

  it('keeps the query string of the page (the gateway returns to it)', () => {
    expect(loginHref('/photos?view=grid')).toBe('/login?returnTo=%2Fphotos%3Fview%3Dgrid');
  });

  it('is plain /login for the home page or no path', () => {
    expect(loginHref('/')).toBe('/login');
    expect(loginHref()).toBe('/login');
  });

  it('drops paths that could leave the site', () => {
    expect(loginHref('//evil.example')).toBe('/login');
    expect(loginHref('/\\evil.example')).toBe('/login');
    expect(loginHref('https://evil.example/')).toBe('/login');
  });
});
