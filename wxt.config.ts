import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

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
    // offscreen: the camera check's models stay loaded between calls in one document (lib/camera/transport/offscreen-host.ts).
    permissions: ['storage', 'scripting', 'contextMenus', 'offscreen'],
    // The manifest's content script matches only the built-in portals (lib/portals/). IT points the extension at
    // any other address by policy alone: a force-installed copy holds these host permissions from its install (no
    // prompt, and the clinician cannot withdraw them; IT narrows them with ExtensionSettings runtime_blocked_hosts),
    // and the background registers the content script for the policy's addresses (lib/background/extra-hosts.ts).
    // A copy installed by hand asks for them at install; where its site access is restricted, the options page
    // asks for the policy's addresses once.
    host_permissions: ['https://*/*', 'http://*/*'],
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
      // The mapping assistant for IT (lib/mapping/): no key suggested; IT binds one at chrome://extensions/shortcuts.
      'open-mapping': { description: '__MSG_mappingCommand__' },
    },
    // The camera analyzer frame, embedded by content scripts on the portals (lib/camera/transport/frame-client.ts): on any
    // host, since IT may add portals by policy; the frame itself serves only pages of a portal in effect.
    // The content script's styles for its shadow-root UI (the chip, the signature button, the reminders, the mark):
    // WXT adds them for the built-in portals' hosts only, and a portal IT adds by policy on another host would get
    // its UI unstyled (unplaced, over the portal's own page). Behind a per-session address, as WXT's own entry.
    web_accessible_resources: [
      { resources: ['analyzer-frame.html'], matches: ['https://*/*', 'http://*/*'] },
      {
        resources: ['content-scripts/portal.css'],
        matches: ['https://*/*', 'http://*/*'],
        use_dynamic_url: true,
      },
    ],
  },
});
