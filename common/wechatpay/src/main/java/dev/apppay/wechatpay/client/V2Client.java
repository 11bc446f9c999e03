package dev.apppay.wechatpay.client;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepay;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.TransportException;
import dev.apppay.wechatpay.credential.V2Credentials;
import dev.apppay.wechatpay.util.Nonces;
import dev.apppay.wechatpay.v2.CloseOrderRequest;
import dev.apppay.wechatpay.v2.OrderQueryRequest;
import dev.apppay.wechatpay.v2.UnifiedOrderRequest;
import dev.apppay.wechatpay.v2.UnifiedOrderResponse;
import dev.apppay.wechatpay.v2.V2AppParametersSigner;
import dev.apppay.wechatpay.v2.V2ReplyReader;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.v2.V2Transactions;
import dev.apppay.wechatpay.v2.V2Verifier;
import dev.apppay.wechatpay.xml.XmlCodec;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/** The API v2 client: signed XML requests, verified XML replies. */
final class V2Client implements WeChatPayClient {

  private static final Map<String, String> HEADERS =
      Map.of("Content-Type", "text/xml; charset=utf-8", "Accept", "text/xml");

  private final HttpTransport transport;
  private final MerchantConfig config;
  private final V2Credentials credentials;
  private final V2Signer signer;
  private final XmlCodec codec = new XmlCodec();
  private final V2ReplyReader replyReader;
  private final V2AppParametersSigner appSigner;

  V2Client(HttpTransport transport, MerchantConfig config, Clock clock) {
    this.transport = transport;
    this.config = config;
    this.credentials = config.v2();
    this.signer = new V2Signer(credentials.apiKey());
    this.replyReader = new V2ReplyReader(codec, new V2Verifier(credentials.apiKey()));
    this.appSigner =
        new V2AppParametersSigner(
            config.appId(), config.mchId(), signer, credentials.signType(), clock);
  }

  @Override
  public Uni<AppPrepay> createAppPrepay(AppPrepayRequest request) {
    UnifiedOrderRequest unifiedOrder =
        new UnifiedOrderRequest(config.appId(), config.mchId(), request);
    return call(UnifiedOrderRequest.PATH, () -> unifiedOrder.toFields(Nonces.generate()))
        .map(fields -> new AppPrepay(UnifiedOrderResponse.fromFields(fields).prepayId()));
  }

  @Override
  public Uni<Transaction> queryByOutTradeNo(String outTradeNo) {
    return Uni.createFrom()
        .deferred(
            () -> {
              OrderNumbers.requireOutTradeNo(outTradeNo);
              return query(
                  OrderQueryRequest.byOutTradeNo(config.appId(), config.mchId(), outTradeNo));
            });
  }

  @Override
  public Uni<Transaction> queryByTransactionId(String transactionId) {
    return Uni.createFrom()
        .deferred(
            () -> {
              OrderNumbers.requireTransactionId(transactionId);
              return query(
                  OrderQueryRequest.byTransactionId(config.appId(), config.mchId(), transactionId));
            });
  }

  @Override
  public Uni<Void> closeOrder(String outTradeNo) {
    return Uni.createFrom()
        .deferred(
            () -> {
              OrderNumbers.requireOutTradeNo(outTradeNo);
              CloseOrderRequest close =
                  new CloseOrderRequest(config.appId(), config.mchId(), outTradeNo);
              return call(CloseOrderRequest.PATH, () -> close.toFields(Nonces.generate()));
            })
        .replaceWithVoid();
  }

  @Override
  public AppPayParameters signAppParameters(String prepayId) {
    return appSigner.sign(prepayId);
  }

  private Uni<Transaction> query(OrderQueryRequest request) {
    return call(OrderQueryRequest.PATH, () -> request.toFields(Nonces.generate()))
        .map(V2Transactions::fromQuery);
  }

  /**
   * Signs and sends the fields, then returns the verified reply fields. The fields are built on
   * each subscription, so a retried Uni sends a fresh {@code nonce_str} with the same business
   * parameters.
   */
  private Uni<Map<String, String>> call(String path, Supplier<Map<String, String>> fields) {
    return Uni.createFrom()
        .deferred(() -> transport.send(HttpMethod.POST, path, HEADERS, signedBody(fields.get())))
        .map(reply -> replyReader.read(requireOk(reply, path)));
  }

  private byte[] signedBody(Map<String, String> fields) {
    Map<String, String> signed = signer.signRequest(fields, credentials.signType());
    return codec.encode(signed).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] requireOk(HttpReply reply, String path) {
    if (reply.status() == 200) {
      return reply.body();
    }
    String message = "POST " + path + " returned HTTP " + reply.status();
    if (reply.status() >= 500) {
      throw new TransportException(message, null);
    }
    throw new MalformedReplyException(message);
  }

  @Override
  public void close() {
    transport.close();
  }
}
