/**
 * npm run example:voice-chat
 *
 * Three peers on the simulated Steam talk in turn: voice$ → unreliable NetworkingMessages →
 * decompressed on every other peer. Exit code 0 when every peer heard both others, 1 otherwise.
 */
import { isRight } from 'fp-ts/Either';
import { runVoiceChat } from './run-voice-chat';

const main = async (): Promise<number> => {
  const outcome = await runVoiceChat();
  if (!isRight(outcome)) {
    console.log(`Voice chat failed: ${outcome.left}`);
    return 1;
  }
  const silent = outcome.right.pairs.filter(([, , heard]) => heard === null);
  console.log(silent.length === 0 ? 'Voice chat complete: everyone heard everyone.' : `Voice chat incomplete: ${silent.map(([listener, speaker]) => `${listener} did not hear ${speaker}`).join(', ')}`);
  return silent.length === 0 ? 0 : 1;
};

void main().then((code) => {
  process.exitCode = code;
});
