import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, toWords } from '../../src/shared/text';

describe('normalize', () => {
  it('folds Latin diacritics so a rep can type without them', () => {
    expect(normalize('Nguyễn Thị Đào')).toBe('nguyen thi dao');
    expect(normalize('Bjørn Ærø Ålesund')).toBe('bjorn aero alesund');
    expect(normalize('Tromsø')).toBe(normalize('tromso'));
  });

  it('maps Arabic yeh and kaf to their Persian forms', () => {
    expect(normalize('علي')).toBe(normalize('علی'));
    expect(normalize('كيان')).toBe(normalize('کیان'));
    expect(normalize('مدرسة')).toBe(normalize('مدرسه'));
  });

  it('drops tatweel, harakat and zero-width non-joiners', () => {
    expect(normalize('مـــحمد')).toBe(normalize('محمد'));
    expect(normalize('مُحَمَّد')).toBe(normalize('محمد'));
    expect(normalize('می‌خواهم')).toBe(normalize('میخواهم'));
  });

  it('turns Persian and Arabic-Indic digits into ASCII', () => {
    expect(normalize('۱۴۰۳')).toBe('1403');
    expect(normalize('٢٠٢٤')).toBe('2024');
  });

  it('is idempotent for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toWords', () => {
  it('splits normalised text into index words, so search syntax in input is inert', () => {
    expect(toWords('Nor fisk')).toEqual(['nor', 'fisk']);
    expect(toWords('a OR "b" NEAR(')).toEqual(['a', 'or', 'b', 'near']);
    expect(toWords('  -- ')).toEqual([]);
    expect(toWords('Bjørn & Sønner')).toEqual(['bjorn', 'sonner']);
  });
});
