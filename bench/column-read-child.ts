/** Child process: node column-read-child.js <rows> */
import { measureColumnRead } from '../test/excel-fake/measure-columns';
import { reportToParent } from './child';

if (require.main === module) {
  measureColumnRead(Number(process.argv[2])).then(reportToParent, (e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  });
}
