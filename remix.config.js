// Remix's own options; vite.config.ts hands them to the Remix Vite plugin (the plugin itself does not read
// this file). Every route is a file in app/routes (docs/architecture.md).
/** @type {Partial<import('@remix-run/dev').VitePluginConfig>} */
export default {
  appDirectory: 'app',
  serverModuleFormat: 'esm',
  ignoredRouteFiles: ['**/.*', '**/*.test.{ts,tsx}', '**/*.css'],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: false,
  },
}
