// The reference client of src/site/generator-bench.sh (its `node` case): the Node `ws` library's
// closed-loop echo, N connections with one 64 B text message in flight each; prints msgs/s and
// this process's CPU per message. `npm install ws` in any folder, then NODE_PATH=that/node_modules.
// Usage: node ws-client.js ws://127.0.0.1:8080/echo [connections=100] [warmup s=2] [measured s=6]
const WebSocket = require('ws');
const [url, conns = 100, warmupS = 2, durS = 6] = process.argv.slice(2);
const payload = 'x'.repeat(64);
let count = 0, measuring = false, open = 0;
for (let i = 0; i < +conns; i++) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  ws.on('open', () => { open++; ws.send(payload); });
  ws.on('message', (d) => { if (measuring) count++; ws.send(payload); });
  ws.on('error', (e) => { console.error(e.message); process.exit(1); });
}
setTimeout(() => {
  measuring = true; const t0 = process.hrtime.bigint(); const c0 = process.cpuUsage();
  setTimeout(() => {
    const secs = Number(process.hrtime.bigint() - t0) / 1e9; const c = process.cpuUsage(c0);
    console.log(JSON.stringify({ connections: open, msgsPerSecond: count / secs, cpuMicrosPerMessage: (c.user + c.system) / count }));
    process.exit(0);
  }, durS * 1000);
}, warmupS * 1000);
