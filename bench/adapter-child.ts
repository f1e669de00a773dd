/** Child process: node adapter-child.js <rows> <cols> */
import { measureAdapter } from '../test/excel-fake/measure';
import { reportToParent } from './child';

if (require.main === module) {
  const [rows, cols] = process.argv.slice(2);
  measureAdapter(Number(rows), Number(cols)).then(reportToParent, (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
}
