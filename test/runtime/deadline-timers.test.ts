/** The calls' deadlines behind one timer per timeout length: each expires at its time, an ended one never does, and no timer outlives them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelDeadline, scheduleDeadline } from '../../templates/runtime/deadline-timers.ts';

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

/** A deadline `ms` from now that notes when it expired. */
function deadline(expired: string[], name: string, ms: number) {
  const item = { deadline: Date.now() + ms, expire: () => expired.push(`${name}@${Date.now() - 1_000_000}`) };
  return scheduleDeadline(item, ms);
}

describe('deadline timers', () => {
  it('expires each deadline at its time, in order, with one timer per timeout length', () => {
    const expired: string[] = [];
    deadline(expired, 'a', 100);
    vi.advanceTimersByTime(30);
    deadline(expired, 'b', 100);
    deadline(expired, 'c', 50);
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersByTime(200);
    expect(expired).toEqual(['c@80', 'a@100', 'b@130']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never expires an ended deadline, and stops the timer once none is left', () => {
    const expired: string[] = [];
    const a = deadline(expired, 'a', 100);
    const b = deadline(expired, 'b', 100);
    vi.advanceTimersByTime(10);
    const c = deadline(expired, 'c', 100);
    cancelDeadline(b);
    cancelDeadline(a);
    vi.advanceTimersByTime(150);
    expect(expired).toEqual(['c@110']);
    cancelDeadline(c); // already expired: nothing happens
    const d = deadline(expired, 'd', 100);
    cancelDeadline(d);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(200);
    expect(expired).toEqual(['c@110']);
  });

  it('expires the one live deadline among thousands that ended before it', () => {
    const expired: string[] = [];
    const first = deadline(expired, 'first', 1000);
    for (let i = 0; i < 5000; i++) cancelDeadline(deadline(expired, `call ${i}`, 1000));
    const last = deadline(expired, 'last', 1000);
    cancelDeadline(first);
    vi.advanceTimersByTime(999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['last@1000']);
    cancelDeadline(last);
    expect(vi.getTimerCount()).toBe(0);
  });
});
