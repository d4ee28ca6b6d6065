/**
 * A whole number typed on the command line, within bounds the caller names (a port, a delay):
 * digits only, no sign, no exponent, no more digits than the upper bound has.
 */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text) || text.length > String(max).length) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
