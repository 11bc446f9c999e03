package dev.apppay.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verified payment notification, recorded once per WeChat Pay transaction. */
@Entity
@Table(name = "payment_notification")
public class PaymentNotification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "transaction_id", nullable = false, unique = true)
  public String transactionId;

  @Column(name = "out_trade_no", nullable = false)
  public String outTradeNo;

  /** The order amount WeChat Pay reported, in fen. */
  @Column(name = "amount_fen", nullable = false)
  public long amountFen;

  @Column(nullable = false)
  public String currency;

  @Column(name = "app_id", nullable = false)
  public String appId;

  @Column(name = "mch_id", nullable = false)
  public String mchId;

  @Column(name = "paid_at", nullable = false)
  public Instant paidAt;

  /** {@code V2} or {@code V3}: the protocol of the notification. */
  @Column(name = "api_version", nullable = false)
  public String apiVersion;

  /** The v3 notification {@code id}; null for v2, which has none. */
  @Column(name = "notification_id")
  public String notificationId;

  /** The body exactly as received, kept for audit; v3 resources stay encrypted in it. */
  @Column(name = "raw_body", nullable = false, columnDefinition = "text")
  public String rawBody;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;
}
