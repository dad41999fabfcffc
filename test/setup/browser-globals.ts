/**
 * jsdom lacks TextDecoder and TextEncoder, which every browser and webview that runs the pane has
 * (Chromium since 38, WPS's CEF, WKWebView): give component suites Node's, the same WHATWG API.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = NodeTextEncoder;
