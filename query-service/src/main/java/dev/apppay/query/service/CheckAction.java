package dev.apppay.query.service;

/** What the job does for a due order at WeChat Pay. */
public enum CheckAction {
  /** Query the order's state. */
  QUERY,
  /** Close the order, because it expired or was cancelled. */
  CLOSE
}
