/** Boundaries (DEVELOPERS.md rule 10): no cycles; pure layers never reach I/O layers. */
const PURE = '^src/(model|pipeline|analyse|link|picture|lang|out|geo)/';
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'pure-layers-no-io-layers',
      comment: 'Stages and the picture are pure: they never import ingest, store, server, cli or app.',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^src/(ingest|store|server|cli|app)/' },
    },
    {
      name: 'stages-no-node-io',
      comment: 'No file, network or process I/O inside analysis, linking or picture code.',
      severity: 'error',
      from: { path: '^src/(model|pipeline|analyse|link|picture|lang)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(fs|node:fs|fs/promises|node:fs/promises|net|node:net|http|node:http|child_process|node:child_process)$' },
    },
    {
      name: 'model-is-types-only',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/(?!model/)' },
    },
    {
      name: 'scale-out-drivers-stay-in-adapters',
      comment: 'pg and nats load only inside their adapters, and only by dynamic import elsewhere: the default path needs neither.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(store/postgres|queue)/' },
      to: { path: '(^|/)node_modules/(pg|nats)/', dynamic: false },
    },
    {
      name: 'store-not-into-ui',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(cli|server|app)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
