/** Another language's side of a catalogue namespace: every English key, no other, each with its words. */
export type Translation<English> = { readonly [Key in keyof English]: string };
