package dev.apppay.simulator.control;

import dev.apppay.simulator.ApiVersion;
import dev.apppay.simulator.Order;
import dev.apppay.simulator.SimulatorCredentials;
import dev.apppay.simulator.order.OrderService;
import dev.apppay.wechatpay.cipher.RsaSignatures;
import dev.apppay.wechatpay.v2.SignType;
import dev.apppay.wechatpay.v2.V2Signer;
import dev.apppay.wechatpay.v3.SignatureMessages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Map;

/**
 * Checks APP client parameters as the WeChat app does before it shows the cashier. It requires the
 * package constant and a known prepay_id that belongs to appid and partnerid. A v2 signature covers
 * the six fields with the APIv2 key and the order's algorithm. A v3 signature is RSA with the
 * merchant key over appid, timestamp, noncestr and prepayid. Prepay age and order state are checked
 * when paying.
 */
final class ClientParametersVerifier {

  private static final String PACKAGE = "Sign=WXPay";

  private final V2Signer v2Signer;
  private final PublicKey merchantKey;
  private final OrderService orders;

  ClientParametersVerifier(
      SimulatorCredentials credentials, PublicKey merchantKey, OrderService orders) {
    this.v2Signer = new V2Signer(credentials.v2ApiKey());
    this.merchantKey = merchantKey;
    this.orders = orders;
  }

  /** Returns the order the parameters open, or rejects them. */
  Order verify(ClientParameters parameters) throws ControlError {
    if (!PACKAGE.equals(parameters.packageValue())) {
      throw new ControlError(400, "INVALID_REQUEST", "package must be " + PACKAGE);
    }
    if (!parameters.timestamp().matches("[0-9]{10}")) {
      throw new ControlError(400, "INVALID_REQUEST", "timestamp must be 10 digits of Unix seconds");
    }
    Order order =
        orders
            .findByPrepayId(parameters.prepayId())
            .orElseThrow(
                () ->
                    new ControlError(
                        404,
                        "PREPAY_NOT_EXIST",
                        "prepayid " + parameters.prepayId() + " not found"));
    if (!order.appId().equals(parameters.appId())
        || !order.mchId().equals(parameters.partnerId())) {
      throw new ControlError(
          400, "APPID_MCHID_NOT_MATCH", "prepayid does not belong to this appid and partnerid");
    }
    if (!signatureMatches(order, parameters)) {
      throw new ControlError(400, "SIGN_ERROR", "Client parameter signature does not match");
    }
    return order;
  }

  private boolean signatureMatches(Order order, ClientParameters parameters) {
    if (order.apiVersion() == ApiVersion.V3) {
      byte[] message =
          SignatureMessages.appPayment(
              parameters.appId(),
              Long.parseLong(parameters.timestamp()),
              parameters.nonce(),
              parameters.prepayId());
      return RsaSignatures.verify(merchantKey, message, parameters.sign());
    }
    SignType signType = SignType.fromWireName(order.signType()).orElse(SignType.MD5);
    Map<String, String> fields =
        Map.of(
            "appid", parameters.appId(),
            "partnerid", parameters.partnerId(),
            "prepayid", parameters.prepayId(),
            "package", parameters.packageValue(),
            "noncestr", parameters.nonce(),
            "timestamp", parameters.timestamp());
    String expected = v2Signer.sign(fields, signType);
    String received = parameters.sign().toUpperCase(Locale.ROOT);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }
}
