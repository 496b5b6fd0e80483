import type { HotlineId } from '../../../contracts/hotlines';
import type { PracticeScenario } from '../domain/scenario';
import { SCENARIOS_111 } from './scenarios-111';
import { SCENARIOS_1414 } from './scenarios-1414';

export const PRACTICE_SCENARIOS: readonly PracticeScenario[] = [...SCENARIOS_1414, ...SCENARIOS_111];

export function scenariosOf(hotline: HotlineId): PracticeScenario[] {
  return PRACTICE_SCENARIOS.filter((scenario) => scenario.hotline === hotline);
}

export function scenarioById(id: string): PracticeScenario | undefined {
  return PRACTICE_SCENARIOS.find((scenario) => scenario.id === id);
}
