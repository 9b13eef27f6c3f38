import { toString as renderQrSvg } from 'qrcode';
import { useEffect, useState } from 'react';

/** The otpauth:// URI as a QR code for an authenticator app to scan (a data: image, which the CSP allows). */
export function QrCodeImage({ uri, label }: { uri: string; label: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    renderQrSvg(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        // The manual key beside it still works; an absent picture is better than a broken one.
        if (current) setSource(null);
      });
    return () => {
      current = false;
    };
  }, [uri]);
  if (source === null) return <div className="qr-code qr-code-empty" />;
  return <img className="qr-code" src={source} alt={label} width={200} height={200} />;
}
