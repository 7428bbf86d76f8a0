import { describe, expect, it } from 'vitest';
import { editsAllowed, editsToStart, Vocabulary } from '../../../src/main/services/search/typos';

/** The words the starts near `typed` reach (each start stands for the words it begins). */
const reached = (words: string[], typed: string) => {
  const near = new Vocabulary(words).near(typed);
  return words.filter((w) => near.some((n) => w.startsWith(n.start)));
};

describe('typo tolerance', () => {
  it('allows one edit from 5 letters and two from 9, none below', () => {
    expect([4, 5, 8, 9, 14].map(editsAllowed)).toEqual([0, 1, 1, 2, 2]);
  });

  it('counts a missing, extra, wrong or swapped letter as one edit, to the start of a word', () => {
    expect(editsToStart('hnasen', 'hansen')).toBe(1); // swapped
    expect(editsToStart('hasen', 'hansen')).toBe(1); // missing
    expect(editsToStart('hannsen', 'hansen')).toBe(1); // extra
    expect(editsToStart('hamsen', 'hansen')).toBe(1); // wrong
    expect(editsToStart('hnase', 'hansen')).toBe(1); // typed in part
    expect(editsToStart('nsaneh', 'hansen')).toBeGreaterThan(2);
    expect(editsToStart('کشیترانی', 'کشتیرانی')).toBe(1);
  });

  it('reaches the words within the edits allowed, and no others', () => {
    const words = ['hansen', 'hanssen', 'nordic', 'nordisk', 'hagen', 'kongsberg'];
    expect(reached(words, 'hnasen')).toEqual(['hansen']);
    expect(reached(words, 'hanse')).toEqual(['hansen', 'hanssen']); // typed in part
    expect(reached(words, 'nrodic')).toEqual(['nordic']);
    expect(reached(words, 'kongbserg')).toEqual(['kongsberg']);
    expect(reached(words, 'konbsreg')).toEqual([]); // 8 letters: one edit only
    expect(reached(words, 'kongsbreq')).toEqual(['kongsberg']); // 9 letters: two
    expect(reached(words, 'hagn')).toEqual([]); // 4 letters: none
  });

  it('gives the shortest start that reaches a word, the fewest edits first', () => {
    const near = new Vocabulary(['nordic', 'nordisk', 'norway']).near('nordik');
    expect(near).toEqual([{ start: 'nordi', edits: 1 }]);
  });
});
