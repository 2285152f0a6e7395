// Base64 for the tagger's binary tables in JSON (model weights and keys, the town table), without Node's Buffer.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTETS = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SEXTETS[BASE64.charCodeAt(i)] = i;

export function base64ToBytes(base64: string): Uint8Array {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((base64.length / 4) * 3 - padding);
  for (let i = 0, j = 0; i < base64.length; i += 4) {
    const n = (SEXTETS[base64.charCodeAt(i)] << 18) | (SEXTETS[base64.charCodeAt(i + 1)] << 12) | (SEXTETS[base64.charCodeAt(i + 2)] << 6) | SEXTETS[base64.charCodeAt(i + 3)];
    bytes[j++] = n >> 16;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 0xff;
    if (j < bytes.length) bytes[j++] = n & 0xff;
  }
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
