package dev.apppay.order.service;

import dev.apppay.events.OrderCreated;
import dev.apppay.events.outbox.Outbox;
import dev.apppay.order.Order;
import dev.apppay.order.OrderItem;
import dev.apppay.order.OrderStatus;
import dev.apppay.order.Product;
import dev.apppay.order.config.OrderConfig;
import dev.apppay.order.repository.OrderRepository;
import dev.apppay.order.repository.ProductRepository;
import dev.apppay.order.repository.UniqueViolations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a new order with its {@code OrderCreated} event in one transaction, or finds the order an
 * earlier request with the same {@code Idempotency-Key} created.
 *
 * <p>Two concurrent requests with one key both miss the lookup; the loser's insert fails on the
 * unique key and its retry finds the winner's order. The same retry draws a new {@code
 * out_trade_no} after the rare collision of two random numbers.
 */
@ApplicationScoped
public class OrderPlacement {

  /** The currency of every order; WeChat Pay APP payments in mainland China charge CNY. */
  public static final String CURRENCY = "CNY";

  private static final int MAX_ATTEMPTS = 3;

  private final OrderRepository orders;
  private final ProductRepository products;
  private final Pricing pricing;
  private final OrderTransitions transitions;
  private final Outbox outbox;
  private final OrderConfig config;

  public OrderPlacement(
      OrderRepository orders,
      ProductRepository products,
      Pricing pricing,
      OrderTransitions transitions,
      Outbox outbox,
      OrderConfig config) {
    this.orders = orders;
    this.products = products;
    this.pricing = pricing;
    this.transitions = transitions;
    this.outbox = outbox;
    this.config = config;
  }

  /** The stored order and whether this request created it. */
  public record Placement(Order order, boolean created) {}

  /**
   * Returns the order of the request's key, creating it first if the key is new.
   *
   * @throws IdempotencyKeyReusedException when the key belongs to a request with other items
   * @throws InvalidRequestException when a SKU is unknown or the amount is out of range
   */
  public Uni<Placement> placeOrFind(NewOrder request) {
    return Panache.withTransaction(() -> findOrInsert(request))
        .onFailure(UniqueViolations::isUniqueViolation)
        .retry()
        .atMost(MAX_ATTEMPTS - 1);
  }

  private Uni<Placement> findOrInsert(NewOrder request) {
    return orders
        .findByIdempotencyKey(request.userId(), request.idempotencyKey())
        .chain(existing -> existing == null ? insert(request) : replay(existing, request));
  }

  private static Uni<Placement> replay(Order existing, NewOrder request) {
    if (!existing.requestHash.equals(request.fingerprint())) {
      return Uni.createFrom().failure(new IdempotencyKeyReusedException());
    }
    Log.infof("Order %s (%s) found for a repeated request", existing.id, existing.outTradeNo);
    return Uni.createFrom().item(new Placement(existing, false));
  }

  private Uni<Placement> insert(NewOrder request) {
    List<String> skus = request.lines().stream().map(OrderLine::sku).toList();
    return products
        .findBySkus(skus)
        .map(found -> pricing.price(request.lines(), bySku(found)))
        .chain(items -> persist(newOrder(request, items)))
        .map(order -> new Placement(order, true));
  }

  private Uni<Order> persist(Order order) {
    return orders
        .persist(order)
        .chain(() -> transitions.recordCreated(order))
        .chain(() -> outbox.add(order.outTradeNo, orderCreated(order)))
        .chain(() -> orders.flush())
        .invoke(() -> Log.infof("Order %s (%s) created", order.id, order.outTradeNo))
        .replaceWith(order);
  }

  private Order newOrder(NewOrder request, List<OrderItem> items) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Order order = new Order();
    order.id = UUID.randomUUID();
    order.userId = request.userId();
    order.idempotencyKey = request.idempotencyKey();
    order.requestHash = request.fingerprint();
    order.outTradeNo = OutTradeNumbers.next(now);
    order.status = OrderStatus.CREATED;
    order.amountFen = Pricing.amountFen(items);
    order.currency = CURRENCY;
    order.description = PaymentDescriptions.of(config.shopName(), items);
    order.clientIp = request.clientIp();
    order.items = items;
    order.createdAt = now;
    order.expiresAt = now.plus(config.expiry()).truncatedTo(ChronoUnit.SECONDS);
    return order;
  }

  private static OrderCreated orderCreated(Order order) {
    return new OrderCreated(
        order.id.toString(),
        order.userId,
        order.amountFen,
        order.currency,
        order.description,
        order.expiresAt);
  }

  private static Map<String, Product> bySku(List<Product> products) {
    return products.stream().collect(Collectors.toMap(p -> p.sku, Function.identity()));
  }
}
