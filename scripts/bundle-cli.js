// After tsc: the command line's entry, dist/cli/main.js, bundled with every module of the project it reaches
// into that one file (the libraries under node_modules stay separate, required as before). Node then reads,
// resolves and compiles one file instead of ~180: the one-workbook check starts ~50 ms sooner. Modules are still
// run only when first required (esbuild keeps each CommonJS module behind its own lazy wrapper), so `--help`
// runs no core and an .xlsx check no PDF code. Worker threads keep their own compiled files under dist/
// (src/hosts/file/worker-file.ts finds them). Without esbuild the build keeps tsc's entry, which works the same.
const fs = require('fs');
const path = require('path');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');

/** Bundles `input` (tsc's output) into `outfile`; the same function the test runs. */
function bundleCli(input, outfile, esbuild = require('esbuild')) {
  const result = esbuild.buildSync({
    entryPoints: [input],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    outfile,
    logLevel: 'warning',
  });
  fs.writeFileSync(outfile, result.outputFiles[0].contents, { mode: 0o755 });
}

if (require.main === module) {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    console.warn('bundle-cli: esbuild not installed; dist/cli/main.js stays as tsc wrote it');
  }
  if (esbuild) bundleCli(entry, entry, esbuild);
}

module.exports = { bundleCli };
