/** Installed versions of the editor libraries, filled in at build time (build.ts `define`). */
declare const __EDITOR_VERSIONS__: Record<string, string>;

export function versionOf(name: string): string {
  return `${name} ${__EDITOR_VERSIONS__[name] ?? '?'}`;
}
