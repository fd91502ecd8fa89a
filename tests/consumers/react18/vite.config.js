// This app runs React 18 (the repository's devDependencies `react-18` and `react-dom-18`, npm
// aliases) beside the React 19 the other apps use. An app with React 18 installed needs none of this.
import { fileURLToPath } from 'node:url';

const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
export default {
  resolve: {
    alias: [
      { find: /^react-dom(\/.*)?$/, replacement: `${modules}react-dom-18$1` },
      { find: /^react(\/.*)?$/, replacement: `${modules}react-18$1` },
    ],
  },
};
