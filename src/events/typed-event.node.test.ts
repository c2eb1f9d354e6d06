import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {typedEvent} from './typed-event.js';

class NoteSaveEvent extends typedEvent('note-save', {bubbles: true}, (text: string, words = text.split(' ').length) => ({
  text,
  words,
})) {
  get shout(): string {
    return this.text.toUpperCase();
  }
}

class NoteLeaveEvent extends typedEvent('note-leave', {bubbles: false, composed: true}, () => ({})) {}

describe('typedEvent', () => {
  it('makes an event of the given type that carries the fields as its own properties', () => {
    const event = new NoteSaveEvent('two words');
    assert.equal(event.type, 'note-save');
    assert.equal(NoteSaveEvent.eventName, 'note-save');
    assert.deepEqual({text: event.text, words: event.words}, {text: 'two words', words: 2});
    assert.deepEqual(Object.keys(event), ['text', 'words']);
  });

  it('fires with the options it was given, and is not composed unless asked', () => {
    const saved = new NoteSaveEvent('a');
    assert.deepEqual([saved.bubbles, saved.composed], [true, false]);
    const left = new NoteLeaveEvent();
    assert.deepEqual([left.bubbles, left.composed], [false, true]);
  });

  it('keeps instanceof apart for each declared class, and lets a class add getters', () => {
    const event = new NoteSaveEvent('quiet please');
    assert.ok(event instanceof NoteSaveEvent);
    assert.ok(event instanceof Event);
    assert.ok(!(new NoteLeaveEvent() instanceof NoteSaveEvent));
    assert.equal(event.shout, 'QUIET PLEASE');
  });

  it('reaches a listener on an event target with its fields', () => {
    const target = new EventTarget();
    const heard: string[] = [];
    target.addEventListener('note-save', (event) => heard.push((event as NoteSaveEvent).text));
    target.dispatchEvent(new NoteSaveEvent('hello'));
    assert.deepEqual(heard, ['hello']);
  });
});
