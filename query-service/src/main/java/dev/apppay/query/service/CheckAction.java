package dev.apppay.query.service;

/** The job's action for a due order at WeChat Pay. */
public enum CheckAction {
  /** Query the order's state. */
  QUERY,
  /** Close the order, because it expired or was cancelled. */
  CLOSE
}
