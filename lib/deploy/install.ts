import type { Browser } from './registry';

/**
 * Where a browser gets the extension from: the id and the update URL (the store's, or the update manifest IT hosts
 * beside the signed CRX). ExtensionInstallForcelist and ExtensionSettings name the same pair.
 */
export interface InstallTarget {
  browser: Browser;
  extensionId: string;
  updateUrl: string;
}

export const STORE_UPDATE_URL: Record<Browser, string> = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
};

/** One entry of ExtensionInstallForcelist: "<id>;<update URL>". */
export function forcelistEntry(target: InstallTarget): string {
  return `${target.extensionId};${target.updateUrl}`;
}

export interface ExtensionSettingsOptions {
  /** Hosts where the extension may not run at all (ExtensionSettings runtime_blocked_hosts), e.g. "*://sob.example.se". */
  runtimeBlockedHosts?: readonly string[];
}

/**
 * The extension's entry in ExtensionSettings: installed by force and kept visible in the toolbar. Chrome calls the
 * toolbar field toolbar_pin ("force_pinned"); Edge calls it toolbar_state ("force_shown").
 */
export function extensionSettingsEntry(
  target: InstallTarget,
  options: ExtensionSettingsOptions = {},
): Record<string, Record<string, unknown>> {
  const entry: Record<string, unknown> = {
    installation_mode: 'force_installed',
    update_url: target.updateUrl,
    ...(target.browser === 'edge' ? { toolbar_state: 'force_shown' } : { toolbar_pin: 'force_pinned' }),
  };
  if (options.runtimeBlockedHosts?.length) entry.runtime_blocked_hosts = [...options.runtimeBlockedHosts];
  return { [target.extensionId]: entry };
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&apos;')
    .replace(/"/g, '&quot;');
}

/** The update manifest (gupdate XML) that the update URL serves: where the CRX of the current version is. */
export function updateManifestXml(extensionId: string, version: string, crxUrl: string): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(extensionId)}'>`,
    `    <updatecheck codebase='${escapeXml(crxUrl)}' version='${escapeXml(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
