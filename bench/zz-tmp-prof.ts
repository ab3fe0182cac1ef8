import autocannon from 'autocannon';
const port = Number(process.argv[2]);
const body = JSON.stringify({ question: 'what helps a sore throat' });
const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 10, duration: 4, requests: [{ method: 'POST', path: '/v1/ask', headers: { 'content-type': 'application/json' }, body }] });
console.log(r.requests.average, r.latency.p99, r.non2xx);
