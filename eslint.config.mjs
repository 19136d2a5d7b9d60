import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layer rule (ARCHITECTURE.md): a layer imports only the layers below it.
 * app → server → features → services → drizzle → insights/speech/progress/resume → lib.
 */
const layer = (...names) =>
  names.map((name) => ({ group: [`@/${name}`, `@/${name}/**`], message: `This layer may not import @/${name} (ARCHITECTURE.md, "Layer rule").` }));

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "drizzle/**", "next-env.d.ts"] },
  {
    // Small shared utilities: the bottom layer (only @/config besides packages).
    files: ["src/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...layer("app", "server", "features", "services", "drizzle", "insights", "speech", "progress", "resume"),
            { group: ["../*"], message: "src/lib imports only itself, @/config and packages." },
          ],
        },
      ],
    },
  },
  {
    // Vendor adapters: below every feature and route.
    files: ["src/services/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: layer("app", "server", "features") }] },
  },
  {
    // The database schema and client: the JSON columns' shapes come from the pure domain layers below, never from a feature or service.
    files: ["src/drizzle/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: layer("app", "server", "features", "services") }] },
  },
  {
    // Pure domain logic: no framework, no vendor, no database.
    files: ["src/{insights,speech,progress,resume}/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: layer("app", "server", "features", "services", "drizzle") }] },
  },
  {
    // Features are called by routes and pages, never the other way round.
    files: ["src/features/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: layer("app") }] },
  },
];

export default config;
