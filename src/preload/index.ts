// The sandboxed preload, bundled to one CommonJS file (out/preload/index.cjs): in a sandbox it can
// require only 'electron'. Placeholder: the typed IPC contract (src/shared/) and the window.atiende
// bridge built from it arrive in the next issue.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('atiende', Object.freeze({ version: '0.1.0' }));
