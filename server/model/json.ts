/**
 * Small helpers for JSON the server stored itself.
 *
 * @module
 */

/** Whether `value` is a plain JSON object (not an array or `null`). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses stored JSON text that should be an object; anything else reads as `{}`. */
export function parseRecord(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return isRecord(value) ? value : {};
}
