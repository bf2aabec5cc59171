package wjw.ingest.headers;

import wjw.ingest.model.Official;

/**
 * A speaker header as read from a page.
 *
 * @param region the commission's region as printed (null for other organisations)
 * @param organization the organisation as printed (null when the header names none)
 * @param province the commission's province (or its region as printed when that is no province), else the one
 *     province the organisation's name places it in; null otherwise
 * @param firm set apart from running text by its layout (a space or colon before the name, marks, brackets, a
 *     line of its own); a glued, unmarked header could be the end of a wrapped sentence
 */
public record Header(String region, String organization, String province, Official official, boolean firm) {
  /** Key deciding whether two header lines belong to one statement: the commission's province, else the organisation. */
  public String organizationKey() {
    if (region != null && province != null) {
      return province;
    }
    return organization != null ? "org:" + organization : "name:" + official.name();
  }
}
