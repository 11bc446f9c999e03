package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.events.EventCodec;
import dev.apppay.events.EventEnvelope;
import dev.apppay.events.OrderCreated;
import dev.apppay.events.Topics;
import dev.apppay.order.support.Concurrently;
import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeerServices;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.KafkaTestConsumer;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OrderCreationTest extends ServiceTest {

  private static final String COFFEE_AND_MUG =
      "{\"items\":[{\"sku\":\"COFFEE-BEANS-1KG\",\"quantity\":2},"
          + "{\"sku\":\"MUG-CERAMIC\",\"quantity\":1}]}";

  @Test
  void createPricesOrderFromCatalog() {
    Response response = OrderApi.newUser().create(OrderApi.newKey(), COFFEE_AND_MUG);

    assertThat(response.statusCode()).isEqualTo(201);
    JsonPath order = response.jsonPath();
    assertThat(order.getLong("amountFen")).isEqualTo(2 * 1999 + 2500);
    assertThat(order.getString("currency")).isEqualTo("CNY");
    assertThat(order.getString("status")).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.getString("outTradeNo")).matches("AP[0-9]{22}");
    assertThat(order.getList("items.sku")).containsExactly("COFFEE-BEANS-1KG", "MUG-CERAMIC");
    assertThat(order.getList("items.unitPriceFen", Long.class)).containsExactly(1999L, 2500L);
    assertThat(order.getList("items.amountFen", Long.class)).containsExactly(3998L, 2500L);
    assertThat(order.getString("description"))
        .isEqualTo("apppay shop - Coffee beans 1 kg x2, Ceramic mug x1");
    assertThat(response.header("Location")).endsWith("/api/orders/" + order.getString("id"));
  }

  @Test
  void createExpiresAfterFifteenMinutes() {
    JsonPath order = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2).jsonPath();

    Instant createdAt = Instant.parse(order.getString("createdAt"));
    Instant expiresAt = Instant.parse(order.getString("expiresAt"));
    assertThat(Duration.between(createdAt, expiresAt))
        .isBetween(Duration.ofMinutes(15).minusSeconds(1), Duration.ofMinutes(15));
    assertThat(expiresAt.getNano()).isZero();
  }

  @Test
  void createReturnsSignedAppParams() {
    JsonPath order = OrderApi.newUser().create(OrderApi.newKey(), OrderApi.COFFEE_X2).jsonPath();

    assertThat(order.getString("appParams.appid")).isEqualTo(PeerServices.APP_ID);
    assertThat(order.getString("appParams.partnerid")).isEqualTo(PeerServices.MCH_ID);
    assertThat(order.getString("appParams.package")).isEqualTo("Sign=WXPay");
    assertThat(order.getString("appParams.prepayid")).startsWith("wx");
    assertThat(order.getString("appParams.sign")).matches("[0-9A-F]{64}");
  }

  @Test
  void createSendsPrepayRequestPerContract() {
    JsonPath order = OrderApi.newUser().create(OrderApi.newKey(), COFFEE_AND_MUG).jsonPath();

    List<JsonObject> requests = peers().prepayRequests(order.getString("outTradeNo"));
    assertThat(requests).hasSize(1);
    JsonObject request = requests.get(0);
    assertThat(request.getLong("amountFen")).isEqualTo(6498L);
    assertThat(request.getString("currency")).isEqualTo("CNY");
    assertThat(request.getString("clientIp")).isEqualTo("127.0.0.1");
    assertThat(request.getString("description")).isEqualTo(order.getString("description"));
    assertThat(Instant.parse(request.getString("expiresAt")))
        .isEqualTo(Instant.parse(order.getString("expiresAt")));
  }

  @Test
  void createPublishesOrderCreated() {
    String userId = "user-created-event";
    JsonPath order = new OrderApi(userId).create(OrderApi.newKey(), COFFEE_AND_MUG).jsonPath();
    String outTradeNo = order.getString("outTradeNo");

    try (var consumer = new KafkaTestConsumer(bootstrapServers, Topics.ORDER_EVENTS)) {
      var records = consumer.awaitRecords(outTradeNo, 1, value -> true, Duration.ofSeconds(30));

      assertThat(records).hasSize(1);
      EventEnvelope envelope = EventCodec.decode(records.get(0).value());
      OrderCreated created = (OrderCreated) envelope.payload();
      assertThat(created.orderId()).isEqualTo(order.getString("id"));
      assertThat(created.userId()).isEqualTo(userId);
      assertThat(created.amountFen()).isEqualTo(6498);
      assertThat(created.currency()).isEqualTo("CNY");
      assertThat(created.expiresAt()).isEqualTo(Instant.parse(order.getString("expiresAt")));
    }
  }

  @Test
  void retryWithSameKeyReturnsSameOrder() {
    OrderApi api = OrderApi.newUser();
    String key = OrderApi.newKey();
    Response first = api.create(key, COFFEE_AND_MUG);

    Response retry = api.create(key, COFFEE_AND_MUG);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    String outTradeNo = first.jsonPath().getString("outTradeNo");
    assertThat(peers().prepayRequests(outTradeNo)).hasSize(1);
  }

  @Test
  void sameKeyWithOtherItemsIsRejected() {
    String userId = "user-" + System.nanoTime();
    OrderApi api = new OrderApi(userId);
    String key = OrderApi.newKey();
    api.create(key, COFFEE_AND_MUG);

    Response reuse = api.create(key, OrderApi.COFFEE_X2);

    assertThat(reuse.statusCode()).isEqualTo(422);
    assertThat(reuse.contentType()).isEqualTo("application/problem+json");
    assertThat(reuse.jsonPath().getString("type")).isEqualTo("/problems/idempotency-key-reused");
    assertThat(reuse.jsonPath().getString("field")).isEqualTo("Idempotency-Key");
    assertThat(reuse.jsonPath().getString("detail"))
        .isEqualTo(
            "Idempotency-Key was already used for a request with other items;"
                + " send a new key for a new order");
    assertThat(database.countOrders(userId)).isEqualTo(1);
  }

  @Test
  void sameKeyOfOtherUsersIsIndependent() {
    String key = OrderApi.newKey();

    Response first = OrderApi.newUser().create(key, OrderApi.COFFEE_X2);
    Response second = OrderApi.newUser().create(key, OrderApi.COFFEE_X2);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.jsonPath().getString("id")).isNotEqualTo(first.jsonPath().getString("id"));
  }

  @Test
  void concurrentRetriesCreateOneOrder() throws Exception {
    String userId = "user-" + System.nanoTime();
    OrderApi api = new OrderApi(userId);
    String key = OrderApi.newKey();

    List<Integer> statuses =
        Concurrently.run(5, () -> api.create(key, OrderApi.COFFEE_X2).statusCode());

    assertThat(statuses).containsOnly(200, 201);
    assertThat(statuses).containsOnlyOnce(201);
    assertThat(database.countOrders(userId)).isEqualTo(1);
  }
}
