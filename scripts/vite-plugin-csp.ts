// The Content-Security-Policy of the built course: no inline script or style, no remote origin.
// Added to index.html at build time only: the dev server injects inline styles and scripts (CSS
// hot reload, React refresh) that this policy rightly blocks, which left `npm start` unstyled.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const CHARSET = '<meta charset="UTF-8" />';

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(CHARSET)) throw new Error(`content-security-policy: index.html has no ${CHARSET}.`);
        // Right after the charset: before any script or style the policy must govern.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return html.replace(CHARSET, `${CHARSET}\n    ${meta}`);
      },
    },
  };
}
