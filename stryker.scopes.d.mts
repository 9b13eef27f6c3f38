/** A mutation-testing scope: the files Stryker mutates and the test files run against their mutants. */
export interface MutationScope {
  name: string;
  mutate: string[];
  tests: string[];
}
export declare const scopes: Record<string, Omit<MutationScope, 'name'>>;
export declare function currentScope(): MutationScope;
