/**
 * The Windows AppUserModelID. It must equal electron-builder.yml's `appId`, or notification clicks
 * do nothing on Windows (the toast is matched to the Start-menu shortcut by this id); a test
 * compares the two.
 */
export const APP_USER_MODEL_ID = 'com.isymphony-companion.app';

/**
 * The product's name, as electron-builder.yml's `productName` (a test compares them): the windows'
 * titles until their pages name them, the tray's tooltip, the login item. The keychain's service
 * name (storage/secret-store.ts) is spelt out on its own: a renamed product must still find its
 * stored passwords.
 */
export const PRODUCT_NAME = 'iSymphony Companion';

/** Reads `appId:` from electron-builder.yml text (a top-level scalar), or null. */
export function appIdFromBuilderConfig(yaml: string): string | null {
  const match = /^appId:[ \t]*(['"]?)([^'"\s#]+)\1[ \t]*(?:#.*)?$/m.exec(yaml);
  return match?.[2] ?? null;
}
