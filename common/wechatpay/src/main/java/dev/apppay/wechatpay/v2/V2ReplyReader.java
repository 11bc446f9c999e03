package dev.apppay.wechatpay.v2;

import dev.apppay.wechatpay.BusinessException;
import dev.apppay.wechatpay.MalformedReplyException;
import dev.apppay.wechatpay.RequestRejectedException;
import dev.apppay.wechatpay.SignatureVerificationException;
import dev.apppay.wechatpay.xml.XmlCodec;
import dev.apppay.wechatpay.xml.XmlFormatException;
import java.util.Map;

/**
 * Turns a v2 reply body into verified fields or the matching failure, in the protocol's order:
 * {@code return_code=FAIL} is a rejected request and carries no signature, the signature is checked
 * before anything else is trusted, and {@code result_code=FAIL} is a business error.
 */
public final class V2ReplyReader {

  private static final String SUCCESS = "SUCCESS";

  private final XmlCodec codec;
  private final V2Verifier verifier;

  public V2ReplyReader(XmlCodec codec, V2Verifier verifier) {
    this.codec = codec;
    this.verifier = verifier;
  }

  /**
   * Reads a reply body.
   *
   * @throws MalformedReplyException for unparsable XML or a missing {@code return_code}
   * @throws RequestRejectedException for {@code return_code=FAIL}
   * @throws SignatureVerificationException for a missing or wrong {@code sign}
   * @throws BusinessException for {@code result_code=FAIL}, with {@code err_code}
   */
  public Map<String, String> read(byte[] body) {
    Map<String, String> fields = decode(body);
    V2Fields reader = new V2Fields(fields);
    if (!SUCCESS.equals(reader.required("return_code"))) {
      throw new RequestRejectedException(String.valueOf(reader.optional("return_msg")));
    }

    verifier.verify(fields);

    if (!SUCCESS.equals(reader.required("result_code"))) {
      String code = reader.optional("err_code");
      String description = reader.optional("err_code_des");
      throw new BusinessException(
          code == null ? "UNKNOWN" : code, description == null ? "" : description, 200);
    }
    return fields;
  }

  private Map<String, String> decode(byte[] body) {
    try {
      return codec.decode(body);
    } catch (XmlFormatException e) {
      throw new MalformedReplyException("v2 reply is not valid XML: " + e.getMessage(), e);
    }
  }
}
