/**
 * Whether a picture's description `alt` says no more than the picture library's `name`
 * for it ("Pill" for the symbol "pill"): case, spaces and punctuation aside. The name says
 * what the symbol is in general, not what it shows in this row.
 */
export function isOnlySymbolName(alt: string, name: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== '')
      .join(' ');
  const said = words(alt);
  return said !== '' && said === words(name);
}
