import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {AnswerSaver, type SaveState} from './answer-saver.js';
import type {PartAnswer} from './review-api.js';

/** A saver over a recording `save`; `fail` makes the next saves reject. */
function setup(options: {typingDelay?: number; retryDelay?: number} = {}) {
  const saved: [string, PartAnswer][] = [];
  const states: string[] = [];
  const control = {fail: false};
  const saver = new AnswerSaver({
    ...options,
    save: async (partId, answer) => {
      if (control.fail) throw new Error('offline');
      saved.push([partId, answer]);
    },
    onState: (partId: string, state: SaveState) => states.push(`${partId}:${state}`),
  });
  return {saver, saved, states, control};
}

describe('AnswerSaver', () => {
  it('sends a tapped answer at once and says it is saved', async () => {
    const {saver, saved, states} = setup();
    saver.set('p1', {understood: 'yes'});
    await saver.flush();
    assert.deepEqual(saved, [['p1', {understood: 'yes'}]]);
    assert.deepEqual(states, ['p1:saving', 'p1:saved']);
    assert.equal(saver.hasUnsaved, false);
  });

  it('waits for a pause in typing and sends only the newest answer', (context) => {
    context.mock.timers.enable({apis: ['setTimeout']});
    const {saver, saved} = setup({typingDelay: 500});
    saver.set('p1', {understood: 'no', comment: 'I'}, {typing: true});
    context.mock.timers.tick(300);
    saver.set('p1', {understood: 'no', comment: 'I do'}, {typing: true});
    context.mock.timers.tick(300);
    assert.deepEqual(saved, []);
    context.mock.timers.tick(200);
    return Promise.resolve().then(() => assert.deepEqual(saved, [['p1', {understood: 'no', comment: 'I do'}]]));
  });

  it('keeps a failed answer and sends it again on the next flush', async () => {
    const {saver, saved, states, control} = setup();
    control.fail = true;
    saver.set('p2', {understood: 'not-sure'});
    await saver.flush();
    assert.deepEqual(states, ['p2:saving', 'p2:failed']);
    assert.equal(saver.hasUnsaved, true);
    control.fail = false;
    await saver.flush();
    assert.deepEqual(saved, [['p2', {understood: 'not-sure'}]]);
    assert.deepEqual(states.slice(-1), ['p2:saved']);
    assert.equal(saver.hasUnsaved, false);
    saver.dispose();
  });

  it('tries a failed answer again by itself after the retry delay', async (context) => {
    context.mock.timers.enable({apis: ['setTimeout']});
    const {saver, saved, control} = setup({retryDelay: 1000});
    control.fail = true;
    saver.set('p3', {understood: 'yes'});
    await saver.flush();
    control.fail = false;
    context.mock.timers.tick(1000);
    await saver.flush();
    assert.deepEqual(saved, [['p3', {understood: 'yes'}]]);
  });

  it('sends a change made while an answer was on its way after it', async () => {
    const order: string[] = [];
    let release = () => {};
    const first = new Promise<void>((resolve) => (release = resolve));
    const saver = new AnswerSaver({
      save: async (_partId, answer) => {
        order.push(`start ${answer.understood}`);
        if (answer.understood === 'yes') await first;
        order.push(`end ${answer.understood}`);
      },
      onState: () => {},
    });
    saver.set('p1', {understood: 'yes'});
    saver.set('p1', {understood: 'no'});
    release();
    await saver.flush();
    assert.deepEqual(order, ['start yes', 'end yes', 'start no', 'end no']);
  });
});
