/**
 * How the stand-in is held to electron.d.ts: every member it offers is picked BY NAME from
 * Electron's own type, and a method must accept the parameters Electron's does. A member Electron
 * renames or removes is then a compile error here too, exactly where the app would break. Return
 * types are the stand-in's own (a stand-in window is not a full BrowserWindow).
 */
export type Surface<T, K extends keyof T> = {
  readonly [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P];
};

/** A class's static side, by name. */
export type StaticSurface<T, K extends keyof T> = Surface<T, K>;
