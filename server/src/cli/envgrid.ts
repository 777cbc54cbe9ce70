import { runCli } from './main.ts';

// Entry point of the `envgrid` command. `serve` keeps running until a signal; the rest end here.
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exit(code);
