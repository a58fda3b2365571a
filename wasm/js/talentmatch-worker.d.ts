import type { TalentMatch, TalentMatchOptions } from './talentmatch.js';
export { TalentMatchError } from './talentmatch.js';

type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : Async<T[K]>;
};

/** The TalentMatch API with every method returning a Promise; runs in a module Web Worker. */
export type TalentMatchWorker = Async<TalentMatch>;

export function createTalentMatchWorker(options?: TalentMatchOptions & { workerUrl?: string | URL }): Promise<TalentMatchWorker>;
