/** Messages of the mapping assistant between the popup, the options page, the background and a tab. */

/** popup/options → tab: open the inspect overlay here. */
export interface OpenMappingMessage {
  type: 'mapping:open';
}
/** overlay → background: open the options page at the export. */
export interface ShowExportMessage {
  type: 'mapping:show-export';
}

export function isMappingMessage<T extends { type: string }>(raw: unknown, type: T['type']): raw is T {
  return typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === type;
}

/** The options page's section of the assistant (export, clearing the draft, diagnostics). */
export const OPTIONS_ANCHOR = 'kartlaggning';
