package wjw.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.NanoTime;

/**
 * HTTP/1.1 connections whose request line and headers must arrive within a deadline, counted from
 * the request's first byte. The idle timeout alone never fires for a client that keeps sending a
 * header line every half second; with this it gets a 408 and loses the connection once the
 * deadline has passed. Jetty 12 has no such setting (its minimum data rate covers bodies only), so
 * the connection's parser checks the time whenever bytes of an unfinished request head arrive.
 */
final class HeaderDeadline extends HttpConnectionFactory {
  static final int STATUS = 408;
  private final long limitNanos;
  private final String reason;

  HeaderDeadline(HttpConfiguration config, Duration limit) {
    super(config);
    this.limitNanos = limit.toNanos();
    this.reason = "request line and headers not complete within " + ErrorMapper.seconds(limit) + " s";
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection = new TimedHttpConnection(getHttpConfiguration(), connector, endPoint);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }

  /** Jetty's connection with a {@link TimedParser}; the parser is built while the super constructor runs. */
  private final class TimedHttpConnection extends HttpConnection {
    // Assigned by newRequestHandler(), which the super constructor calls before newHttpParser();
    // no initializer, or it would be reset once the super constructor returns.
    private RequestHandler handler;

    TimedHttpConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected RequestHandler newRequestHandler() {
      handler = super.newRequestHandler();
      return handler;
    }

    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
      HttpParser parser = new TimedParser(handler, getHttpConfiguration().getRequestHeaderSize(), compliance);
      parser.setHeaderCacheSize(getHttpConfiguration().getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(getHttpConfiguration().isHeaderCacheCaseSensitive());
      return parser;
    }
  }

  /** Refuses a request head still unfinished {@link #limitNanos} after its first byte. */
  private final class TimedParser extends HttpParser {
    TimedParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
      super(handler, maxHeaderBytes, compliance);
    }

    @Override
    public boolean parseNext(ByteBuffer buffer) {
      boolean inHead = getState().ordinal() > State.START.ordinal() && getState().ordinal() <= State.HEADER.ordinal();
      if (inHead && NanoTime.since(getBeginNanoTime()) > limitNanos) {
        BufferUtil.clear(buffer);
        badMessage(new HttpException.RuntimeException(STATUS, reason));
        return false;
      }
      return super.parseNext(buffer);
    }
  }
}
