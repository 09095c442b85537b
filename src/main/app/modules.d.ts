// electron-vite's import suffixes the Electron entry uses (types from electron-vite/node.d.ts).
/// <reference types="electron-vite/node" />
