/**
 * The Windows AppUserModelID. It must equal electron-builder.yml's `appId`, or notification clicks
 * do nothing on Windows (the toast is matched to the Start-menu shortcut by this id); a test
 * compares the two.
 */
export const APP_USER_MODEL_ID = 'com.isymphony-companion.app';

/** Reads `appId:` from electron-builder.yml text (a top-level scalar), or null. */
export function appIdFromBuilderConfig(yaml: string): string | null {
  const match = /^appId:[ \t]*(['"]?)([^'"\s#]+)\1[ \t]*(?:#.*)?$/m.exec(yaml);
  return match?.[2] ?? null;
}
