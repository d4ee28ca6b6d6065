import { app } from 'electron';

// Placeholder entry until the desktop shell lands (issue 5): quits at once.
void app.whenReady().then(() => app.quit());
