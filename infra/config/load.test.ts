import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load';

describe('hotline configuration', () => {
  it('describes 1414 as the regulation does: kk/ru/en, 2 working days, 4 hours, 40 s, survey on', () => {
    const config = loadConfig()['1414'];
    expect(config.languages).toEqual(['kk', 'ru', 'en']);
    expect(config.connect.phoneNumbers.map((n) => n.published)).toEqual(['1414', '8 800 080 7777']);
    expect(config.email.inboundAddresses).toEqual(['egov@nitec.kz', 'support@pki.gov.kz', 'sd@nitec.kz']);
    expect(config.web.origins).toEqual(['https://www.1414.kz']);
    expect(config.sla).toMatchObject({
      answerWorkingDays: 2,
      recordingRequestHours: 4,
      averageWaitTargetSeconds: 40,
    });
    expect(config.survey.enabled).toBe(true);
    expect(config.hours).toBe('24/7');
  });

  it('describes 111: kk/ru, transfer to 1414, urgent recipients, deadline named by the request, confidential', () => {
    const config = loadConfig()['111'];
    expect(config.languages).toEqual(['kk', 'ru']);
    expect(config.connect.phoneNumbers.map((n) => n.published)).toEqual(['111']);
    expect(config.web.origins).toEqual(['https://111.gov4c.kz']);
    expect(config.transferTarget?.hotline).toBe('1414');
    expect(config.urgentEscalation.recipients.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['state-body', 'childrens-ombudsman', 'regional-ombudsman']),
    );
    expect(config.sla.recordingRequestHours).toBeNull();
    expect(config.confidentiality).toBe(true);
  });

  it('keeps data on deletion in prod and not in dev', () => {
    expect(loadConfig({ stage: 'prod' })['1414'].retainData).toBe(true);
    expect(loadConfig({ stage: 'dev' })['1414'].retainData).toBe(false);
  });

  it('applies per-hotline overrides from context, given as JSON text or objects', () => {
    const configs = loadConfig({
      stage: 'prod',
      overrides: {
        '1414': '{"env":{"account":"123456789012"}}',
        '111': { email: { fromAddress: 'x@111.kz' } },
      },
    });
    expect(configs['1414'].env.account).toBe('123456789012');
    expect(configs['111'].email.fromAddress).toBe('x@111.kz');
    expect(configs['111'].email.inboundAddresses).toEqual(['info@111.gov4c.kz']);
  });

  it.each([
    [{ '1414': '{"env":{"account":"12"}}' }, /env\.account/],
    [{ '1414': '{not json' }, /not valid JSON/],
    [{ '111': { defaultLanguage: 'en' } }, /defaultLanguage en is not one of languages/],
    [{ '1414': { web: { origins: ['http://insecure.kz'] } } }, /web\.origins\.0: must be an https origin/],
  ])('rejects a bad override %j with a clear message', (overrides, message) => {
    expect(() => loadConfig({ overrides })).toThrow(ConfigError);
    expect(() => loadConfig({ overrides })).toThrow(message);
  });

  it('rejects an unknown stage', () => {
    expect(() => loadConfig({ stage: 'staging' })).toThrow(/Unknown stage "staging"/);
  });
});
