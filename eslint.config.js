// Lint: the code's layers as DESIGN.md draws them (routes → ui → domain → auth → db), enforced by import
// rules, plus the recommended rules of ESLint, typescript-eslint and React's rules of hooks.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const DB = ["~/db.server", "~/generated/prisma/client", "~/generated/prisma/*", "@prisma/*", "pg"];
const noDatabase = (message) => DB.map((name) => ({ group: [name], message }));

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "public/build/**",
      ".cache/**",
      "app/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      // A variable set once, later, but read before that by a closure (a shutdown handler) stays `let`.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "error",
      // `import type` for types: keeps server modules out of the browser bundle and the intent clear.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@remix-run/react",
              importNames: ["Form"],
              message: "Use Form from ~/ui/form: it carries the idempotency key and resets after success.",
            },
            {
              name: "@remix-run/react",
              importNames: ["Link"],
              message: "Use Link from ~/ui/link: a link to a page of the site needs no route resolution at each render.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain: rules and queries of an area. It never reaches up into pages or components, and speaks no
    // HTTP: it returns results or throws the outcomes of app/outcomes.ts, which the route boundary maps.
    files: ["app/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(~/|(\\.\\./)+)(ui|routes)(/|$)", message: "The domain never imports ui or routes." },
            { regex: "^~/root$", message: "The domain never imports the root route." },
            { group: ["@remix-run/*"], message: "The domain speaks no HTTP: return a result or throw an outcome (app/outcomes.ts)." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Response']",
          message: "The domain speaks no HTTP: throw notFound()/forbidden()/conflict() from ~/outcomes.",
        },
        { selector: "ThrowStatement > CallExpression[callee.name=/^(json|data|redirect)$/]", message: "The domain speaks no HTTP." },
      ],
    },
  },
  {
    // The policy: pure functions, no I/O, so that pages and tests can ask it anything.
    files: ["app/auth/policy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "\\.server$", message: "policy.ts does no I/O: it imports no server module." },
            { regex: "^node:", message: "policy.ts does no I/O." },
            ...noDatabase("policy.ts does no I/O."),
          ],
        },
      ],
    },
  },
  {
    // Pages, components and the session layer reach the database only through the domain.
    files: ["app/routes/**/*.{ts,tsx}", "app/ui/**/*.{ts,tsx}", "app/root.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@remix-run/react",
              importNames: ["Form"],
              message: "Use Form from ~/ui/form: it carries the idempotency key and resets after success.",
            },
            {
              name: "@remix-run/react",
              importNames: ["Link"],
              message: "Use Link from ~/ui/link: a link to a page of the site needs no route resolution at each render.",
            },
          ],
          patterns: [...noDatabase("Pages and components reach the database only through app/domain.")],
        },
      ],
    },
  },
  {
    // Components never import pages (a type of a route's loader is fine).
    files: ["app/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@remix-run/react",
              importNames: ["Form"],
              message: "Use Form from ~/ui/form: it carries the idempotency key and resets after success.",
            },
            {
              name: "@remix-run/react",
              importNames: ["Link"],
              message: "Use Link from ~/ui/link: a link to a page of the site needs no route resolution at each render.",
            },
          ],
          patterns: [
            ...noDatabase("Components reach the database only through app/domain (via their route)."),
            { regex: "^(~/|(\\.\\./)+)routes(/|$)", message: "Components never import routes.", allowTypeImports: true },
            { regex: "^~/root$", message: "Components read the root's data through ~/ui/root-data.", allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ["app/ui/form.tsx", "app/ui/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.{ts,tsx,js,mjs}", "prisma/**/*.ts", "*.{js,ts}"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
