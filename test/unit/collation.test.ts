import { describe, expect, it } from 'vitest';
import { sortKey, type CollatedLanguage } from '../../src/shared/collation';

const sortedIn = (language: CollatedLanguage, names: string[]) =>
  [...names].sort((a, b) => {
    const [x, y] = [sortKey(a, language), sortKey(b, language)];
    return x < y ? -1 : x > y ? 1 : 0;
  });

describe('sorting names as each language does', () => {
  it('Norwegian: Æ, Ø, Å after Z, ä and ö with them, aa as å', () => {
    expect(
      sortedIn('nb', ['Åsen', 'Ørsta', 'Zeta', 'Ærø', 'Aasen', 'Ålesund', 'Alta', 'Östra', 'Bodø']),
    ).toEqual(['Alta', 'Bodø', 'Zeta', 'Ærø', 'Ørsta', 'Östra', 'Ålesund', 'Åsen', 'Aasen']);
    expect(sortKey('Aasen', 'nb')).toBe(sortKey('Åsen', 'nb'));
    // Case does not matter; the rest of the letters fold as search does.
    expect(sortKey('ÅSEN', 'nb')).toBe(sortKey('åsen', 'nb'));
    expect(sortKey('Café', 'nb')).toBe(sortKey('cafe', 'nb'));
  });

  it('Persian: the Persian alphabet, not the order of Unicode', () => {
    expect(
      sortedIn('fa', ['گلستان', 'کرمان', 'پارس', 'بهار', 'آرش', 'چابهار', 'جم', 'هرمز', 'وحید']),
    ).toEqual(['آرش', 'بهار', 'پارس', 'جم', 'چابهار', 'کرمان', 'گلستان', 'وحید', 'هرمز']);
    // Arabic yeh and kaf sort as the Persian letters they stand for.
    expect(sortKey('علي', 'fa')).toBe(sortKey('علی', 'fa'));
    expect(sortKey('كيان', 'fa')).toBe(sortKey('کیان', 'fa'));
  });

  it('Vietnamese: ă and â after a, đ after d, ơ after ô; tones do not reorder words', () => {
    expect(
      sortedIn('vi', ['Âu', 'Ăn', 'An', 'Bình', 'Đông', 'Dũng', 'Ơn', 'Ôn', 'On', 'Ưng', 'Uy']),
    ).toEqual(['An', 'Ăn', 'Âu', 'Bình', 'Dũng', 'Đông', 'On', 'Ôn', 'Ơn', 'Uy', 'Ưng']);
    expect(sortKey('Nguyễn', 'vi')).toBe(sortKey('Nguyên', 'vi'));
  });
});
