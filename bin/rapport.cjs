#!/usr/bin/env node
// The `rapport` command runs the TypeScript sources directly, so it is always the
// code of this checkout (no build step between an edit and the CLI).
require('tsx/cjs');
require('../src/cli/main.ts');
