/**
 * One policy for the Electron window (meta tag at build, header in dev) and browser mode (header):
 * our own scripts only, no eval, no remote content, no plugins, no framing. Inline style attributes
 * are set by React and Lexical; no inline <style> from outside is loaded. One literal string, so
 * that electronegativity's CSP check can read it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
