import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InspectApp } from '@/components/mapping/InspectApp';
import { INSPECT_CSS } from '@/components/mapping/styles';
import { logCheckError } from '../log';
import { isMappingMessage, type OpenMappingMessage } from './messages';

/** The overlay's shadow host: one per page, outside the portal's own markup (no `data-vmk-*` rows touched). */
const HOST_TAG = 'vmk-mapping';

function open(): void {
  const existing = document.querySelector(HOST_TAG);
  if (existing) {
    existing.shadowRoot?.querySelector<HTMLElement>('#vmk-mapping-title')?.focus();
    return;
  }
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = INSPECT_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const close = () => {
    render(null, container);
    host.remove();
    previous?.focus();
  };
  render(h(InspectApp, { host, onClose: close }), container);
  queueMicrotask(() => shadow.querySelector<HTMLElement>('#vmk-mapping-title')?.focus());
}

/**
 * Opens the inspect overlay when the popup or the options page asks (`mapping:open`), on any page the content
 * script runs in: a portal's, or one the background put it into for mapping (no portal matches it yet).
 */
export function listenForMapping(ctx: ContentScriptContext, signal: AbortSignal): void {
  const listener = (raw: unknown) => {
    if (!isMappingMessage<OpenMappingMessage>(raw, 'mapping:open') || ctx.isInvalid) return undefined;
    try {
      open();
      return Promise.resolve({ opened: true });
    } catch (error) {
      logCheckError('mapping', error);
      return Promise.resolve({ opened: false });
    }
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(listener);
    document.querySelector(HOST_TAG)?.remove();
  });
}
