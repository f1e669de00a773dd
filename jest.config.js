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
  // Session 11's CI passed every test and then never exited (a handle left open by some test; each directory
  // run on its own exits). A leak must fail nothing and must not hold CI for its 90 minutes: exit when done.
  forceExit: true,
};
