import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HybridClock, formatHlc, parseHlc } from '../../src/shared/hlc';

describe('HybridClock', () => {
  it('keeps local timestamps increasing even when the wall clock goes back', () => {
    let now = 1_000_000;
    const clock = new HybridClock('a1', () => now);
    const first = clock.tick();
    now -= 50_000; // laptop clock corrected backwards
    const second = clock.tick();
    expect(second > first).toBe(true);
  });

  it('orders events after any timestamp it has received', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 1e12 }),
        (remotes, wall) => {
          const clock = new HybridClock('local', () => wall);
          let latest = clock.tick();
          for (const [millis, counter] of remotes) {
            const remote = formatHlc({ millis: Math.min(millis, wall), counter, node: 'remote' });
            clock.receive(remote);
            const next = clock.tick();
            expect(next > remote).toBe(true);
            expect(next > latest).toBe(true);
            latest = next;
          }
        },
      ),
    );
  });

  it('refuses a remote clock more than a day ahead', () => {
    const clock = new HybridClock('a', () => 0);
    expect(() =>
      clock.receive(formatHlc({ millis: 2 * 86_400_000, counter: 0, node: 'b' })),
    ).toThrow(/more than a day ahead/);
  });

  it('round-trips through its text form, and string order is time order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e14 }), fc.integer({ min: 0, max: 1e6 }), (m, c) => {
        const text = formatHlc({ millis: m, counter: c, node: 'n0' });
        expect(parseHlc(text)).toEqual({ millis: m, counter: c, node: 'n0' });
        expect(formatHlc({ millis: m + 1, counter: 0, node: 'n0' }) > text).toBe(true);
      }),
    );
  });
});
