import { contextBridge } from 'electron';

// Placeholder until the IPC contract lands (issue 5): exposes nothing but a version tag.
contextBridge.exposeInMainWorld('companion', Object.freeze({ contract: 0 }));
