package dev.apppay.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates PostgreSQL databases by name. */
final class Databases {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private Databases() {}

  /** Creates {@code name} through the server at {@code adminUrl} unless it exists. */
  static void create(String adminUrl, String user, String password, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid database name: " + name);
    }
    try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
      if (!exists.next()) {
        statement.execute("CREATE DATABASE " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Failed to create database " + name, e);
    }
  }
}
