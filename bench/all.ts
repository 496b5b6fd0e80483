import { runEmailBenchmark } from './email';
import { runKbBenchmark } from './kb';
import { runKbLambdaBenchmark } from './kb-lambda';

/** `npm run bench`: every benchmark, one after the other (they share two cores), as one JSON object. */
const kb = runKbBenchmark();
const kbLambda = await runKbLambdaBenchmark({ articles: 10_000 });
const email = await runEmailBenchmark();
console.log(JSON.stringify({ kb, kbLambda, email }));
