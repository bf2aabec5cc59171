/**
 * The speaker-header grammar and the headers of a page: a header's decoration, its roles (organisation and titles),
 * the speaker's name, in the layouts papers print (one line, over two or three lines, several side by side), and what
 * only looks like a header (a sentence wrapped after a title, a list of people).
 */
package wjw.ingest.headers;
