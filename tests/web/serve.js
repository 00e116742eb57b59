// Starts `verity serve` on a free port for a test and stops it (SIGTERM).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = root;

export const verityBinary = process.env.VERITY_BIN || path.join(root, 'build', 'verity');

// `args` are added to `verity serve` (e.g. ['--store', file]).
export async function startVerity(args = []) {
  const binary = verityBinary;
  // The user's own evidence store stays out of the way: the page is tested
  // as a fresh clone serves it.
  const env = { ...process.env, VERITY_STORE: '/nonexistent/verity-test.db' };
  const child = spawn(binary, ['serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const base = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`verity serve did not start: ${seen}`)), 20000);
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/serving on (http:\/\/[^\s]+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`verity serve exited with ${code}`)));
  });
  return {
    base,
    async stop() {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    },
  };
}
