package dev.apppay.order.service;

/** No order with this id belongs to the caller; another user's order looks the same. */
public class OrderNotFoundException extends RuntimeException {

  public OrderNotFoundException() {
    super("Order not found");
  }
}
