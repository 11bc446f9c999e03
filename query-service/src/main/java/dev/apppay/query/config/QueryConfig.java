package dev.apppay.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of the active query job, the close on expiry and the WeChat Pay rate limit. */
@ConfigMapping(prefix = "query")
public interface QueryConfig {

  Check check();

  Close close();

  RateLimit rateLimit();

  Refresh refresh();

  /** The backoff schedule of order queries. */
  interface Check {

    /**
     * Delays between the checks of one unpaid order: the first is counted from the order's first
     * event, and the last repeats until the order expires.
     */
    @WithDefault("10s,30s,1m,2m,5m,10m")
    List<Duration> delays();

    /**
     * How often the job looks for due orders, read by its {@code @Scheduled} annotation. The
     * Quarkus scheduler runs intervals below 1 s no more often than once a second.
     */
    @WithDefault("1s")
    Duration interval();

    /** How many due orders one run of the job locks and checks. */
    @WithDefault("50")
    int batchSize();
  }

  /** Closing expired and cancelled orders at WeChat Pay. */
  interface Close {

    /**
     * The minimum age of an order before it is closed. WeChat Pay documents a minimum of 5 minutes
     * between creating and closing an order.
     */
    @WithDefault("5m")
    Duration minAge();

    /**
     * The wait before the first retry of a failed close; each further retry waits twice as long.
     */
    @WithDefault("1m")
    Duration retryDelay();

    /** The maximum wait between two retries of a failed close. */
    @WithDefault("10m")
    Duration maxRetryDelay();
  }

  /** The token bucket that limits calls to WeChat Pay from this replica. */
  interface RateLimit {

    /** Calls per second, shared by the job and {@code refresh=true} requests. */
    @WithDefault("10")
    double perSecond();

    /** The number of calls that may go out at once after an idle period. */
    @WithDefault("10")
    int burst();
  }

  /** The {@code refresh=true} parameter of {@code GET /payments/{outTradeNo}}. */
  interface Refresh {

    /** How long a refresh waits for a free call slot before it is rejected with 429. */
    @WithDefault("500ms")
    Duration maxWait();
  }
}
