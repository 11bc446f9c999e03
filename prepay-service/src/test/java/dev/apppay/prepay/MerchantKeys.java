package dev.apppay.prepay;

import dev.apppay.wechatpay.credential.PemReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;

/** Derives the merchant's public key from its configured private key, to verify signatures. */
final class MerchantKeys {

  private MerchantKeys() {}

  static PublicKey publicKey(String privateKeyPem) throws GeneralSecurityException {
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) PemReader.privateKey(privateKeyPem);
    RSAPublicKeySpec spec = new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent());
    return KeyFactory.getInstance("RSA").generatePublic(spec);
  }
}
