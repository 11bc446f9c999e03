package dev.apppay.order.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the service's tables over JDBC, for checks the API does not show. */
public final class OrderDatabase {

  private final String url;
  private final String username;
  private final String password;

  public OrderDatabase(String url, String username, String password) {
    this.url = url;
    this.username = username;
    this.password = password;
  }

  /** Returns the order's transitions as {@code FROM->TO} in the order they happened. */
  public List<String> transitions(String orderId) {
    String sql =
        "SELECT coalesce(from_status, '') || '->' || to_status FROM order_transition"
            + " WHERE order_id = ? ORDER BY id";
    return strings(sql, UUID.fromString(orderId));
  }

  public boolean isProcessed(UUID eventId) {
    return !strings("SELECT event_id::text FROM processed_event WHERE event_id = ?", eventId)
        .isEmpty();
  }

  public long countOrders(String userId) {
    return Long.parseLong(
        strings("SELECT count(*)::text FROM customer_order WHERE user_id = ?", userId).get(0));
  }

  /** Returns the JSON of the outbox events stored for the order number. */
  public List<String> outboxPayloads(String outTradeNo) {
    return strings(
        "SELECT payload FROM outbox_event WHERE event_key = ? ORDER BY created_at", outTradeNo);
  }

  /** Moves the order's expiry to {@code seconds} from now. */
  public void expireIn(String orderId, int seconds) {
    execute(
        "UPDATE customer_order SET expires_at = now() + interval '"
            + seconds
            + " seconds' WHERE id = '"
            + UUID.fromString(orderId)
            + "'");
  }

  /** Runs a statement such as DDL that a test uses to make the service's writes fail. */
  public void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url, username, password);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed: " + sql, e);
    }
  }

  private List<String> strings(String sql, Object parameter) {
    try (Connection connection = DriverManager.getConnection(url, username, password);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql, e);
    }
  }
}
