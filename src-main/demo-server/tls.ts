import { X509Certificate } from 'node:crypto';

export interface CertificateAndKey {
  readonly cert: string;
  readonly key: string;
}

export interface CertificateInfo {
  readonly pem: string;
  /** SHA-256 of the DER certificate as Node prints it: upper-case hex pairs joined by ":". */
  readonly fingerprint256: string;
}

/**
 * A fresh self-signed certificate for localhost, 127.0.0.1 and ::1, valid from a day ago for a
 * year (a day of slack so a client whose clock is slightly behind still accepts it).
 */
export async function generateCertificate(now: number): Promise<CertificateAndKey> {
  // Loaded on demand: most runs of the demo server are plain HTTP and need no X.509 stack.
  const { generate } = await import('selfsigned');
  const day = 24 * 60 * 60 * 1000;
  const result = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - day),
    notAfterDate: new Date(now + 365 * day),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: result.cert, key: result.private };
}

export function describeCertificate(pem: string): CertificateInfo {
  return { pem, fingerprint256: new X509Certificate(pem).fingerprint256 };
}
