#!/usr/bin/env node
// The CLI is compiled from src/cli by `npm run build` (run automatically by `npm ci` / `npm install`).
try {
  require('../build/cli.cjs');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('build/cli.cjs')) {
    process.stderr.write(
      'saisaat: ยังไม่ได้ build โปรแกรม — รัน `npm run build` ก่อน (not built yet: run `npm run build`)\n',
    );
    process.exit(2);
  }
  throw e;
}
