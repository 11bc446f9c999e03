package dev.apppay.prepay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A prepay id WeChat Pay issued for one merchant order, with the parameters it was issued for. */
@Entity
@Table(name = "prepay")
public class Prepay {

  /** How long WeChat Pay accepts a prepay id after issuing it. */
  public static final Duration LIFETIME = Duration.ofHours(2);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "out_trade_no", nullable = false, unique = true)
  public String outTradeNo;

  /** SHA-256 of the business parameters, to tell a repeated request from a conflicting one. */
  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @Column(nullable = false)
  public String description;

  @Column(name = "amount_fen", nullable = false)
  public long amountFen;

  @Column(nullable = false)
  public String currency;

  @Column(name = "client_ip", nullable = false)
  public String clientIp;

  /** The last moment the user may pay, sent to WeChat Pay as {@code time_expire}; may be null. */
  @Column(name = "order_expires_at")
  public Instant orderExpiresAt;

  @Column(name = "prepay_id", nullable = false)
  public String prepayId;

  /** {@code V2} or {@code V3}: the API that issued the prepay id and signs its app parameters. */
  @Column(name = "api_version", nullable = false)
  public String apiVersion;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
