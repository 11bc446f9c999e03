package dev.apppay.order.service;

/**
 * A validated catalog entry from the admin API.
 *
 * @param priceFen the price of one unit in fen
 */
public record ProductChange(String sku, String name, long priceFen, boolean active) {}
