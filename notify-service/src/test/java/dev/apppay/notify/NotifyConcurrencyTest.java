package dev.apppay.notify;

import static org.assertj.core.api.Assertions.assertThat;

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
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "notify_service"))
@WithTestResource(NotifySimulatorResource.class)
class NotifyConcurrencyTest {

  private static final int DELIVERIES = 10;

  @TestHTTPResource("/wechatpay/v2/notify")
  URI v2Notify;

  @TestHTTPResource("/wechatpay/v3/notify")
  URI v3Notify;

  @Test
  void concurrentV3DuplicatesRecordOnce() throws Throwable {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    var delivery =
        new V3Notifications(TestMerchant.fromConfig())
            .payment(outTradeNo, V2Notifications.newTransactionId());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(v3Notify)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    delivery.headers().forEach(request::header);

    List<HttpResponse<String>> responses = sendAtOnce(request.build());

    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(204);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void concurrentV2DuplicatesRecordOnce() throws Throwable {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    V2Notifications notifications = new V2Notifications(TestMerchant.fromConfig());
    byte[] body =
        notifications.signed(
            notifications.paymentFields(outTradeNo, V2Notifications.newTransactionId()));
    HttpRequest request =
        HttpRequest.newBuilder(v2Notify)
            .header("Content-Type", "text/xml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();

    List<HttpResponse<String>> responses = sendAtOnce(request);

    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    assertThat(responses).extracting(HttpResponse::body).containsOnly(NotifyRequests.V2_SUCCESS);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  private static List<HttpResponse<String>> sendAtOnce(HttpRequest request) {
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> futures =
        IntStream.range(0, DELIVERIES)
            .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
            .toList();
    return futures.stream().map(CompletableFuture::join).toList();
  }
}
