import { describe, expect, it } from 'vitest';
import { phoneWords, rowWords, textWords } from '../../../src/main/services/search/fields';
import { parseQuery } from '../../../src/main/services/search/query';
import { matchedFields, nameTier, nameWordsOf } from '../../../src/main/services/search/rank';

describe('parseQuery: the ways a typed text may be written in the book', () => {
  it('tries letter pairs as the letter they stand for', () => {
    expect(parseQuery('Aalesund').variants).toEqual([['aalesund'], ['alesund']]);
    expect(parseQuery('tromsoe').variants).toEqual([['tromsoe'], ['tromso']]);
    expect(parseQuery('nguyen').variants).toEqual([['nguyen']]);
  });

  it('takes a ZWNJ as a space, and tries two Persian words typed apart as one', () => {
    expect(parseQuery('می‌خواهم').variants).toEqual([['می', 'خواهم'], ['میخواهم']]);
    expect(parseQuery('می خواهم').variants).toEqual([['می', 'خواهم'], ['میخواهم']]);
    expect(parseQuery('علی acme').variants).toEqual([['علی', 'acme']]);
  });

  it('reads digits and phone punctuation as one number, without a 00 prefix', () => {
    expect(parseQuery('+98 56 366').digits).toBe('9856366');
    expect(parseQuery('0098 56').digits).toBe('9856');
    expect(parseQuery('(056) 366-86').digits).toBe('05636686');
    expect(parseQuery('۰۹۱۲ ۱۲۳').digits).toBe('0912123');
    expect(parseQuery('acme 56').digits).toBeNull();
  });

  it('has nothing to look for in punctuation alone', () => {
    expect(parseQuery(' "* ').variants).toEqual([]);
    expect(parseQuery('+').digits).toBeNull();
  });
});

describe('the words a row is indexed by', () => {
  it('holds a phone as written, without its country code, and with the trunk 0', () => {
    expect(phoneWords('+98 56 366 8677')).toEqual(['98563668677', '563668677', '0563668677']);
    expect(phoneWords('22 33 44 55')).toEqual(['22334455']);
    expect(phoneWords(null)).toEqual([]);
  });

  it('holds a word with a ZWNJ in parts and joined', () => {
    expect(textWords('علی‌رضا احمدی')).toEqual(['علی', 'رضا', 'احمدی', 'علیرضا', 'احمدی']);
  });
});

describe('ranking a row for a query', () => {
  const tier = (text: string, name: string) => nameTier(parseQuery(text), nameWordsOf(name));

  it('tells the exact name, a name that starts with the text, and names with the words', () => {
    expect(tier('fisk nord', 'Fisk Nord')).toBe(0);
    expect(tier('fisk no', 'Fisk Nord AS')).toBe(1);
    expect(tier('nord fisk', 'Fisk Nord AS')).toBe(2);
    expect(tier('fisk sor', 'Fisk Nord AS')).toBeNull();
    expect(tier('aalesund', 'Ålesund')).toBe(0);
    expect(tier('علیرضا', 'علی‌رضا')).toBe(0);
    expect(tier('علی رضا', 'علی‌رضا')).toBe(0);
  });

  it('says which fields hold the typed words, in a fixed order', () => {
    const words = rowWords({
      name: 'Bjørn Dahl',
      title: 'Innkjøpssjef',
      email: 'bjorn.dahl@viking.no',
      phone: '+47 48 317 4654',
      notes: 'Met Bjørn at the fair in Bergen',
    });
    expect(matchedFields(parseQuery('bjorn'), words)).toEqual(['name', 'email', 'notes']);
    expect(matchedFields(parseQuery('bergen'), words)).toEqual(['notes']);
    expect(matchedFields(parseQuery('48 317'), words)).toEqual(['phone']);
    expect(matchedFields(parseQuery('innkjop dahl'), words)).toEqual(['name', 'title', 'email']);
    expect(matchedFields(parseQuery('oslo'), words)).toEqual([]);
  });
});
