import type { Command } from '../command.ts';
import { init } from './init.ts';
import { passphraseChange } from './passphraseChange.ts';
import { passphraseRemoveCoTreasurer } from './passphraseRemoveCoTreasurer.ts';
import { passphraseSetCoTreasurer } from './passphraseSetCoTreasurer.ts';
import { status } from './status.ts';
import { totpDisable } from './totpDisable.ts';
import { totpEnroll } from './totpEnroll.ts';

/** Every command, in the order `--help` lists them. */
export const commands: Command[] = [init, status, passphraseChange, passphraseSetCoTreasurer, passphraseRemoveCoTreasurer, totpEnroll, totpDisable];
