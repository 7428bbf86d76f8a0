import { describe, expect, it } from 'vitest';
import { commandMatches } from '../../../src/renderer/src/palette/commandMatch';

describe('commandMatches: which palette commands stay for what the rep typed', () => {
  it('keeps a command whose words begin with every typed word, in any order', () => {
    expect(commandMatches('Log an interaction record visit', 'log')).toBe(true);
    expect(commandMatches('Log an interaction record visit', 'vis lo')).toBe(true);
  });

  it('drops it when one typed word begins none of its words', () => {
    expect(commandMatches('Log an interaction record visit', 'log nguyen')).toBe(false);
    expect(commandMatches('New account create', 'newton')).toBe(false);
  });

  it('folds as search does: case, Vietnamese and Norwegian letters, Arabic ي', () => {
    expect(commandMatches('Ghi lại một tương tác', 'ghi lai')).toBe(true);
    expect(commandMatches('Registrer en aktivitet møte', 'mote')).toBe(true);
    expect(commandMatches('ثبت یک تعامل', 'يک')).toBe(true);
  });

  it('keeps every command while nothing is typed', () => {
    expect(commandMatches('My week', '   ')).toBe(true);
  });
});
