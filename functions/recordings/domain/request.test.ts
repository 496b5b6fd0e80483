import { describe, expect, it } from 'vitest';
import { InvalidRecordingRequestError } from './errors';
import { acceptRequest, canMove, isOpen, REQUEST_STATUSES, type RequestStatus } from './request';

const now = Date.parse('2026-11-23T06:00:00Z'); // 11:00 in Almaty

describe('accepting a request of the authorized body', () => {
  it('gives 1414 four hours from receipt', () => {
    const accepted = acceptRequest({ date: '2026-11-20', phone: '8 701 234 56 78' }, 4, now);
    expect(accepted).toEqual({
      e164: '+77012345678',
      day: '2026-11-20',
      requestedAt: '2026-11-23T06:00:00.000Z',
      deadline: '2026-11-23T10:00:00.000Z',
    });
  });

  it('lets a 1414 request shorten, never extend, the four hours', () => {
    const shorter = acceptRequest(
      { date: '2026-11-20', phone: '+77012345678', deadline: '2026-11-23T12:00:00+05:00' },
      4,
      now,
    );
    const longer = acceptRequest(
      { date: '2026-11-20', phone: '+77012345678', deadline: '2026-11-30T12:00:00+05:00' },
      4,
      now,
    );
    expect(shorter.deadline).toBe('2026-11-23T07:00:00.000Z');
    expect(longer.deadline).toBe('2026-11-23T10:00:00.000Z');
  });

  it('gives 111 the deadline the request names', () => {
    const accepted = acceptRequest(
      { date: '2026-11-23', phone: '+77012345678', deadline: '2026-11-25T18:00:00+05:00' },
      null,
      now,
    );
    expect(accepted.deadline).toBe('2026-11-25T13:00:00.000Z');
  });

  it.each([
    ['111 without a deadline', { date: '2026-11-20', phone: '+77012345678' }, null, /deadline: this hotline/],
    [
      'a deadline already past',
      { date: '2026-11-20', phone: '+77012345678', deadline: '2026-11-23T10:59:00+05:00' },
      null,
      /already passed/,
    ],
    [
      'a deadline without an offset',
      { date: '2026-11-20', phone: '+77012345678', deadline: '2026-11-25T18:00' },
      null,
      /ISO-8601/,
    ],
    ['a day in the future', { date: '2026-11-24', phone: '+77012345678' }, 4, /future/],
    ['an impossible day', { date: '2026-02-30', phone: '+77012345678' }, 4, /calendar day/],
    ['a short number', { date: '2026-11-20', phone: '1414' }, 4, /phone/],
  ] as const)('refuses %s', (_what, input, hours, message) => {
    expect(() => acceptRequest(input, hours, now)).toThrow(InvalidRecordingRequestError);
    expect(() => acceptRequest(input, hours, now)).toThrow(message);
  });

  it('accepts today in Almaty even when it is still yesterday in UTC', () => {
    const lateEvening = Date.parse('2026-11-23T20:00:00Z'); // 01:00 on the 24th in Almaty
    expect(acceptRequest({ date: '2026-11-24', phone: '+77012345678' }, 4, lateEvening).day).toBe(
      '2026-11-24',
    );
  });
});

describe('the request status machine', () => {
  const final: RequestStatus[] = ['fulfilled', 'no_recordings'];

  it.each(REQUEST_STATUSES.filter((s) => !final.includes(s)))(
    '%s is open and can still be fulfilled',
    (status) => {
      expect(isOpen(status)).toBe(true);
      expect(canMove(status, 'fulfilled')).toBe(true);
      expect(canMove(status, 'no_recordings')).toBe(true);
    },
  );

  it.each(final)('%s is final', (status) => {
    expect(isOpen(status)).toBe(false);
    for (const to of REQUEST_STATUSES) expect(canMove(status, to)).toBe(false);
  });

  it('never un-breaches a request', () => {
    expect(canMove('breached', 'searching')).toBe(false);
    expect(canMove('breached', 'waiting_for_upload')).toBe(false);
  });
});
