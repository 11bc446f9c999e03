package dev.apppay.order.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;

/** Stores the signed APP parameters as one JSON object, in key order. */
@Converter
public class AppParamsConverter implements AttributeConverter<Map<String, String>, String> {

  private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(Map<String, String> params) {
    return params == null ? null : JsonColumns.write(new TreeMap<>(params));
  }

  @Override
  public Map<String, String> convertToEntityAttribute(String json) {
    return JsonColumns.read(json, TYPE);
  }
}
