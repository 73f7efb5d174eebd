// react-dom for Draft.js: React 19 keeps findDOMNode only in its internals.
import * as ReactDOM from 'react-dom';

const internals = (ReactDOM as unknown as Record<string, { findDOMNode?: (node: unknown) => Element | null }>)
  .__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;

export * from 'react-dom';
export function findDOMNode(node: unknown): Element | null {
  return internals?.findDOMNode?.(node) ?? null;
}
export default { ...ReactDOM, findDOMNode };
