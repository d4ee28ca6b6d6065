#!/usr/bin/env node
// The command line is built with the app (`npm run build`) into out/main/cli.js.
await import('../out/main/cli.js');
