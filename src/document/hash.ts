/**
 * A fast, pure 64-bit FNV-1a hash of a string's UTF-16 code units, as two 32-bit halves.
 * Not for secrets: it tells apart texts, it does not hide them.
 */
export function hash64(text: string): readonly [number, number] {
  // FNV-1a 64-bit (offset basis 0xcbf29ce484222325, prime 0x100000001b3) in 16-bit limbs,
  // so every product stays exact in a double.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Multiply by the prime 2^40 + 0x1b3: the 0x1b3 part on every limb, 2^40 shifts limb 0 into limb 2 (and so on).
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    h0 = t0 & 0xffff;
    const c1 = t1 + (t0 >>> 16);
    h1 = c1 & 0xffff;
    const c2 = t2 + Math.floor(c1 / 0x10000);
    h2 = c2 & 0xffff;
    h3 = (t3 + Math.floor(c2 / 0x10000)) & 0xffff;
  }
  return [((h3 << 16) | h2) >>> 0, ((h1 << 16) | h0) >>> 0];
}

/** {@link hash64} as 16 lower-case hex digits. */
export function hashHex(text: string): string {
  const [high, low] = hash64(text);
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
