/**
 * Search by meaning, the model side: turns paragraph and query text into normalised 512-dimension
 * vectors with BAAI bge-small-zh-v1.5 (quantized, run in-process by ONNX Runtime, weights inside the
 * jar), keeps passage vectors in an on-disk cache keyed by a hash of the model and the text so an
 * unchanged paragraph is embedded once, and fuses ranked lists (reciprocal-rank fusion).
 *
 * <p>It owns no index and no HTTP: it sees neither Lucene nor Javalin. The reindexer asks
 * {@link wjw.semantic.EmbeddingCache#vectorsFor} for the vectors of a batch of paragraphs; the search
 * side asks {@link wjw.semantic.Embedder#embedQuery} for a query's vector.
 */
package wjw.semantic;
