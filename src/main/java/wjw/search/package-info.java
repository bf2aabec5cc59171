/**
 * Stage 4, search without HTTP: {@code SearchService} over the live index generation — query parsing with
 * wjw-search's literal meaning, exact totals and facets, highlighting, statement/article/official views.
 * Knows no Javalin.
 */
package wjw.search;
