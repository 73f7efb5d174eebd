import {
  LABEL_ATTRIBUTES,
  MEANINGFUL_TAGS,
  ROLE_ATTRIBUTES,
  cssIdent,
  cssString,
  isStableClass,
  isStableValue,
  stableHrefPart,
} from './stable';

/**
 * Selectors for an element the administrator clicked, as robust as the page allows: ids, `data-*`, ARIA roles and
 * labels, stable attributes and structure before class names; never a class a build tool generated, never a
 * position among the data (the third row), never a value with a digit in it (a message's number, a date).
 *
 * Every candidate is tried on the page itself: the one chosen matches exactly what was meant (the element, or all
 * rows like the one clicked), and the others are kept so that the administrator can widen or narrow.
 */

/** One simple selector for one element, and how far it can be trusted (lower is better). */
interface Part {
  text: string;
  rank: number;
}

export interface Candidate {
  selector: string;
  /** Elements it matches in the scope (for a key read inside rows: the rows it finds something in). */
  count: number;
  /** Matches exactly what was meant. */
  exact: boolean;
  /** How much it leans on weak parts (lower is better). */
  score: number;
}

export interface Suggestion {
  /** The chosen candidate: exact where one is, else the narrowest that still holds the element. */
  best: Candidate;
  /** Every distinct match count, narrowest first, each with its most robust selector: for widen and narrow. */
  steps: Candidate[];
}

export interface PickRequest {
  target: Element;
  /** Where the selector is evaluated: the document, or (keys read inside a row) the rows. */
  root: ParentNode;
  /** All elements like this one (a message row: the rows of its list), instead of the element alone. */
  many?: boolean;
  /** Keys read inside each row (arrival, status, link): the rows; the selector is evaluated in each of them. */
  rows?: readonly Element[];
}

function sameTagSiblings(element: Element): number {
  const parent = element.parentElement;
  if (!parent) return 0;
  let count = 0;
  for (const child of parent.children) if (child.tagName === element.tagName) count++;
  return count;
}

/** Whether the element sits in a repeated structure (a row of a list, or inside one): its labels may be data. */
function inRepeated(element: Element, stop: ParentNode): boolean {
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
    if (sameTagSiblings(node) >= 3 && node.tagName !== 'TD' && node.tagName !== 'TH') return true;
    if (node.tagName === 'TR' || node.getAttribute('role') === 'row') return true;
  }
  return false;
}

function tagOf(element: Element): string {
  return element.tagName.toLowerCase();
}

