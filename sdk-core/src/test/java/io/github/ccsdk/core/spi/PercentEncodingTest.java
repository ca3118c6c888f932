package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {
  @Test
  void encodesAllButUnreservedAsUtf8() {
    assertEquals("a-b.c_d~e", PercentEncoding.encode("a-b.c_d~e"));
    assertEquals("a%2Fb%26c%3Dd%2Be%20f", PercentEncoding.encode("a/b&c=d+e f"));
    assertEquals("%C3%A9%E2%82%AC%F0%9F%98%80", PercentEncoding.encode("é€😀"));
  }

  @Test
  void decodesEscapesAsUtf8() {
    assertEquals("a/b&c=d+e f", PercentEncoding.decode("a%2Fb%26c%3Dd%2Be%20f", false));
    assertEquals("é€😀", PercentEncoding.decode("%C3%A9%e2%82%ac%F0%9F%98%80", false));
    assertEquals("~1/x", PercentEncoding.decode("~1%2fx", false), "lower-case hex too");
  }

  @Test
  void plusIsASpaceOnlyWhenAsked() {
    assertEquals("a b c+d", PercentEncoding.decode("a+b%20c%2Bd", true));
    assertEquals("a+b c+d", PercentEncoding.decode("a+b%20c%2Bd", false));
  }

  @Test
  void malformedEscapesAreKeptLiterally() {
    assertEquals("100%", PercentEncoding.decode("100%", false));
    assertEquals("%4", PercentEncoding.decode("%4", false));
    assertEquals("%zz%41", PercentEncoding.decode("%zz%2541", false), "decoded once, not twice");
    assertEquals("%zzA", PercentEncoding.decode("%zz%41", false));
    assertEquals("é %", PercentEncoding.decode("é+%", true), "unescaped non-ASCII kept");
  }

  @Test
  void textWithNothingToDecodeIsReturnedAsIs() {
    String plain = "nothing/to decode";
    assertSame(plain, PercentEncoding.decode(plain, false));
    assertSame(plain, PercentEncoding.decode(plain, true));
  }

  @Test
  void decodeUndoesEncode() {
    String text = "name=Ann & Bob/é€ +%😀";
    assertEquals(text, PercentEncoding.decode(PercentEncoding.encode(text), false));
    assertEquals(text, PercentEncoding.decode(PercentEncoding.encode(text), true));
  }
}
