import { defineConfig } from 'vitest/config';

// The gateway serves the built files and every API on one origin; in `npm run dev`
// Vite forwards the same paths to a locally running gateway.
const gateway = 'http://localhost:8080';
const gatewayPaths = ['/api', '/login', '/logout', '/oauth2', '/login/oauth2'];

export default defineConfig({
  // esbuild compiles TSX with the automatic runtime; no React plugin is needed.
  esbuild: { jsx: 'automatic' },
  build: {
    // Maven packages target/classes into the jar; the gateway serves classpath:static/.
    outDir: 'target/classes/static',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // uPlot in a chunk of its own (it has no dependencies, so nothing else moves with it), loaded with
        // the first page that draws a chart.
        manualChunks: (id) => (id.includes('/node_modules/uplot/') ? 'uplot' : undefined),
      },
      onwarn(warning, warn) {
        // React Router marks its modules "use client" for server components; irrelevant in an SPA.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(
      gatewayPaths.map((path) => [path, { target: gateway, changeOrigin: true }]),
    ),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
