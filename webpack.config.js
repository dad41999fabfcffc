/* global require, module, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The web build: the task pane (which is also the browser page) and the ribbon's function file, into
 * dist-web/ with the icons, the bundled sample and the local fallback of office.js (which is loaded from
 * Microsoft's CDN first: taskpane.html).
 * `npm run build:web` builds; `npm start` serves it on http://127.0.0.1:3000 (`npm start -- --env https` serves https with a self-signed certificate, for sideloading into Excel).
 */

const fs = require('fs');
const path = require('path');
const { BannerPlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/**
 * What office.js loads for Excel from its own folder: itself; the host file named by Office's host info,
 * `excel-<platform>-<version>.js` (OSF.HostSpecificFileVersionMap: win32 16.01, web/mac 16.00); the
 * string table `<locale>/office_strings.js` (falling back to en-us); and, outside Office (the browser
 * page), o15apptofilemappingtable.js. Telemetry scripts it may try are optional and left out.
 */
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-win32-16.01.js',
  'excel-web-16.00.js',
  'excel-mac-16.00.js',
  'en-us/office_strings.js',
  'zh-cn/office_strings.js',
];

/** The office.js loader (ES5), written into taskpane.html and commands.html as it is. */
const OFFICE_LOADER = fs.readFileSync(path.join(__dirname, 'src', 'taskpane', 'office-loader.js'), 'utf8');

/**
 * What Chromium-69-class engines lack at run time and pdf.js uses (globalThis, Object.hasOwn, .at,
 * replaceAll; pdf.js's legacy build polyfills the rest with core-js): put at the very top of every script
 * the build emits, the worker included. ES5, like the loader.
 */
const OLD_ENGINES = fs.readFileSync(path.join(__dirname, 'src', 'taskpane', 'old-engines.js'), 'utf8');

/**
 * A script (an ES module) in ES2017 syntax, as TypeScript lowers it, after the polyfills of OLD_ENGINES;
 * regular expressions are left as they are.
 */
function toES2017(content) {
  const ts = require('typescript');
  return (
    OLD_ENGINES +
    ts.transpileModule(content.toString('utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.ESNext, allowJs: true },
      fileName: 'pdf.worker.js',
      reportDiagnostics: false,
    }).outputText
  );
}

const PORT = 3000;
const HOST = '127.0.0.1';

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const https = Boolean(env.https);
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2017'],
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      // Node built-ins some packages mention but never need in the page (ExcelJS's browser build is used).
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, util: false },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          // ExcelJS's browser build uses ES2018 object spread: bring it down to ES2017 like our own code.
          test: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.web.json',
              transpileOnly: true,
              instance: 'vendor',
              compilerOptions: { allowJs: true, sourceMap: false },
            },
          },
        },
        {
          // pdf.js (loaded only when a PDF is opened) uses ES2020+ syntax: down to ES2017 as well.
          test: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: 'tsconfig.web.json',
              transpileOnly: true,
              instance: 'pdfjs',
              compilerOptions: { allowJs: true, sourceMap: false },
            },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`; the build only transpiles (to ES2017, for WPS's engine).
            options: { configFile: 'tsconfig.web.json', transpileOnly: true },
          },
        },
      ],
    },
    performance: {
      maxAssetSize: 3_000_000,
      maxEntrypointSize: 3_000_000,
      assetFilter: (name) => name.endsWith('.js') && !name.startsWith('office-js/'),
    },
    plugins: [
      // Our bundle and its chunks (pdf.js's main thread is one): the polyfills first (OLD_ENGINES).
      new BannerPlugin({ banner: OLD_ENGINES, raw: true, entryOnly: false, test: /\.js$/ }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        inject: false,
        minify: false,
        officeLoader: OFFICE_LOADER,
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/taskpane/taskpane.html',
        inject: false,
        minify: false,
        officeLoader: OFFICE_LOADER,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        inject: false,
        minify: false,
        officeLoader: OFFICE_LOADER,
      }),
      new CopyWebpackPlugin({
        // Copied files are used as they are (minimising office.js's many files would take minutes).
        patterns: [
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css', info: { minimized: true } },
          // The style sheets by component, linked before taskpane.css in taskpane.html.
          { from: 'src/taskpane/styles/*.css', to: 'styles/[name][ext]', info: { minimized: true } },
          // The local fallback of office.js (the CDN is the source, taskpane.html): only what it loads in
          // Excel, not the package's 86 MB (OFFICE_JS_FILES).
          ...OFFICE_JS_FILES.map((file) => ({
            from: `node_modules/@microsoft/office-js/dist/${file}`,
            to: `office-js/${file}`,
            info: { minimized: true },
          })),
          {
            from: 'assets',
            to: 'assets',
            noErrorOnMissing: true,
            info: { minimized: true },
            globOptions: { ignore: ['**/.gitkeep'] },
          },
          { from: 'examples/*.xlsx', to: 'sample/[name][ext]', info: { minimized: true } },
          { from: 'examples/*.txt', to: 'sample/[name][ext]', info: { minimized: true } },
          // pdf.js's worker, CMaps (Chinese fonts) and standard fonts, served by the page itself: no network.
          // The worker is an ES module named .js: every server sends .js as JavaScript, not all know .mjs.
          // Its legacy build still has ES2020–ES2022 syntax (?., class fields, #private, static blocks,
          // ||=): brought down to ES2017 like the bundle, for WPS's Chromium-69-class engines.
          {
            from: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs',
            to: 'pdfjs/pdf.worker.min.js',
            info: { minimized: true },
            transform: { transformer: toES2017, cache: true },
          },
          { from: 'node_modules/pdfjs-dist/cmaps', to: 'pdfjs/cmaps', info: { minimized: true } },
          {
            from: 'node_modules/pdfjs-dist/standard_fonts',
            to: 'pdfjs/standard_fonts',
            info: { minimized: true },
          },
        ],
      }),
    ],
    devServer: {
      host: HOST,
      port: PORT,
      server: https ? 'https' : 'http',
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      onListening(server) {
        const scheme = https ? 'https' : 'http';
        console.log(`\n勾稽浏览器页面：${scheme}://${HOST}:${server.options.port}/taskpane.html\n`);
      },
    },
  };
};
