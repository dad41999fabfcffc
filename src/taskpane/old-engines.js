/* 勾稽: for Chromium-69-class engines (WPS 2019, 信创 builds), what pdf.js uses at run time and they lack. */
/* global self, window */
(function (g) {
  'use strict';
  var define = function (target, name, value) {
    if (!target || typeof target[name] !== 'undefined') return;
    Object.defineProperty(target, name, { value: value, configurable: true, writable: true });
  };
  // The global object by its standard name: Chrome 71.
  define(g, 'globalThis', g);
  // Object.hasOwn: Chrome 93.
  define(Object, 'hasOwn', function (object, key) {
    return Object.prototype.hasOwnProperty.call(Object(object), key);
  });
  // Array, String and typed array .at: Chrome 92.
  var at = function (index) {
    var n = Math.trunc(index) || 0;
    if (n < 0) n += this.length;
    return n < 0 || n >= this.length ? undefined : this[n];
  };
  define(Array.prototype, 'at', at);
  define(String.prototype, 'at', at);
  if (typeof Int8Array !== 'undefined') define(Object.getPrototypeOf(Int8Array.prototype), 'at', at);
  // String.prototype.replaceAll: Chrome 85.
  define(String.prototype, 'replaceAll', function (search, replacement) {
    if (search instanceof RegExp) {
      if (search.flags.indexOf('g') < 0)
        throw new TypeError('replaceAll must be called with a global RegExp');
      return String(this).replace(search, replacement);
    }
    var escaped = String(search).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return String(this).replace(new RegExp(escaped, 'g'), replacement);
  });
})(typeof self !== 'undefined' ? self : window);
