import { readFileSync } from 'fs';
import { measurePdf } from '../src/hosts/pdf/bounds';
const b = new Uint8Array(readFileSync('/tmp/s24/in/long500.pdf'));
const c = process.cpuUsage(); measurePdf(b); const u = process.cpuUsage(c); console.log((u.user + u.system) / 1000, "ms cpu");
