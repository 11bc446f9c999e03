package dev.apppay.order.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.apppay.order.OrderItem;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores an order's lines as one JSON array; they never change after the order is created. */
@Converter
public class OrderItemsConverter implements AttributeConverter<List<OrderItem>, String> {

  private static final TypeReference<List<OrderItem>> TYPE = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<OrderItem> items) {
    return JsonColumns.write(items);
  }

  @Override
  public List<OrderItem> convertToEntityAttribute(String json) {
    return JsonColumns.read(json, TYPE);
  }
}
