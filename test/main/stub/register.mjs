// `node --import ./register.mjs out/main/index.js`: 'electron' resolves to the stand-in beside this file.
import { register } from 'node:module';
register(new URL('./hooks.mjs', import.meta.url));
