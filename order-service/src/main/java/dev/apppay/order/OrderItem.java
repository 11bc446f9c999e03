package dev.apppay.order;

/**
 * One line of an order, with the catalog name and price at the time of ordering.
 *
 * @param unitPriceFen the catalog price of one unit, in fen
 */
public record OrderItem(String sku, String name, long unitPriceFen, int quantity) {

  /** Returns the price of the line in fen. */
  public long amountFen() {
    return unitPriceFen * quantity;
  }
}
