/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
    // @noble/hashes ships ES modules only: jest (CommonJS) has ts-jest turn them into CommonJS.
    '/node_modules/@noble/hashes/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs' }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!@noble/hashes/)'],
  setupFiles: ['<rootDir>/test/setup/office-globals.ts'],
  globalSetup: '<rootDir>/test/setup/utc.ts',
  // d3 (under @fluentui/react-charts) ships ES modules for Node: jest (CommonJS) takes each package's UMD build.
  moduleNameMapper: {
    '^(d3-[a-z-]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js',
    // ExcelJS (the Excel fake reads inserted workbooks with it) needs uuid; under jsdom its "browser" export is ES modules only.
    '^uuid$': '<rootDir>/node_modules/uuid/dist/index.js',
  },
  testTimeout: 120000,
  // Session 11's CI passed every test, then the in-band jest process deadlocked in its own exit (main thread in a
  // futex wait, ~20 threads left by tests), forceExit or not. A memory limit makes jest run the tests in a child
  // process even with one worker (same order, one at a time); jest ends that child itself, killing it if it hangs,
  // and starts a fresh one when a test file leaves it above the limit.
  workerIdleMemoryLimit: '2GB',
  forceExit: true,
};
