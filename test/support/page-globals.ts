/**
 * The little of the DOM that code run inside the page (page.evaluate) uses, typed here because the
 * Node test program does not load the DOM library (that would hide `window` slips in Node code).
 * Use as `const w = globalThis as unknown as PageWindow;` inside the evaluated function.
 */
/** A box on the page, as getBoundingClientRect gives it. */
export interface PageRect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

export interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly scrollHeight: number;
  scrollTop: number;
  readonly dataset: Record<string, string | undefined>;
  readonly className: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageRect;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  dispatchEvent(event: unknown): boolean;
}

export interface PageDocument {
  readonly documentElement: PageElement;
  readonly body: PageElement;
  readonly activeElement: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  addEventListener(type: string, listener: (event: never) => void): void;
}

export interface PageMutationObserver {
  observe(
    target: PageElement,
    options: { childList?: boolean; subtree?: boolean; characterData?: boolean },
  ): void;
  disconnect(): void;
}

export interface PageWindow {
  readonly document: PageDocument;
  readonly performance: { now(): number };
  readonly navigator: { readonly language: string };
  requestAnimationFrame(callback: (time: number) => void): number;
  getComputedStyle(element: PageElement): { readonly backgroundColor: string; readonly color: string };
  readonly MutationObserver: new (callback: () => void) => PageMutationObserver;
  readonly Event: new (type: string, init?: { bubbles?: boolean }) => unknown;
  /** Hands a state to the page's `onState` listeners and its pop part to its `onPopState` ones (null: none). */
  __companionPushState(state: unknown, popState: unknown): void;
  readonly __cspViolations: unknown[];
  __pwned?: unknown;
}
