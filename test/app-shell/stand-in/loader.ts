/**
 * A module loader hook (registered by register.ts): the app's `import … from 'electron'` resolves
 * to the stand-in. Nothing else is touched, so out/main/index.js runs exactly as built.
 */
const STAND_IN = new URL('./electron.ts', import.meta.url).href;

type Resolve = (
  specifier: string,
  context: unknown,
  next: (specifier: string, context: unknown) => Promise<{ url: string }>,
) => Promise<{ url: string; shortCircuit?: boolean }>;

// Passed on down the chain (not short-circuited), so tsx's own hook resolves and compiles the .ts file.
export const resolve: Resolve = async (specifier, context, next) =>
  next(specifier === 'electron' ? STAND_IN : specifier, context);
