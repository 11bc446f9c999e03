package dev.apppay.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.testinfra.PostgresKafkaResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Breaks the database under the running service: the table disappears (renamed, then restored), or
 * a concurrent transaction holds the row lock past the processing timeout.
 */
@QuarkusTest
@WithTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE_ARG, value = "notify_service"))
@WithTestResource(NotifySimulatorResource.class)
class NotifyDatabaseDownTest {

  private static final String HIDE =
      "ALTER TABLE payment_notification RENAME TO payment_notification_hidden";
  private static final String RESTORE =
      "ALTER TABLE payment_notification_hidden RENAME TO payment_notification";

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String username;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Test
  void missingTableGivesV2Failure() throws Throwable {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    V2Notifications notifications = new V2Notifications(TestMerchant.fromConfig());
    byte[] body =
        notifications.signed(
            notifications.paymentFields(outTradeNo, V2Notifications.newTransactionId()));

    Response response = withTableHidden(() -> NotifyRequests.postV2(body));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.asString()).isEqualTo(NotifyRequests.v2Fail("internal error"));
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }

  @Test
  void missingTableGivesV3Failure() throws Throwable {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    var delivery =
        new V3Notifications(TestMerchant.fromConfig())
            .payment(outTradeNo, V2Notifications.newTransactionId());

    Response response = withTableHidden(() -> NotifyRequests.postV3(delivery));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.asString()).isEqualTo(NotifyRequests.v3Fail("internal error"));
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }

  @Test
  void redeliveryAfterOutageIsRecorded() throws Throwable {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    var delivery =
        new V3Notifications(TestMerchant.fromConfig())
            .payment(outTradeNo, V2Notifications.newTransactionId());
    withTableHidden(() -> NotifyRequests.postV3(delivery));

    Response redelivery = NotifyRequests.postV3(delivery);

    assertThat(redelivery.statusCode()).isEqualTo(204);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isEqualTo(1);
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isEqualTo(1);
  }

  @Test
  void lockedRowTimesOutWithinLimit() throws Throwable {
    String outTradeNo = NotifyRequests.newOutTradeNo();
    String transactionId = V2Notifications.newTransactionId();
    var delivery =
        new V3Notifications(TestMerchant.fromConfig()).payment(outTradeNo, transactionId);

    try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
      connection.setAutoCommit(false);
      insertUncommitted(connection, outTradeNo, transactionId);
      Instant start = Instant.now();

      Response response = NotifyRequests.postV3(delivery);

      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.asString()).isEqualTo(NotifyRequests.v3Fail("processing timed out"));
      connection.rollback();
    }
    // The timed-out insert was cancelled; give a late commit time to show up before checking.
    Thread.sleep(1500);
    assertThat(NotifyStore.notificationRows(outTradeNo)).isZero();
    assertThat(NotifyStore.paymentSucceededEvents(outTradeNo)).isZero();
  }

  /** Holds the transaction's unique key, so a concurrent insert of it waits for this one. */
  private static void insertUncommitted(
      Connection connection, String outTradeNo, String transactionId) throws Exception {
    String sql =
        "INSERT INTO payment_notification (transaction_id, out_trade_no, amount_fen, currency,"
            + " app_id, mch_id, paid_at, api_version, raw_body, received_at)"
            + " VALUES (?, ?, 1, 'CNY', 'app', 'mch', now(), 'V3', '', now())";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, transactionId);
      statement.setString(2, outTradeNo);
      statement.executeUpdate();
    }
  }

  private interface Request {
    Response send();
  }

  private static Response withTableHidden(Request request) throws Throwable {
    NotifyStore.execute(HIDE);
    try {
      return request.send();
    } finally {
      NotifyStore.execute(RESTORE);
    }
  }
}
