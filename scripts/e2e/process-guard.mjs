// Runs a command in a process group of its own and ends that whole group (the command and
// everything it started) when the process that started this guard goes away: when it closes
// our standard input, is killed, or the terminal's Ctrl-C reaches us.
//   node process-guard.mjs [--remove <folder>] <command> [args...]
// With --remove, the folder (the command's temporary files) is removed once the group has ended.
// The first line written to standard output is "pid <n>": the group to kill.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const given = process.argv.slice(2);
const remove = given[0] === '--remove' ? given.splice(0, 2)[1] : undefined;
const [command, ...args] = given;
if (!command) {
    console.error('Usage: node process-guard.mjs [--remove <folder>] <command> [args...]');
    process.exit(2);
}

function exit(code) {
    if (remove) rmSync(remove, { recursive: true, force: true, maxRetries: 5 });
    process.exit(code);
}

const child = spawn(command, args, { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
process.stdout.write(`pid ${child.pid}\n`);

let ending = false;
function endGroup() {
    if (ending) return;
    ending = true;
    const signal = (name) => {
        try {
            process.kill(-child.pid, name);
        } catch {
            // The group has ended already.
        }
    };
    signal('SIGTERM');
    // Whatever is still there after five seconds is killed outright.
    setTimeout(() => {
        signal('SIGKILL');
        exit(0);
    }, 5_000).unref();
}

child.on('exit', (code, signal) => {
    // The command itself has ended; make sure nothing it started is left behind.
    try {
        process.kill(-child.pid, 'SIGKILL');
    } catch {
        // Nothing left.
    }
    exit(code ?? (signal ? 1 : 0));
});
child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    exit(1);
});

process.stdin.on('end', endGroup);
process.stdin.on('close', endGroup);
process.stdin.resume();
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, endGroup);
