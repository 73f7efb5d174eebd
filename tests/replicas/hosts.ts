/**
 * Host names of the local replica portals. Chromium resolves every `*.localhost` name to loopback, so each replica
 * has a host of its own and the extension's URL matching is exercised for real. One server answers all of them.
 */
export const REPLICA_HOSTS = {
  '1177': 'personal.1177.localhost',
  vardochhalsa: 'vardochhalsa.localhost',
  sob: 'sob.localhost',
  /** The layout test page (invented): Vård och hälsa's controls anywhere on the page, by query string. */
  layout: 'layout.vardochhalsa.localhost',
  /** A site that is not a portal: the extension must stay off it. */
  other: 'annan-sajt.localhost',
} as const;

export type ReplicaName = keyof typeof REPLICA_HOSTS;

export const DEFAULT_REPLICA_PORT = 8177;

export function replicaOrigin(name: ReplicaName, port: number = DEFAULT_REPLICA_PORT): string {
  return `http://${REPLICA_HOSTS[name]}:${port}`;
}
