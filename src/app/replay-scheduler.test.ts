import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {ReplayScheduler} from './replay-scheduler.js';

/** A replay that records when it ran and answers from a list (then `false`: nothing waits). */
function recorder(answers: boolean[]) {
  const times: number[] = [];
  let running = 0;
  let overlapped = false;
  const replay = async () => {
    running++;
    overlapped ||= running > 1;
    times.push(performance.now());
    await aTimeout(5);
    running--;
    return answers.shift() ?? false;
  };
  return {replay, times, overlapped: () => overlapped};
}

const schedulers: ReplayScheduler[] = [];
afterEach(() => {
  for (const scheduler of schedulers.splice(0)) scheduler.stop();
});

function make(replay: () => Promise<boolean>, target = new EventTarget(), minDelay = 20): {scheduler: ReplayScheduler; target: EventTarget} {
  const scheduler = new ReplayScheduler(replay, {minDelay, maxDelay: minDelay * 8, target});
  schedulers.push(scheduler);
  return {scheduler, target};
}

describe('ReplayScheduler', () => {
  it('tries at start, again with a doubling wait while something waits, and stops when nothing does', async () => {
    const {replay, times} = recorder([true, true, true, false]);
    const {scheduler} = make(replay, new EventTarget(), 30);
    await scheduler.start();
    await waitUntil(() => times.length === 4, 'four tries', {timeout: 3000, interval: 5});
    const waits = times.slice(1).map((t, i) => t - times[i]!);
    // About 30, 60 and 120 ms: the third wait is well over twice the first, even with timer jitter.
    expect(waits[2]!).to.be.greaterThan(waits[0]! * 2);
    await aTimeout(200);
    expect(times).to.have.length(4, 'no more tries once nothing waits');
  });

  it('tries at once when the browser comes back online', async () => {
    const {replay, times} = recorder([false, false]);
    const {scheduler, target} = make(replay);
    await scheduler.start();
    target.dispatchEvent(new Event('online'));
    await waitUntil(() => times.length === 2, 'a second try', {timeout: 500, interval: 5});
  });

  it('never runs two tries at once; one asked for meanwhile runs after', async () => {
    const {replay, times, overlapped} = recorder([false, false, false]);
    const {scheduler} = make(replay);
    await Promise.all([scheduler.start(), scheduler.run(), scheduler.run()]);
    expect(overlapped()).to.equal(false);
    expect(times).to.have.length(2);
  });

  it('tries soon after something is queued, and stops listening when stopped', async () => {
    const {replay, times} = recorder([false, false, false]);
    const {scheduler, target} = make(replay);
    await scheduler.start();
    scheduler.poke();
    await waitUntil(() => times.length === 2, 'a try after the poke', {timeout: 500, interval: 5});
    scheduler.stop();
    target.dispatchEvent(new Event('online'));
    scheduler.poke();
    await aTimeout(60);
    expect(times).to.have.length(2);
  });
});
