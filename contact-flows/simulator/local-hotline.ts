import type { HotlineId, Language } from '../../contracts/hotlines';
import {
  FAMILY_111_HOLD_MUSIC_PROMPT_NAME,
  FAMILY_111_QUEUE_NAMES,
  type Family111Resources,
} from '../111/refs';
import { UCC_1414_HOLD_MUSIC_PROMPT_NAME, UCC_1414_QUEUE_NAMES, type Ucc1414Resources } from '../1414/refs';
import type { FlowDocument } from '../builder/types';
import { promptEntry, recordedPrompts } from '../prompts/manifest';
import {
  buildHotlineFlows,
  type Family111FlowKey,
  type FlowDefinition,
  type FlowRole,
  flowDefinitions,
  type Ucc1414FlowKey,
} from '../registry';
import type { CallbackOffer } from '../shared/callback-offer';
import { HOTLINE_LANGUAGES } from '../shared/languages';
import { type CatalogResolvers, createCatalog } from './catalog';
import type { ResolvedPrompt } from './types';

export interface LocalHotlineOptions {
  readonly region?: string;
  readonly accountId?: string;
  /** Connect instance id used inside the fabricated ARNs. */
  readonly instanceId?: string;
  /** 111 only: the number that reaches 1414. */
  readonly ucc1414PhoneNumber?: string;
  /** The hotline's callback offer (config `callback`, when enabled). @default no offer */
  readonly callback?: CallbackOffer;
}

export interface LocalFlow {
  readonly arn: string;
  readonly name: string;
  readonly role: FlowRole;
  /** The flow as CDK would synthesize it, with these ARNs in place of tokens. */
  readonly document: FlowDocument;
}

/** A hotline's flows built against fabricated ARNs, with resolvers for the simulator. */
export interface LocalHotline<K extends string, R> {
  readonly hotline: HotlineId;
  readonly instanceArn: string;
  readonly resources: R;
  readonly flows: Readonly<Record<K, LocalFlow>>;
  readonly lambdaArns: Readonly<Record<string, string>>;
  readonly resolvers: CatalogResolvers;
  /** Outside numbers the flows dial, by name (`SimulationRequest.knownNumbers`): 111 knows 1414. */
  readonly knownNumbers: Readonly<Record<string, string>>;
}

export const DEFAULT_UCC_1414_NUMBER = '+77170001414';

function arns(hotline: HotlineId, options: LocalHotlineOptions) {
  const region = options.region ?? 'eu-central-1';
  const account = options.accountId ?? '000000000000';
  const instanceId =
    options.instanceId ??
    (hotline === '1414' ? '00000000-0000-4000-8000-000000001414' : '00000000-0000-4000-8000-000000000111');
  const instanceArn = `arn:aws:connect:${region}:${account}:instance/${instanceId}`;
  return {
    instanceArn,
    queue: (name: string) => `${instanceArn}/queue/${name}`,
    prompt: (name: string) => `${instanceArn}/prompt/${name}`,
    flow: (name: string) => `${instanceArn}/contact-flow/${name}`,
    lambda: (name: string) => `arn:aws:lambda:${region}:${account}:function:${name}`,
  };
}

function promptsOf(hotline: HotlineId, arnOf: (name: string) => string, holdMusic: string) {
  const recorded = recordedPrompts(hotline).map((p) => {
    const prompt: ResolvedPrompt = {
      kind: 'speech',
      key: p.key,
      texts: promptEntry(p.key).texts,
      language: p.language,
    };
    // A multilingual recording says only the hotline's own languages.
    if (p.language === 'multilingual') {
      const languages: readonly Language[] = HOTLINE_LANGUAGES[hotline];
      return {
        arn: arnOf(p.key),
        prompt: {
          ...prompt,
          texts: Object.fromEntries(languages.map((l) => [l, promptEntry(p.key).texts[l]])),
        },
      };
    }
    return { arn: arnOf(p.key), prompt };
  });
  return [...recorded, { arn: arnOf(holdMusic), prompt: { kind: 'music', key: holdMusic } as const }];
}

