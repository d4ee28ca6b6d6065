/** iSymphony's ports for the event socket and the web panel: plain, and with SSL (TLS). Pure data. */
export const DEFAULT_PLAIN_PORT = 58080;
export const DEFAULT_TLS_PORT = 55050;
