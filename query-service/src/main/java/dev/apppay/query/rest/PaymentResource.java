package dev.apppay.query.rest;

import dev.apppay.query.service.PaymentQueries;
import dev.apppay.wechatpay.util.WeChatIds;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The cluster-internal payment status API used by order-service. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

  private final PaymentQueries queries;

  public PaymentResource(PaymentQueries queries) {
    this.queries = queries;
  }

  /**
   * Returns the order's payment status. With {@code refresh=true} an unpaid order is queried at
   * WeChat Pay first.
   */
  @GET
  @Path("/{outTradeNo}")
  public Uni<PaymentResponse> get(
      @PathParam("outTradeNo") String outTradeNo, @QueryParam("refresh") String refresh) {
    requireOutTradeNo(outTradeNo);
    boolean fresh = parseRefresh(refresh);
    var payment = fresh ? queries.refresh(outTradeNo) : queries.find(outTradeNo);
    return payment.map(PaymentResponse::of);
  }

  private static void requireOutTradeNo(String outTradeNo) {
    if (!WeChatIds.isValidOutTradeNo(outTradeNo)) {
      throw new InvalidRequestException(
          "Invalid outTradeNo: use 6 to 32 characters of 0-9, a-z, A-Z, _, -, | and *");
    }
  }

  private static boolean parseRefresh(String refresh) {
    if (refresh == null || refresh.equals("false")) {
      return false;
    }
    if (refresh.equals("true")) {
      return true;
    }
    throw new InvalidRequestException("Invalid refresh value: use true or false");
  }
}
