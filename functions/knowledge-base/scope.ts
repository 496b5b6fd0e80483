import { ENV, readEnv } from '../shared/env';
import { HotlineSchema, LangSchema } from './domain/article-input';
import type { KbScope } from './domain/types';

/** This function's knowledge base: its hotline and languages, from the environment CDK gives it (read once). */
export function readScope(): KbScope {
  const env = readEnv([ENV.hotline, ENV.languages]);
  return {
    hotline: HotlineSchema.parse(env[ENV.hotline]),
    languages: env[ENV.languages].split(',').map((lang) => LangSchema.parse(lang.trim())),
  };
}
