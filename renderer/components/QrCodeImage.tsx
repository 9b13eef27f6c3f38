import { toString as renderQrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

interface QrCodeImageProps {
  /** What the code holds: an otpauth:// URI, or a handover key in capitals (QR's compact alphanumeric mode). */
  text: string;
  label: string;
  /** A long text (a post-quantum key is nearly 2,000 characters) makes a dense code: drawn larger so a phone can read it. */
  large?: boolean;
}

/** Text as a QR code for a phone to scan (a data: image, which the CSP allows). */
export function QrCodeImage({ text, label, large = false }: QrCodeImageProps) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    renderQrSvg(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        // The text beside it still works; an absent picture is better than a broken one.
        if (current) setSource(null);
      });
    return () => {
      current = false;
    };
  }, [text]);
  const className = large ? 'qr-code qr-code-large' : 'qr-code';
  const size = large ? 360 : 200;
  if (source === null) return <div className={`${className} qr-code-empty`} />;
  return <img className={className} src={source} alt={label} width={size} height={size} />;
}
