package wjw.ingest.model;

/**
 * One speaker named in a statement header — a commission head, a deputy, a hospital head, a ministry official — with
 * the title as printed (党组书记、主任; 全国人大代表、浙江省人民医院院长).
 */
public record Official(String name, String title) {}
