/**
 * Measurement: the scale-corpus generator ({@code generate}), the {@code bench} of indexing, search and the
 * server against its targets, and the soak. Test-like code shipped in the jar so anyone can rerun the
 * figures of record.
 */
package wjw.bench;
