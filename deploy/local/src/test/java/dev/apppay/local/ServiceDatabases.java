package dev.apppay.local;

import dev.apppay.testinfra.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads each service's own database in the stack's PostgreSQL over JDBC. */
final class ServiceDatabases {

  private final Stack stack;

  ServiceDatabases(Stack stack) {
    this.stack = stack;
  }

  /** Runs a {@code SELECT count(*)} query in the database of {@code service}. */
  long count(String service, String sql, Object... parameters) {
    List<String> rows = column(service, sql, parameters);
    return Long.parseLong(rows.get(0));
  }

  /** Returns the first column of every row, as text, in the database of {@code service}. */
  List<String> column(String service, String sql, Object... parameters) {
    String url = stack.postgres().jdbcUrl(Stack.database(service));
    try (Connection connection =
            DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("Query in " + service + " failed: " + sql, e);
    }
  }
}
