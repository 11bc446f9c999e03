package dev.apppay.query.config;

import dev.apppay.query.service.CheckSchedule;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the {@link CheckSchedule} from {@link QueryConfig}. */
public class ScheduleProducer {

  @Produces
  @Singleton
  CheckSchedule checkSchedule(QueryConfig config) {
    return new CheckSchedule(
        config.check().delays(),
        config.close().minAge(),
        config.close().retryDelay(),
        config.close().maxRetryDelay());
  }
}
