package dev.apppay.query.service;

import dev.apppay.query.Payment;
import dev.apppay.query.config.QueryConfig;
import dev.apppay.query.repository.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Finds unpaid orders whose check is due, then queries or closes each at WeChat Pay.
 *
 * <p>A short transaction locks the due rows with {@code FOR UPDATE SKIP LOCKED} and moves their
 * next check forward, which claims them: another replica neither waits for them nor picks them
 * again. The calls to WeChat Pay run after that commit, so no row stays locked during network I/O,
 * and a check that fails is simply tried again at the next scheduled time.
 */
@ApplicationScoped
public class ActiveQueryJob {

  private final PaymentRepository repository;
  private final CheckSchedule schedule;
  private final PaymentChecker checker;
  private final int batchSize;

  public ActiveQueryJob(
      PaymentRepository repository,
      CheckSchedule schedule,
      PaymentChecker checker,
      QueryConfig config) {
    this.repository = repository;
    this.schedule = schedule;
    this.checker = checker;
    this.batchSize = config.check().batchSize();
  }

  @Scheduled(
      every = "${query.check.interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> run() {
    return runOnce()
        .onFailure()
        .invoke(
            e -> Log.warnf("Active query run failed, retrying on the next run: %s", e.toString()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Claims the due orders, checks them one after another and returns how many it checked. */
  public Uni<Integer> runOnce() {
    Instant now = Instant.now();
    return Panache.withTransaction(
            () -> repository.lockDue(now, batchSize).map(rows -> claim(rows, now)))
        .chain(this::checkAll);
  }

  private List<DueCheck> claim(List<Payment> rows, Instant now) {
    return rows.stream().map(payment -> claim(payment, now)).toList();
  }

  private DueCheck claim(Payment payment, Instant now) {
    CheckAction action = schedule.actionFor(payment, now);
    payment.nextCheckAt = schedule.nextCheckAt(payment, action, now);
    payment.checkAttempts++;
    if (action == CheckAction.CLOSE) {
      payment.closeAttempts++;
    }
    String reason =
        payment.cancelRequested ? PaymentOutcomes.REASON_CANCELLED : PaymentOutcomes.REASON_EXPIRED;
    return new DueCheck(payment.outTradeNo, action, reason);
  }

  private Uni<Integer> checkAll(List<DueCheck> checks) {
    if (checks.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    return Multi.createFrom()
        .iterable(checks)
        .onItem()
        .transformToUniAndConcatenate(checker::check)
        .collect()
        .last()
        .replaceWith(checks.size());
  }
}
