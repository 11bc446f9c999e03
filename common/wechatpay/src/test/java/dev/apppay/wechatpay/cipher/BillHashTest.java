package dev.apppay.wechatpay.cipher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apppay.wechatpay.Vectors;
import org.junit.jupiter.api.Test;

class BillHashTest {

  private static final String HASH = "0eb0627195aa5258740af8fe5f570b6d8a399ad7";

  @Test
  void successBillSha1() {
    assertThat(BillHash.sha1Hex(Vectors.bytes("s12-bill.csv"))).isEqualTo(HASH);
  }

  @Test
  void matchesIgnoringCase() {
    assertThat(BillHash.matches(Vectors.bytes("s12-bill.csv"), HASH.toUpperCase())).isTrue();
  }

  @Test
  void changedBillDoesNotMatch() {
    byte[] bill = Vectors.bytes("s12-bill.csv");
    bill[bill.length - 2] = '1';

    assertThat(BillHash.matches(bill, HASH)).isFalse();
  }
}
