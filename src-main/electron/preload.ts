// The sandboxed preload: the only bridge between a page and main (bundled to out/preload/preload.cjs).
import { contextBridge, ipcRenderer } from 'electron';
import { exposeCompanionApi } from './preload-api';

exposeCompanionApi(contextBridge, ipcRenderer);
