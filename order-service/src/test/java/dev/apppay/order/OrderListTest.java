package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class OrderListTest extends ServiceTest {

  private OrderApi api;
  private List<String> newestFirst;

  @BeforeEach
  void createThreeOrders() {
    api = OrderApi.newUser();
    String first = api.createAwaitingPayment();
    String second = api.createAwaitingPayment();
    String third = api.createAwaitingPayment();
    newestFirst = List.of(third, second, first);
    OrderApi.newUser().createAwaitingPayment();
  }

  @Test
  void firstPageHasNewestOrders() {
    JsonPath page = api.list(0, 2).jsonPath();

    assertThat(page.getList("orders.id")).containsExactly(newestFirst.get(0), newestFirst.get(1));
    assertThat(page.getInt("page")).isZero();
    assertThat(page.getInt("size")).isEqualTo(2);
    assertThat(page.getLong("totalOrders")).isEqualTo(3);
    assertThat(page.getLong("totalPages")).isEqualTo(2);
  }

  @Test
  void lastPageHasOldestOrder() {
    JsonPath page = api.list(1, 2).jsonPath();

    assertThat(page.getList("orders.id")).containsExactly(newestFirst.get(2));
  }

  @Test
  void defaultPageHoldsAllOwnOrders() {
    JsonPath page = api.list(null, null).jsonPath();

    assertThat(page.getList("orders.id")).containsExactlyElementsOf(newestFirst);
    assertThat(page.getInt("size")).isEqualTo(20);
  }

  @Test
  void pageBeyondEndIsEmpty() {
    JsonPath page = api.list(5, 2).jsonPath();

    assertThat(page.getList("orders")).isEmpty();
    assertThat(page.getLong("totalOrders")).isEqualTo(3);
  }

  @Test
  void oversizedPageIsRejected() {
    Response response = api.list(0, 101);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("size");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("size must be an integer between 1 and 100, got 101");
  }

  @Test
  void negativePageIsRejected() {
    Response response = api.list(-1, 2);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("page");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("page must be an integer between 0 and 21474836, got -1");
  }
}
