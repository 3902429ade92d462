// The Node versions Coachbook's tooling declares (package "engines" fields, checked at each
// upgrade): the build, tests and `npm run preview` run on Node 20.19+, while Electron 45 and the
// tools that download and package it (electron, @electron/get, @electron/rebuild, node-abi)
// declare Node 22.12+. A warning, never a refusal: the binary download works on 20 where the
// network allows, and the lead is told what to install if it does not.

const parse = (version) => version.replace(/^v/, '').split('.').map(Number);

/** True when `version` (such as "v20.19.1") is at least `minimum` (such as "22.12.0"). */
export function atLeast(version, minimum) {
  const have = parse(version);
  const want = parse(minimum);
  for (let i = 0; i < 3; i += 1) {
    if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  }
  return true;
}

/** One paragraph on stderr when this Node is older than `minimum`; `what` names the tool. */
export function warnIfOlder(minimum, what, version = process.version) {
  if (atLeast(version, minimum)) return false;
  console.warn(
    `Note: ${what} declares Node.js ${minimum} or newer, and this is Node.js ${version}. ` +
      `Coachbook carries on; if something below fails, install Node.js 22 LTS (nodejs.org, or ` +
      `\`nvm install 22\`) and run the command again.\n`,
  );
  return true;
}
