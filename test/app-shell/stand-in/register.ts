/** `node --import tsx --import ./test/app-shell/stand-in/register.ts out/main/index.js` */
import { register } from 'node:module';

register('./loader.ts', import.meta.url);