/** The simple selectors that describe one element, most robust first. */
export function partsOf(element: Element, stop: ParentNode = element.ownerDocument): Part[] {
  const tag = tagOf(element);
  const repeated = inRepeated(element, stop);
  const parts: Part[] = [];
  const add = (text: string, rank: number) => {
    if (!parts.some((part) => part.text === text)) parts.push({ text, rank });
  };
  const id = element.getAttribute('id');
  if (id && !repeated && isStableValue(id)) add(`#${cssIdent(id)}`, 0);
  for (const name of ROLE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null && isStableValue(value)) add(`${tag}[${name}=${cssString(value)}]`, 1);
  }
  for (const attribute of element.attributes) {
    const name = attribute.name;
    if (!name.startsWith('data-') || name.startsWith('data-vmk') || ROLE_ATTRIBUTES.includes(name)) continue;
    if (!/^[a-z][\w-]*$/.test(name) || /\d/.test(name)) continue;
    if (!repeated && isStableValue(attribute.value)) add(`[${name}=${cssString(attribute.value)}]`, 1);
    add(`[${name}]`, 2);
    add(`${tag}[${name}]`, 2);
  }
  if (!repeated) {
    for (const name of LABEL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && isStableValue(value, { spaces: true }))
        add(`${tag}[${name}=${cssString(value)}]`, 2);
    }
  }
  if (tag === 'a') {
    const part = stableHrefPart(element.getAttribute('href') ?? '');
    if (part) add(`a[href${part.operator}${cssString(part.value)}]`, 2);
  }
  if (element.hasAttribute('datetime')) add(`${tag}[datetime]`, 2);
  for (const name of element.classList) if (isStableClass(name)) add(`${tag}.${cssIdent(name)}`, 3);
  add(tag, MEANINGFUL_TAGS.has(tag) ? 4 : 6);
  // A column of a row (the third cell) is structure, not data; a row's own position is data and never used.
  const parent = element.parentElement;
  const parentIsRow =
    parent !== null &&
    (parent === stop ||
      parent.tagName === 'TR' ||
      parent.getAttribute('role') === 'row' ||
      inRepeated(parent, stop));
  if (parent && parentIsRow && sameTagSiblings(element) > 1) {
    const index = [...parent.children].filter((child) => child.tagName === element.tagName).indexOf(element);
    add(`${tag}:nth-of-type(${index + 1})`, 5);
  }
  return parts;
}

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Elements like the clicked one: its siblings of the same tag (the rows of its own list, not another list's). */
export function similarSiblings(element: Element): Element[] {
  const parent = element.parentElement;
  if (!parent) return [element];
  return [...parent.children].filter((child) => child.tagName === element.tagName);
}

function ancestorsOf(element: Element, stop: ParentNode, limit: number): Element[] {
  const out: Element[] = [];
  for (
    let node = element.parentElement;
    node && node !== stop && out.length < limit;
    node = node.parentElement
  ) {
    if (node.tagName === 'HTML' || node.tagName === 'BODY') break;
    out.push(node);
  }
  return out;
}

/** The text candidates to try, with their weakness score. */
function* shapes(request: PickRequest): Generator<{ selector: string; score: number }> {
  const { target } = request;
  const stop = request.rows
    ? (request.rows.find((row) => row.contains(target)) ?? request.root)
    : request.root;
  const own = partsOf(target, stop);
  for (const part of own) yield { selector: part.text, score: part.rank * 10 + 1 };
  const ancestors = ancestorsOf(target, stop, 6);
  for (const [depth, ancestor] of ancestors.entries()) {
    for (const outer of partsOf(ancestor, stop).slice(0, 4)) {
      for (const part of own.slice(0, 5)) {
        const score = Math.max(outer.rank, part.rank) * 10 + 2 + depth;
        if (depth === 0) yield { selector: `${outer.text} > ${part.text}`, score: score + 1 };
        yield { selector: `${outer.text} ${part.text}`, score };
      }
    }
  }
  // Rows told apart by what they hold (the message's link, a data attribute), where the list itself has no name.
  if (request.many) {
    const inner = [...target.querySelectorAll('*')].slice(0, 60);
    for (const element of inner) {
      for (const part of partsOf(element, target)
        .filter((candidate) => candidate.rank <= 2)
        .slice(0, 2)) {
        for (const outer of own.slice(0, 3)) {
          yield {
            selector: `${outer.text}:has(${part.text})`,
            score: Math.max(outer.rank, part.rank) * 10 + 3,
          };
        }
      }
    }
  }
  // Two levels of ancestors, for lists inside lists.
  for (let outer = 1; outer < ancestors.length; outer++) {
    const far = partsOf(ancestors[outer]!, stop).slice(0, 2);
    const near = partsOf(ancestors[0]!, stop).slice(0, 2);
    for (const a of far)
      for (const b of near)
        for (const part of own.slice(0, 3))
          yield {
            selector: `${a.text} ${b.text} ${part.text}`,
            score: Math.max(a.rank, b.rank, part.rank) * 10 + 5 + outer,
          };
  }
}

/** At most this many candidates are tried on the page (each is a query over it), best first. */
const MAX_TRIED = 400;
/** Once an exact candidate is found, this many more are tried, for the widen and narrow steps. */
const MORE_AFTER_EXACT = 60;
/** A long list is tried on this many of its rows (spread over it, the clicked one among them), then counted whole. */
const SAMPLE_ROWS = 40;

interface Judge {
  /** The candidate, judged (on a sample of rows for a long list); undefined when it misses the picked element. */
  judge(selector: string, score: number): Candidate | undefined;
  /** The candidate counted over the whole list. */
  finish(candidate: Candidate): Candidate;
}

function rowsJudge(request: PickRequest, rows: readonly Element[]): Judge | undefined {
  const own = rows.find((row) => row.contains(request.target) && row !== request.target);
  if (!own) return undefined;
  const step = Math.max(1, rows.length / SAMPLE_ROWS);
  const sample = new Set<Element>([own]);
  for (let at = 0; at < rows.length && sample.size <= SAMPLE_ROWS; at += step)
    sample.add(rows[Math.floor(at)]!);
  const sampled = [...sample];
  const countIn = (list: readonly Element[], selector: string) =>
    list.filter((row) => safeAll(row, selector).length > 0).length;
  return {
    judge(selector, score) {
      const inOwn = safeAll(own, selector);
      if (inOwn[0] !== request.target) return undefined;
      const count = countIn(sampled, selector);
      // Exact: found once in this row, and in every row (an arrival, a status, a link per message).
      return { selector, count, exact: inOwn.length === 1 && count === sampled.length, score };
    },
    finish(candidate) {
      if (sampled.length === rows.length) return candidate;
      const count = countIn(rows, candidate.selector);
      return { ...candidate, count, exact: candidate.exact && count === rows.length };
    },
  };
}

function pageJudge(request: PickRequest): Judge {
  const wanted = new Set(request.many ? similarSiblings(request.target) : [request.target]);
  return {
    judge(selector, score) {
      const found = safeAll(request.root, selector);
      if (!found.includes(request.target)) return undefined;
      const exact = found.length === wanted.size && found.every((element) => wanted.has(element));
      return { selector, count: found.length, exact, score };
    },
    finish: (candidate) => candidate,
  };
}

/** Candidates for the clicked element, tried on the page; undefined when it cannot be described at all. */
export function suggestSelector(request: PickRequest): Suggestion | undefined {
  const judge = request.rows ? rowsJudge(request, request.rows) : pageJudge(request);
  if (!judge) return undefined;
  // Every shape first (string work only), then the most robust ones tried on the page.
  const shaped = new Map<string, number>();
  for (const { selector, score } of shapes(request)) {
    if (!shaped.has(selector)) shaped.set(selector, score + selector.length / 1000);
    if (shaped.size >= 3000) break;
  }
  const byScore = [...shaped].sort((a, b) => a[1] - b[1]);
  const candidates: Candidate[] = [];
  let afterExact = -1;
  for (const [selector, score] of byScore.slice(0, MAX_TRIED)) {
    const candidate = judge.judge(selector, score);
    if (!candidate) continue;
    candidates.push(candidate);
    if (afterExact < 0 && candidate.exact) afterExact = 0;
    else if (afterExact >= 0 && ++afterExact >= MORE_AFTER_EXACT) break;
  }
  if (candidates.length === 0) return undefined;
  const exact = candidates.find((candidate) => candidate.exact);
  // One candidate per match count, the most robust of each: the widen and narrow steps.
  const steps = new Map<number, Candidate>();
  for (const candidate of candidates) if (!steps.has(candidate.count)) steps.set(candidate.count, candidate);
  if (exact) steps.set(exact.count, exact);
  const finished = [...steps.values()].map((step) => judge.finish(step));
  const best = exact ? finished.find((step) => step.selector === exact.selector) : undefined;
  // Counted whole, two sampled steps can turn out the same: keep one per count (the chosen one where it is one).
  const byCount = new Map<number, Candidate>();
  for (const step of finished) if (!byCount.has(step.count) || step === best) byCount.set(step.count, step);
  const ordered = [...byCount.values()].sort((a, b) => a.count - b.count);
  // For keys read in rows, more rows found is wider; on the page, more elements is wider.
  const fallback = request.rows ? ordered[ordered.length - 1] : ordered[0];
  return { best: best ?? fallback!, steps: ordered };
}

/** The next wider (more elements) or narrower step from `current`, if there is one. */
export function stepFrom(
  suggestion: Suggestion,
  current: Candidate,
  direction: 'wider' | 'narrower',
): Candidate | undefined {
  const index = suggestion.steps.findIndex((step) => step.count === current.count);
  return suggestion.steps[direction === 'wider' ? index + 1 : index - 1];
}
