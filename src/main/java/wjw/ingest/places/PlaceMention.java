package wjw.ingest.places;

/**
 * One place named in a text: the name exactly as found, the province it lies in (full name, e.g. 山西省)
 * and its character span {@code [start, end)}.
 */
public record PlaceMention(String name, String province, int start, int end) {}
