import { runKbBenchmark } from './kb';

/** Runs every benchmark and prints one JSON object keyed by benchmark name. */
console.log(JSON.stringify({ kb: runKbBenchmark() }));
