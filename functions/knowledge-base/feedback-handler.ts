import { randomUUID } from 'node:crypto';
import { ENV, readEnv } from '../shared/env';
import { NotFoundError } from '../shared/errors';
import { callerOf, httpHandler, jsonResult, parseJsonBody } from '../shared/http';
import { ArticleStore } from './adapters/article-store';
import { FeedbackStore } from './adapters/feedback-store';
import { ENTITY_ID } from './domain/article-input';
import { type Feedback, FeedbackInputSchema } from './domain/feedback';

const env = readEnv([ENV.knowledgeTable]);
const articles = new ArticleStore(env[ENV.knowledgeTable]);
const feedbackStore = new FeedbackStore(env[ENV.knowledgeTable]);

/**
 * `POST /kb/articles/{id}/feedback` (operators and supervisors): the article helped, or it is out of date.
 * Editors read the marks at `GET /kb/feedback`.
 */
export const handler = httpHandler(async (event) => {
  const articleId = event.pathParameters?.['id'] ?? '';
  const input = parseJsonBody(event, FeedbackInputSchema);
  const head = ENTITY_ID.test(articleId) ? await articles.head(articleId) : undefined;
  if (!head?.published) throw new NotFoundError(`No published article ${articleId.slice(0, 60)}`);
  const feedback: Feedback = {
    id: randomUUID(),
    articleId,
    kind: input.kind,
    ...(input.comment ? { comment: input.comment } : {}),
    at: new Date().toISOString(),
    ...(head.publishedVersion === undefined ? {} : { version: head.publishedVersion }),
    by: callerOf(event).session,
  };
  await feedbackStore.add(feedback);
  return jsonResult(201, feedback);
});
