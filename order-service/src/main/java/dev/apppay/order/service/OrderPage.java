package dev.apppay.order.service;

import dev.apppay.order.Order;
import java.util.List;

/** One page of a user's orders, newest first, and the user's total order count. */
public record OrderPage(List<Order> orders, int page, int size, long total) {}
