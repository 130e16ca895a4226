/**
 * Measurements 1, 5b and 5c in a process of their own, from a bundle built like the ingest
 * Lambda's (esbuild, minified): the coder measured is the one that is deployed, on one core, with
 * nothing else of the bench in its heap. run.ts bundles this file and reads one JSON line back.
 */
import { measureAdversarial, measureCoderThroughput, measureLengthScaling } from './coder-throughput';
import { generateCorpus } from './corpus';

export interface CoderChildInput {
  articles: number;
  /** Articles coded before the measured ones (see measureCoderThroughput). */
  warmUpArticles: number;
  lengthSizes: number[];
  adversarialBytes: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as CoderChildInput;
// The warm-up articles are generated far past the corpus's, so none repeats a measured one.
const coder = measureCoderThroughput(
  generateCorpus(input.articles),
  generateCorpus(input.warmUpArticles, 800_000),
);
const lengthScaling = measureLengthScaling(input.lengthSizes);
const adversarial = measureAdversarial(input.adversarialBytes);
process.stdout.write(`${JSON.stringify({ coder, lengthScaling, adversarial })}\n`);
