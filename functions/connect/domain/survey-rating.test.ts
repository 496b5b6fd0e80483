import { describe, expect, it } from 'vitest';
import { ratingItem, type SurveyAnswer } from './survey-rating';

const answer: SurveyAnswer = {
  rating: '4',
  language: 'ru',
  contactId: 'survey-contact',
  initiationMethod: 'DISCONNECT',
  previousContactId: 'consultation-contact',
  queueName: 'ucc-ru',
  agent: null,
  at: new Date('2025-03-03T20:15:00Z').getTime(),
};

describe('a survey answer as the ratings table keeps it', () => {
  it('files the rating under the consultation it rates, on its Almaty day', () => {
    expect(ratingItem(answer)).toEqual({
      pk: 'DAY#2025-03-04',
      sk: 'CONTACT#consultation-contact',
      contactId: 'consultation-contact',
      rating: 4,
      declined: false,
      agent: null,
      queue: 'ucc-ru',
      language: 'ru',
      at: '2025-03-03T20:15:00.000Z',
    });
  });

  it('names the operator who took the call', () => {
    expect(ratingItem({ ...answer, agent: 'aigerim.s' })).toMatchObject({ agent: 'aigerim.s' });
  });

  it('stores a declined survey as no rating, marked declined', () => {
    expect(ratingItem({ ...answer, rating: 'declined' })).toMatchObject({ rating: null, declined: true });
  });

  it('keys a survey run inside the contact itself by that contact', () => {
    const item = ratingItem({ ...answer, initiationMethod: 'INBOUND', previousContactId: undefined });

    expect(item).toMatchObject({ sk: 'CONTACT#survey-contact', contactId: 'survey-contact' });
  });

  it('says so when the caller never chose a language', () => {
    expect(ratingItem({ ...answer, language: '' }).language).toBe('unknown');
  });
});
