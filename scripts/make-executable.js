// After tsc: the CLI entry keeps its shebang; make it executable so `npm link` and bin shims work.
const fs = require('fs');
fs.chmodSync(require('path').join(__dirname, '..', 'dist', 'cli', 'main.js'), 0o755);
