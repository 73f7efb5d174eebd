import { describe, expect, it } from 'vitest';
import { containsSignature, hasText } from '@/lib/checks/signature/detect';
import { separatorBefore } from '@/lib/checks/signature/editor';

const SIGNATURE = 'Med vänlig hälsning\nEva Exempeldotter\nTelefon 033-000 00 00';

describe('recognising a signature already in a reply', () => {
  it('finds it in a textarea’s text', () => {
    expect(containsSignature(`Hej!\n\n${SIGNATURE}`, SIGNATURE)).toBe(true);
    expect(containsSignature('Hej!', SIGNATURE)).toBe(false);
  });

  it('finds it when a rich-text editor joins its paragraphs or uses no-break spaces', () => {
    const paragraphs = 'Hej!Med vänlig hälsningEva\u00a0ExempeldotterTelefon 033-000\u00a000 00';
    expect(containsSignature(paragraphs, SIGNATURE)).toBe(true);
    expect(
      containsSignature(
        'Hej!\n\nMed vänlig hälsning\n\nEva Exempeldotter\n\nTelefon 033-000 00 00\n',
        SIGNATURE,
      ),
    ).toBe(true);
  });

  it('does not count half a signature', () => {
    expect(containsSignature('Hej!\nMed vänlig hälsning\nEva Exempeldotter', SIGNATURE)).toBe(false);
  });

  it('never counts an empty signature as present', () => {
    expect(containsSignature('Hej', '')).toBe(false);
  });

  it('tells a blank reply from one with text', () => {
    expect(hasText(' \n\u00a0')).toBe(false);
    expect(hasText('Hej')).toBe(true);
  });
});

describe('the blank line before the signature', () => {
  it('adds what is missing of one blank line', () => {
    expect(separatorBefore('')).toBe('');
    expect(separatorBefore('  ')).toBe('');
    expect(separatorBefore('Hej')).toBe('\n\n');
    expect(separatorBefore('Hej\n')).toBe('\n');
    expect(separatorBefore('Hej\n\n')).toBe('');
    expect(separatorBefore('Hej  ')).toBe('\n\n');
  });
});
