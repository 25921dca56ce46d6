// Reads integers (one per line) from the file given as the first argument and prints
// their spelling by @develoka/angka-terbilang-js, one per line, in the same order.
const fs = require('fs');
const terbilang = require('@develoka/angka-terbilang-js');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.trim() !== '');
process.stdout.write(lines.map(l => terbilang(l.trim())).join('\n') + '\n');
