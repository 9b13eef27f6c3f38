/**
 * Schema step 16: a name the group gives one of its own categories after adding it. Entries carry
 * the category's stored name inside their content hash, so that name can never change; `shown_as` is
 * the name the category is shown by, NULL while it is shown as stored. Each rename is a
 * `category-renamed` fact, and verify folds them to check this column (categoryNames.ts).
 */
export const step16CategoryNames = `
  ALTER TABLE categories ADD COLUMN shown_as TEXT;
`;
