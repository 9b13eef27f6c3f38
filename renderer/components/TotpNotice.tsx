/** The plain truth about TOTP, said wherever it can be turned on or off. */
export function TotpNotice() {
  return <p className="notice">TOTP gates the app on this laptop. It is not encryption: your passphrase is what protects the data.</p>;
}
