/**
 * The polyfills put at the top of every emitted script (src/taskpane/old-engines.js, webpack.config.js):
 * run in a context that lacks what Chromium 69 lacks (globalThis, Object.hasOwn, .at, replaceAll), they
 * give each with the standard behaviour; where an engine has them, they are left alone.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, it } from '@jest/globals';

const SOURCE = readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'old-engines.js'), 'utf8');

/** A fresh context, as a Chromium 69 worker would be: self is the global, the newer members removed. */
function oldEngine(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(
    `var self = this;
     delete this.globalThis;
     delete Object.hasOwn;
     delete Array.prototype.at;
     delete String.prototype.at;
     delete Object.getPrototypeOf(Int8Array.prototype).at;
     delete String.prototype.replaceAll;`,
    context,
  );
  return context;
}

describe('polyfills for Chromium-69-class engines', () => {
  it('the context really lacks them before', () => {
    const context = oldEngine();
    assert.equal(
      vm.runInContext(
        `[typeof globalThis, typeof Object.hasOwn, typeof [].at, typeof ''.replaceAll].join()`,
        context,
      ),
      'undefined,undefined,undefined,undefined',
    );
  });

  it('gives globalThis, Object.hasOwn, .at and replaceAll with their standard results', () => {
    const context = oldEngine();
    vm.runInContext(SOURCE, context);
    const results = vm.runInContext(
      `[
        globalThis === self,
        Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'),
        [1, 2, 3].at(-1), [1, 2, 3].at(0), [1, 2, 3].at(3), 'abc'.at(-2), new Uint8Array([5, 6]).at(-1),
        'a.b.c'.replaceAll('.', '$&$&'), 'x1y2'.replaceAll(/\\d/g, (d) => '<' + d + '>'),
        'a+a+'.replaceAll('a+', 'b'), 'aaa'.replaceAll('', '-'),
      ]`,
      context,
    ) as unknown[];
    assert.deepEqual(
      [...results],
      [true, true, false, 3, 1, undefined, 'b', 6, 'a..b..c', 'x<1>y<2>', 'bb', '-a-a-a-'],
    );
    // A TypeError of the other context's realm, as the standard throws for a non-global RegExp.
    assert.throws(
      () => vm.runInContext(`'aa'.replaceAll(/a/, 'b')`, context),
      (e: Error) => e.name === 'TypeError',
    );
  });

  it('leaves an engine that has them alone', () => {
    const context = vm.createContext({});
    vm.runInContext('var self = this; var at = Array.prototype.at;', context);
    vm.runInContext(SOURCE, context);
    assert.equal(vm.runInContext('Array.prototype.at === at', context), true);
  });
});
