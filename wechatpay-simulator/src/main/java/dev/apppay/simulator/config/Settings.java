package dev.apppay.simulator.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads standalone settings from system properties, else from environment variables named the
 * Quarkus way: {@code wechatpay.v3.api-key} becomes {@code WECHATPAY_V3_API_KEY}.
 */
final class Settings {

  private final Properties properties;
  private final Map<String, String> environment;

  Settings(Properties properties, Map<String, String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  Optional<String> get(String name) {
    String value = properties.getProperty(name);
    if (value == null) {
      value = environment.get(environmentName(name));
    }
    return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
  }

  String getOrNull(String name) {
    return get(name).orElse(null);
  }

  int getInt(String name, int defaultValue) {
    return get(name).map(value -> parse(name, value, Integer::valueOf)).orElse(defaultValue);
  }

  long getLong(String name, long defaultValue) {
    return get(name).map(value -> parse(name, value, Long::valueOf)).orElse(defaultValue);
  }

  double getDouble(String name, double defaultValue) {
    return get(name).map(value -> parse(name, value, Double::valueOf)).orElse(defaultValue);
  }

  static String environmentName(String name) {
    return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static <T> T parse(
      String name, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Setting " + name + " must be a number, got [" + value + "]", e);
    }
  }
}
