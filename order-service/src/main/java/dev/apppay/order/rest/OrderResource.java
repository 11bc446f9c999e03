package dev.apppay.order.rest;

import dev.apppay.order.Order;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.service.NewOrder;
import dev.apppay.order.service.OrderCancellation;
import dev.apppay.order.service.OrderPlacement.Placement;
import dev.apppay.order.service.OrderQueries;
import dev.apppay.order.service.OrderService;
import dev.apppay.order.service.OrderView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The app's order API. The caller is the subject of the bearer token, and reads and changes only
 * their own orders.
 */
@Path("/api/orders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;

  private final OrderService orders;
  private final OrderQueries queries;
  private final OrderCancellation cancellation;
  private final JsonWebToken token;

  public OrderResource(
      OrderService orders,
      OrderQueries queries,
      OrderCancellation cancellation,
      JsonWebToken token) {
    this.orders = orders;
    this.queries = queries;
    this.cancellation = cancellation;
    this.token = token;
  }

  /**
   * Creates an order priced from the catalog and gets its prepay: 201 for a new order, 200 with the
   * same order for a repeated request with the same {@code Idempotency-Key} and items.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> create(
      @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
      @Context HttpServerRequest http,
      String body) {
    String key = IdempotencyKeys.require(idempotencyKey);
    NewOrder request = new NewOrder(userId(), key, OrderRequestReader.read(body), clientIp(http));
    return orders.place(request).map(OrderResource::placed);
  }

  /** Returns the order; with {@code refresh=true} query-service checks WeChat Pay first. */
  @GET
  @Path("/{id}")
  public Uni<OrderResponse> get(@PathParam("id") String id, @QueryParam("refresh") String refresh) {
    UUID orderId = QueryParams.orderId(id);
    if (QueryParams.flag(refresh, "refresh")) {
      return queries.findRefreshed(orderId, userId()).map(OrderResponse::of);
    }
    return queries.findOwned(orderId, userId()).map(OrderResponse::of);
  }

  /** Returns a page of the caller's orders, newest first. */
  @GET
  public Uni<OrderPageResponse> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    int pageIndex = QueryParams.integer(page, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    int pageSize = QueryParams.integer(size, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    return queries.listPage(userId(), pageIndex, pageSize).map(OrderPageResponse::of);
  }

  /**
   * Cancels an open order: 202 while the close at WeChat Pay is pending, 200 when the order closed
   * at once because it had no prepay.
   */
  @POST
  @Path("/{id}/cancel")
  public Uni<Response> cancel(@PathParam("id") String id) {
    UUID orderId = QueryParams.orderId(id);
    return cancellation.cancel(orderId, userId()).map(OrderResource::cancelled);
  }

  private String userId() {
    return token.getSubject();
  }

  private static String clientIp(HttpServerRequest http) {
    return http.remoteAddress().hostAddress();
  }

  private static Response placed(Placement placement) {
    Order order = placement.order();
    return Response.status(placement.created() ? 201 : 200)
        .location(URI.create("/api/orders/" + order.id))
        .entity(OrderResponse.of(OrderView.of(order)))
        .build();
  }

  private static Response cancelled(Order order) {
    int status = order.status == OrderStatus.CLOSED ? 200 : 202;
    return Response.status(status).entity(OrderResponse.of(order)).build();
  }
}
