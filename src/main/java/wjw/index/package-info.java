/**
 * Stage 3, the index: the schema ({@code Fields}), one Lucene document per statement, index generations
 * switched atomically, the cross-process reindex lock, the catalog of articles and officials, and the
 * reindex pipeline that reads a seeds folder into a new generation.
 */
package wjw.index;
