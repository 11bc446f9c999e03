package dev.apppay.order;

import dev.apppay.order.repository.AppParamsConverter;
import dev.apppay.order.repository.OrderItemsConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A user's order, priced from the catalog and paid through one WeChat Pay {@code out_trade_no}. */
@Entity
@Table(name = "customer_order")
public class Order {

  @Id public UUID id;

  /** The subject of the bearer token that created the order. */
  @Column(name = "user_id", nullable = false)
  public String userId;

  @Column(name = "idempotency_key", nullable = false)
  public String idempotencyKey;

  /** SHA-256 hex of the request's items, to tell a retry from another request with the key. */
  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @Column(name = "out_trade_no", nullable = false, unique = true)
  public String outTradeNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public OrderStatus status;

  @Column(name = "amount_fen", nullable = false)
  public long amountFen;

  @Column(nullable = false)
  public String currency;

  /** The text WeChat Pay shows to the payer. */
  @Column(nullable = false)
  public String description;

  /** The address the order was created from, which WeChat Pay requires. */
  @Column(name = "client_ip", nullable = false)
  public String clientIp;

  @Convert(converter = OrderItemsConverter.class)
  @Column(nullable = false, columnDefinition = "text")
  public List<OrderItem> items;

  @Column(name = "prepay_id")
  public String prepayId;

  /** The signed parameters the app passes to the WeChat OpenSDK, once a prepay exists. */
  @Convert(converter = AppParamsConverter.class)
  @Column(name = "app_params", columnDefinition = "text")
  public Map<String, String> appParams;

  /** WeChat Pay's transaction id of the payment. */
  @Column(name = "transaction_id")
  public String transactionId;

  /** The trade state of the last failed payment attempt, such as {@code PAYERROR}. */
  @Column(name = "failure_reason")
  public String failureReason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The last moment the order may be paid, in whole seconds. */
  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "cancel_requested_at")
  public Instant cancelRequestedAt;

  @Column(name = "paid_at")
  public Instant paidAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Version
  @Column(nullable = false)
  public long version;

  /** Whether the app may still open WeChat Pay with {@link #appParams}. */
  public boolean isPayable() {
    return status == OrderStatus.AWAITING_PAYMENT && cancelRequestedAt == null && appParams != null;
  }
}
