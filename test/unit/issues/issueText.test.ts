import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { AccountFields, accountsTable } from '../../../src/shared/domain/account';
import { territoriesTable } from '../../../src/shared/domain/team';
import { refusalOf } from '../../../src/shared/roles/writeRule';
import { messages } from '../../../src/shared/domain/messages';
import type { MessageId, MessageTemplate } from '../../../src/shared/domain/messages';
import {
  labelKeys,
  patterns,
  translateIssue,
  type IssueWords,
} from '../../../src/renderer/src/issues/issueText';

const root = path.join(__dirname, '../../..');
const renderer = path.join(root, 'src/renderer/src');
const LANGUAGES = { en: 'en', fa: 'fa-IR', nb: 'nb-NO', vi: 'vi-VN' } as const;
type Language = keyof typeof LANGUAGES;

/** The app's words in one language, as the renderer merges them (base, shared, every feature). */
function wordsOf(language: Language): Record<string, unknown> {
  const folders = [
    path.join(renderer, 'i18n'),
    path.join(root, 'src/shared/words'),
    ...fs.readdirSync(renderer).map((f) => path.join(renderer, f, 'i18n')),
  ].filter((f) => fs.existsSync(path.join(f, `${language}.json`)));
  return Object.assign(
    {},
    ...folders.map((f) => JSON.parse(fs.readFileSync(path.join(f, `${language}.json`), 'utf8'))),
  ) as Record<string, unknown>;
}

const english = labelKeys(wordsOf('en'));

function issueWords(language: Language): IssueWords {
  const i18n = i18next.createInstance();
  // Resources given inline load synchronously: `t` is ready when init returns.
  void i18n.init({
    lng: language,
    resources: { [language]: { translation: wordsOf(language) } },
    interpolation: { escapeValue: false },
  });
  const digits = new Intl.NumberFormat(LANGUAGES[language]);
  return {
    t: (key, values) => i18n.t(key, values),
    number: (value) => digits.format(value),
    label: (label) => {
      const key = english.get(label);
      return key ? i18n.t(key) : label;
    },
  };
}

const templates = Object.entries(messages) as [MessageId, MessageTemplate][];
/** Sample values: a label the app translates, numbers, and plain words for the rest. */
const sample = (build: MessageTemplate) =>
  Object.fromEntries(
    build.params.map((p, i) => [
      p,
      p === 'label' ? 'Name' : /max|min/.test(p) ? 10 * (i + 1) : `x${i}`,
    ]),
  );
const unisolated = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('field messages in the user language', () => {
  it('every message the shared schemas build comes from the one table of templates', () => {
    const files = [
      ...fs
        .readdirSync(path.join(root, 'src/shared/domain'))
        .map((f) => path.join(root, 'src/shared/domain', f)),
      path.join(root, 'src/shared/api.ts'),
    ];
    const literal = files.flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /message:\s*['"`]/.test(line))
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    expect(literal).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES) as Language[])('every template has a %s sentence', (language) => {
    const issues = wordsOf(language).issues as Record<string, string>;
    const missing = templates.map(([id]) => id).filter((id) => !issues?.[id]?.trim());
    expect(missing).toEqual([]);
    expect(Object.keys(issues).sort()).toEqual(templates.map(([id]) => id).sort());
  });

  it('each English message is recognised as its own template, and reads the same in English', () => {
    const words = issueWords('en');
    for (const [id, build] of templates) {
      const message = build(sample(build));
      expect(patterns.find((p) => p.regex.test(message))?.id, message).toBe(id);
      expect(unisolated(translateIssue(message, words)), id).toBe(message);
    }
  });

  it('a negative cost to serve reads in Persian, Norwegian and Vietnamese with the label', () => {
    const parsed = AccountFields.safeParse({ name: 'Fjord Sjømat AS', costToServe: -5 });
    const message = parsed.error?.issues[0]?.message ?? '';
    expect(message).toBe('Cost to serve cannot be negative');
    expect(translateIssue(message, issueWords('fa'))).toBe('هزینه خدمت‌رسانی نمی‌تواند منفی باشد');
    expect(translateIssue(message, issueWords('nb'))).toBe(
      'Kostnad å betjene kan ikke være negativ',
    );
    expect(translateIssue(message, issueWords('vi'))).toBe('Chi phí phục vụ không được là số âm');
  });

  it('numbers come in the language digits, and a label the form gives wins', () => {
    const parsed = AccountFields.safeParse({ name: 'x'.repeat(201) });
    const message = parsed.error?.issues[0]?.message ?? '';
    expect(message).toBe('Name must be at most 200 characters');
    expect(translateIssue(message, issueWords('fa'))).toBe('نام حداکثر می‌تواند ۲۰۰ نویسه باشد');
    expect(translateIssue(message, issueWords('nb'), 'Kontonavn')).toBe(
      'Kontonavn kan ha høyst 200 tegn',
    );
    expect(translateIssue('Influence must be from 1 to 5', issueWords('fa'), 'نفوذ')).toBe(
      'نفوذ باید از ۱ تا ۵ باشد',
    );
  });

  it('amounts come in the language digits, postcodes as written', () => {
    const split = messages.splitNot100({ account: 'Nordlys', total: 90.5 });
    expect(unisolated(translateIssue(split, issueWords('fa')))).toBe(
      'سهم‌های درآمد Nordlys روی هم ۹۰٫۵٪ است: باید دقیقاً ۱۰۰٪ باشد',
    );
    const overlap = messages.postcodeOverlap({ first: '7000-7099', second: '7050' });
    expect(unisolated(translateIssue(overlap, issueWords('en')))).toBe(overlap);
    expect(unisolated(translateIssue(overlap, issueWords('fa')))).toContain('7050');
  });

  it("the core's own checks translate, with names and days kept as written", () => {
    const due = messages.dueInThePast({ today: '2026-11-26' });
    expect(unisolated(translateIssue(due, issueWords('vi')))).toBe(
      'Hạn bước tiếp theo không được ở trong quá khứ (hôm nay là 2026-11-26)',
    );
    expect(translateIssue('Period end cannot be before its start', issueWords('nb'))).toBe(
      'Periodens slutt kan ikke være før starten',
    );
  });

  it('the role rule speaks a lead’s language, naming the territory with its own word', () => {
    const actor = { id: 'lead', appRole: 'lead' } as const;
    const facts = {
      covers: () => false,
      inTeamBook: () => false,
      isCovered: () => false,
      teamsLedBy: () => ['north'],
      accountName: (id: string) => id,
    };
    const message = refusalOf(actor, territoriesTable, { values: { teamId: 'south' } }, facts, 0);
    expect(message).toBe('Territory: a lead may change those of their own team only');
    expect(translateIssue(message!, issueWords('nb'))).toBe(
      'Distrikt: en teamleder kan bare endre dem i sitt eget team',
    );
    const outside = refusalOf(
      actor,
      accountsTable,
      { before: { id: 'Globex' }, values: { tier: 'A' } },
      facts,
      0,
    );
    expect(unisolated(translateIssue(outside!, issueWords('vi')))).toBe(
      'Globex không thuộc danh mục của nhóm bạn',
    );
  });

  it('a message no template fits stays in English, and joined messages translate line by line', () => {
    const words = issueWords('fa');
    expect(translateIssue('Contact 42 does not exist', words)).toBe('Contact 42 does not exist');
    expect(translateIssue('Notes is required\nSomething else', words)).toBe(
      'یادداشت‌ها الزامی است\nSomething else',
    );
  });
});
