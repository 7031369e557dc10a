// jsdom lacks the encoding API; React Router makes an encoder as it loads.
import { TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder });
