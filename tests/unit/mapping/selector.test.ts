// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { partsOf, stepFrom, suggestSelector, type PickRequest } from '@/lib/mapping/selector';
import { isGeneratedClass, isStableClass, stableHrefPart } from '@/lib/mapping/stable';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function el(selector: string, index = 0): Element {
  const found = document.querySelectorAll(selector)[index];
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function best(request: PickRequest): string {
  const suggestion = suggestSelector(request);
  if (!suggestion) throw new Error('no suggestion');
  return suggestion.best.selector;
}

/** The selector matches exactly these elements on the page. */
function matchesExactly(selector: string, wanted: Element[]): boolean {
  const found = [...document.querySelectorAll(selector)];
  return found.length === wanted.length && wanted.every((element) => found.includes(element));
}

describe('class names a build tool generated are never used', () => {
  it.each(['Row_row__3xK9a', 'css-1x2y3z', 'sc-bdVaJa', '_a9f3k2', 't_8fk2a', 'p_3k', 'jsx-2231'])(
    '%s',
    (name) => {
      expect(isGeneratedClass(name)).toBe(true);
      expect(isStableClass(name)).toBe(false);
    },
  );
  it.each(['arenderad', 'message-row', 'inbox__item', 'status'])('%s is kept', (name) => {
    expect(isStableClass(name)).toBe(true);
  });
  it.each(['is-selected', 'unread', 'row--active', 'odd', 'status-answered'])(
    'state class %s is not kept',
    (name) => {
      expect(isStableClass(name)).toBe(false);
    },
  );
});

describe('a link’s stable address part', () => {
  it('cuts the message’s number off a path', () => {
    expect(stableHrefPart('/nord/v3/arende/N-2001')).toEqual({ operator: '*=', value: '/arende/' });
    expect(stableHrefPart('https://x.example/inbox/message/123?x=1')).toEqual({
      operator: '*=',
      value: '/message/',
    });
  });
  it('keeps a single-page list’s prefix after #', () => {
    expect(stableHrefPart('#/meddelande/M-31')).toEqual({ operator: '^=', value: '#/meddelande/' });
  });
  it('gives nothing for a link without a number or a bare #', () => {
    expect(stableHrefPart('#')).toBeUndefined();
    expect(stableHrefPart('/inkorg/')).toBeUndefined();
  });
});

describe('one element on the page', () => {
  it('takes a stable id first', () => {
    page('<form><textarea id="reply" class="css-1abc"></textarea><textarea></textarea></form>');
    expect(best({ target: el('#reply'), root: document })).toBe('#reply');
  });

  it('never an id with a number in it (generated per render or per message)', () => {
    page(
      '<div><textarea id="field-8841" aria-label="Ditt svar"></textarea><textarea aria-label="Anteckning"></textarea></div>',
    );
    const selector = best({ target: el('textarea'), root: document });
    expect(selector).not.toContain('8841');
    expect(selector).toBe('textarea[aria-label="Ditt svar"]');
  });

  it('never a label that names someone (a capitalised word after the first), even outside a list', () => {
    page(`<p>Anna Andersson</p><form><button type="submit" title="Skicka till Anna Andersson" class="Btn_b__9xK">Skicka</button>
      <button type="button" title="Avbryt" class="Btn_b__9xK">Avbryt</button></form>`);
    const target = el('button');
    const selector = best({ target, root: document });
    expect(selector).not.toMatch(/Anna|Andersson/);
    expect(selector).toBe('button[type="submit"]');
    expect(partsOf(target).map((part) => part.text)).not.toContain(
      'button[title="Skicka till Anna Andersson"]',
    );
  });

  it('takes a data-action over the hashed class the naive selector would use', () => {
    page(`<div class="composer_91"><button class="b_77" type="button" data-action="skicka">Skicka</button>
      <button class="b_77" type="button" data-action="avbryt">Avbryt</button></div>`);
    const selector = best({ target: el('button'), root: document });
    expect(selector).toBe('button[data-action="skicka"]');
    expect(document.querySelectorAll('.b_77').length).toBe(2); // the naive selector would match both
  });

  it('tells two buttons without attributes apart by what surrounds them, not by a generated class', () => {
    page(`<form aria-label="Svar"><button class="Btn_btn__9kx">Skicka</button></form>
      <form aria-label="Sök"><button class="Btn_btn__9kx">Sök</button></form>`);
    const target = el('button');
    const selector = best({ target, root: document });
    expect(selector).not.toMatch(/Btn_btn__9kx/);
    expect(matchesExactly(selector, [target])).toBe(true);
  });

  it('a call-controls bar by its role and label', () => {
    page(`<div class="x_1"><div role="toolbar" aria-label="Mötesknappar"><button>Ljud</button></div>
      <div role="toolbar" aria-label="Textformat"><button>B</button></div></div>`);
    expect(best({ target: el('[role="toolbar"]'), root: document })).toBe('div[aria-label="Mötesknappar"]');
  });
});

describe('all rows like the one clicked', () => {
  const twoTables = `
    <table class="Tbl_t__1a2b"><tbody>
      <tr class="Row_r__9z"><td><a href="/inbox/message/101">Öppna</a></td><td class="x_1">Anna Andersson</td></tr>
      <tr class="Row_r__9z unread"><td><a href="/inbox/message/102">Öppna</a></td><td class="x_1">Bo Berg</td></tr>
      <tr class="Row_r__9z"><td><a href="/inbox/message/103">Öppna</a></td><td class="x_1">Cecilia Ek</td></tr>
    </tbody></table>
    <table class="Tbl_t__1a2b"><tbody>
      <tr class="Row_r__9z"><td><a href="/calendar/booking/7">Visa</a></td><td class="x_1">Bokning</td></tr>
      <tr class="Row_r__9z"><td><a href="/calendar/booking/8">Visa</a></td><td class="x_1">Bokning</td></tr>
    </tbody></table>`;

  it('matches every row of its own table and none of the other table’s, where `tr` would match both', () => {
    page(twoTables);
    const target = el('tr', 1);
    const selector = best({ target, root: document, many: true });
    expect(document.querySelectorAll('tr').length).toBe(5);
    expect(matchesExactly(selector, [...target.parentElement!.children])).toBe(true);
    expect(selector).not.toMatch(/Row_r__9z|Tbl_t__1a2b|unread|nth/);
  });

  it('by a data attribute on the rows, never its value (the message’s number)', () => {
    page(`<table><tbody>
      <tr class="r_x1" data-arende-nr="N-2001"><td>1</td></tr>
      <tr class="r_x1" data-arende-nr="N-2002"><td>2</td></tr></tbody></table>
      <table><tbody><tr><td>Ärenden i veckan</td><td>41</td></tr></tbody></table>`);
    const selector = best({ target: el('tr'), root: document, many: true });
    expect(selector).toBe('[data-arende-nr]');
  });

  it('by the list’s label when the rows are alike in both lists', () => {
    page(
      `<ul aria-label="Inkorg"><li>a</li><li>b</li><li>c</li></ul><ul aria-label="Nyheter"><li>x</li><li>y</li></ul>`,
    );
    const target = el('li');
    const selector = best({ target, root: document, many: true });
    expect(selector).toBe('ul[aria-label="Inkorg"] li');
  });

  it('a row’s aria-label holding a name never goes into the selector', () => {
    page(`<div role="grid"><div role="row" aria-label="Meddelande från Anna Andersson" class="css-9x">a</div>
      <div role="row" aria-label="Meddelande från Bo Berg" class="css-9x">b</div></div>`);
    const selector = best({ target: el('[role="row"]'), root: document, many: true });
    expect(selector).not.toMatch(/Anna|Andersson|Meddelande/);
    expect(selector).toBe('div[role="row"]');
  });

  it('widen and narrow step through what the page offers', () => {
    page(twoTables);
    const target = el('tr', 0);
    const suggestion = suggestSelector({ target, root: document, many: true })!;
    expect(suggestion.best.count).toBe(3);
    const wider = stepFrom(suggestion, suggestion.best, 'wider');
    expect(wider?.count).toBe(5);
    const narrower = stepFrom(suggestion, suggestion.best, 'narrower');
    expect(narrower?.count ?? 1).toBe(1);
    expect(stepFrom(suggestion, suggestion.steps[0]!, 'narrower')).toBeUndefined();
  });
});

describe('inside each row', () => {
  const rows = `<table><tbody>
    <tr data-id-x><td class="_k1"><span>Fråga</span></td><td class="_k2"><span>2026-12-04 09:15</span></td><td class="_k3"><span class="pill_9">Ny</span></td></tr>
    <tr data-id-x><td class="_k1"><span>Fråga</span></td><td class="_k2"><span>2026-12-03 10:00</span></td><td class="_k3"><span class="pill_9">Besvarad</span></td></tr>
    <tr data-id-x><td class="_k1"><span>Fråga</span></td><td class="_k2"><span>2026-12-01 08:00</span></td><td class="_k3"><span class="pill_9">Ny</span></td></tr>
  </tbody></table>`;

  it('the arrival cell by its column, where `span` would find the subject first', () => {
    page(rows);
    const all = [...document.querySelectorAll('tr')];
    const target = all[0]!.querySelectorAll('span')[1]!;
    const selector = best({ target, root: document, rows: all });
    expect(all[0]!.querySelector('span')).not.toBe(target); // the naive selector reads the subject
    for (const row of all) expect(row.querySelector(selector)?.textContent).toMatch(/^2026-/);
    expect(selector).toMatch(/nth-of-type\(2\)/);
    expect(selector).not.toMatch(/_k2/);
  });

  it('the status by its column', () => {
    page(rows);
    const all = [...document.querySelectorAll('tr')];
    const target = all[1]!.querySelector('.pill_9')!;
    const selector = best({ target, root: document, rows: all });
    expect(all.map((row) => row.querySelector(selector)?.textContent)).toEqual(['Ny', 'Besvarad', 'Ny']);
  });

  it('a <time datetime> by its attribute', () => {
    page(
      `<ul><li><b>x</b><time datetime="2026-12-01T10:00">1 dec</time></li><li><b>y</b><time datetime="2026-12-02T10:00">2 dec</time></li></ul>`,
    );
    const all = [...document.querySelectorAll('li')];
    expect(best({ target: all[0]!.querySelector('time')!, root: document, rows: all })).toBe(
      'time[datetime]',
    );
  });

  it('the message link by its address, not by its number', () => {
    page(
      `<ul><li><a href="/help">?</a> <a href="/inbox/message/1">Öppna</a></li><li><a href="/help">?</a> <a href="/inbox/message/2">Öppna</a></li></ul>`,
    );
    const all = [...document.querySelectorAll('li')];
    const selector = best({ target: all[0]!.querySelectorAll('a')[1]!, root: document, rows: all });
    expect(selector).toBe('a[href*="/message/"]');
  });
});

describe('parts', () => {
  it('no label, id or data value inside a repeated row', () => {
    page(
      `<ul><li id="x" data-kind="fraga" aria-label="Anna">a</li><li data-kind="fraga">b</li><li data-kind="fraga">c</li></ul>`,
    );
    const texts = partsOf(el('li')).map((part) => part.text);
    expect(texts).not.toContain('#x');
    expect(texts.join(' ')).not.toMatch(/Anna|fraga/);
    expect(texts).toContain('[data-kind]');
  });
});
