/**
 * The command line: thin picocli commands (serve, reindex, segment, search, generate, bench) that turn
 * options into the configuration of the stages below and print their results. Nothing imports it.
 */
package wjw.cli;
