/**
 * Every non-blank line of a page given its role once the headers are known: headline, lead, bylines and credits,
 * photo captions, page labels, datelines, section labels, subtitle candidates and statement text; and the year the
 * page looks ahead to.
 */
package wjw.ingest.lines;
