package dev.apppay.prepay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apppay.simulator.testing.WeChatPayTestResource;
import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "prepay_service"))
@WithTestResource(
    value = WeChatPayTestResource.class,
    initArgs = @ResourceArg(name = "apiVersion", value = "V3"))
class PrepayConcurrencyTest {

  private static final int REQUESTS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/prepays")
  URI prepays;

  @Test
  void concurrentIdenticalRequestsStoreOnePrepay() throws Throwable {
    String outTradeNo = PrepayRequests.newOutTradeNo();
    String body = JSON.writeValueAsString(PrepayRequests.validBody(outTradeNo));
    HttpClient client = HttpClient.newHttpClient();

    List<HttpResponse<String>> responses = sendAtOnce(client, body);

    List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
    assertThat(statuses).containsOnly(200, 201);
    assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    List<String> prepayIds = responses.stream().map(PrepayConcurrencyTest::prepayId).toList();
    assertThat(prepayIds).containsOnly(prepayIds.get(0));
    assertThat(PrepayStore.prepayRows(outTradeNo)).isEqualTo(1);
    assertThat(PrepayStore.prepayCreatedEvents(outTradeNo)).isEqualTo(1);
  }

  private List<HttpResponse<String>> sendAtOnce(HttpClient client, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(prepays)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    List<CompletableFuture<HttpResponse<String>>> futures =
        IntStream.range(0, REQUESTS)
            .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
            .toList();
    return futures.stream().map(CompletableFuture::join).toList();
  }

  private static String prepayId(HttpResponse<String> response) {
    try {
      JsonNode json = JSON.readTree(response.body());
      return json.path("prepayId").asText();
    } catch (Exception e) {
      throw new IllegalStateException("Reply is not JSON: " + response.body(), e);
    }
  }
}
