import { useWords } from '../language/words.tsx';

/** The plain truth about TOTP, said wherever it can be turned on or off. */
export function TotpNotice() {
  const words = useWords();
  return <p className="notice">{words.words('components.totpNotice')}</p>;
}
