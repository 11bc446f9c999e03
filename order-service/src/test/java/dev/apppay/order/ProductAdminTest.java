package dev.apppay.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.order.support.AdminApi;
import dev.apppay.order.support.OrderApi;
import dev.apppay.order.support.PeersResource;
import dev.apppay.order.support.TokenKeyResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs =
        @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = ServiceTest.DATABASE))
@WithTestResource(TokenKeyResource.class)
@WithTestResource(PeersResource.class)
class ProductAdminTest extends ServiceTest {

  @Test
  void seededCatalogIsListed() {
    Response response = AdminApi.list();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getList("sku"))
        .contains("COFFEE-BEANS-1KG", "MUG-CERAMIC", "TEA-GREEN-250G");
  }

  @Test
  void seededProductHasPrice() {
    Response response = AdminApi.get("TEA-GREEN-250G");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("name")).isEqualTo("Green tea 250 g");
    assertThat(response.jsonPath().getLong("priceFen")).isEqualTo(1200);
    assertThat(response.jsonPath().getBoolean("active")).isTrue();
  }

  @Test
  void putCreatesThenUpdatesProduct() {
    Response created = AdminApi.put("TEAPOT-1", "{\"name\":\"Teapot\",\"priceFen\":8800}");
    Response updated =
        AdminApi.put("TEAPOT-1", "{\"name\":\"Glass teapot\",\"priceFen\":9900,\"active\":true}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/admin/products/TEAPOT-1");
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(AdminApi.get("TEAPOT-1").jsonPath().getString("name")).isEqualTo("Glass teapot");
    assertThat(AdminApi.get("TEAPOT-1").jsonPath().getLong("priceFen")).isEqualTo(9900);
  }

  @Test
  void priceChangeAppliesToNewOrdersOnly() {
    AdminApi.put("CUP-PRICE-1", "{\"name\":\"Cup\",\"priceFen\":1000}");
    OrderApi api = OrderApi.newUser();
    String body = "{\"items\":[{\"sku\":\"CUP-PRICE-1\",\"quantity\":3}]}";
    String before = api.create(OrderApi.newKey(), body).jsonPath().getString("id");

    AdminApi.put("CUP-PRICE-1", "{\"name\":\"Cup\",\"priceFen\":1500}");
    Response after = api.create(OrderApi.newKey(), body);

    assertThat(after.jsonPath().getLong("amountFen")).isEqualTo(4500);
    assertThat(api.get(before).jsonPath().getLong("amountFen")).isEqualTo(3000);
  }

  @Test
  void unknownProductIsNotFound() {
    Response response = AdminApi.get("NO-SUCH-PRODUCT");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("Product NO-SUCH-PRODUCT not found");
  }

  @Test
  void invalidPriceIsRejected() {
    Response response = AdminApi.put("CUP-BAD-1", "{\"name\":\"Cup\",\"priceFen\":0}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("priceFen");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("priceFen must be between 1 and 5000000, got 0");
    assertThat(AdminApi.get("CUP-BAD-1").statusCode()).isEqualTo(404);
  }

  @Test
  void emojiInNameIsRejected() {
    Response response =
        AdminApi.put("CUP-BAD-2", "{\"name\":\"Cup \\uD83D\\uDE00\",\"priceFen\":100}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("name");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo(
            "name must not contain control characters or 4-byte UTF-8 characters such as emoji");
  }

  @Test
  void invalidSkuIsRejected() {
    Response response = AdminApi.put("lower-case", "{\"name\":\"Cup\",\"priceFen\":100}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("field")).isEqualTo("sku");
    assertThat(response.jsonPath().getString("detail"))
        .isEqualTo("sku must be 1 to 64 characters of A-Z, 0-9, _ and -");
  }
}
