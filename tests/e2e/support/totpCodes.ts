import { generate } from 'otplib';

/**
 * The code an authenticator would show `stepsAhead` 30-second steps from now. The core accepts ±1 step
 * and never the same step twice, so a second code in one test uses the next step instead of waiting.
 */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}
