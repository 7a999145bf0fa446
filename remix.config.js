// Remix's own options live here, the one file the design card names; vite.config.ts hands them to the
// Remix Vite plugin (the plugin itself does not read this file).
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
