// The renderer's Content-Security-Policy: our own files only, no eval, no remote anything.
// Sent as a response header by main's app:// protocol and by the e2e host's static server.
// PixiJS v8 generates code with `new Function` unless the renderer imports 'pixi.js/unsafe-eval'
// (which, despite its name, installs eval-free polyfills): it must, since 'unsafe-eval' is absent.
// 'unsafe-inline' styles are allowed because CodeMirror and PixiJS inject <style>/style attributes.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The origin the packaged renderer is served from (a privileged, standard custom scheme). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://refquest`;
