import { type CreateAppOptions, createApp } from '../../../infra/app';

const numberArn = (id: string) =>
  `arn:aws:connect:eu-central-1:123456789012:phone-number/00000000-0000-4000-8000-${id.padStart(12, '0')}`;

/**
 * The per-hotline context ops give once they have the numbers (docs/deploy-checklist.md): 1414's short number
 * claimed explicitly, its 8-800 number and 111's imported by ARN, 111 transferring to 1414's Connect number.
 */
export const CONFIGURED_NUMBERS = {
  'qoldau:1414': {
    connect: {
      phoneNumbers: [
        {
          label: 'short-1414',
          published: '1414',
          carrierRouted: true,
          connect: { source: 'claim', countryCode: 'DE', type: 'DID', prefix: '+4969' },
        },
        {
          label: 'tollfree-88000807777',
          published: '8 800 080 7777',
          carrierRouted: true,
          connect: { source: 'import', phoneNumberArn: numberArn('88000807777') },
        },
      ],
    },
  },
  'qoldau:111': {
    connect: {
      phoneNumbers: [
        {
          label: 'short-111',
          published: '111',
          carrierRouted: true,
          connect: { source: 'import', phoneNumberArn: numberArn('111') },
        },
      ],
    },
    transferTarget: { hotline: '1414', phoneNumber: '+4969000001414' },
  },
} as const;

/** The app of one stage with the numbers configured (bundling and cdk-nag off unless asked). */
export function configuredApp(stage: 'dev' | 'prod' = 'dev', options: CreateAppOptions = {}) {
  return createApp({
    skipBundling: true,
    nag: false,
    ...options,
    context: { ...CONFIGURED_NUMBERS, stage, ...options.context },
  });
}
