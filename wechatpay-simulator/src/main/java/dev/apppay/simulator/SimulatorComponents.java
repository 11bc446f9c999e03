package dev.apppay.simulator;

import dev.apppay.simulator.config.CredentialResolver;
import dev.apppay.simulator.config.KeyMaterial;
import dev.apppay.simulator.control.ControlRoutes;
import dev.apppay.simulator.control.Payments;
import dev.apppay.simulator.fault.ApiFaultGate;
import dev.apppay.simulator.fault.FaultRegistry;
import dev.apppay.simulator.notify.DeliveryStore;
import dev.apppay.simulator.notify.NotificationDispatcher;
import dev.apppay.simulator.notify.NotificationFactory;
import dev.apppay.simulator.notify.NotificationResender;
import dev.apppay.simulator.notify.NotificationSender;
import dev.apppay.simulator.notify.RetrySchedule;
import dev.apppay.simulator.order.IdGenerator;
import dev.apppay.simulator.order.OrderService;
import dev.apppay.simulator.store.OrderStore;
import dev.apppay.simulator.store.Persistence;
import dev.apppay.simulator.store.StateFile;
import dev.apppay.simulator.store.StoredState;
import dev.apppay.simulator.v2.V2NotificationFactory;
import dev.apppay.simulator.v2.V2Routes;
import dev.apppay.simulator.v3.PlatformSigners;
import dev.apppay.simulator.v3.V3NotificationFactory;
import dev.apppay.simulator.v3.V3Routes;
import dev.apppay.wechatpay.v3.ResponseSigner;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/** The wired parts of one simulator instance. */
record SimulatorComponents(
    SimulatorConfig config,
    SimulatorCredentials credentials,
    SimulatorClock clock,
    Vertx vertx,
    Router router,
    OrderService orders,
    DeliveryStore deliveries,
    NotificationDispatcher dispatcher,
    Payments payments,
    FaultRegistry faults) {

  /** Request bodies above this size are rejected with 413; WeChat Pay bodies are a few KiB. */
  private static final long MAX_BODY_BYTES = 64 * 1024;

  static SimulatorComponents create(SimulatorConfig config) {
    Core core = Core.create(config);
    Vertx vertx = Vertx.vertx();
    Map<ApiVersion, NotificationFactory> factories =
        Map.of(
            ApiVersion.V2, new V2NotificationFactory(core.credentials()),
            ApiVersion.V3,
                new V3NotificationFactory(core.credentials(), core.signers(), core.clock()));
    NotificationSender sender =
        new NotificationSender(WebClient.create(vertx), core.clock(), config.notifyTimeout());
    NotificationDispatcher dispatcher =
        new NotificationDispatcher(
            vertx,
            sender,
            core.deliveries(),
            core.orders(),
            core.faults(),
            factories,
            new RetrySchedule(config.timeScale()),
            core.clock(),
            core.ids());
    NotificationResender resender =
        new NotificationResender(sender, core.deliveries(), core.orders(), factories);

    Payments payments = new Payments(core.orders(), dispatcher);
    Router router = router(core, vertx, new ControlParts(dispatcher, resender, payments));
    return new SimulatorComponents(
        config,
        core.credentials(),
        core.clock(),
        vertx,
        router,
        core.orders(),
        core.deliveries(),
        dispatcher,
        payments,
        core.faults());
  }

  /** The notification and payment parts the control API uses. */
  private record ControlParts(
      NotificationDispatcher dispatcher, NotificationResender resender, Payments payments) {}

  private static Router router(Core core, Vertx vertx, ControlParts control) {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
    ApiFaultGate faultGate = new ApiFaultGate(vertx, core.faults());
    SimulatorCredentials credentials = core.credentials();
    PublicKey merchantKey = core.keys().merchantPublicKey();

    V2Routes.mount(router, credentials, core.orders(), core.clock(), faultGate);
    new V3Routes(
            credentials,
            merchantKey,
            core.signers(),
            core.orders(),
            core.clock(),
            core.config().clock(),
            faultGate)
        .mount(router);
    new ControlRoutes(
            credentials,
            merchantKey,
            core.orders(),
            core.deliveries(),
            control.dispatcher(),
            control.resender(),
            control.payments(),
            core.faults(),
            core.clock())
        .mount(router);
    return router;
  }

  /** The parts without Vert.x: credentials and keys, stores restored from the state file, rules. */
  private record Core(
      SimulatorConfig config,
      SimulatorCredentials credentials,
      KeyMaterial keys,
      SimulatorClock clock,
      IdGenerator ids,
      OrderService orders,
      DeliveryStore deliveries,
      FaultRegistry faults,
      PlatformSigners signers) {

    static Core create(SimulatorConfig config) {
      StateFile stateFile = config.stateFile() == null ? null : new StateFile(config.stateFile());
      Optional<StoredState> stored = stateFile == null ? Optional.empty() : stateFile.load();
      SimulatorCredentials resolved =
          new CredentialResolver().resolve(config, stored.map(StoredState::credentials));
      KeyMaterial keys = KeyMaterial.of(resolved);
      SimulatorCredentials credentials = keys.complete(resolved, config.clock().instant());

      Persistence persistence = new Persistence(stateFile, credentials);
      OrderStore orderStore = new OrderStore(persistence::save);
      DeliveryStore deliveries = new DeliveryStore(persistence::save);
      stored.ifPresent(state -> orderStore.load(state.orders()));
      stored.ifPresent(state -> deliveries.load(state.deliveries()));
      persistence.attach(orderStore, deliveries);
      persistence.save();

      SimulatorClock clock = new SimulatorClock(config.clock());
      IdGenerator ids = new IdGenerator();
      return new Core(
          config,
          credentials,
          keys,
          clock,
          ids,
          new OrderService(orderStore, clock, ids),
          deliveries,
          new FaultRegistry(config.faults(), config.faultSeed()),
          platformSigners(config, credentials, keys));
    }
  }

  /** One platform key, named by its public key id or by its certificate serial. */
  private static PlatformSigners platformSigners(
      SimulatorConfig config, SimulatorCredentials credentials, KeyMaterial keys) {
    String publicKeyId = credentials.platformPublicKeyId();
    return new PlatformSigners(
        config.platformKeyMode(),
        publicKeyId,
        new ResponseSigner(publicKeyId, keys.platformPrivateKey(), config.clock()),
        new ResponseSigner(
            credentials.platformCertificateSerial(), keys.platformPrivateKey(), config.clock()));
  }
}
