// Preloaded (`node --import`) into a process under test: reports on stderr every attempt to reach the network
// (TCP/IPC connects, DNS lookups, UDP sends). The process's own stdio pipes are opened without connect().
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';

const report = (what) => process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
const wrap = (owner, name, describe) => {
  const original = owner[name];
  owner[name] = function (...args) {
    report(`${name} ${describe(args)}`);
    return original.apply(this, args);
  };
};
wrap(net.Socket.prototype, 'connect', (args) => JSON.stringify(args[0]));
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) wrap(dns, name, (args) => String(args[0]));
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) wrap(dns.promises, name, (args) => String(args[0]));
wrap(dgram.Socket.prototype, 'send', () => 'udp');
process.stderr.write('network guard active\n');
