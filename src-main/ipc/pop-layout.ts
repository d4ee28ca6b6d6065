/**
 * The pop window's geometry, declared once: main sizes the window from it (electron/pop-placement.ts)
 * and the pop page lays its cards out with the same numbers (PopApp.svelte sets them as CSS
 * variables), so the window always fits the cards it shows. Every card has the same fixed height,
 * which every state fits (longest names ellipsised, a transfer line, a problem, the CRM menu open);
 * test/browser/pop-fit.test.ts renders the page at the exact bounds main computes and checks it.
 */
export const POP_LAYOUT = {
  width: 360,
  /** One card, borders included. */
  cardHeight: 188,
  /** The "N calls · Close all" bar above two or more cards. */
  barHeight: 28,
  gap: 8,
  /** Padding inside the window around the stack. */
  padding: 8,
  /** Distance from the work area's edges. */
  margin: 12,
  maxCards: 3,
} as const;

export type PopLayout = { readonly [K in keyof typeof POP_LAYOUT]: number };
