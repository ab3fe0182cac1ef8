import autocannon from 'autocannon';
const url = process.argv[2]!; const path = process.argv[3]!;
const r = await autocannon({ url, connections: 10, duration: 4, requests: [{ method: 'POST', path, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'how do I soothe a sore throat' }) }] });
console.log(url, path, Math.round(r.requests.average), r.non2xx);
