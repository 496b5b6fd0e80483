import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { contactCenterStack } from '../../../test/support/infra/contact-center-stack';

type Resource = { Properties: Record<string, unknown> };

const ucc = contactCenterStack('1414').template();
const family = contactCenterStack('111', {
  urgentEscalation: true,
  override: {
    // 1414's own Connect number: without one the to-1414 quick connect is not offered.
    transferTarget: { hotline: '1414', phoneNumber: '+4969000001414' },
    urgentEscalation: {
      recipients: [
        {
          id: 'police-102',
          kind: 'state-body',
          name: 'Police',
          email: 'duty@police.example.kz',
          phone: '+77172000102',
        },
        { id: 'mail-only', kind: 'state-body', name: 'Mail only', email: 'mail@body.example.kz' },
      ],
    },
  },
});
const familyTemplate = family.template();

describe('routing in the caller’s language', () => {
  it.each([
    ['1414', ucc, ['ucc-kk', 'ucc-ru', 'ucc-en']],
    ['111', familyTemplate, ['family-kk', 'family-ru']],
  ] as const)('gives hotline %s one queue per language, open round the clock', (_, template, names) => {
    const queues = Object.values(template.findResources('AWS::Connect::Queue') as Record<string, Resource>);

    expect(queues.map((queue) => queue.Properties['Name']).sort()).toEqual([...names].sort());
    template.hasResourceProperties('AWS::Connect::HoursOfOperation', {
      TimeZone: 'Asia/Almaty',
      Config: Match.arrayWith([
        { Day: 'SUNDAY', StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } },
      ]),
    });
    expect(
      (Object.values(template.findResources('AWS::Connect::HoursOfOperation'))[0] as Resource).Properties[
        'Config'
      ],
    ).toHaveLength(7);
  });

  it('lets multilingual operators serve every queue and the others only their language', () => {
    const profiles = Object.values(
      ucc.findResources('AWS::Connect::RoutingProfile') as Record<string, Resource>,
    );
    const queuesOf = (name: string) => {
      const profile = profiles.find((candidate) => candidate.Properties['Name'] === name);
      return (profile?.Properties['QueueConfigs'] as unknown[] | undefined)?.length;
    };

    expect(profiles.map((profile) => profile.Properties['Name']).sort()).toEqual([
      'ucc-en',
      'ucc-kk',
      'ucc-multilingual',
      'ucc-ru',
    ]);
    expect(queuesOf('ucc-multilingual')).toBe(3);
    expect(queuesOf('ucc-ru')).toBe(1);
  });

  it('has an operator and a supervisor security profile; neither may play recordings in Connect', () => {
    const profiles = Object.values(
      ucc.findResources('AWS::Connect::SecurityProfile') as Record<string, Resource>,
    );
    const permissions = (name: string) =>
      profiles.find((profile) => String(profile.Properties['SecurityProfileName']).endsWith(name))
        ?.Properties['Permissions'] as string[];

    expect(permissions('-operator')).toEqual(
      expect.arrayContaining(['BasicAgentAccess', 'TransferDestinations.View']),
    );
    expect(permissions('-supervisor')).toEqual(
      expect.arrayContaining(['BasicAgentAccess', 'ManagerListenIn']),
    );
    expect([...permissions('-operator'), ...permissions('-supervisor')]).not.toContain(
      'ListenCallRecordings',
    );
  });
});

describe('quick connects for transfers', () => {
  const quickConnects = Object.values(
    familyTemplate.findResources('AWS::Connect::QuickConnect') as Record<string, Resource>,
  );
  const byName = (name: string) =>
    quickConnects.find((quickConnect) => quickConnect.Properties['Name'] === name);

  it('sends a 111 caller to 1414 through the flow that tells them first', () => {
    const flowId = family.stack.getLogicalId(family.center.flows.flow('transferTo1414'));

    expect(byName('to-1414')?.Properties['QuickConnectConfig']).toMatchObject({
      QuickConnectType: 'QUEUE',
      QueueConfig: { ContactFlowArn: { 'Fn::GetAtt': [flowId, 'ContactFlowArn'] } },
    });
  });

  it('dials a state body that has a phone number, and only those', () => {
    expect(byName('to-police-102')?.Properties['QuickConnectConfig']).toEqual({
      QuickConnectType: 'PHONE_NUMBER',
      PhoneConfig: { PhoneNumber: '+77172000102' },
    });
    expect(byName('to-mail-only')).toBeUndefined();
  });

  it('transfers to each language queue through the transfer flow', () => {
    expect(byName('to-family-ru')?.Properties['QuickConnectConfig']).toMatchObject({
      QuickConnectType: 'QUEUE',
    });
    expect(byName('to-family-kk')).toBeDefined();
  });

  it('shows every quick connect in every queue', () => {
    const associations = Object.values(
      familyTemplate.findResources('Custom::AWS') as Record<string, Resource>,
    ).filter((resource) =>
      JSON.stringify(resource.Properties['Create']).includes('AssociateQueueQuickConnects'),
    );

    expect(associations).toHaveLength(2);
    for (const association of associations) {
      const ids = JSON.stringify(association.Properties['Create']).match(/QuickConnectArn/g) ?? [];
      expect(ids).toHaveLength(quickConnects.length);
    }
  });
});
