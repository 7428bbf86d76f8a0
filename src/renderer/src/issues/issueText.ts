import { messages } from '../../../shared/domain/messages';
import type { MessageId, MessageTemplate } from '../../../shared/domain/messages';
import { isolate } from '../i18n/isolate';

/** A template turned back into a matcher: its values become capture groups. */
interface Pattern {
  id: MessageId;
  /** The value each capture group holds, in the order the English sentence has them. */
  groups: string[];
  regex: RegExp;
  fixed: boolean;
  literal: number;
}

const MARK = '\u0001';
const SLOT = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternOf(id: MessageId, build: MessageTemplate): Pattern {
  const sample = build(Object.fromEntries(build.params.map((p, i) => [p, `${MARK}${i}${MARK}`])));
  const groups = [...sample.matchAll(SLOT)].map((m) => build.params[Number(m[1])]!);
  const literals = sample.split(SLOT).filter((_, i) => i % 2 === 0);
  const source = literals.map(escape).join('(.+?)');
  return {
    id,
    groups,
    regex: new RegExp(`^${source}$`),
    fixed: groups.length === 0,
    literal: literals.join('').length,
  };
}

/**
 * Every template the shared schemas and the core can give, most specific first: a fixed
 * sentence before a template it also fits ("The address must be at most 2000 characters"
 * is its own sentence, not "<label> must be at most <max> characters").
 */
export const patterns: Pattern[] = (Object.entries(messages) as [MessageId, MessageTemplate][])
  .map(([id, build]) => patternOf(id, build))
  .sort((a, b) => Number(b.fixed) - Number(a.fixed) || b.literal - a.literal);

export interface IssueWords {
  /** The user's language: `issues.<id>` with its values filled in. */
  t: (key: string, values: Record<string, string>) => string;
  number: (value: number) => string;
  /** The field's name in the user's language, from its English label in the message. */
  label: (english: string) => string;
}

/**
 * The values that are amounts, written in the language's digits ("۹۰٪"); every other
 * value (a postcode such as 7050, a name, a day) stays as it was written.
 */
const AMOUNTS: ReadonlySet<string> = new Set(['max', 'min', 'total', 'given']);

function translateLine(line: string, words: IssueWords, label: string | undefined): string {
  for (const pattern of patterns) {
    const found = pattern.regex.exec(line);
    if (!found) continue;
    const values: Record<string, string> = {};
    pattern.groups.forEach((name, i) => {
      const value = found[i + 1]!;
      if (name === 'label') values[name] = label ?? words.label(value);
      else if (AMOUNTS.has(name) && /^\d+(\.\d+)?$/.test(value)) {
        values[name] = words.number(Number(value));
      } else values[name] = isolate(value);
    });
    return words.t(`issues.${pattern.id}`, values);
  }
  return line;
}

/**
 * A message from a schema or the core, in the user's language; `label` is the field's
 * label as the form shows it, when the form knows it. A message no template fits stays as
 * the core wrote it, so nothing the person needs is lost. Joined messages (one a line)
 * are translated line by line.
 */
export function translateIssue(message: string, words: IssueWords, label?: string): string {
  return message
    .split('\n')
    .map((line) => translateLine(line, words, label))
    .join('\n');
}

/** English label → the key of its translation; a field's own label (`fields.*`) wins. */
export function labelKeys(english: Record<string, unknown>): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      if (!found.has(node) || path.startsWith('fields.')) found.set(node, path);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
    }
  };
  walk(english, '');
  return found;
}
