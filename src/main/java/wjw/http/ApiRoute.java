package wjw.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One API endpoint; the server registers exactly these, and the OpenAPI test checks each is documented. */
public record ApiRoute(HandlerType method, String path, Handler handler) {}
