/** How a typed event travels: stated for every event, so the choice is visible where it is declared. */
export interface TypedEventOptions {
  /** Whether it bubbles: only when an ancestor other than the parent listens. */
  readonly bubbles: boolean;
  /** Whether it leaves the shadow root it was fired in (default: `false`). Say why in the event's doc. */
  readonly composed?: boolean;
}

/** An event's payload: any properties but those `Event` has already (`type`, `target` …). */
export type EventFields = object & {readonly [K in keyof Event]?: never};

/** The class {@link typedEvent} returns: `new` takes `Args`, and the event carries `Fields` as read-only properties. */
export interface TypedEventClass<Name extends string, Args extends unknown[], Fields extends EventFields> {
  new (...args: Args): Event & Readonly<Fields>;
  /** The event's type, for `addEventListener` and the `HTMLElementEventMap` entry. */
  readonly eventName: Name;
}

/**
 * Makes the base class of a typed event: an `Event` subclass of type `name`, fired
 * with `options`, whose constructor takes what `fields` takes and copies the object
 * `fields` returns onto the event as its payload. Declare the event by extending it,
 * so it has its own name, doc comment and `instanceof`, and can add getters:
 *
 * @example
 * export class ConflictResolveEvent extends typedEvent('conflict-resolve', {bubbles: true}, (choice: ConflictChoice) => ({
 *   choice,
 * })) {}
 *
 * `fields` runs once per event, in the constructor. Register the type in
 * `HTMLElementEventMap` next to the class.
 */
export function typedEvent<Name extends string, Args extends unknown[], Fields extends EventFields>(
  name: Name,
  options: TypedEventOptions,
  fields: (...args: Args) => Fields
): TypedEventClass<Name, Args, Fields> {
  class TypedEvent extends Event {
    static readonly eventName = name;

    constructor(...args: Args) {
      super(name, {bubbles: options.bubbles, composed: options.composed ?? false});
      Object.assign(this, fields(...args));
    }
  }
  // `Object.assign` adds the fields, which TypeScript cannot follow from a class body.
  return TypedEvent as unknown as TypedEventClass<Name, Args, Fields>;
}
