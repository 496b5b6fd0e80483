// Import direction of the tree (docs/architecture-layers.md), checked by `npm run check:imports` and by
// test/architecture/import-direction.test.ts in `npm test`:
//
//   contracts  <-  clients, contact-flows, functions, infra  <-  local  <-  scripts, bench
//
// A layer imports only layers to its left (and npm packages). Within the middle layer, infra may import
// contact-flows (it deploys the flows) and functions may import the prompt catalogue
// (contact-flows/prompts: pure data, so a Lambda speaks the words the recordings say); nothing else
// crosses between its members. Tests (`*.test.ts`, `test/**`) may import anything. No cycles anywhere.

/** Test code: may import from every layer. */
const TESTS = '(\\.test\\.ts$|^test/)';

/** A rule that files of `from` (test code excepted) never import `to`. */
const never = (name, comment, from, to, toNot) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TESTS },
  to: toNot ? { path: to, pathNot: toNot } : { path: to },
});

module.exports = {
  forbidden: [
    never(
      'contracts-at-the-bottom',
      'contracts/ holds what crosses layers and imports no other layer',
      '^contracts/',
      '^(clients|contact-flows|functions|infra|local|scripts|bench|test)/',
    ),
    never(
      'clients-above-contracts-only',
      'clients/ (the SigV4 client) imports only contracts/',
      '^clients/',
      '^(contact-flows|functions|infra|local|scripts|bench|test)/',
    ),
    never(
      'flows-above-contracts-only',
      'contact-flows/ imports only contracts/',
      '^contact-flows/',
      '^(clients|functions|infra|local|scripts|bench|test)/',
    ),
    never(
      'functions-not-upward',
      'functions/ imports contracts/ and the prompt catalogue, never infra/, local/, scripts/, bench/ or test/',
      '^functions/',
      '^(clients|contact-flows|infra|local|scripts|bench|test)/',
      '^contact-flows/prompts/',
    ),
    never(
      'infra-not-functions',
      'infra/ names function entry files by path, never imports functions/ (or anything above it)',
      '^infra/',
      '^(clients|functions|local|scripts|bench|test)/',
    ),
    never(
      'local-not-upward',
      'local/ never imports scripts/, bench/ or test/',
      '^local/',
      '^(scripts|bench|test)/',
    ),
    never('scripts-not-tests', 'scripts/ never imports bench/ or test/', '^scripts/', '^(bench|test)/'),
    never('bench-not-tests', 'bench/ never imports scripts/ or test/', '^bench/', '^(scripts|test)/'),
    {
      name: 'no-circular',
      comment: 'no import cycles, in any layer, tests included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Biome and tsc own TypeScript here (TypeScript 7 has no compiler API), so swc parses for the cruiser.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|cdk\\.out|\\.local)/' },
  },
};
