import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldDigraphs, normalize, normalizeUnicode, toWords } from '../../../src/shared/text';

/** Each case of docs/search.md: what is stored or typed → what is compared. */
const cases: [string, string, string][] = [
  // Persian typed on an Arabic keyboard, or copied from Arabic text
  ['Arabic yeh', 'علي', 'علی'],
  ['alef maksura', 'موسى', 'موسی'],
  ['Arabic kaf', 'كيان', 'کیان'],
  ['teh marbuta', 'مدرسة', 'مدرسه'],
  ['heh with hamza (ezafe)', 'خانهٔ', 'خانه'],
  ['heh with yeh above', 'خانۀ', 'خانه'],
  ['alef with maddah', 'آرش', 'ارش'],
  ['alef with hamza above', 'تأثیر', 'تاثیر'],
  ['alef with hamza below', 'إیران', 'ایران'],
  ['waw with hamza', 'مؤسسه', 'موسسه'],
  ['yeh with hamza', 'رئیس', 'رییس'],
  ['lone hamza', 'اجزاء', 'اجزا'],
  ['alef wasla', 'ٱلله', 'الله'],
  ['tatweel', 'مـــحمد', 'محمد'],
  ['harakat and shadda', 'مُحَمَّد', 'محمد'],
  ['ZWNJ joins the parts', 'می‌خواهم', 'میخواهم'],
  ['Persian digits', '۰۹۱۲ ۱۲۳ ۴۵۶۷', '0912 123 4567'],
  ['Arabic-Indic digits', '٢٠٢٤', '2024'],
  ['Arabic presentation forms', 'ﻋﻠﻲ', 'علی'],
  // Vietnamese typed without its marks
  ['Vietnamese tones and hats', 'Nguyễn Thị Ánh', 'nguyen thi anh'],
  ['Vietnamese đ', 'Đặng Văn Đức', 'dang van duc'],
  ['Vietnamese ơ ư', 'Phương Lợi', 'phuong loi'],
  // Norwegian, Danish, Swedish, German, and others without the letter on the keyboard
  ['Norwegian ø', 'Tromsø', 'tromso'],
  ['Norwegian å', 'Ålesund', 'alesund'],
  ['Norwegian æ', 'Bærum', 'baerum'],
  ['Swedish ä ö', 'Fjällholm Göteborg', 'fjallholm goteborg'],
  ['German ü', 'München', 'munchen'],
  ['German ß', 'Straße', 'strasse'],
  ['Danish æ ø', 'Ærø', 'aero'],
  ['Icelandic ð þ', 'Þórður', 'thordur'],
  ['Polish ł', 'Łódź', 'lodz'],
  // Apostrophes inside a name, typed or not
  ['apostrophe', "O'Brien & Sons", 'obrien & sons'],
  ['curly apostrophe', 'L’Oréal', 'loreal'],
  ['okina', 'Hawaiʻi Kai', 'hawaii kai'],
  ['backtick for an apostrophe', 'Ma`ruf', 'maruf'],
  ['French œ', 'Œuvre', 'oeuvre'],
  ['Turkish dotless and dotted i', 'Iğdır İzmir', 'igdir izmir'],
  ['full-width Latin', 'ＡＢＣ', 'abc'],
  ['spaces collapse', '  Acme \t Fisk  ', 'acme fisk'],
];

describe('normalize: every folding case', () => {
  it.each(cases)('%s: %s → %s', (_, input, folded) => {
    expect(normalize(input)).toBe(folded);
    expect(normalize(folded)).toBe(folded);
  });

  it('keeps apart what people do not mix up', () => {
    expect(normalize('پ')).not.toBe(normalize('ب'));
    expect(normalize('ژ')).not.toBe(normalize('ز'));
    expect(normalize('Haaland')).toBe('haaland');
  });
});

describe('foldDigraphs: the letter pairs typed for a missing letter', () => {
  it.each([
    ['aalesund', 'alesund'],
    ['tromsoe', 'tromso'],
    ['maedchen', 'madchen'],
    ['goeteborg', 'goteborg'],
    ['muenchen', 'munchen'],
    ['nguyen', 'nguyen'],
  ])('%s → %s', (typed, folded) => expect(foldDigraphs(typed)).toBe(folded));
});

describe('toWords', () => {
  it('splits on everything but letters and digits, as the index does', () => {
    expect(toWords('leila.kiani@mehrkhodro.ir')).toEqual(['leila', 'kiani', 'mehrkhodro', 'ir']);
    expect(toWords('Bjørn & Sønner')).toEqual(['bjorn', 'sonner']);
  });
});

describe('the shortcut for ASCII text', () => {
  it('folds any ASCII text exactly as the full Unicode fold does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        expect(normalize(text)).toBe(normalizeUnicode(text));
      }),
      { numRuns: 2000 },
    );
    expect(normalize('  ACME\tTrading\n AS ')).toBe('acme trading as');
  });
});
