// DuckDB peer for run_benchmarks.sh, through the @duckdb/node-api package (a prebuilt DuckDB engine).
//   node duckdb_bench.mjs import  DB.duckdb FILE.csv       read_csv into a table `lines` of a new database file
//   node duckdb_bench.mjs refresh DB.duckdb COLD.sql WARM.sql
// refresh opens the database, runs the statements of COLD.sql (the default query) and then WARM.sql (the filter
// change) on the same connection, and prints each statement's first result row as JSON and one line
// `timing cold_ms warm_ms cold_cpu_ms warm_cpu_ms` measured inside the process (CPU: all threads).
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync, rmSync } from 'node:fs';

const [mode, dbPath, a, b] = process.argv.slice(2);

function statements(path) {
    return readFileSync(path, 'utf8')
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
        .filter((s) => s.length > 0);
}

async function runAll(connection, sqls) {
    const rows = [];
    for (const sql of sqls) {
        const reader = await connection.runAndReadAll(sql);
        rows.push(reader.getRowObjectsJson()[0]);
    }
    return rows;
}

if (mode === 'import') {
    rmSync(dbPath, { force: true });
    rmSync(dbPath + '.wal', { force: true });
    const instance = await DuckDBInstance.create(dbPath);
    const connection = await instance.connect();
    const csv = a.replace(/'/g, "''");
    await connection.run(`CREATE TABLE lines AS SELECT * FROM read_csv('${csv}', header = true)`);
    const count = await connection.runAndReadAll('SELECT count(*) AS n FROM lines');
    console.log(`rows ${count.getRowObjectsJson()[0].n}`);
    connection.closeSync();
} else if (mode === 'refresh') {
    const cpuMs = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
    };
    const started = performance.now();
    const cpuStart = cpuMs();
    const instance = await DuckDBInstance.create(dbPath);
    const connection = await instance.connect();
    const cold = await runAll(connection, statements(a));
    const coldMs = performance.now() - started;
    const coldCpu = cpuMs() - cpuStart;
    const warmStart = performance.now();
    const warmCpuStart = cpuMs();
    const warm = await runAll(connection, statements(b));
    const warmMs = performance.now() - warmStart;
    const warmCpu = cpuMs() - warmCpuStart;
    for (const row of cold) console.log('cold ' + JSON.stringify(row));
    for (const row of warm) console.log('warm ' + JSON.stringify(row));
    console.log(`timing ${coldMs.toFixed(1)} ${warmMs.toFixed(1)} ${coldCpu.toFixed(1)} ${warmCpu.toFixed(1)}`);
    connection.closeSync();
} else {
    console.error('usage: duckdb_bench.mjs import DB CSV | refresh DB COLD.sql WARM.sql');
    process.exit(2);
}
