/** Child process: node adapter-child.js <compiled measure.js> <rows> <cols> */
import { reportToParent } from './child';

interface MeasureModule {
  measureAdapter(rows: number, cols: number): Promise<unknown>;
}

if (require.main === module) {
  const [file, rows, cols] = process.argv.slice(2);
  const m = require(file) as MeasureModule;
  m.measureAdapter(Number(rows), Number(cols)).then(reportToParent, (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
}
