import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// BASE lets the build live under a sub-path, e.g. BASE=/verktoy/modellkart/ npm run build.
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
