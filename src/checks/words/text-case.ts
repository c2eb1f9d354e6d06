/**
 * Gives a replacement the capitalisation of the text it replaces: "Purchase" → "Buy",
 * "PURCHASE" → "BUY", "purchase" → "buy". A replacement with its own capitals ("GP",
 * "A&E") keeps them when the original is lower case. An original of 2 or 3 capitals is
 * an abbreviation ("GP", "A&E"), not shouting: the replacement is left as it is.
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return letters.length >= 4 ? replacement.toUpperCase() : replacement;
  }
  const first = letters.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    const index = replacement.search(/\p{L}/u);
    if (index < 0) return replacement;
    return replacement.slice(0, index) + replacement.charAt(index).toUpperCase() + replacement.slice(index + 1);
  }
  return replacement;
}
