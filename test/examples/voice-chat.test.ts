/**
 * The voice chat example: runVoiceChat on virtual time (each peer hears both others, the right
 * tone, most frames despite the lossy link, the same way on every run), and
 * `npm run example:voice-chat` itself.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isRight } from 'fp-ts/Either';
import { TestScheduler } from 'rxjs/testing';
import { runVoiceChat, type VoiceChatResult } from '../../examples/voice-chat/run-voice-chat';

const root = path.join(__dirname, '..', '..');

const onVirtualTime = async (): Promise<{ result: VoiceChatResult; lines: string[] }> => {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  scheduler.maxFrames = Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  const running = runVoiceChat({ scheduler, log: (line) => lines.push(line) });
  scheduler.flush();
  const outcome = await running;
  if (!isRight(outcome)) throw new Error(outcome.left);
  return { result: outcome.right, lines };
};

describe('the voice chat example', () => {
  it('has every peer hear both others, each at its own tone, through a lossy network', async () => {
    const { result, lines } = await onVirtualTime();
    const tones: Record<string, number> = { alice: 220, bob: 440, carol: 660 };
    expect(result.pairs).toHaveLength(6);
    for (const [listener, speaker, heard] of result.pairs) {
      expect({ listener, speaker, heard: heard !== null }).toEqual({ listener, speaker, heard: true });
      if (heard === null) continue;
      // 600 ms of push-to-talk and the microphone's tail, less what the link lost.
      expect(heard.seconds).toBeGreaterThan(0.6);
      expect(Math.abs(heard.frequencyHz - (tones[speaker] ?? 0))).toBeLessThan(10);
      expect(heard.frames).toBeLessThanOrEqual(result.tally.sent.get(speaker) ?? 0);
    }
    expect(result.tally.problems).toEqual([]);
    expect(lines.filter((line) => line.includes('heard nothing'))).toEqual([]);
  });

  it('is the same on every run (the loss and jitter come from the seed)', async () => {
    const first = await onVirtualTime();
    const second = await onVirtualTime();
    expect(second.lines).toEqual(first.lines);
  });

  it('npm run example:voice-chat prints who heard whom and exits 0', () => {
    const child = spawnSync('npm', ['run', '--silent', 'example:voice-chat'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
    expect({ status: child.status, stderr: child.stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({ status: 0, stderr: '' });
    const lines = child.stdout.trim().split('\n');
    expect(lines.filter((line) => / heard (alice|bob|carol): \d+ of \d+ frames/.test(line))).toHaveLength(6);
    expect(lines.at(-1)).toBe('Voice chat complete: everyone heard everyone.');
  }, 120_000);
});
