// Remix's own options live here, the one file the design card names; vite.config.ts hands them to the
// Remix Vite plugin (the plugin itself does not read this file).
/** @type {Partial<import('@remix-run/dev').VitePluginConfig>} */
export default {
  appDirectory: 'app',
  serverModuleFormat: 'esm',
  ignoredRouteFiles: ['**/.*', '**/*.test.{ts,tsx}', '**/*.css'],
  // Leaders (approvers) read the administrators' statistics inside the back office: the same route modules
  // mounted a second time under /mot-cua (the modules find their base from the address).
  routes: (defineRoutes) => {
    const extra = defineRoutes((route) => {
      route('thong-ke', 'routes/quan-tri.thong-ke._index.tsx', { id: 'back-office/statistics', index: true })
      route('thong-ke/ho-so', 'routes/quan-tri.thong-ke.ho-so.tsx', { id: 'back-office/statistics-dossiers' })
      route('thong-ke/tai-ve/:format', 'routes/quan-tri.thong-ke.tai-ve.$format.ts', { id: 'back-office/statistics-export' })
      route('thong-ke/ho-so/tai-ve/:format', 'routes/quan-tri.thong-ke.ho-so_.tai-ve.$format.ts', { id: 'back-office/statistics-dossiers-export' })
      route('thong-ke/bao-cao', 'routes/quan-tri.thong-ke.bao-cao.tsx', { id: 'back-office/statistics-report' })
      route('thong-ke/bao-cao/:format', 'routes/quan-tri.thong-ke.bao-cao_.$format.ts', { id: 'back-office/statistics-report-file' })
    })
    for (const definition of Object.values(extra)) definition.parentId = 'routes/mot-cua'
    return extra
  },
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: false,
  },
}
