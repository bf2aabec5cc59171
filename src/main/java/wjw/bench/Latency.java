package wjw.bench;

import org.HdrHistogram.Histogram;

/** Latency percentiles (milliseconds), throughput and error count of one measurement. */
public record Latency(long requests, long errors, double p50Ms, double p95Ms, double p99Ms, double maxMs,
    double perSecond) {

  /** Longest latency a histogram holds: 60 s in microseconds. */
  static final long MAX_MICROS = 60_000_000L;

  /** Histograms record microseconds: fine enough for sub-millisecond in-process searches. */
  static Histogram newHistogram() {
    // up to 60 s, 3 significant digits
    return new Histogram(MAX_MICROS, 3);
  }

  static Latency of(Histogram micros, long errors, double seconds) {
    long n = micros.getTotalCount();
    return new Latency(n, errors,
        ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(95)),
        ms(micros.getValueAtPercentile(99)), ms(micros.getMaxValue()),
        seconds > 0 ? n / seconds : 0);
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
