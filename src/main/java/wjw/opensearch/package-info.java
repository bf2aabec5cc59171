/**
 * The OpenSearch backend's own parts: where the cluster is and how to log in
 * ({@link wjw.opensearch.ConnectionSettings}), the official client built over Apache HttpClient 5
 * ({@link wjw.opensearch.ClusterConnection}), the checks that refuse a cluster which cannot serve
 * ({@link wjw.opensearch.ClusterCheck}), and the statement index's settings and mapping, whose
 * analysers mirror {@link wjw.index.IndexAnalyzers} field for field ({@link wjw.opensearch.StatementIndex}).
 * The command-line options naming a cluster ({@link wjw.opensearch.ClusterOptions}) are declared here once, for
 * the commands of {@code cli} and for {@code bench}, which may not depend on each other.
 *
 * <p>Only this package sees OpenSearch client types, as only {@code index} and {@code search} see Lucene's.
 * It reuses the schema ({@link wjw.index.Fields}) and the embedded analyzers as the single
 * definition of what each field is; the tests prove the cluster analyses every field the same way.
 */
package wjw.opensearch;
