package dev.apppay.order;

import dev.apppay.order.support.EventPublisher;
import dev.apppay.order.support.OrderDatabase;
import dev.apppay.order.support.PeerServices;
import dev.apppay.order.support.PeersResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that boot the service against the real PostgreSQL, Kafka and peer servers.
 * Subclasses carry the same three test resource annotations, so they share one application.
 */
abstract class ServiceTest {

  static final String DATABASE = "order_service";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String username;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  EventPublisher events;
  OrderDatabase database;

  @BeforeEach
  void connect() {
    events = new EventPublisher(bootstrapServers);
    database = new OrderDatabase(jdbcUrl, username, password);
    peers().prepayMode(PeerServices.PrepayMode.SUCCEED);
  }

  @AfterEach
  void disconnect() {
    events.close();
    peers().prepayMode(PeerServices.PrepayMode.SUCCEED);
  }

  static PeerServices peers() {
    return PeersResource.peers();
  }
}
