import {defineConfig} from 'vite';
import {openMojiPlugin} from './src/pictures/vite-plugin-openmoji.js';

const port = Number(process.env['PORT'] ?? 5173);

export default defineConfig({
  // Serves and copies the OpenMoji pictures the picture library offers (`/openmoji/<HEX>.svg`).
  plugins: [openMojiPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The app, the embeddable widgets and the review screen share one build. The leaflet
    // viewer for other sites keeps a fixed name, so a page's script tag never goes stale.
    // The viewer runs on other sites: preloading from the page's own origin would miss.
    modulePreload: {resolveDependencies: (_file, deps, {hostId}) => (hostId.endsWith('easy-read-document.js') ? [] : deps)},
    rollupOptions: {
      input: {main: 'index.html', 'easy-read-document': 'src/viewer/easy-read-document.ts'},
      output: {entryFileNames: (chunk) => (chunk.name === 'easy-read-document' ? '[name].js' : 'assets/[name]-[hash].js')},
    },
  },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    // In development the API runs in `npm start`'s server; forward to it.
    proxy: {'/api': `http://127.0.0.1:${process.env['API_PORT'] ?? 8080}`},
  },
});
