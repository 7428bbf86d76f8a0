import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HybridClock,
  compareStamps,
  formatStamp,
  hlcAt,
  hlcMillis,
  parseStamp,
} from '../../src/shared/hlc';

describe('HybridClock', () => {
  it('keeps local clock values increasing even when the wall clock goes back', () => {
    let now = 1_000_000;
    const clock = new HybridClock('a1', () => now);
    const first = clock.tick();
    now -= 50_000; // laptop clock corrected backwards
    const second = clock.tick();
    expect(second).toBeGreaterThan(first);
  });

  it('gives thousands of events in one millisecond distinct, increasing values', () => {
    const clock = new HybridClock('a', () => 5_000);
    const values = Array.from({ length: 5000 }, () => clock.tick());
    expect(new Set(values).size).toBe(5000);
    expect(values.every((v, i) => i === 0 || v > (values[i - 1] as number))).toBe(true);
    expect(hlcMillis(values[0] as number)).toBe(5_000);
  });

  it('orders events after any value it has received', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1023 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 1e12 }),
        (remotes, wall) => {
          const clock = new HybridClock('local', () => wall);
          let latest = clock.tick();
          for (const [millis, counter] of remotes) {
            const remote = hlcAt(Math.min(millis, wall), counter);
            clock.receive(remote);
            const next = clock.tick();
            expect(next).toBeGreaterThan(remote);
            expect(next).toBeGreaterThan(latest);
            latest = next;
          }
        },
      ),
    );
  });

  it('takes a remote clock two days ahead (one laptop a day fast, one a day slow)', () => {
    const clock = new HybridClock('a', () => 0);
    clock.receive(hlcAt(2 * 86_400_000), 'node b');
    expect(clock.tick()).toBeGreaterThan(hlcAt(2 * 86_400_000));
  });

  it('refuses a remote clock more than three days ahead, and keeps its own', () => {
    const clock = new HybridClock('a', () => 0);
    expect(() => clock.receive(hlcAt(4 * 86_400_000), 'node b')).toThrow(
      /node b is more than three days ahead/,
    );
    expect(hlcMillis(clock.tick())).toBe(0);
  });

  it('stamps round-trip through their text form, and string order is clock order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8e12 }),
        fc.integer({ min: 0, max: 1023 }),
        fc.constantFrom('n0', 'ab12', 'z'),
        (m, c, node) => {
          const stamp = { hlc: hlcAt(m, c), node };
          const text = formatStamp(stamp);
          expect(parseStamp(text)).toEqual(stamp);
          const later = { hlc: hlcAt(m + 1), node: 'a' };
          expect(formatStamp(later) > text).toBe(true);
          expect(compareStamps(later, stamp)).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('breaks ties between devices by node id, the same way everywhere', () => {
    const a = { hlc: 42, node: 'aa' };
    const b = { hlc: 42, node: 'bb' };
    expect(compareStamps(a, b)).toBeLessThan(0);
    expect(compareStamps(b, a)).toBeGreaterThan(0);
    expect(compareStamps(a, { ...a })).toBe(0);
  });
});
