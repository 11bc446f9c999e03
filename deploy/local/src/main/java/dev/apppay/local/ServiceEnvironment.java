package dev.apppay.local;

import java.util.HashMap;
import java.util.Map;

/** The environment variables that configure each service in the local stack. */
final class ServiceEnvironment {

  private ServiceEnvironment() {}

  static Map<String, String> of(String service, Stack stack) {
    Map<String, String> env = new HashMap<>();
    // Quarkus listens on every interface in production mode, and the internal APIs of
    // prepay-service and query-service take no credentials, so the local stack stays on loopback.
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(stack.servicePort(service)));
    env.put(
        "QUARKUS_DATASOURCE_REACTIVE_URL", stack.postgres().reactiveUrl(Stack.database(service)));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", stack.postgres().jdbcUrl(Stack.database(service)));
    env.put("QUARKUS_DATASOURCE_USERNAME", "apppay");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "apppay");
    env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers());
    env.putAll(merchant(stack));
    if (service.equals("order-service")) {
      env.put("APPPAY_PREPAY_URL", stack.url("prepay-service"));
      env.put("APPPAY_QUERY_URL", stack.url("query-service"));
      env.put("MP_JWT_VERIFY_ISSUER", JwtIssuer.ISSUER);
      env.put("MP_JWT_VERIFY_PUBLICKEY", stack.keys().jwtPublicKeyPem());
    }
    env.putAll(stack.options().serviceEnvironment(service));
    return env;
  }

  private static Map<String, String> merchant(Stack stack) {
    StackKeys keys = stack.keys();
    String api = stack.options().apiVersion();
    Map<String, String> env = new HashMap<>();
    env.put("WECHATPAY_API_VERSION", api);
    env.put("WECHATPAY_BASE_URL", stack.url("wechatpay-simulator"));
    env.put("WECHATPAY_APP_ID", StackKeys.APP_ID);
    env.put("WECHATPAY_MCH_ID", StackKeys.MCH_ID);
    env.put(
        "WECHATPAY_NOTIFY_URL",
        stack.url("notify-service") + "/wechatpay/" + api.toLowerCase() + "/notify");
    env.put("WECHATPAY_V2_API_KEY", keys.v2ApiKey());
    env.put("WECHATPAY_V3_API_KEY", keys.v3ApiKey());
    env.put("WECHATPAY_V3_MERCHANT_PRIVATE_KEY", keys.merchantPrivateKeyPem());
    env.put("WECHATPAY_V3_MERCHANT_SERIAL_NUMBER", keys.merchantSerialNumber());
    env.put("WECHATPAY_V3_PLATFORM_PUBLIC_KEY", keys.platformPublicKeyPem());
    env.put("WECHATPAY_V3_PLATFORM_PUBLIC_KEY_ID", keys.platformPublicKeyId());
    return env;
  }
}
