/** The app page's entry point: registers `<er-app>` and everything it uses. */
import './app/app.js';
