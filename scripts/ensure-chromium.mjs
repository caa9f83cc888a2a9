// Finds the Chromium the browser tests drive, or installs Debian's where it can
// (root + apt), or says in one line what to install. It never lets the browser
// tests be skipped silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONT_CHECK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

function have() {
  return existsSync(CHROMIUM) && existsSync(FONT_CHECK);
}

if (!have()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Installing Debian chromium and fonts-noto-cjk for the browser tests…');
    execSync('apt-get update -q && apt-get install -y -q chromium fonts-noto-cjk', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
}
if (!have()) {
  console.error(
    `Browser tests need Chromium at ${CHROMIUM} and CJK fonts: run "sudo apt-get install chromium fonts-noto-cjk" (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
