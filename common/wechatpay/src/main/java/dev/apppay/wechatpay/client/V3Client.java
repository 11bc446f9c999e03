package dev.apppay.wechatpay.client;

import dev.apppay.wechatpay.AppPayParameters;
import dev.apppay.wechatpay.AppPrepay;
import dev.apppay.wechatpay.AppPrepayRequest;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.MerchantConfig;
import dev.apppay.wechatpay.Transaction;
import dev.apppay.wechatpay.credential.V3Credentials;
import dev.apppay.wechatpay.v3.CloseRequestBody;
import dev.apppay.wechatpay.v3.PrepayRequestBody;
import dev.apppay.wechatpay.v3.PrepayResponseBody;
import dev.apppay.wechatpay.v3.RequestSigner;
import dev.apppay.wechatpay.v3.ResponseVerifier;
import dev.apppay.wechatpay.v3.TransactionBody;
import dev.apppay.wechatpay.v3.V3AppParametersSigner;
import dev.apppay.wechatpay.v3.V3Json;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import java.time.Clock;

/** The API v3 client: signed JSON requests, responses verified before they are parsed. */
final class V3Client implements WeChatPayClient {

  private final MerchantConfig config;
  private final V3Exchange exchange;
  private final V3AppParametersSigner appSigner;

  V3Client(HttpTransport transport, MerchantConfig config, Clock clock) {
    V3Credentials credentials = config.v3();
    RequestSigner signer =
        new RequestSigner(
            config.mchId(),
            credentials.merchantSerialNumber(),
            credentials.merchantPrivateKey(),
            clock);
    ResponseVerifier verifier = new ResponseVerifier(credentials.platformKeys(), clock);
    this.config = config;
    this.exchange = new V3Exchange(transport, signer, verifier, credentials.platformPublicKeyId());
    this.appSigner = new V3AppParametersSigner(config.appId(), config.mchId(), signer, clock);
  }

  @Override
  public Uni<AppPrepay> createAppPrepay(AppPrepayRequest request) {
    byte[] body = V3Json.write(PrepayRequestBody.from(config.appId(), config.mchId(), request));
    return exchange
        .send(HttpMethod.POST, PrepayRequestBody.PATH, body, 200)
        .map(reply -> V3Json.read(reply, PrepayResponseBody.class))
        .map(V3Client::toPrepay);
  }

  @Override
  public Uni<Transaction> queryByOutTradeNo(String outTradeNo) {
    return Uni.createFrom()
        .deferred(
            () -> {
              OrderNumbers.requireOutTradeNo(outTradeNo);
              return query(TransactionBody.pathByOutTradeNo(outTradeNo, config.mchId()));
            });
  }

  @Override
  public Uni<Transaction> queryByTransactionId(String transactionId) {
    return Uni.createFrom()
        .deferred(
            () -> {
              OrderNumbers.requireTransactionId(transactionId);
              return query(TransactionBody.pathByTransactionId(transactionId, config.mchId()));
            });
  }

  @Override
  public Uni<Void> closeOrder(String outTradeNo) {
    return Uni.createFrom()
        .deferred(
            () -> {
              OrderNumbers.requireOutTradeNo(outTradeNo);
              byte[] body = V3Json.write(new CloseRequestBody(config.mchId()));
              return exchange.send(HttpMethod.POST, CloseRequestBody.path(outTradeNo), body, 204);
            })
        .replaceWithVoid();
  }

  @Override
  public AppPayParameters signAppParameters(String prepayId) {
    return appSigner.sign(prepayId);
  }

  private Uni<Transaction> query(String pathAndQuery) {
    return exchange
        .send(HttpMethod.GET, pathAndQuery, null, 200)
        .map(reply -> V3Json.read(reply, TransactionBody.class).toTransaction());
  }

  private static AppPrepay toPrepay(PrepayResponseBody body) {
    if (body.prepayId() == null || body.prepayId().isEmpty()) {
      throw new MalformedReplyException("Prepay response has no prepay_id");
    }
    return new AppPrepay(body.prepayId());
  }

  @Override
  public void close() {
    exchange.close();
  }
}