function assemble<K extends string, R>(
  hotline: HotlineId,
  ids: ReturnType<typeof arns>,
  definitions: { readonly [P in K]: FlowDefinition<R, K> },
  resources: R,
  queues: Readonly<Record<string, string>>,
  prompts: ReturnType<typeof promptsOf>,
  lambdaArns: Readonly<Record<string, string>>,
  knownNumbers: Readonly<Record<string, string>>,
): LocalHotline<K, R> {
  const built = buildHotlineFlows(definitions, resources, (_key, definition) => ids.flow(definition.name));
  const flows = Object.fromEntries(
    (Object.keys(built) as K[]).map((key) => {
      const definition = definitions[key];
      const flow: LocalFlow = {
        arn: built[key].arn,
        name: definition.name,
        role: definition.role,
        document: built[key].document,
      };
      return [key, flow];
    }),
  ) as Record<K, LocalFlow>;
  const resolvers = createCatalog({
    // Round-trip through JSON so the simulator reads exactly what Connect would receive.
    flows: Object.values<LocalFlow>(flows).map((f) => ({
      arn: f.arn,
      content: JSON.parse(JSON.stringify(f.document)),
    })),
    prompts,
    queues: Object.values(queues).map((name) => ({ arn: ids.queue(name), name })),
  });
  return { hotline, instanceArn: ids.instanceArn, resources, flows, lambdaArns, resolvers, knownNumbers };
}

/** 1414 with queues ucc-kk/ru/en, every recorded prompt, and Lambdas appealStatus and surveyRating. */
export function localHotline1414(
  options: LocalHotlineOptions = {},
): LocalHotline<Ucc1414FlowKey, Ucc1414Resources> {
  const ids = arns('1414', options);
  const lambdaArns = { appealStatus: ids.lambda('appealStatus'), surveyRating: ids.lambda('surveyRating') };
  const prompts = promptsOf('1414', ids.prompt, UCC_1414_HOLD_MUSIC_PROMPT_NAME);
  const resources: Ucc1414Resources = {
    queueArns: {
      kk: ids.queue(UCC_1414_QUEUE_NAMES.kk),
      ru: ids.queue(UCC_1414_QUEUE_NAMES.ru),
      en: ids.queue(UCC_1414_QUEUE_NAMES.en),
    },
    promptArns: Object.fromEntries(
      recordedPrompts('1414').map((p) => [p.key, ids.prompt(p.key)]),
    ) as Ucc1414Resources['promptArns'],
    holdMusicPromptArn: ids.prompt(UCC_1414_HOLD_MUSIC_PROMPT_NAME),
    appealStatusLambdaArn: lambdaArns.appealStatus,
    surveyRatingLambdaArn: lambdaArns.surveyRating,
    ...(options.callback === undefined ? {} : { callback: options.callback }),
  };
  return assemble(
    '1414',
    ids,
    flowDefinitions['1414'],
    resources,
    UCC_1414_QUEUE_NAMES,
    prompts,
    lambdaArns,
    {},
  );
}

/** 111 with queues family-kk/ru, every recorded prompt, and Lambdas appealStatus and urgentEscalation. */
export function localHotline111(
  options: LocalHotlineOptions = {},
): LocalHotline<Family111FlowKey, Family111Resources> {
  const ids = arns('111', options);
  const lambdaArns = {
    appealStatus: ids.lambda('appealStatus'),
    urgentEscalation: ids.lambda('urgentEscalation'),
  };
  const prompts = promptsOf('111', ids.prompt, FAMILY_111_HOLD_MUSIC_PROMPT_NAME);
  const resources: Family111Resources = {
    queueArns: { kk: ids.queue(FAMILY_111_QUEUE_NAMES.kk), ru: ids.queue(FAMILY_111_QUEUE_NAMES.ru) },
    promptArns: Object.fromEntries(
      recordedPrompts('111').map((p) => [p.key, ids.prompt(p.key)]),
    ) as Family111Resources['promptArns'],
    holdMusicPromptArn: ids.prompt(FAMILY_111_HOLD_MUSIC_PROMPT_NAME),
    appealStatusLambdaArn: lambdaArns.appealStatus,
    urgentEscalationLambdaArn: lambdaArns.urgentEscalation,
    ucc1414PhoneNumber: options.ucc1414PhoneNumber ?? DEFAULT_UCC_1414_NUMBER,
    ...(options.callback === undefined ? {} : { callback: options.callback }),
  };
  return assemble(
    '111',
    ids,
    flowDefinitions['111'],
    resources,
    FAMILY_111_QUEUE_NAMES,
    prompts,
    lambdaArns,
    resources.ucc1414PhoneNumber === undefined ? {} : { [resources.ucc1414PhoneNumber]: '1414' },
  );
}
