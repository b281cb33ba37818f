/**
 * A small evaluator for the formulas SaiSaat writes, so the fake spreadsheet's getValues returns
 * what Sheets would compute: references (also to other sheets), + - * / and comparisons with
 * array broadcasting, and SUM, SUMPRODUCT, REGEXMATCH, REGEXREPLACE, TO_TEXT, IF, ISNUMBER, LEN, COUNTA, N, ROUND,
 * ROW() (users' own id formulas such as ="P-"&ROW()).
 * Anything else throws, so a formula outside this subset is noticed, not silently wrong.
 * (RE2 patterns run as JavaScript regular expressions; the subset SaiSaat uses means the same, once
 * RE2's \x{HHHH} is written \u{HHHH}: https://github.com/google/re2/wiki/Syntax.)
 */

export type Scalar = string | number | boolean;
export type Value = Scalar | Scalar[][];

export interface CellSource {
  /** Computed value of a cell (1-based) on a sheet ('' = the formula's own sheet). */
  value(sheet: string, row: number, col: number): Scalar;
  /** The row of the cell holding the formula (for ROW()). */
  row?: number;
}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const REF = /^(?:'((?:[^']|'')+)'!|([A-Za-z0-9_ก-๙]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const ref = REF.exec(src.slice(i));
    if (ref && (ref[1] || ref[2] || /^\$?[A-Z]/.test(src.slice(i))) && !/^[A-Z]+\(/.test(src.slice(i))) {
      out.push({ t: 'ref', v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Z_][A-Z0-9_.]*/i.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0].toUpperCase() });
      i += id[0].length;
      continue;
    }
    const op = /^(<>|>=|<=|[-+*/(),:<>=&])/.exec(src.slice(i));
    if (!op) throw new Error(`formula fake: cannot read "${src.slice(i, i + 10)}" in ${src}`);
    out.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

const isMatrix = (v: Value): v is Scalar[][] => Array.isArray(v);
const num = (v: Scalar): number =>
  typeof v === 'number'
    ? v
    : typeof v === 'boolean'
      ? v
        ? 1
        : 0
      : v === ''
        ? 0
        : Number.isFinite(Number(v))
          ? Number(v)
          : NaN;
const text = (v: Scalar): string => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));

function map(v: Value, f: (s: Scalar) => Scalar): Value {
  return isMatrix(v) ? v.map((r) => r.map(f)) : f(v);
}

function zip(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const shape = isMatrix(a) ? a : (b as Scalar[][]);
  return shape.map((row, i) => row.map((_, j) => f(isMatrix(a) ? a[i][j] : a, isMatrix(b) ? b[i][j] : b)));
}

