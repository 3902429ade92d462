// Starts electron-vite's dev server with hot reload (downloads the Electron binary on first use).
import { createServer } from 'electron-vite';

await createServer({ configFile: 'electron.vite.config.ts' }, { rendererOnly: false });
