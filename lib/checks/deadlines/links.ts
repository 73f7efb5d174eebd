import { browser } from 'wxt/browser';

/**
 * Where each seen message opens, for the popup's link back: in storage.session, which lives in memory and is gone
 * when the browser closes, so a message's address is never written to disk next to its deadline. After a restart
 * the popup links to the portal instead (the store keeps its origin). Not readable from content scripts.
 */
export const LINKS_KEY = 'deadlines:links';

type Links = Record<string, string>;

export async function readLinks(): Promise<Links> {
  try {
    const stored = (await browser.storage.session.get(LINKS_KEY))[LINKS_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Links) : {};
  } catch {
    return {};
  }
}

/** Adds and removes links by message id; ids not in `keep` are dropped, so the map never outgrows the store. */
export async function updateLinks(
  add: Links,
  remove: readonly string[],
  keep?: ReadonlySet<string>,
): Promise<void> {
  const links = { ...(await readLinks()), ...add };
  for (const id of remove) delete links[id];
  if (keep) for (const id of Object.keys(links)) if (!keep.has(id)) delete links[id];
  await browser.storage.session.set({ [LINKS_KEY]: links });
}