function flat(v: Value): Scalar[] {
  return isMatrix(v) ? v.flat() : [v];
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** An RE2 pattern as a JavaScript one. */
function re2(pattern: Value): RegExp {
  return new RegExp(text(pattern as Scalar).replace(/\\x\{([0-9A-Fa-f]+)\}/g, '\\u{$1}'), 'u');
}

export function evaluate(formula: string, source: CellSource): Scalar {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let pos = 0;
  const peek = () => tokens[pos];
  const eat = (v?: string) => {
    const t = tokens[pos++];
    if (v !== undefined && (!t || t.v !== v)) throw new Error(`formula fake: expected ${v} in ${formula}`);
    return t;
  };

  function readRef(ref: string): Value {
    const m = REF.exec(ref)!;
    const sheet = m[1] ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    const c1 = colNumber(m[3]);
    const r1 = Number(m[4]);
    if (!m[5]) return source.value(sheet, r1, c1);
    const c2 = colNumber(m[5]);
    const r2 = Number(m[6]);
    const out: Scalar[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: Scalar[] = [];
      for (let c = c1; c <= c2; c++) row.push(source.value(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  function call(name: string, args: Value[]): Value {
    switch (name) {
      case 'ROW':
        if (args.length || source.row === undefined) throw new Error('formula fake: only ROW() of a sheet cell');
        return source.row;
      case 'SUM':
        return args.flatMap(flat).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
      case 'SUMPRODUCT': {
        const product = args.reduce((acc, a) => zip(acc, a, (x, y) => num(x) * num(y)));
        return flat(product).reduce<number>((s, v) => s + num(v), 0);
      }
      case 'REGEXMATCH': {
        const re = re2(args[1]);
        return map(args[0], (v) => re.test(text(v)));
      }
      case 'REGEXREPLACE': {
        // Every match is replaced, as Sheets does (support.google.com/docs/answer/3098245).
        const re = new RegExp(re2(args[1]).source, 'gu');
        return map(args[0], (v) => text(v).replace(re, text(args[2] as Scalar)));
      }
      case 'TO_TEXT':
        return map(args[0], text);
      case 'IF':
        return zip(
          zip(args[0], args[1], (c, a) => (c ? a : '\u0000')),
          args[2],
          (x, b) => (x === '\u0000' ? b : x),
        );
      case 'ISNUMBER':
        return map(args[0], (v) => typeof v === 'number');
      case 'LEN':
        return map(args[0], (v) => text(v).length);
      case 'COUNTA':
        return args.flatMap(flat).filter((v) => v !== '').length;
      case 'N':
        return map(args[0], (v) => (typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0));
      case 'ROUND': {
        // Half away from zero, as Sheets rounds; the epsilon undoes binary fractions (1.005 → 1.01);
        // a tiny negative rounds to 0, not -0.
        const scale = 10 ** num(args[1] as Scalar);
        return map(
          args[0],
          (v) => (Math.sign(num(v)) * Math.round(Math.abs(num(v)) * scale * (1 + Number.EPSILON))) / scale || 0,
        );
      }
      default:
        throw new Error(`formula fake: function ${name} not implemented`);
    }
  }

  function primary(): Value {
    const t = eat();
    if (!t) throw new Error(`formula fake: unexpected end of ${formula}`);
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'ref') return readRef(t.v);
    if (t.t === 'op' && t.v === '(') {
      const v = comparison();
      eat(')');
      return v;
    }
    if (t.t === 'op' && t.v === '-') return map(primary(), (v) => -num(v));
    if (t.t === 'id') {
      if (t.v === 'TRUE' || t.v === 'FALSE') return t.v === 'TRUE';
      eat('(');
      const args: Value[] = [];
      if (peek()?.v !== ')') {
        args.push(comparison());
        while (peek()?.v === ',') {
          eat(',');
          args.push(comparison());
        }
      }
      eat(')');
      return call(t.v, args);
    }
    throw new Error(`formula fake: unexpected ${t.v} in ${formula}`);
  }

  function term(): Value {
    let v = primary();
    while (peek()?.v === '*' || peek()?.v === '/') {
      const op = eat().v;
      const r = primary();
      v = zip(v, r, (a, b) => (op === '*' ? num(a) * num(b) : num(a) / num(b)));
    }
    return v;
  }

  function additive(): Value {
    let v = term();
    while (peek()?.v === '+' || peek()?.v === '-' || peek()?.v === '&') {
      const op = eat().v;
      const r = term();
      v = zip(v, r, (a, b) => (op === '&' ? text(a) + text(b) : op === '+' ? num(a) + num(b) : num(a) - num(b)));
    }
    return v;
  }

  function comparison(): Value {
    const v = additive();
    const op = peek();
    if (op && op.t === 'op' && ['>', '<', '=', '<>', '>=', '<='].includes(String(op.v))) {
      eat();
      const r = additive();
      return zip(v, r, (a, b) => {
        const [x, y] = typeof a === 'number' && typeof b === 'number' ? [a, b] : [text(a), text(b)];
        return op.v === '>'
          ? x > y
          : op.v === '<'
            ? x < y
            : op.v === '='
              ? x === y
              : op.v === '<>'
                ? x !== y
                : op.v === '>='
                  ? x >= y
                  : x <= y;
      });
    }
    return v;
  }

  const result = comparison();
  if (pos !== tokens.length) throw new Error(`formula fake: trailing tokens in ${formula}`);
  if (isMatrix(result)) return result[0]?.[0] ?? '';
  return result;
}
