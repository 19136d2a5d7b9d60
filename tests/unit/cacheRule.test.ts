import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The cache rule (ARCHITECTURE.md): pages, layouts and server components read
 * only through features/<feature>/dbCache.ts, whose readers are React cache()
 * per request; nothing in src keeps data across requests.
 */
const root = path.resolve(import.meta.dirname, "../..");
const src = path.join(root, "src");

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(path.join(entry.parentPath, entry.name)))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

/** The specifier as a path from the repository root without extension, or as written for packages. */
function resolveSpecifier(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return `src/${specifier.slice(2)}`;
  if (specifier.startsWith(".")) return path.posix.join(path.posix.dirname(file), specifier);
  return specifier;
}

/** Database modules: the client and every feature's query module (db.ts, takesDb.ts …), not dbCache.ts. */
const isDatabaseModule = (target: string) => /^src\/drizzle\/(db|client)(\.ts)?$/.test(target) || /^src\/features\/[^/]+\/(db|[a-z]\w*Db)(\.ts)?$/.test(target);

/** Value imports (and re-exports) of database modules; `import type` carries no query and is allowed. */
function databaseImports(file: string, text: string): string[] {
  const found: string[] = [];
  const check = (specifier: ts.Expression | undefined) => {
    if (specifier && ts.isStringLiteral(specifier) && isDatabaseModule(resolveSpecifier(file, specifier.text))) found.push(specifier.text);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      const bindings = node.importClause?.namedBindings;
      const onlyTypes =
        bindings && ts.isNamedImports(bindings) && !node.importClause?.name && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) check(node.moduleSpecifier);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) {
      check(node.moduleSpecifier);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      check(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return found;
}

const CROSS_REQUEST_CACHES = new Set(["unstable_cache", "unstable_cacheTag", "unstable_cacheLife", "cacheTag", "cacheLife"]);

/** Uses of a cross-request cache in code (comments do not count): Next's cache functions or a "use cache" directive. */
function crossRequestCaches(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && CROSS_REQUEST_CACHES.has(node.text)) found.push(node.text);
    if (ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression) && /^use cache\b/.test(node.expression.text)) {
      found.push(`"${node.expression.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file, text));
  return [...new Set(found)];
}

/**
 * Exports of a dbCache module that are not readers wrapped in React's cache().
 * Only a write-side helper (`revalidate…`, refreshing pages after a write) may be a plain function.
 */
function unwrappedReaders(file: string, text: string): string[] {
  const found: string[] = [];
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of parse(file, text).statements) {
    if (ts.isFunctionDeclaration(statement) && exported(statement) && !statement.name?.text.startsWith("revalidate")) {
      found.push(statement.name?.text ?? "default");
    }
    if (!ts.isVariableStatement(statement) || !exported(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      const wrapped = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "cache";
      if (!wrapped) found.push(declaration.name.getText());
    }
  }
  return found;
}

const read = (file: string) => readFileSync(path.join(root, file), "utf8");

const pagesAndLayouts = filesUnder(path.join(src, "app"), (f) => /[/\\](page|layout)\.tsx$/.test(f));
const components = [
  ...filesUnder(path.join(src, "components"), (f) => f.endsWith(".tsx")),
  ...filesUnder(path.join(src, "features"), (f) => /[/\\]components[/\\].+\.tsx$/.test(f)),
];
const dbCacheModules = filesUnder(path.join(src, "features"), (f) => f.endsWith(`${path.sep}dbCache.ts`));

describe("the cache rule", () => {
  it("finds what it checks", () => {
    expect(pagesAndLayouts).toContain("src/app/app/job-infos/[jobInfoId]/page.tsx");
    expect(pagesAndLayouts).toContain("src/app/app/layout.tsx");
    expect(components.length).toBeGreaterThan(20);
    expect(dbCacheModules).toContain("src/features/jobInfos/dbCache.ts");
  });

  it("recognises a database import, a cross-request cache and an unwrapped reader when it sees one", () => {
    const page = "src/app/app/x/page.tsx";
    expect(databaseImports(page, `import { getDb } from "@/drizzle/db";`)).toEqual(["@/drizzle/db"]);
    expect(databaseImports(page, `import { listQuestions } from "@/features/questions/db";`)).toEqual(["@/features/questions/db"]);
    expect(databaseImports(page, `import { listTakes } from "@/features/interviews/takesDb";`)).toEqual(["@/features/interviews/takesDb"]);
    expect(databaseImports("src/features/account/components/A.tsx", `import { countUserData } from "../db";`)).toEqual(["../db"]);
    expect(databaseImports(page, `const { getDb } = await import("@/drizzle/db");`)).toEqual(["@/drizzle/db"]);
    expect(databaseImports(page, `export { listJobInfos } from "@/features/jobInfos/db";`)).toEqual(["@/features/jobInfos/db"]);
    expect(databaseImports(page, `import type { Db } from "@/drizzle/db";\nimport { type UserDataCounts } from "@/features/account/db";`)).toEqual([]);
    expect(databaseImports(page, `import { getCachedJobInfo } from "@/features/jobInfos/dbCache";`)).toEqual([]);

    expect(crossRequestCaches("src/x.ts", `import { unstable_cache } from "next/cache";`)).toEqual(["unstable_cache"]);
    expect(crossRequestCaches("src/x.ts", `async function f() {\n  "use cache";\n  cacheTag("a");\n}`)).toEqual(['"use cache"', "cacheTag"]);
    expect(crossRequestCaches("src/x.ts", `// no unstable_cache here\nconst s = "use cache";`)).toEqual([]);

    expect(unwrappedReaders("src/features/x/dbCache.ts", `export const a = cache(async () => 1);\nexport const b = async () => 2;`)).toEqual(["b"]);
    expect(unwrappedReaders("src/features/x/dbCache.ts", `export async function getX() {}\nexport function revalidateX() {}`)).toEqual(["getX"]);
  });

  it("pages and layouts read only through dbCache modules", () => {
    const offenders = pagesAndLayouts.flatMap((file) => databaseImports(file, read(file)).map((specifier) => `${file} imports ${specifier}`));
    expect(offenders).toEqual([]);
  });

  it("components never import a database module", () => {
    const offenders = components.flatMap((file) => databaseImports(file, read(file)).map((specifier) => `${file} imports ${specifier}`));
    expect(offenders).toEqual([]);
  });

  it("every dbCache reader is React cache(), per request", () => {
    const offenders = dbCacheModules.flatMap((file) => unwrappedReaders(file, read(file)).map((name) => `${file}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it("nothing in src keeps data across requests", () => {
    const files = filesUnder(src, (f) => /\.(ts|tsx|mts)$/.test(f));
    const offenders = files.flatMap((file) => crossRequestCaches(file, read(file)).map((use) => `${file}: ${use}`));
    expect(offenders).toEqual([]);
  });
});
