import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import {
  renderSignature,
  signatureFor,
  isComplete,
  type SignatureValues,
} from '@/lib/checks/signature/template';
import {
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_1177,
  signatureSettingsSchema,
} from '@/lib/checks/signature/settings';

const EVA: SignatureValues = {
  name: 'Eva Exempeldotter',
  title: 'Distriktssköterska',
  unit: 'Vårdcentralen Exempelby',
  hospital: 'Södra Älvsborgs Sjukhus',
  phone: '033-000 00 00',
  phoneHours: 'mån–fre 8–10',
  email: 'eva.exempeldotter@exempel.invalid',
  switchboard: '033-616 10 00',
  web: 'www.exempel.invalid',
};
const signature = DEFAULT_SETTINGS.checks.signature;

describe('rendering a signature template', () => {
  it('fills every placeholder of the default template with the clinician’s details', () => {
    const rendered = renderSignature(DEFAULT_TEMPLATE, EVA, signature.required);
    expect(rendered.text).toBe(
      [
        'Med vänlig hälsning',
        'Eva Exempeldotter',
        'Distriktssköterska',
        'Vårdcentralen Exempelby, Södra Älvsborgs Sjukhus',
        'Telefon 033-000 00 00 (mån–fre 8–10)',
        'E-post eva.exempeldotter@exempel.invalid',
        'Växel 033-616 10 00',
        'www.exempel.invalid',
      ].join('\n'),
    );
    expect(rendered.missing).toEqual([]);
    expect(isComplete(rendered)).toBe(true);
  });

  it('on 1177 adds only workplace and contact details, since the staff tool adds name and title itself', () => {
    const rendered = signatureFor(signature, EVA, '1177');
    expect(rendered.text).not.toContain('Eva Exempeldotter');
    expect(rendered.text).not.toContain('Distriktssköterska');
    expect(rendered.text).not.toContain('Med vänlig hälsning');
    expect(rendered.text.split('\n')[0]).toBe('Vårdcentralen Exempelby, Södra Älvsborgs Sjukhus');
    expect(rendered.text).toContain('Telefon 033-000 00 00');
    expect(signatureFor(signature, EVA, 'vardochhalsa').text).toBe(
      renderSignature(DEFAULT_TEMPLATE, EVA, []).text,
    );
    expect(DEFAULT_TEMPLATE_1177).not.toMatch(/\{name\}|\{title\}/);
  });

  it('uses a portal’s own template when IT sets one, and the default when it is empty', () => {
    const custom = signatureSettingsSchema.parse({ templates: { sob: '{name}, {title}\n{unit}' } });
    expect(signatureFor(custom, EVA, 'sob').text).toBe(
      'Eva Exempeldotter, Distriktssköterska\nVårdcentralen Exempelby',
    );
    expect(signatureFor(custom, EVA, 'vardochhalsa').text).toContain('Med vänlig hälsning');
  });

  it('leaves out a line whose first field is empty, and tidies a line with a later field empty', () => {
    const rendered = renderSignature(
      DEFAULT_TEMPLATE,
      { ...EVA, phoneHours: '', switchboard: '', web: '', hospital: '' },
      signature.required,
    );
    expect(rendered.text).toBe(
      [
        'Med vänlig hälsning',
        'Eva Exempeldotter',
        'Distriktssköterska',
        'Vårdcentralen Exempelby',
        'Telefon 033-000 00 00',
        'E-post eva.exempeldotter@exempel.invalid',
      ].join('\n'),
    );
    expect(renderSignature('{unit}, {hospital}', { unit: 'VC Exempelby' }, []).text).toBe('VC Exempelby');
    expect(renderSignature('{name} · {title} · {unit}', { name: 'A', unit: 'C' }, []).text).toBe('A · C');
    // The label goes with its field, even when a detail later on the line is set.
    expect(renderSignature('Telefon {phone} ({phoneHours})', { phoneHours: 'mån–fre 8–10' }, []).text).toBe(
      '',
    );
    expect(renderSignature('Hej\nTelefon {phone} ({phoneHours})', { phone: '033-1' }, []).text).toBe(
      'Hej\nTelefon 033-1',
    );
  });

  it('keeps static lines and blank lines of the template, without piling up blank lines', () => {
    const rendered = renderSignature('Hälsningar\n\n{web}\n\n{name}', { name: 'Eva' }, []);
    expect(rendered.text).toBe('Hälsningar\n\nEva');
  });
});

describe('missing fields', () => {
  it('lists the required fields the template uses that are empty, in template order', () => {
    const rendered = renderSignature(DEFAULT_TEMPLATE, { ...EVA, title: ' ', phone: '' }, signature.required);
    expect(rendered.missing).toEqual(['title', 'phone']);
    expect(isComplete(rendered)).toBe(false);
  });

  it('does not require a field the portal’s template does not use (name and title on 1177)', () => {
    const rendered = signatureFor(signature, { ...EVA, name: '', title: '' }, '1177');
    expect(rendered.missing).toEqual([]);
    expect(isComplete(rendered)).toBe(true);
  });

  it('reports a placeholder that names no field instead of sending it to a patient', () => {
    const rendered = renderSignature('{name}\nFax {fax}', EVA, []);
    expect(rendered.unknown).toEqual(['fax']);
    expect(isComplete(rendered)).toBe(false);
  });

  it('treats a template that renders to nothing as not insertable', () => {
    const rendered = renderSignature('{web}', {}, []);
    expect(rendered.text).toBe('');
    expect(isComplete(rendered)).toBe(false);
  });

  it('defaults to warn on an unsigned send and requires name, title, unit and phone', () => {
    expect(signature.onUnsignedSend).toBe('warn');
    expect(signature.required).toEqual(['name', 'title', 'unit', 'phone']);
  });
});

describe('escaping', () => {
  it('inserts markup in a value as those characters, never parsed', () => {
    const name = '<img src=x onerror=alert(1)>';
    const rendered = renderSignature('{name}\n{title}', { name, title: 'Läkare & <b>chef</b>' }, []);
    expect(rendered.text).toBe(`${name}\nLäkare & <b>chef</b>`);
  });

  it('does not expand placeholders that a value itself contains', () => {
    const rendered = renderSignature('{name} {title}', { name: '{title}', title: '$& $1 {name}' }, []);
    expect(rendered.text).toBe('{title} $& $1 {name}');
  });

  it('keeps a value on its own line even when it holds line breaks', () => {
    const rendered = renderSignature('{name}\n{title}', { name: 'Eva\nExempeldotter', title: 'Läkare' }, []);
    expect(rendered.text).toBe('Eva Exempeldotter\nLäkare');
  });
});
