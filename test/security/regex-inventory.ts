/**
 * Every regular expression in src/ and rules/, found with the TypeScript compiler so that
 * none is missed: regex literals, and `new RegExp(…)` / `RegExp(…)` whose pattern is folded
 * from the constants it is built of (template strings, `+`, imported consts, both branches of
 * a `?:`). A part that is not a constant (a function's parameter) takes the representative
 * values given for its expression text in that file.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** Path from the repository root, and 1-based line. */
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Whether the pattern was folded from `new RegExp(…)` rather than written as a literal. */
  built: boolean;
}

/** Representative values for non-constant parts: file → expression text → values. */
export type Representatives = Record<string, Record<string, string[]>>;

const ROOT = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, dir, f));
}

export function findRegexes(dirs: string[], representatives: Representatives, used = new Set<string>()): FoundRegex[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, ts.sys as unknown as ts.ParseConfigFileHost);
  const program = ts.createProgram(dirs.flatMap(tsFiles), config?.options ?? {});
  const checker = program.getTypeChecker();
  const out: FoundRegex[] = [];

  for (const sf of program.getSourceFiles()) {
    const file = relative(ROOT, sf.fileName);
    if (!dirs.some((d) => file.startsWith(`${d}/`))) continue;
    const reps = representatives[file] ?? {};

    /** Every string the expression can evaluate to. */
    const fold = (e: ts.Expression): string[] => {
      if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return [e.text];
      if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return fold(e.expression);
      const given = reps[e.getText(sf)];
      if (given) {
        used.add(`${file}\0${e.getText(sf)}`);
        return given;
      }
      if (ts.isTemplateExpression(e)) {
        let parts = [e.head.text];
        for (const span of e.templateSpans) {
          const values = fold(span.expression);
          parts = parts.flatMap((p) => values.map((v) => p + v + span.literal.text));
        }
        return parts;
      }
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const [l, r] = [fold(e.left), fold(e.right)];
        return l.flatMap((a) => r.map((b) => a + b));
      }
      if (ts.isConditionalExpression(e)) return [...fold(e.whenTrue), ...fold(e.whenFalse)];
      if (ts.isIdentifier(e)) {
        let symbol = checker.getSymbolAtLocation(e);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const decl = symbol?.valueDeclaration;
        if (
          decl &&
          ts.isVariableDeclaration(decl) &&
          decl.initializer &&
          ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
        ) {
          return fold(decl.initializer);
        }
      }
      throw new Error(`${file}:${sf.getLineAndCharacterOfPosition(e.getStart(sf)).line + 1}: cannot fold \`${e.getText(sf)}\` into a pattern; give representative values for it`);
    };

    const visit = (node: ts.Node): void => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const close = text.lastIndexOf('/');
        out.push({ file, line, source: text.slice(1, close), flags: text.slice(close + 1), built: false });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (!pattern) throw new Error(`${file}:${line}: RegExp without a pattern`);
        const flagValues = flags ? fold(flags) : [''];
        for (const source of fold(pattern)) {
          for (const f of flagValues) out.push({ file, line, source, flags: f, built: true });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
