// Who may call the API: only the main frame of our own window, loaded from our own origin.
// Kept free of Electron so main and the e2e host share it and tests can exercise it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What we know about the frame behind a call, taken from Electron's event or Playwright's source. */
export interface SenderInfo {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/** Where our renderer is served from. */
export type TrustedOrigin =
  | { readonly kind: 'origin'; readonly origin: string }
  | { readonly kind: 'file'; readonly root: string };

/** `scheme://host[:port]`, computed by hand because Node gives 'null' origins to custom schemes. */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

export function isTrustedSender(sender: SenderInfo, trusted: TrustedOrigin): boolean {
  if (!sender.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  switch (trusted.kind) {
    case 'origin':
      return originOf(url) === trusted.origin.replace(/\/+$/, '');
    case 'file': {
      if (url.protocol !== 'file:' || url.host !== '') return false;
      const relative = path.relative(path.resolve(trusted.root), fileURLToPath(url));
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    }
    default: {
      const never: never = trusted;
      return never;
    }
  }
}
