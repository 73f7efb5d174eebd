import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { PORTALS } from './lib/portals/index';

/**
 * The manifest `key` fixes the extension id (glondehmneckecaccigllhcbhcfnffbh with the development key), so that
 * policy files, tests and IT's ExtensionSettings all name the same id. A release build may pass another public key
 * in VMK_MANIFEST_KEY (base64 DER); see docs/ for how the signing key is made and kept.
 */
const manifestKey =
  process.env.VMK_MANIFEST_KEY ??
  readFileSync(new URL('./tests/keys/dev-public-key.b64', import.meta.url), 'utf8').trim();

export default defineConfig({
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    key: manifestKey,
    // offscreen: the camera check's models stay loaded between calls in one document (lib/camera/offscreen-host.ts).
    permissions: ['storage', 'scripting', 'contextMenus', 'offscreen'],
    // Least privilege: content scripts match only the portals (see lib/portals/); any other host must be granted
    // explicitly (IT lists it by policy, the options page asks once).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      // wasm for MediaPipe; connect-src 'self' blocks MediaPipe's usage telemetry and any other request out.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'",
    },
    action: { default_title: '__MSG_extName__' },
    // The signature's shortcut. Chrome's own Alt+Shift shortcuts are A, I and T; Alt+Shift+S types no character
    // on Swedish keyboards. The clinician can rebind it (chrome://extensions/shortcuts).
    commands: {
      'insert-signature': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_signatureCommand__',
      },
    },
    // The camera analyzer frame, embedded by content scripts on the portals (lib/camera/frame-client.ts).
    web_accessible_resources: [
      {
        resources: ['analyzer-frame.html'],
        matches: [...new Set(PORTALS.flatMap((portal) => portal.urlPatterns))],
      },
    ],
  },
});
