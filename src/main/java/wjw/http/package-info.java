/**
 * The REST API and the search page over a {@code SearchService}: Javalin 7 routes with thin handlers, one
 * error mapper, request bounds, security headers and the OpenAPI document. Only the command line builds it.
 */
package wjw.http;
