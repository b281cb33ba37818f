process.env.TZ = 'Asia/Bangkok'; // the manifest's time zone: Apps Script reads JavaScript Dates in it
/** Jest runs the TypeScript sources through ts-jest (transpile only; `npm run typecheck` type-checks). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          isolatedModules: true,
          esModuleInterop: true,
          resolveJsonModule: true,
          target: 'ES2020',
        },
        diagnostics: false,
      },
    ],
  },
  testTimeout: 60000,
};
