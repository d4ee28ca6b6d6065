/**
 * The order vitest runs the files in, with two workers on two cores: the soaks first. They take about
 * six minutes, mostly waiting on timers and child processes, so one worker holds each of them
 * while the other runs the rest of the suite; started last, they would run after everything else.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isSoak = (spec: TestSpecification): boolean => spec.moduleId.includes('/test/soak/');

export default class SoakFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isSoak), ...sorted.filter((f) => !isSoak(f))];
  }
}
