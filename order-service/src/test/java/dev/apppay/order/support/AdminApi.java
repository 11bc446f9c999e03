package dev.apppay.order.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;

/** Calls the catalog admin API with an admin token. */
public final class AdminApi {

  private static final String TOKEN = TestTokens.admin("admin-1");

  private AdminApi() {}

  public static Response put(String sku, String body) {
    return given()
        .auth()
        .oauth2(TOKEN)
        .contentType("application/json")
        .body(body)
        .put("/admin/products/" + sku);
  }

  public static Response get(String sku) {
    return given().auth().oauth2(TOKEN).get("/admin/products/" + sku);
  }

  public static Response list() {
    return given().auth().oauth2(TOKEN).get("/admin/products");
  }
}
