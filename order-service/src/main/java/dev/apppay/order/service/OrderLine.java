package dev.apppay.order.service;

/** One requested line: a SKU and how many units, before pricing. */
public record OrderLine(String sku, int quantity) {}
