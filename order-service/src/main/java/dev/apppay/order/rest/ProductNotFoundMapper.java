package dev.apppay.order.rest;

import dev.apppay.order.service.ProductNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps an unknown SKU of the admin API to 404. */
@Provider
public class ProductNotFoundMapper implements ExceptionMapper<ProductNotFoundException> {

  @Override
  public Response toResponse(ProductNotFoundException error) {
    return Problem.of("product-not-found", "Product not found", 404, error.getMessage())
        .toResponse();
  }
}
