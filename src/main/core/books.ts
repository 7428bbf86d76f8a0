import fs from 'node:fs';
import path from 'node:path';
import type { Profile } from '../../shared/api';
import { RapportError } from '../../shared/errors';
import { jobsFor } from '../jobs';
import { getProfile } from '../services/profile/profile';
import { openCore, type Core } from './core';
import { FIRST_RUN_ACCOUNTS } from './firstRun';

/** The user's own book and, once they try it, the demo book in a file of its own. */
interface Shelf {
  readonly real: Core;
  demo: Core | null;
  current: Core;
  readonly demoFile: string;
}

const shelves = new WeakMap<Core, Shelf>();

/** `rapport.db` → `rapport-demo.db`, beside it: the demo never shares a file with real work. */
export function demoFileOf(file: string): string {
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}-demo${ext || '.db'}`);
}

/**
 * Opens a user's book as the core a window talks to, able to step over to the demo
 * book and back. Every call goes to the book open at that moment; both files stay
 * open until the window closes, so a demo job keeps its file while the user leaves it.
 */
export function openBooks(file: string): Core {
  const real = openCore(file, { create: true });
  const shelf: Shelf = { real, demo: null, current: real, demoFile: demoFileOf(file) };
  const core: Core = {
    get db() {
      return shelf.current.db;
    },
    get nodeId() {
      return shelf.current.nodeId;
    },
    get nodeIdx() {
      return shelf.current.nodeIdx;
    },
    get clock() {
      return shelf.current.clock;
    },
    get log() {
      return shelf.current.log;
    },
    transaction: (fn) => shelf.current.transaction(fn),
    statement: (sql) => shelf.current.statement(sql),
    close: () => {
      shelf.real.close();
      shelf.demo?.close();
    },
  };
  shelves.set(core, shelf);
  return core;
}

/** Who the app runs as, and whether the user's own book waits beside the demo. */
export function profileOf(core: Core): Profile {
  const shelf = shelves.get(core);
  return { ...getProfile(core), ownBookBeside: !!shelf && shelf.current !== shelf.real };
}

function shelfOf(core: Core): Shelf {
  const shelf = shelves.get(core);
  if (!shelf) {
    throw RapportError.validation('book', 'This app opens one book only: it has no demo beside it');
  }
  return shelf;
}

/**
 * Steps over to the demo book (made and filled the first time, in the background), which
 * never syncs; the user's own book is not written to.
 */
export function tryDemo(core: Core): Profile {
  const shelf = shelfOf(core);
  const created = shelf.demo === null && !fs.existsSync(shelf.demoFile);
  shelf.demo ??= openCore(shelf.demoFile, { create: true });
  shelf.current = shelf.demo;
  if (created) jobsFor(core).start('demo', { accounts: FIRST_RUN_ACCOUNTS });
  return profileOf(core);
}

/** Back to the user's own book, as it was left (a core of one book is there already). */
export function leaveDemo(core: Core): Profile {
  const shelf = shelves.get(core);
  if (shelf) shelf.current = shelf.real;
  return profileOf(core);
}
