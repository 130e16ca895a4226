/**
 * Measurements 1, 5b and 5c in a process of their own, from a bundle built like the ingest
 * Lambda's (esbuild, minified): the coder measured is the one that is deployed, on one core, with
 * nothing else of the bench in its heap. run.ts bundles this file and reads one JSON line back.
 */
import { measureAdversarial, measureCoderThroughput, measureLengthScaling } from './coder-throughput';
import { generateCorpus } from './corpus';

export interface CoderChildInput {
  articles: number;
  lengthSizes: number[];
  adversarialBytes: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as CoderChildInput;
const coder = measureCoderThroughput(generateCorpus(input.articles));
const lengthScaling = measureLengthScaling(input.lengthSizes);
const adversarial = measureAdversarial(input.adversarialBytes);
process.stdout.write(`${JSON.stringify({ coder, lengthScaling, adversarial })}\n`);
