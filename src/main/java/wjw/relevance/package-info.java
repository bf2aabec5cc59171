/**
 * Judged relevance, Anserini-style: topics (id, query), TREC qrels with graded judgments, and the
 * measures recall@k and nDCG@k of a ranked list against them. No Lucene, no model: rankings come
 * from whoever is being measured.
 */
package wjw.relevance;
