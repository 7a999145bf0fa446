import { vitePlugin as remix } from '@remix-run/dev'
import { defineConfig } from 'vite'
import remixConfig from './remix.config.js'
import { precompressAssets } from './server/assets.ts'

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export default defineConfig({
  plugins: [remix(remixConfig), precompressAssets('build/client/assets')],
  resolve: { alias: { '~': '/app' } },
  server: { port: Number(process.env.PORT ?? 3000) },
  build: {
    target: 'es2022',
    rollupOptions: {
      // Form schemas are imported statically by a route's action and dynamically by its component (see
      // app/forms/use-validated-form.ts). Vite counts the action's import before Remix removes it from the
      // browser build, and warns that the split will not happen; it does (bench/speed.ts shows it).
      onwarn(warning, warn) {
        if (/app\/domain\/.*dynamic import will not move module/s.test(warning.message)) return
        warn(warning)
      },
    },
  },
})
