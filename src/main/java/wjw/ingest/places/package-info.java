/**
 * Place knowledge from shipped tables: China's provincial-level divisions ({@code provinces.tsv}), its
 * prefecture-level cities ({@code cities.tsv}) and the provinces' literary names ({@code province-aliases.tsv}), and
 * the place names a text holds, each with the province it lies in.
 */
package wjw.ingest.places;
