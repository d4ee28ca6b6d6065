/**
 * The start-up floor of the app bench (app.ts): run like out/main/index.js (a child with the
 * stand-in's loader), it starts the stand-in's runtime (its loopback bridge and Chromium) up to
 * `ready`, loads nothing of the app, and waits for the bench to quit it.
 */
import { app } from '../app-shell/stand-in/electron';

void app.whenReady();
