package dev.apppay.simulator;

/** The WeChat Pay API generation a merchant used to create an order. */
public enum ApiVersion {
  V2,
  V3
}
