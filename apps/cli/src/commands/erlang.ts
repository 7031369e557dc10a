import type { Command } from 'commander';

export function registerErlangCommands(program: Command): void {
  program.command('erlang').description('Erlang C and Erlang A staffing calculations');
}
