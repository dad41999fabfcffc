/**
 * The web build runs in WPS's undocumented CEF engine: every script in dist-web must be ES2017 syntax,
 * with no optional chaining, no `??` and no object spread left (TypeScript lowers them at target ES2017).
 */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, it, jest } from '@jest/globals';
import ts from 'typescript';
import { DIST, ensureWebBuild } from './web-build';

// Building the page and driving Chromium take minutes on a loaded two-core machine.
jest.setTimeout(300000);

/** Syntax newer than ES2017 found in a script, as short descriptions with a little context. */
function newerSyntax(code: string): string[] {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${what}: ${code.slice(node.pos, node.end).trim().slice(0, 60)}`);
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) ||
        ts.isElementAccessExpression(node) ||
        ts.isCallExpression(node)) &&
      node.questionDotToken
    )
      at(node, '?.');
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
      at(node, '??');
    if (ts.isSpreadAssignment(node)) at(node, 'object spread');
    if (ts.isCatchClause(node) && !node.variableDeclaration) at(node, 'catch without binding');
    if (ts.isRegularExpressionLiteral(node)) {
      const flags = node.text.slice(node.text.lastIndexOf('/') + 1);
      if (/\(\?<[=!]/.test(node.text)) at(node, 'regex lookbehind');
      if (/\(\?<[A-Za-z_$]/.test(node.text)) at(node, 'regex named group');
      if (flags.includes('s')) at(node, 'regex dotAll flag');
      if (flags.includes('u') && /\\[pP]\{/.test(node.text)) at(node, 'regex property escape');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('web build syntax', () => {
  beforeAll(() => ensureWebBuild());

  it('has only ES2017 syntax in every script of dist-web (office.js aside)', () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    assert.ok(
      scripts.some((f) => f.startsWith('taskpane.')),
      'the task pane bundle is built',
    );
    for (const f of scripts) assert.deepEqual(newerSyntax(readFileSync(path.join(DIST, f), 'utf8')), [], f);
  });

  it('finds the syntax it looks for (the check can fail)', () => {
    assert.equal(newerSyntax('var a = b?.c ?? { ...d }; try {} catch {}').length, 4);
    assert.equal(
      newerSyntax('var r = [/(?<!x)y/, /(?<=x)y/, /(?<n>x)/, /x./s, /\\p{L}/u, /(?!x)[<]/];').length,
      5,
    );
  });
});
