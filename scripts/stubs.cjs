/**
 * Top-level stubs for Code.js, generated from the Apps Script entry file (src/addon/index.ts)
 * with the TypeScript API: for each exported function, its JSDoc and
 * `function NAME(a, b) { return SaiSaat.NAME(a, b); }`. CommonJS so both the build and the
 * tests can load it.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');

const GLOBAL = 'SaiSaat';
const ENTRY = join(__dirname, '..', 'src/addon/index.ts');

/** Exported functions of the entry file with their JSDoc and parameter names. */
function entryFunctions(file = ENTRY) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const out = [];
  for (const stmt of source.statements) {
    const exported =
      ts.canHaveModifiers(stmt) && (ts.getModifiers(stmt) || []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) {
      throw new Error(
        `${file}: only function declarations may be exported from the Apps Script entry (found: ${text.slice(stmt.getStart(), stmt.getStart() + 60)})`,
      );
    }
    const ranges = ts.getLeadingCommentRanges(text, stmt.getFullStart()) || [];
    const docs = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
    if (docs.length === 0) throw new Error(`${file}: exported function ${stmt.name.text} needs a JSDoc comment`);
    const params = stmt.parameters.map((p) => {
      if (!ts.isIdentifier(p.name) || p.dotDotDotToken)
        throw new Error(`${stmt.name.text}: parameters must be plain names`);
      return p.name.text;
    });
    out.push({ name: stmt.name.text, params, jsdoc: docs[docs.length - 1] });
  }
  return out;
}

function stubs(functions) {
  return functions
    .map(({ name, params, jsdoc }) => {
      const args = params.join(', ');
      return `${jsdoc}\nfunction ${name}(${args}) {\n  return ${GLOBAL}.${name}(${args});\n}\n`;
    })
    .join('\n');
}

module.exports = { entryFunctions, stubs, GLOBAL };
